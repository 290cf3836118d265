"""Attributions whose source stands apart from the content: "…, Joly said." (after it), "according
to X" (on either side), "As X reported, …" (before it), "the mayor’s claim that …" (a possessor),
"it was announced by X that …" (a passive's agent) and "Asked about …," (a question, no source).

A mix-in of the reported-speech scanner (:mod:`quote_reported`), which provides the text, the
speaker resolver, sentence bounds and the ``_suggestion``/``_subject`` helpers these call.
"""

from __future__ import annotations

import re

from .base import QuoteSuggestion
from .dates import MONTH_NAMES, WEEKDAYS
from .quote_cues import cue_lemma, cue_re, is_gerund, may_be_noun
from .quote_names import CLAUSE_LINKS, NOUN_HEADS, TITLES, only_titles, phrase_end
from .quote_speakers import Mention

LEAD_PUNCT = re.compile(r"[ \t\xa0]*[,;—–-]*[ \t\xa0]*")  # never across a paragraph break
# "As X reported, …": the subject alone between "As" and the cue (not "as long as", "as soon as").
AS_LEAD = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?[Aa]s\s+(?!(?:long|soon|well|much|far|many|if|though)\b)"
                     r"[^\s,.;:]+(?:\s+[^\s,.;:]+){0,5}\s+\Z")
# A possessor before a cue, with up to two modifiers between: "police’s earlier claim", "his repeated calls".
POSSESSOR = re.compile(r"(?:(?<=[\w.)-])(’s|'s|’|')|\b(his|her|their|His|Her|Their))(?:\s+[a-z][\w-]*){0,2}(?=\s+\Z)")
_NOUN_COMPLEMENT = re.compile(r"\s+(?:[a-z]+ly\s+)?(that|to|of|for|about|against|on)\s+(?=\S)")
_VERB_AFTER_SOURCE = re.compile(r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b")
# "was (first) announced by", "has been reported by": the auxiliary before a passive cue.
PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:first|also|later|then|[a-z]+ly))?\s+\Z")
BY_AGENT = re.compile(r"(?:\s+(?:first|later|also|[a-z]+ly))?\s+by\s+")
_THAT_AFTER_AGENT = re.compile(r"[^.;:]*?\s(that)\s")
ASKED_LEAD = re.compile(r"\s*(?:(?:When|If|After|Once|But|And)\s+)?(?:[Ww]hen\s+)?\Z")
# "…,” Lee said when asked whether …": a question inside the sentence, after the answer's tag.
ASKED_INSIDE = re.compile(r"\s(?:when|if|after|once)\s+(?:being\s+)?\Z")
# What was asked, after who asked or where ("asked by a reporter whether", "asked at the conference about").
_QUESTION = re.compile(r"\s+(?:(by)\s+([^,.;:!?“”\"]{1,40}?)\s+|(?:at|on|in|during)\s+[^,.;:!?“”\"]{1,40}?\s+)?"
                       r"(?:[a-z]+ly\s+)?(about|if|whether|what|how|why|who|whom|which|when|where|for|to)\b")
MAX_QUESTION_CHARS = 250  # "Asked …," — the question ends at its comma, this close
MAX_POLL_FINDING = 400  # how far a poll's finding may run looking for its sentence's end
MAX_SOURCE_CHARS = 160  # "according to early results of exit polls conducted for …": a source phrase at most this long
# What may follow the speaker of an inverted "…, said Joly": the sentence's end, a comma, a name, or an
# adjunct ("on Tuesday", "of the institute", "in a statement"); any other lower-case word is the verb
# of a clause whose subject was taken for the speaker ("…, said the report did not …").
_CLAUSE_AFTER_SUBJECT = re.compile(r"(?!(?:on|in|at|of|to|for|from|with|without|via|by|during|after|before|about|"
                                   r"over|outside|inside|near|last|this|next|earlier|later|yesterday|today|tonight|"
                                   r"recently|afterwards|again|too|also|[a-z]+ly)\b)[a-z]")
# A sentence's lead that is only a question or a subordinate clause, before "…, X said": when or why, not what.
_ONLY_A_LEAD = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?i:asked|when|whenever|if|after|before|as|while|because|although|"
                          r"though|since|once|until|unless)\b[^,;:.!?]*")
# The end of an inverted speaker's phrase: "said several observers." / "…, said X, who …" / "… X with …".
_INVERTED_STOP = re.compile(r"[,;:!?]|\.(?=\s|\Z)|\s(?:who|whose|which|with|in|at|on)\b")
MAX_INVERTED_WORDS = 7
# Verbs of saying that go before their speaker ("…, said several observers"); not stance verbs, whose
# inverted reading ("…, called the incident a reason …") is an object.
INVERTING_LEMMAS = frozenset("say tell add note explain write report reply respond answer recall concede observe remark "
                             "comment insist argue warn claim state declare".split())
_VERB_WORDS = frozenset("is are was were be been being has have had will would can could did does do should may "
                        "might must not that to if whether how why what him her them me us it".split())
_QUANTIFIERS = frozenset("several some many most few two three four five other both all the".split())
# An aside after an inverted speaker, then the verb of the subject before the tag: ", who …, doesn't forgive".
_VERB_AFTER_ASIDE = re.compile(r",[^,.;:!?“”\"]{2,80},\s+"
                               r"(?:(?:does|did|is|was|are|were|has|had|will|would|can|could)(?:n[’']t)?"
                               r"|never|always|[a-z]+s|[a-z]+ed)\s")
# Verbs whose addressee stands right after them ("told reporters …", "warned them …"), and the addressee pronouns.
ADDRESSED_LEMMAS = frozenset({"tell", "inform", "remind", "assure", "warn", "advise", "ask", "urge"})
OBJECT_PRONOUNS = r"(?:me|him|her|them|us|you)"
_TOLD_PRONOUN = re.compile(r"\s+" + OBJECT_PRONOUNS + r"\b")
_NOTHING_AFTER = re.compile(r"[\s.!?]*")
_SUBJECT_LEAD = TITLES | {"the", "a", "an", "one", "two", "some", "several", "many", "his", "her", "their"}
_CLAUSE_WORDS = CLAUSE_LINKS | frozenset("and has have had is was were are be been".split())


# What opens a verb's object: a determiner ("the plan") or a name ("Singer"), not a day ("Monday").
_OBJECT_LEAD = re.compile(r"(?i:the|a|an|his|her|its|their|this|that|these|those)\s"
                          r"|(?!(?:" + "|".join(WEEKDAYS + MONTH_NAMES) + r"|Last|This|Next|Earlier|Later))[A-Z]")


# "In the latest Washington Post-ABC News poll, Clinton led …": a poll or survey opening a sentence is its source.
_POLL_LEAD = re.compile(r"(?:(?:But|And)\s+)?(In)\s+((?:the|a|an|this|that|its|their|[A-Z][\w’'-]*)\b"
                        r"[^,.;:!?“”\"\n]{0,60}?\b(?:polls?|surveys?))\s*,\s+"
                        r"(?:(?:conducted|released|taken|published)\b[^,.;:!?“”\"\n]{0,60},\s+)?")  # ", conducted in May,"
_IN = re.compile("In")
_LIST_REST = re.compile(r"[^,.;:!?“”\"]{1,40}?\s(?:and|or)\s[^,.;:!?“”\"]{1,40}?,")  # " aides and allies," ending a source
_CONJUNCTION_LEADS = frozenset({"But", "And", "Yet", "So", "Still", "Now", "However"})
# When or where a final tag was said, up to its comma: "… after meeting Thursday with Trump aides, because …".
_TAIL_ADJUNCT = re.compile(r"(?:after|before|during|while|when|in|on|at|with|via|by|from|outside|following)\b")
MAX_TAIL_ADJUNCT = 60
SUBORDINATE_LEAD = re.compile(r"\s*(?:As|When|While|After|Before|If|Because|Since|Although|Though|Once|Until)\b")


def _subject_lead(words: str, strict: bool) -> bool:
    """Whether ``words`` may open a subject after a comma: an article or title, or (unless ``strict``)
    a few modifiers ("the Democratic candidate’s former doctor"), never a conjunction starting a clause."""
    split = words.split()
    if all(word.lower() in _SUBJECT_LEAD for word in split):
        return True
    return not strict and len(split) <= 4 and not any(word.lower() in _CLAUSE_WORDS for word in split)


class SourcedSpeech:
    """The quote finder's methods for attributions whose source sits apart from the content."""

    def _passive_speech(self, cue: re.Match, aux: re.Match, lo: int, hi: int) -> QuoteSuggestion | None:
        """"It was announced by the ministry that …" (the clause after "that"), "The move was first
        reported by MSNBC" (the subject): passive cues with their source after "by"."""
        by = BY_AGENT.match(self.text, cue.end(), hi)
        if by is None:
            return None
        mention = self.resolver.mention_after(by.end(), hi)
        if mention is None or not self._names_someone(mention):
            return None
        that = _THAT_AFTER_AGENT.search(self.text, mention.end, min(hi, mention.end + 40))
        if that is not None:
            return self._suggestion((that.start(1), hi), cue, mention, kind_score=0.6)
        subject = self.text[lo:aux.start()].strip()
        if subject.lower() in ("it", "this", "that") or " " not in subject:
            return None  # "It was reported by …" with nothing after, or a one-word subject
        return self._suggestion((lo, aux.start()), cue, mention, kind_score=0.5)

    def _asked(self, cue: re.Match, lo: int, hi: int) -> QuoteSuggestion | None:
        """"Asked about the ferries, Quill said …", "When asked whether …,": the question, whose asker
        goes unnamed (the answer is the speaker's own quote) unless named after "by" ("When asked by
        Lee whether …": Lee asked, and the question starts at "whether")."""
        question = _QUESTION.match(self.text, cue.end(), hi)
        if question is None:
            return None
        comma = self.text.find(",", cue.end(), min(hi, cue.end() + MAX_QUESTION_CHARS))
        if not ASKED_LEAD.match(self.text, lo, cue.start()):  # inside the sentence: to its comma or its end
            comma = comma if comma > 0 else hi
        if comma < 0:
            return None
        if question.group(1) is None:
            return self._suggestion((cue.end(), comma), cue, None, kind_score=0.4)
        asker = self.resolver.mention_after(question.start(2), question.end(2))
        return self._suggestion((question.start(3), comma), cue, asker, kind_score=0.5)

    def _final_attribution(self, cue: re.Match, lo: int, hi: int) -> tuple[Mention | None, tuple[int, int] | None]:
        """"…, Joly said." / "…, said Joly, a minister." / "The museum, Mr. Bush said, celebrated …"."""
        text = self.text
        head_end = text.rfind(",", lo, cue.start())
        if head_end <= lo:
            return None, None
        if text[head_end + 1:cue.start()].strip() == "":  # "…, said Joly."
            if cue_lemma(cue.group()) == "tell":  # "…, his top aide, Tad Devine, told The Huffington Post.": the
                set_off = self._speaker_set_off_before(lo, head_end, cue)  # one told speaks, not the one told
                if set_off[0] is not None:
                    return set_off
            mention = self.resolver.mention_after(cue.end(), hi)
            simple_speech = cue_lemma(cue.group()) in INVERTING_LEMMAS and not is_gerund(cue.group())
            if mention is None and simple_speech:  # not "…, insisting that …", "…, referring to the committee"
                mention = self._inverted_noun_phrase(cue.end(), hi)
            if mention is None and simple_speech and _NOTHING_AFTER.fullmatch(text, cue.end(), hi):
                return self._speaker_set_off_before(lo, head_end, cue)  # "…, a spokesman, Oleg Voloshyn, said."
            if mention is None or (text[cue.end():mention.start].strip() and not mention.pronoun
                                   and not (simple_speech and self.resolver.descriptors_between(cue.end(), mention.start))):
                return None, None  # "…, emphasized the necessity for Canada …" is no attribution
            tail = text[mention.end:hi].strip()
            if _CLAUSE_AFTER_SUBJECT.match(tail):
                return None, None  # "Ada Quill, a fellow at …, said the report did not …": a subject and its verb
            if text.count(" ", lo, head_end) < 3 and _VERB_AFTER_ASIDE.match(tail):
                # "And Trump, said Sunshine, who remains friendly with him, doesn't forgive": the subject
                # before the tag, its verb after the speaker's aside; the whole sentence was said
                return mention, (lo, hi)
            return (mention, (lo, head_end)) if tail[:1] in (",", ".", "") or len(tail) < 50 else (None, None)
        # "…, Joly said." — only the subject (with its article or title) between the comma and the cue
        mention = self.resolver.mention_before(head_end + 1, cue.start())
        noun_like = may_be_noun(cue.group())  # "…, the new island plan." is no attribution
        if mention is None or not _subject_lead(text[head_end + 1:mention.start], noun_like):
            return None, None
        if noun_like and not self._names_someone(mention):
            return None, None
        told = _TOLD_PRONOUN.match(text, cue.end(), hi) if cue_lemma(cue.group()) in ADDRESSED_LEMMAS else None
        tail = text[told.end() if told else cue.end():hi].strip()  # "The solution, the partner told them, was simple."
        if tail.startswith(",") and len(tail) > 10:  # a parenthetical attribution: the whole sentence is reported
            return mention, (lo, hi)
        if _ONLY_A_LEAD.fullmatch(text, lo, head_end):
            return None, None  # "Asked if it would open, the mayor said no.": the lead is no content of the cue
        adjunct = tail.find(",")  # "…, lawmakers said Friday afternoon, as they …"
        if _OBJECT_LEAD.match(tail) and cue_lemma(cue.group()) not in INVERTING_LEMMAS:
            return None, None  # "In a letter to Lind, Holm praised the plan, …": a stance and its object, no tag
        if len(tail) <= 50 or 0 < adjunct <= 30 or (0 < adjunct <= MAX_TAIL_ADJUNCT and _TAIL_ADJUNCT.match(tail)):
            # (…, he said after meeting Thursday with Trump aides, because …: when, set off by its comma)
            return mention, (lo, head_end)
        return None, None

    def _inverted_noun_phrase(self, start: int, hi: int) -> Mention | None:
        """"…, said several observers." / "…, said former governor Ed Rendell, who …": a speaker after an
        inverted cue that no entity covers — a short noun phrase (no verb in it) ending in a name, a speaker
        noun, or a plural after a quantifier."""
        text = self.text
        while start < hi and text[start].isspace():
            start += 1
        stop = _INVERTED_STOP.search(text, start, hi)
        end = stop.start() if stop is not None else hi
        words = text[start:end].split()
        if not 1 <= len(words) <= MAX_INVERTED_WORDS or any(word.lower() in _VERB_WORDS for word in words):
            return None
        last = words[-1].rstrip("’'")
        if not last or not (last[0].isupper() or last.lower() in NOUN_HEADS
                            or (last.endswith("s") and len(words) <= 3 and words[0].lower() in _QUANTIFIERS)):
            return None
        return Mention(start=start, end=end)

    def _speaker_set_off_before(self, lo: int, head_end: int, cue: re.Match) -> tuple[Mention | None, tuple[int, int] | None]:
        """"The bridge will close, a former spokesman for the ministry, Oleg Voloshyn, said.": the speaker
        stands between commas before the cue, and the content before the speaker's phrase."""
        mention = self._subject_before_parenthetical(lo, cue.start())
        if mention is None:
            return None, None
        opening = self.text.rfind(",", lo, head_end)
        phrase_start = mention.start if mention.start < opening else opening
        content_end = self.text.rfind(",", lo, phrase_start)
        if content_end <= lo or phrase_start - content_end > MAX_SOURCE_CHARS or self.text.count(" ", lo, content_end) < 2:
            return None, None
        return mention, (lo, content_end)

    def _possessed_speech(self, cue: re.Match, possessor: re.Match, lo: int, hi: int) -> QuoteSuggestion | None:
        """"Tulsa police’s earlier claim that Crutcher had refused …": the possessor's content after the noun."""
        if " " in cue.group():  # "her call for …": the particle is part of the cue
            start = LEAD_PUNCT.match(self.text, cue.end()).end()
        elif (complement := _NOUN_COMPLEMENT.match(self.text, cue.end(), hi)) is not None:
            start = complement.start(1) if complement.group(1) in ("that", "to") else complement.end()
        else:
            return None
        if possessor.group(2):  # "his", "her", "their"
            word = possessor.group(2).lower()
            pronoun = {"his": "he", "her": "she", "their": "they"}[word]
            mention = Mention(start=possessor.start(2), end=possessor.end(2), pronoun=pronoun)
        else:
            mention = self.resolver.mention_before(lo, possessor.start(1))
            if mention is None or not self._names_someone(mention):
                return None
        return self._suggestion((start, self._clause_end(start, hi)), cue, mention, kind_score=0.5)

    def _as_reported(self, cue: re.Match, lo: int, hi: int) -> QuoteSuggestion | None:
        """"As Breitbart News reported (on Friday), the White House was …": the sentence after the comma."""
        mention = self._subject(lo, cue)
        comma = self.text.find(",", cue.end(), min(hi, cue.end() + 40))
        if mention is None or comma < 0:
            return None
        return self._suggestion((comma + 1, hi), cue, mention, kind_score=0.6)

    def _poll_leads(self) -> list[QuoteSuggestion]:
        """"In an early-October CBS News poll, she led Sanders 56 percent to 32 percent.": what the poll
        found, with the poll as its source (no one named)."""
        found = []
        for start in [0] + self.sentence_ends:
            lead = _POLL_LEAD.match(self.text, start)
            if lead is None or self.resolver.in_quote(start):
                continue
            cue = _IN.match(self.text, lead.start(1))  # the cue is "In" alone
            mention = Mention(start=lead.start(2), end=lead.end(2))
            quote = self._suggestion((lead.end(), self.sentence_end(lead.end(), MAX_POLL_FINDING)), cue, mention, kind_score=0.5)
            if quote is not None:
                found.append(quote)
        return found

    def _according_to(self, cue: re.Match, lo: int, hi: int) -> QuoteSuggestion | None:
        mention = self.resolver.mention_after(cue.end(), hi)
        if mention is None:  # any noun phrase: "according to the central bank"
            start = LEAD_PUNCT.match(self.text, cue.end()).end()
            end = phrase_end(self.text, start, hi)
            if end - start < 3 or end - start > MAX_SOURCE_CHARS:
                return None
            mention = Mention(start=start, end=end)
        text = self.text
        comma_after = text.find(",", mention.end, hi)
        if comma_after >= 0 and not _VERB_AFTER_SOURCE.match(text, comma_after + 1):
            # "At the heart of it, according to X, a former envoy, was …": past the source's appositive
            second = text.find(",", comma_after + 1, min(hi, comma_after + 1 + MAX_SOURCE_CHARS))
            if second >= 0 and _VERB_AFTER_SOURCE.match(text, second + 1):
                comma_after = second
        if comma_after >= 0 and (listed := _LIST_REST.match(text, comma_after + 1, hi)):
            comma_after = listed.end() - 1  # "according to interviews with Cruz’s friends, aides and allies, he …"
        lead = text[lo:cue.start()].strip().lstrip("(")
        opening = (lead == "" or lead.endswith((":", ";")) or (lead.endswith(",") and lead.count(" ") < 4)
                   or lead in _CONJUNCTION_LEADS)  # "But according to reports, he could not …"
        if comma_after >= 0 and lead and (_VERB_AFTER_SOURCE.match(text, comma_after + 1) or (
                SUBORDINATE_LEAD.match(lead) and lead.count(",") == 1 and text.count(" ", comma_after, hi) >= 3
                and not cue_re().search(text, comma_after, hi))):
            # "At the heart of it, according to X, was a decision …", "While most were …, according to X, two
            # were …" (a fronted clause and the main one, no other attribution): the sentence around X
            content = (lo, hi)
        elif comma_after >= 0 and opening and text.count(" ", comma_after, hi) >= 3:
            content = (comma_after + 1, hi)  # "According to X, …", "In addition, according to X, …"
        else:  # "…, according to X." / "… 271 delegates according to a count by …"
            content = (lo, cue.start())
        return self._suggestion(content, cue, mention, kind_score=0.6)
