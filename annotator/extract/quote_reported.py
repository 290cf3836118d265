"""Reported speech: "Joly said (that) …", "X told reporters …", "Lee opposes the plan", "…, X said."

A mix-in of the quote finder (:mod:`quotes`): it scans every cue outside quotation marks and
takes the reported content after it up to the sentence end — a "that"/"how" clause, a bare
clause after a verb that may take one (said, told reporters, believes), a pronoun clause,
"pledged to …", the words after "said:", a paragraph after "added:", or the object of a stance
verb ("attacked the plan", "called on the city to …") up to its clause's end — and stops where
the next attribution starts.  Sources that stand apart from the content ("…, X said.",
"according to X", "As X reported, …", "the mayor’s claim that …", passives "by X", "Asked
about …,") are in :mod:`quote_sources`.  Content holding quoted words among unquoted ones is
``mixed``; the writer's own first-person views are not suggested.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from .base import QuoteSuggestion
from .quote_cues import (OPINION_FORMS, SPEECH_NOUNS, STANCE_LEMMAS, cue_lemma, cue_re, is_gerund, is_speech, is_strong,
                         may_be_noun, reported_cue_re)
from .quote_names import DETERMINERS, NOUN_HEADS
from .quote_sources import (ADDRESSED_LEMMAS, AS_LEAD, ASKED_INSIDE, ASKED_LEAD, BY_AGENT, OBJECT_PRONOUNS, PASSIVE_AUX,
                            POSSESSOR, SUBORDINATE_LEAD, SourcedSpeech)
from .quote_mentions import PLACE_ATTACHMENT
from .quote_speakers import Mention

_NEWLINE = re.compile("\n")
_LINK_LINE = re.compile(r"[ \t\xa0]*(?:READ MORE|RELATED|MORE|WATCH|LISTEN|SEE ALSO|ALSO READ)\b[^\n]{0,3}:")
_TIME_CLAUSE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Oo]nce)\b[^,.;:]*\Z")
NAMED_SPEAKER = 2  # content that counts only with a subject naming someone right before its cue
FIRST_PERSON = frozenset({"i", "we"})
MIN_OBJECT_WORDS = 3  # an object content shorter than this is a bare noun phrase, not a position
MIN_CUT_WORDS = 3  # words a content cut short by the next attribution keeps, or it is a fragment of that one's
REPORTED_WINDOW = 500  # how far reported content may run looking for its sentence's end
QUOTE_CHARS = re.compile(r"[“”\"«»]|''")
# All that may stand between a cue and a quotation that is the quote itself: "said “…”", "said that, “…”".
_TOLD_WHOM = r"(?:" + OBJECT_PRONOUNS + r"|reporters)"  # the addressee between a cue and its quotation
_LEAD_TO_QUOTE = re.compile(r"\s*(?:that|how|why|:|" + _TOLD_WHOM + r",)?[\s,:]*")
# A cue (and its addressee) right before a quotation's comma or colon: ", adding, “…”", "telling her, “…”".
_SET_OFF_QUOTE = re.compile(r"\b([a-z]+)(?:\s+" + _TOLD_WHOM + r")?[,:][ \t\xa0]*\Z")
# "said that", "said on Tuesday that", "told reporters in Ohio how": a few words at most before it,
# and not a demonstrative closing the clause ("could change that.").
_COMPLEMENTIZER = re.compile(r"\s+(?:[^,.;:“”\"\s]+\s+){0,4}?(that|how|why|whether|what|if)\b(?!\s*[.,;:!?])")
# After an adjunct ("said during this week’s televised debate that …") "that" may come later.
_ADJUNCT_COMPLEMENTIZER = re.compile(r"\s+(?:[^,.;:“”\"\s]+\s+){0,8}?(that)\b(?!\s*[.,;:!?])")
# What may stand between a cue and its "that": an adjunct ("said on Tuesday that", "argued
# repeatedly that"), not an object noun, whose "that" is a relative pronoun.
_ADJUNCT_START = re.compile(r"\s+(?:on|in|at|during|to|with|via|by|after|before|over|through|from|for|last|this|next|"
                            r"yesterday|today|tonight|earlier|later|again|also|[A-Z][a-z]+day|[a-z]+ly)\b")
_DETERMINED_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]hose|[Tt]hese|[Tt]his|[Tt]hat|its|their|our|[Ss]ome|[Mm]any|[Ss]everal|"
                              r"[Oo]ther|[Aa]ll|[Bb]oth|[Ee]ach)\s+(?:[\w’'-]+\s+){0,2}\Z")
_OBJECT_NOUN_START = re.compile(r"\s+(?:a|an|the|this|these|those|some|many|several|its|\d[\d,.]*)\s"
                                r"(?!(?:week|month|year|morning|afternoon|evening|night|weekend|time)\b)")
_BARE_CLAUSE = re.compile(r"\s+(?!(?:in|on|at|to|by|for|with|during|after|before|as|of|from|so|this|via|through|amid|"
                          r"and|or|but|yes(?=\s*[.,;:!?])|(?:it|them|this)(?=\s*[.,;:!?])|no(?=\s*[.,;:!?]|\s+to\b|\s+more\b)|nothing|something|"
                          r"anything|little|much|more|himself|herself|itself|themselves|"
                          r"about(?!\s+(?:half|a\s+(?:third|quarter|fifth|dozen)|\d))|"  # "said about half of …" is a clause
                          r"goodbye|hello|thank|thanks|sorry)\b)(?=[a-z“\"A-Z]|\d[\d,.]*\s+[a-z])")  # "said 112 cars is …"
# When or where something was said, between the cue and its bare clause: "on Friday", "last week",
# "Tuesday night", "earlier", "in a statement", "in an interview with …" is left alone (a name may follow).
_TIME_OR_MEDIUM = re.compile(r"(?:,?\s+(?:(?:on|last|this|early|late|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                             r"Saturday|Sunday|week|month|year|weekend|night|morning|afternoon|evening)"
                             r"(?:\s+(?:morning|afternoon|evening|night))?"
                             r"|\s+(?:yesterday|today|tonight|earlier|later|recently|again|also|privately|publicly)"
                             r"|\s+(?:in|at)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+[a-z])"  # "told a gathering in Washington she …"
                             r"|\s+in\s+(?:a|an|his|her|their|its|the)\s+(?:[a-z-]+\s+)?(?:statement|interview|e-?mail|letter|"
                             r"speech|post|tweet|briefing|release|note|memo|filing|video|appearance))+,?(?=\s)")
# Forms that are mostly something else: a noun ("state", "states") or an aspect verb ("continues to grow");
# as reported speech only with "that" or a colon after them ("The report states that …", "He continued:").
_THAT_OR_COLON_ONLY = frozenset({"state", "states", "continue", "continues", "continued", "continuing",
                                 "maintain", "maintains", "maintained", "maintaining",  # "maintained some clout"
                                 "read", "reads", "reading",  # "read the report" (but "the sign read: …")
                                 "remember", "remembers", "remembered", "remembering",  # "who remember the war"
                                 # tags of a quotation ("“…,” reacted Trump"), never with an object of their own
                                 "react", "reacts", "reacted", "reacting", "interject", "interjects", "interjected",
                                 "interjecting"})
# Cues whose object is a thing, not what was said: "the sound system added Latin hits" ("added that …" is speech).
# ("wrote the letter", "called both candidates", "can’t find jobs" too, but as often "wrote a column attacking …",
# "called a meeting to …", "found no evidence of …", which PolNeAR counts: leaving those out lost more than it saved.)
_NO_OBJECT_LEMMAS = frozenset({"add"})
# Where or when, right after a cue's addressee: "he told the court in his filing." (what was told is before).
_PLACE_OR_TIME_AFTER = re.compile(r"\s+(?:in|on|at|during|via|after|before|over|from|last|yesterday|today|tonight|"
                                  r"earlier|later)\b")
# Particles that make a cue another verb: "showed up", "called off", "found out" (not "pointed out", a cue phrase).
_NOT_SPEECH_PARTICLE = re.compile(r"[ \t\xa0]+(?:up|off)\b")
_PARTICLE_LEMMAS = frozenset({"show", "call", "find", "write"})
# Cue forms that are also titles, as a title before a name: "Olympic champion Hicham El Guerrouj", "general counsel
# James Baker" (not "would counsel Clinton to …", a verb after a modal, "to" or a pronoun).
_TITLE_CUE = re.compile(r"(?<!\bto )(?<!\bwould )(?<!\bwill )(?<!\bcould )(?<!\bshould )(?<!\bmight )(?<!\bthey )"
                        r"(?<!\bwe )\b(?:champion|counsel)[ \xa0]+[A-Z]")
_NOUN_STATES = re.compile(r"(?:,|\b(?:and|or|of|in|to|from|across|other|many|all|both|several|some|those|these))\s*\Z")
_THAT_OR_COLON = re.compile(r"\s+that\s+(?![.,;:!?])|[ \t\xa0]*:")
# A clause after "said" that starts with its verb, after a relative pronoun before the subject: "which
# officials said will take effect …", "a report that Lee said was written …": the pronoun is its subject.
_GAP_VERB = re.compile(r"(?:was|is|are|were|will|would|has|had|have|could|should|may|might|can|remains?)\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom)\s+[^,.;:!?“”\"]{1,60}\Z")
_ABOUT = re.compile(r"\s+(?:about|of|to)\b")
_HOW_MUCH = re.compile(r"\s+(?:a lot|a great deal|little|very little|nothing|much|so much|too much|more|less)"
                       r"(?=\s*(?:[.,;:!?]|$|about\b|else\b))")  # (not "said much of his talk was about …")
# A new clause's short subject right before a cue: ", and 39 have", "; one of the former prosecutors".
_SUBJECT_AFTER_BREAK = re.compile(r"(?:[,;]\s+(?:(?:and|but|while|whereas|although|though)\s+)?|\s+(?:and|but|while|whereas)\s+)"
                                  r"(?!(?:who|which|that|and|but|as|when|if|because|he|she|they|it)\b)[^\s,;:.!?“”\"]+"
                                  r"(?:\s+[^\s,;:.!?“”\"]+){0,6}\s+\Z")
# A short content opening with a preposition of manner, place or time is the cue's adjunct, not what was said
# ("about the vote" is a topic, "if elected" a condition: both are PolNeAR contents often enough to keep).
_ADJUNCT_OPENING = re.compile(r"(?:[Tt]hrough|[Ii]n|[Oo]n|[Aa]t|[Ff]or|[Bb]y|[Ww]ith|[Aa]s|[Ee]ven|[Uu]nder|[Ww]hen|"
                              r"[Dd]uring|[Ff]rom|[Ii]nto|[Ss]ince|[Ww]hile)\b")
MIN_ADJUNCT_WORDS = 4  # words (spaces + 1 > this) a content opening so needs to be more than an adjunct
MIN_PART_SHARE = 0.3  # each part of a content split by its tag is at least this share of the sentence
_ASIDE = re.compile(r"[ \t\xa0]*(,|—|–| --)[^,—–;:.!?“”\"\n]{2,60}?(?:,[^,—–;:.!?“”\"\n]{2,40}?)?\s*(?:\1|(?<=,)\s)"
                    r"\s*(?:(that)\s|(?=(?:he|she|they|it|we|I|there)[’']?[a-z]*\s))")
_YES_OR_NO = re.compile(r"\s+(yes|no)(?=\s*[.,;!?]|\s*\Z)", re.IGNORECASE)  # a whole answer, not "said no to …"
_COLON = re.compile(r"[ \t\xa0]*:[ \t\xa0]*\n\s*(?=[A-Z])")
_COLON_INLINE = re.compile(r"[ \t\xa0]*:[ \t\xa0]+(?=[A-Za-z0-9])")
# A verb that takes the cue's infinitive, between the subject and "to say": "Lee continued to say he …",
# "Lee was not willing to say who …", or an act done in order to say it: "Trump took to Twitter to say …",
# "O'Malley rose to say:", "Lee used her speech to warn …"; its subject is the speaker.
CATENATIVE_BEFORE = re.compile(r"\s(?:continued|continues|refused|refuses|declined|declines|wanted|wants|went\s+on|"
                               r"(?:went|goes|go)\s+so\s+far\s+as|"
                               r"goes\s+on|began|begins|tried|tries|hoped|hopes|(?:is|are|was|were)(?:\s+not)?\s+"
                               r"(?:willing|careful|quick|eager|reluctant|unwilling|expected)|"
                               r"(?:rose|stood(?:\s+up)?|got\s+up|stepped\s+(?:up|forward|in)|interrupted(?:\s+(?:him|her|them|me))?)|"
                               r"(?:took|takes|take|went|goes|appeared|appears)\s+(?:to|on)\s+(?:Twitter|Facebook|Instagram|"
                               r"social\s+media|the\s+airwaves|[A-Z]{2,5}|the\s+(?:floor|stage|podium|microphone))|"
                               r"(?:took|takes|take)\s+the\s+(?:floor|stage|podium|microphone|mic|opportunity|occasion)|"
                               r"(?:used|uses|use)\s+(?:his|her|their|its)\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+to\s+\Z")
# The subject of a clause right after a cue: a lower-case word ("said the plan …"), or a name with a
# possessive or a finite verb after it ("said Mr. Lee’s plan …", "said Ada Quill was …"); not an inverted
# speaker, whose name a comma or the sentence's end follows ("…, said Omar Lind, an aide.").
_CLAUSE_SUBJECT = re.compile(r"\s+(?:[a-z]|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*(?:[’']s\s|\s+(?:is|are|was|were|has|have|"
                             r"had|will|would|can|could|did|does|do|should|may|might|must|[a-z]+ed|[a-z]+s)\b))")
# A pronoun subject and its verb right after a cue: a clause ("notes they were appointed"), not "it" as the
# object ("cited it as evidence", "put it to voters").
_PRONOUN_CLAUSE = re.compile(r"\s+(?=(?:he|she|they|we|I|there)\s+[a-z’']+|"
                             r"it\s+(?!(?:as|to|in|on|for|with|at|by|from|of|up|out|off|down|and|or)\b)[a-z’']+)")
_CLAUSE_BREAKS = (",", "―", "—", "–", ";", " -- ")
_PASSIVE = re.compile(r"\b(?:been|be|being|was|were|is|are)\s+\Z")
_NON_FINITE = re.compile(r"\b(?:to|be|been|being|is|was|were|are|the)\s+\Z")
_OBJECT_STOP = re.compile(r"\s*(?:[.,;:!?)]|\n|$|(?:by|of|in|on|at|with|from|as|and|or|but|is|are|was|were|"
                          r"during|via|through|amid|following|outside|near|"  # when or where it was said, not what
                          r"(?:it|them|him|her)\s+(?:during|in|on|at|after|before|last|this|yesterday)\b|"  # "found them during …"
                          r"(?:after|before|while|when|since|until)\b(?!(?:[^.;:!?]|\.(?=\s*\d)){0,80}(?:,\s+|\s)(?:he|she|they|it|we|I|there)\s)|"
                          r"himself|herself|itself|themselves|ourselves|myself|"  # "found itself at the center of …"
                          r"has|have|had|will|would|can|could|should|may|might|must|no\s+to|yes)\b)")  # a noun, or no object
_CLAUSE_BREAK = re.compile(r"[;—―–]| -- |\s(?:whom|whose)\b|,\s+(?:who|which|where|when|while|whom|whose|saying|and|but|as|after|"
                           r"before|because|although|though|despite|even|since|if|including|in\s+which)\b")
_RELATIVE_ASIDE = re.compile(r",\s+who\s[^,.;:!?“”\"]*\Z")  # a cue in a non-restrictive "…, who …" clause
_RELATIVE_START = re.compile(r"\s(?:who|which)\s+(?:(?:has|have|had|also|later|then|[a-z]+ly)\s+){0,2}")
# "threatened a veto and attempted to …": a second verb of the same subject ends an object.
# ("… and has called for …", "… and said …", "… and cast himself as …": a perfect or a common irregular past too)
_COORDINATED_VERB = re.compile(r"\s+(?:and|but)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?(?:(?:has|have|had)\s+(?:[a-z]+ly\s+)?)?"
                               r"(?:[a-z]+ed|said|told|made|took|gave|sent|cast|held|kept|met|won|lost|wrote|spoke|ran|"
                               r"brought|became|sought|began|left)\s")
_COORDINATED_CUE = re.compile(r"\s+(?:and|but)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?\Z")
# A content whose own verbs are coordinated: "say it has both violated the rules and threatened …", not the
# speaker's second verb ("said she has released her returns and called on …" is as common, so "both" it is).
_OWN_COORDINATION = re.compile(r"\bboth\b")
_FIRST_CONJUNCT = re.compile(r"(?:[Bb]oth\s+)?(?:he|she|they|we|I)|[Bb]oth\s+\S+")  # "both he", "she" before "and X"
# A content that opens with a subordinate clause, whose comma leads to the content's own main clause:
# "said that, if in government, he would refuse …" (not a new attribution after the comma).
# A contrast ("while", "although") opens one only after "that": "…, KING-TV reported, while in Chicago …, the
# Sun-Times reported" is two attributions.
_FRONTED_ADJUNCT = re.compile(r"(?:that\s*,?\s*(?:while|although|though)|(?:that\s*,?\s*)?"
                              r"(?:if|when|once|unless|because|since|until|after|before|as\s+long\s+as))\b[^,;:.!?“”\"]*,?")
_NEW_CLAUSE = re.compile(r"(?:[,;](?P<close>[”\"’]|'')?\s+(?:(?:and|but|while|though|although|because|since|whereas)\s+)?|"
                         r"\s+(?:and|but|while|though|although|because|whereas)\s+)\Z")
POSSESSIVE_BEFORE = re.compile(r"[’']s?\s+\Z")
_TO_INFINITIVE = re.compile(r"\s+(to)\s+(?=[a-z])")
_COMMITMENT_LEMMAS = frozenset({"pledge", "promise", "vow", "threaten", "urge", "ask", "demand", "agree",
                                "propose", "recommend", "call"})
# Words that cannot end an addressee's noun phrase: what was told starts there ("told the Times that …").
_NOT_A_HEAD = (r"(?:that|how|why|what|whether|if|he|she|it|they|we|i|there|this|his|her|their|its|our|my|the|a|an|"
               r"in|on|at|to|for|about|of|and|but|or|against|with|from|over|by|as|after|before|during|not|"
               r"is|was|were|are|would|will|had|has|have|could|should|may|might|can|last|next|[a-z]+ly)\b")
_MEDIA_NOUNS = r"(?:network|channel|station|broadcaster|newspaper|paper|magazine|radio|television|website|programme|program)"
_NAME_WORDS = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
# The addressee between "told" and what was told: "told reporters the deal was dead", "told a Senate panel".
_ADDRESSEE = re.compile(r"\s+(?:me|him|her|them|us|you|reporters|journalists|supporters|lawmakers|voters|"
                        r"(?:the|a|an|his|her|their) (?:[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+(?!" + _NOT_A_HEAD + r")[a-z]+)?)"
                        r"|(?:" + _MEDIA_NOUNS + r"\s+)?" + _NAME_WORDS + r"(?:\s+" + _MEDIA_NOUNS + r"\s+" + _NAME_WORDS + r")?)"
                        r"(?=\s|[.!?][\"”’']?(?:\s|\Z)|\Z)")  # "a Senate panel", "US TV network Fox News", "broadcaster RTE"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip white space, a leading comma and the sentence's final punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"
                           or (text[end - 1] == ")" and text.find("(", start, end) < 0)):  # "(According to X, ….)"
        end -= 1
    return start, end


class ReportedSpeech(SourcedSpeech):
    """Reported-speech methods of the quote finder; it provides text, resolver, marked quotes and boundaries."""

    def _reported_quotes(self) -> list[QuoteSuggestion]:
        found: list[QuoteSuggestion] = []
        last_end = -1
        self._chain: tuple[int, Mention] | None = None  # the last speaker found, with its sentence's start
        # Line breaks found once: searching back from every cue to its line start is quadratic on a
        # long text with no line breaks.
        self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        for cue in self._cues_outside_quotes():
            if cue.start() in self.used_cues or cue.start() < last_end or self.resolver.in_quote(cue.start()):
                continue
            self._second_part: QuoteSuggestion | None = None
            quote = self._reported(cue)
            if quote is not None:
                found.append(quote)
                last_end = quote.end
            if self._second_part is not None:  # "The ferry will run, Lind says, but only in summer."
                found.append(self._second_part)
                last_end = self._second_part.end
        return found + [poll for poll in self._poll_leads() if not any(q.start < poll.end and poll.start < q.end for q in found)]

    def _cues_outside_quotes(self) -> Iterator[re.Match]:
        """The cues of the reported-speech scan, in text order, the text inside quotation marks left
        unscanned: a cue there is skipped anyway, and a quarter of news text is quotation.  Exact: no
        cue holds a quotation mark, so none runs into or out of a quote, and a scan stopped at an
        opening mark sees the same end of word there.  Overlapping spans are scanned whole."""
        text, spans = self.text, self.resolver.quote_spans
        if any(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:])):
            yield from reported_cue_re().finditer(text)
            return
        pos = 0
        for start, end in spans:
            yield from reported_cue_re().finditer(text, pos, start)
            pos = max(pos, end)
        yield from reported_cue_re().finditer(text, pos)

    def _reported(self, cue: re.Match) -> QuoteSuggestion | None:
        text = self.text
        before = bisect_left(self._newlines, cue.start())
        line_start = self._newlines[before - 1] + 1 if before else 0
        if _LINK_LINE.match(text, line_start, cue.start()):  # "READ MORE: Trump says …": a link, not speech
            return None
        lo = self.sentence_start(cue.start())
        hi = self._past_quotation(cue.end(), self.sentence_end(cue.end(), REPORTED_WINDOW))
        form = cue.group()
        lemma = cue_lemma(form)
        if form.lower() in _THAT_OR_COLON_ONLY and (not _THAT_OR_COLON.match(text, cue.end())
                                                    or (lemma == "state" and _NOUN_STATES.search(
                                                        text, max(0, cue.start() - 12), cue.start()))):
            return None  # "his home state of Vermont", "Ohio and Iowa, states that vote", "continues to grow"
        if _TITLE_CUE.match(text, cue.start()):
            return None  # "Double Olympic champion Hicham El Guerrouj is set to …": a title, not a verb
        if _NOT_SPEECH_PARTICLE.match(text, cue.end()) and lemma in _PARTICLE_LEMMAS:
            return None  # "the 120,000 who showed up in 2008", "called off the vote": another verb
        if form.lower() == "according to":
            return self._according_to(cue, lo, hi)
        if lemma == "ask" and (ASKED_LEAD.match(text, lo, cue.start())
                               or ASKED_INSIDE.search(text, max(lo, cue.start() - 16), cue.start())):
            return self._asked(cue, lo, hi)
        if lemma in SPEECH_NOUNS or may_be_noun(form):  # "claim", "calls", "call for"
            possessor = POSSESSOR.search(text, max(lo, cue.start() - 60), cue.start())
            if possessor is not None and (lemma in SPEECH_NOUNS or possessor.end() == cue.start() - 1):
                # "the mayor’s claim that …", "his call for …" (but "Clinton’s team says …" is a verb)
                found = self._possessed_speech(cue, possessor, lo, hi)
                if found is not None or lemma in SPEECH_NOUNS:
                    return found
            if lemma in SPEECH_NOUNS:
                return None  # "the statement", "a proposal" with nobody's name on it
        if lemma not in STANCE_LEMMAS and " " not in form and AS_LEAD.match(text, lo, cue.start()):
            return self._as_reported(cue, lo, hi)
        aux = PASSIVE_AUX.search(text, max(lo, cue.start() - 24), cue.start())
        if aux is not None and BY_AGENT.match(text, cue.end(), hi):
            if _TIME_CLAUSE.search(text, max(lo, aux.start() - 60), aux.start()):
                return None  # "when the tax was announced by the province": when, not what
            return self._passive_speech(cue, aux, lo, hi)
        after = cue.end()
        addressee = _ADDRESSEE.match(text, after, hi) if lemma in ADDRESSED_LEMMAS else None
        if addressee is not None:
            after = addressee.end()
        if (text[max(lo, cue.start() - 3):cue.start()].rstrip().endswith(",")  # "…, said Batchelder, an expert."
                and not _PRONOUN_CLAUSE.match(text, cue.end(), hi)
                and not (_CLAUSE_SUBJECT.match(text, cue.end(), hi) and self._subject_before_parenthetical(lo, cue.start()))):
            # ("X, who backed it, said he may …", "X, an economist at …, said the plan …": the cue has its
            # subject before the aside, and the clause after it is what was said, not an inverted speaker;
            # the inverted reading is still tried below when no content follows)
            mention, content = self._final_attribution(cue, lo, hi)
            if mention is not None:
                return self._suggestion(content, cue, mention, kind_score=0.7)
        content, needs_speaker = self._reported_content(cue, lemma, after, hi, addressee is not None)
        if content is not None:
            mention = self._subject(lo, cue)
            if needs_speaker == NAMED_SPEAKER and mention is not None and not self._names_someone(mention):
                mention = None  # "the new rail line": a noun before a noun, no subject before a verb
            if mention is None and is_gerund(form) and self._chain is not None and self._chain[0] == lo:
                mention = self._chain[1]  # "Nordic leaders praised …, calling it …": the sentence's speaker goes on
            if is_gerund(form):  # "“…,” she said in the Oval Office, emphasizing …": the sayer, not the place
                mention = self._tag_speaker_before(lo, cue.start()) or mention
            if mention is not None or not needs_speaker:
                found = self._suggestion(content, cue, mention, kind_score=0.7 if mention is not None else 0.5)
                if found is not None:
                    return found
        # "…, Joly said." / "…, said Joly." — the content is the sentence before the comma.
        mention, content = self._final_attribution(cue, lo, hi)
        if mention is None:
            return None
        if content[0] < mention.start and cue.end() < content[1]:
            return self._split_at_tag(content, cue, mention)
        return self._suggestion(content, cue, mention, kind_score=0.7)

    def _split_at_tag(self, content: tuple[int, int], cue: re.Match, mention: Mention) -> QuoteSuggestion | None:
        """"The ferry will run all winter, Lind says, and the fares will stay the same.": the words before
        and after the tag are two parts of what was said, unless one part is too short to stand alone
        (then the whole sentence, tag inside, is one content)."""
        text = self.text
        first_end = text.rfind(",", content[0], min(mention.start, cue.start()))
        second_start = text.find(",", max(mention.end, cue.end()), content[1])
        if first_end < 0 or second_start < 0:
            return self._suggestion(content, cue, mention, kind_score=0.7)
        first, second = trim(text, content[0], first_end), trim(text, second_start + 1, content[1])
        whole = content[1] - content[0]
        if min(first[1] - first[0], second[1] - second[0]) < MIN_PART_SHARE * whole:
            return self._suggestion(content, cue, mention, kind_score=0.7)
        found = self._suggestion(first, cue, mention, kind_score=0.7)
        if found is not None:
            self._second_part = self._suggestion(second, cue, mention, kind_score=0.7)
        return found

    def _past_quotation(self, after: int, hi: int) -> int:
        """A sentence end inside a quotation that opens after the cue moves to the quotation's end: 'He says
        Ross “knows full well …. Still, he …”' is one mixed quote, not a sentence with an unpaired mark."""
        spans = self.resolver.quote_spans
        i = bisect_right(self.resolver.quote_starts, hi) - 1
        if (i >= 0 and after < spans[i][0] < hi < spans[i][1] <= after + REPORTED_WINDOW
                and self.text[spans[i][0] - 1].isspace() and self.text[spans[i][0] - 2].isalnum()):
            # an opening mark inside the clause (not "rapists“ …", a closing one, nor "compliment: “…")
            return spans[i][1]
        return hi

    def _reported_content(self, cue: re.Match, lemma: str, after: int, hi: int,
                          addressed: bool) -> tuple[tuple[int, int] | None, int]:
        """The reported content after a cue, and whether it needs a speaker to be worth suggesting
        (False / True / NAMED_SPEAKER)."""
        text = self.text
        form = cue.group()
        colon = _COLON.match(text, after)
        if colon is not None:  # "The governor added:" and the paragraph that follows
            para = self.paragraph_of(colon.end())
            end = self.paragraph_starts[para + 1] if para + 1 < len(self.paragraph_starts) else len(text)
            return (colon.end(), min(end, colon.end() + 600)), True
        colon = _COLON_INLINE.match(text, after, hi)
        if colon is not None and not POSSESSIVE_BEFORE.search(text, max(0, cue.start() - 3), cue.start()):
            return (colon.end(), hi), NAMED_SPEAKER  # "The governor said: The budget …" (not "Editor’s note:")
        if is_strong(form) and (aside := _ASIDE.match(text, after, hi)):
            # "said — on Twitter, as it happens — that Trump raised …", "says, win or lose, he’s staying":
            # an aside between the verb and what was said; "that" after it starts the content, else the aside does
            return ((aside.start(2) if aside.group(2) else aside.end(1)), hi), True
        complement = _COMPLEMENTIZER.match(text, after, hi)
        if complement is None and _ADJUNCT_START.match(text, after):
            complement = _ADJUNCT_COMPLEMENTIZER.match(text, after, hi)
        if complement is not None and self.resolver.in_quote(complement.start(1)):
            complement = None  # "said it was ''unfortunate that …''": the quotation's "that", not the cue's
        if complement is not None and complement.start(1) > after + 1 and _PRONOUN_CLAUSE.match(text, after, hi):
            complement = None  # "say they feel that way", "said he hopes that …": the clause from its subject
        if complement is not None and complement.start(1) > after + 1 and (
                (lemma in STANCE_LEMMAS and not _ADJUNCT_START.match(text, after))
                or (not addressed and _OBJECT_NOUN_START.match(text, after))):
            # "attacked loopholes that benefit others", "described a 2013 assault that killed 67":
            # a relative clause on the object, not what was said
            complement = None
        if complement is not None:  # "said that …": a clear sign of reported speech, speaker or not
            if may_be_noun(form) and _DETERMINED_NOUN.search(text, max(0, cue.start() - 30), cue.start()):
                # "those states that Obama won", "the 529 plans that …": a noun, unless someone named states
                return (complement.start(1), hi), NAMED_SPEAKER
            return (complement.start(1), hi), complement.group(1) != "that"
        if lemma in ("say", "tell") and _HOW_MUCH.match(text, after, hi):
            return None, True  # "said little about how", "their smiles said a lot": how much, not what
        if lemma in ("say", "tell") and (answer := _YES_OR_NO.match(text, after, hi)):
            return (answer.start(1), answer.end(1)), True  # "Asked if it would open, the mayor said no."
        if self._passive(cue.start()) and _TIME_CLAUSE.search(text, max(0, cue.start() - 60), cue.start()):
            return None, True  # "when the tax was announced, …": when something happened, not what was said
        # "said on Friday the talks …", "told reporters in an interview Tuesday she …": the clause after the adjunct
        adjunct = _TIME_OR_MEDIUM.match(text, after, hi)
        clause_at = adjunct.end() if adjunct is not None and _BARE_CLAUSE.match(text, adjunct.end(), hi) else after
        if adjunct is not None and clause_at == after:
            clause_at = hi  # "…, officials said Friday afternoon, as they met": the adjunct is no clause; the content is before
        if form in OPINION_FORMS and (clause := _BARE_CLAUSE.match(text, clause_at, hi)):
            return (clause.end(), hi), True  # "Lee believes the plan will fail": only with its believer
        if (is_strong(form) or addressed) and (clause := _BARE_CLAUSE.match(text, clause_at, hi)):
            # "Experts on North Korea said the test …": a finite "said" before a clause is speech
            # even when its subject is too long to resolve; "hard to say", "was said" are not.
            finite = lemma == "say" and not _NON_FINITE.search(text, max(0, after - len(form) - 8), after - len(form))
            if may_be_noun(form):  # "battleground states could be decisive": "states" a noun, unless someone states
                return (clause.end(), hi), NAMED_SPEAKER
            if _GAP_VERB.match(text, clause.end()) and _RELATIVE_BEFORE.search(text, max(0, cue.start() - 60), cue.start()):
                # "The rules, which officials said will take effect in May, do not …": the relative clause
                # lacks its subject, and what was said ends with that clause
                return (clause.end(), self._relative_end(clause.end(), hi)), not finite
            return (clause.end(), hi), not finite
        if clause := _PRONOUN_CLAUSE.match(text, after, hi):  # "Lynch notes they were appointed …"
            return (clause.end(), hi), True
        if (lemma in _COMMITMENT_LEMMAS  # (past a day: "pledged Saturday to rid …")
                and (infinitive := _TO_INFINITIVE.match(text, adjunct.end() if adjunct else after, hi))
                and not self._passive(after - len(form))):
            # "pledged to push for …" (not "have been urged to …"); "urged the council to …": who is
            # urged belongs to what is urged, as the object of "called on the city to …" does
            return (cue.end() if addressed else infinitive.start(1), hi), True
        if form.endswith(" for") and after < hi:  # "called for reducing the corporate tax rate"
            return (after, hi), True
        if self._embedded_quote_between(after, hi):  # "called the holiday “a celebration …”"
            # … up to a second verb of the same subject ("… “a terrible deal” and ranked her …"), past the quotation
            quoted_end = self.marked[bisect_right(self.resolver.quote_starts, after)].end
            second = _COORDINATED_VERB.search(text, quoted_end, hi)
            return (after, second.start() if second is not None else hi), True
        if (self._takes_object(cue, hi) and lemma not in _NO_OBJECT_LEMMAS
                and not (adjunct is not None and lemma in ("say", "tell"))
                and not (addressed and lemma == "tell"
                         and (text.count(" ", after, hi) < 3 or _PLACE_OR_TIME_AFTER.match(text, after)))
                and not (lemma in ("say", "tell") and _ABOUT.match(text, cue.end()))):
            # ("things the mayor has said about the ferry": what it was about, not what was said; "…, a
            # spokesman told the Daily Post.": the addressee, and the content before)
            # "Trump attacked Machado in early-morning tweets", "Lee asked the court to …": the
            # object (with its addressee) is the content, when a speaker stands before the verb;
            # a bare noun ("highlighting the need") says too little to be worth a suggestion.
            end = self._clause_end(cue.end(), hi)
            if SUBORDINATE_LEAD.match(text, self.sentence_start(cue.start())):
                comma = text.find(",", cue.end(), end)  # "As Quill attacked the plan, the crowd …": to the comma
                end = comma if comma > 0 else end
            if text.count(" ", cue.end(), end) >= MIN_OBJECT_WORDS:
                return (cue.end(), end), NAMED_SPEAKER
        return None, True

    def _relative_end(self, start: int, hi: int) -> int:
        ends = [i for mark in (",", ";", "—", "–", " -- ") if (i := self.text.find(mark, start, hi)) >= 0]
        return min(ends, default=hi)

    def _tag_speaker_before(self, lo: int, cue_start: int) -> Mention | None:
        """“…,” he said, adding that …: the speaker of a direct quote's tag earlier in the sentence, whom a
        gerund after it continues."""
        i = bisect_left(self.used_cue_list, cue_start) - 1
        if i < 0 or self.used_cue_list[i] < lo:
            return None
        tag = cue_re().match(self.text, self.used_cue_list[i])
        if tag is None or cue_re().search(self.text, tag.end(), cue_start):
            return None  # another cue in between has its own subject
        return (self.resolver.mention_before(lo, tag.start(), allow_it=True)
                or self.resolver.mention_after(tag.end(), cue_start, allow_it=True))

    def _names_someone(self, mention: Mention) -> bool:
        """A subject that can hold a position: a pronoun, a name, or a speaker noun ("officials")."""
        if mention.antecedent is not None:
            return self._names_someone(mention.antecedent)
        if self.text[mention.start:mention.end] == "who":  # a relative pronoun for a person ("idealists who wanted")
            return True
        if mention.pronoun or mention.entity is not None:
            return True
        words = self.text[mention.start:mention.end].split()
        if words[0][0].isupper() and words[0].lower() not in DETERMINERS:  # a name no entity covers …
            return True
        head = PLACE_ATTACHMENT.split(self.text[mention.start:mention.end], 1)[0].split()  # "officials in Halifax"
        return head[-1].lower() in NOUN_HEADS

    def _clause_end(self, start: int, hi: int) -> int:
        """Where an object ends: the first clause break ("…, who", "… — but", "…; ") before ``hi``, or a
        relative clause of its own attribution ("refused to pay an architect who said …"); a relative clause
        otherwise belongs to the object ("talked about athletes who turned around …")."""
        ends = [found.start() for pattern in (_CLAUSE_BREAK, _COORDINATED_VERB) if (found := pattern.search(self.text, start, hi))]
        for relative in _RELATIVE_START.finditer(self.text, start, min(ends, default=hi)):
            if cue_re().match(self.text, relative.end()):
                ends.append(relative.start())
                break
        return min(ends, default=hi)

    def _takes_object(self, cue: re.Match, hi: int) -> bool:
        """A finite, active cue verb followed by its object: not "was supported by", "to defend", "Lee’s plan"."""
        text = self.text
        if cue.group()[0].isupper() or self._passive(cue.start()) or cue.end() >= hi:
            return False
        if _NON_FINITE.search(text, max(0, cue.start() - 8), cue.start()) or _OBJECT_STOP.match(text, cue.end()):
            return False
        before = text[max(0, cue.start() - 3):cue.start()]
        if POSSESSIVE_BEFORE.search(before):  # "Clinton’s plan", "the group’s support": a noun, not a verb
            return False
        return not is_gerund(cue.group()) or before.rstrip().endswith(",")  # ", accusing her of …"

    def _embedded_quote_between(self, start: int, end: int) -> bool:
        """A quotation inside the clause from ``start``, continuing it (not one after "asserting, ")."""
        i = bisect_right(self.resolver.quote_starts, start)
        if i >= len(self.marked) or self.marked[i].end > end + 1:
            return False
        return self._embedded(self.marked[i]) and cue_re().search(self.text, start, self.marked[i].start) is None

    def _embedded_quote_after(self, pos: int, end: int) -> bool:
        """Whether the first quotation after ``pos`` starts before ``end`` and continues a clause."""
        i = bisect_right(self.resolver.quote_starts, pos)
        return i < len(self.marked) and self.marked[i].start < end and self._embedded(self.marked[i])

    def _passive(self, cue_start: int) -> bool:
        return _PASSIVE.search(self.text, max(0, cue_start - 8), cue_start) is not None

    def _next_attribution(self, start: int, end: int) -> int:
        """Where a content running on from its cue meets the next attribution, else ``end``:
        "… and called on people to …" (the same speaker again), "…, and the court declined to …"."""
        text = self.text
        in_relative = None  # whether the content's own cue sits in a "…, who …" aside, found when it matters
        for cue in cue_re().finditer(text, start + 1, end):
            if self.resolver.in_quote(cue.start()):
                continue
            if text[max(start, cue.start() - 2):cue.start()] == ", " and is_speech(cue.group()):
                if in_relative is None:
                    in_relative = _RELATIVE_ASIDE.search(text, max(0, start - 120), start) is not None
                if in_relative and (_COMPLEMENTIZER.match(text, cue.end()) or _BARE_CLAUSE.match(text, cue.end())):
                    # "Clinton, who did not say that Sanders was unqualified, said on Wednesday that …":
                    # the aside's content ends where its subject's own verb comes
                    return cue.start() - 2
            if cue.group() == "according to" and text[max(start, cue.start() - 3):cue.start()].rstrip().endswith(","):
                return cue.start()  # "… declined to renew the offer, according to an executive": the source's
            joined = _COORDINATED_CUE.search(text, max(start, cue.start() - 30), cue.start())
            if joined is not None and not ("and" in joined.group() and _OWN_COORDINATION.search(text, start, joined.start())):
                return joined.start()
            lead_start = max(start, cue.start() - 4)
            before = text[lead_start:cue.start()].rstrip()
            if is_gerund(cue.group()) and before.rstrip("”\"’'").endswith(","):
                # "…, emphasizing that …", "… “a position to win,” adding that …": the same speaker goes on
                return text.rfind(",", start, cue.start()) if before.endswith(",") else lead_start + len(before)
            mention = self.resolver.mention_before(start, cue.start())
            if mention is not None and self._names_someone(mention):
                lead = _NEW_CLAUSE.search(text, max(start, mention.start - 8), mention.start)
                if lead is not None and not (lead.group().strip() == "and" and _FIRST_CONJUNCT.fullmatch(text, start, lead.start())
                                             or _FRONTED_ADJUNCT.fullmatch(text, start, lead.start())):
                    # (not "said both he and Rubio promised …": one subject of two); a quotation closing with the
                    # clause's comma ("… “friends for some time,” he claimed") stays whole
                    return lead.end("close") if lead.group("close") else lead.start()
                comma = text.rfind(",", max(start, mention.start - 40), mention.start)
                if (comma > start and self.resolver.descriptors_between(comma + 1, mention.start)
                        and not _FRONTED_ADJUNCT.fullmatch(text, start, comma)):
                    return comma  # "…, former President Bill Clinton said this week": a final tag of its own
            if text[max(start, cue.start() - 2):cue.start()].rstrip().endswith(",") and is_speech(cue.group()):
                inverted = self.resolver.mention_after(cue.end(), min(end, cue.end() + 80))
                if (inverted is not None and self._names_someone(inverted)
                        and self.resolver.descriptors_between(cue.end(), inverted.start)):
                    return text.rfind(",", start, cue.start())  # "…, said James Henson, director of …": an inverted tag
            if (is_strong(cue.group()) and _BARE_CLAUSE.match(text, cue.end())) or (
                    is_speech(cue.group()) and _COMPLEMENTIZER.match(text, cue.end())):
                # "… support Clinton, and 39 have said they support Sanders": a short subject no name
                # resolves, after a clause break, before a verb of saying with its own clause
                lead = _SUBJECT_AFTER_BREAK.search(text, max(start, cue.start() - 70), cue.start())
                if lead is not None:
                    return lead.start()
        return end

    def _suggestion(self, content: tuple[int, int], cue: re.Match, mention: Mention | None,
                    kind_score: float) -> QuoteSuggestion | None:
        if mention is not None and mention.pronoun in FIRST_PERSON:
            return None  # "I think the council …" outside quotation marks: the writer's own view, not a source's
        start, end = trim(self.text, *content)
        i = bisect_right(self.used_cue_list, start)
        if i < len(self.used_cue_list) and self.used_cue_list[i] < end:
            # Another voice's direct quote starts inside (… income taxes ― Trump boasted, “…”): stop before it,
            # unless no clause break comes first and the quotation continues the clause (a word before its
            # mark, not "saying, “…”") after a gerund or a cue with no subject of its own (not "what Lee
            # calls “…”"): "says he spent the day yelling at people saying “…”" is one mixed quote.
            inner_cue = self.used_cue_list[i]
            cut = max(self.text.rfind(mark, start, inner_cue) for mark in _CLAUSE_BREAKS)
            if cut < start and (joined := _COORDINATED_CUE.search(self.text, max(start, inner_cue - 30), inner_cue)):
                cut = joined.start()  # "said it was too early but added, “…”": the same subject's second verb
            if (cut > start or not self._embedded_quote_after(inner_cue, end)
                    or (not is_gerund(cue_re().match(self.text, inner_cue).group())
                        and self.resolver.mention_before(start, inner_cue, allow_it=True) is not None)):
                start, end = trim(self.text, start, cut)
        if start >= cue.end():
            cut = self._next_attribution(start, end)
            if (cut < end and self.text.count(" ", start, cut) < MIN_CUT_WORDS - 1
                    and not is_gerund(self.text[cut:end].lstrip(" ,\xa0").split(" ", 1)[0])):
                # "… and found it offensive, journalist Martha Raddatz said": a fragment of the next speaker's
                # content (but "defended the incident, calling it …" is the same speaker going on)
                return None
            start, end = trim(self.text, start, cut)
        if (end - start < 3 or self.text.count(" ", start, end) < 1) and not _YES_OR_NO.fullmatch(self.text, start - 1, end):
            return None
        if (self.text.count(" ", start, end) < MIN_ADJUNCT_WORDS and _ADJUNCT_OPENING.match(self.text, start)
                and not QUOTE_CHARS.search(self.text, start, end)):
            # "declined through a spokesman", "reported even on Friday": how or when, not what (but "described
            # it as “an intentional act”" quotes the words)
            return None
        kind = "indirect"
        if QUOTE_CHARS.search(self.text, start, end):
            spans = self.resolver.quote_spans
            quoted = []
            for i in range(bisect_left(self.resolver.quote_starts, start), len(spans)):
                if spans[i][0] >= end:
                    break
                if spans[i][1] <= end + 1:
                    quoted.append(spans[i])
            if not quoted:
                return None  # quotation marks that do not pair inside: leave it to the direct quotes
            if len(quoted) == 1 and quoted[0][1] >= end - 1 and _LEAD_TO_QUOTE.fullmatch(self.text, start, quoted[0][0]):
                return None  # "said that “…”" is the direct quote itself (but "says Ross “talked …”" is mixed)
            set_off = _SET_OFF_QUOTE.search(self.text, max(start, quoted[-1][0] - 40), quoted[-1][0])
            if quoted[-1][1] >= end - 1 and set_off is not None and is_speech(set_off.group(1)):
                # "…, Spicer said, adding, “They need …”", "telling her, “you are …”": a quotation set off after
                # its own cue is a direct quote; what was said is the clause before that cue, if any
                lead_end = set_off.start(1)
                return self._suggestion((start, lead_end), cue, mention, kind_score) if lead_end > cue.end() else None
            kind = "mixed"
        if mention is not None:
            self._chain = (self.sentence_start(cue.start()), mention)
        return QuoteSuggestion(start=start, end=end, kind=kind, speaker=self.resolver.speaker(mention),
                               cue_start=cue.start(), cue_end=cue.end(), score=kind_score)
