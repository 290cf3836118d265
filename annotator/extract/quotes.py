"""Direct and reported quotes with their cue and resolved speaker.

Direct quotes come from paired quotation marks (:mod:`quote_marks`); each is attributed from
the clause after it (“…,” said Joly / “…,” Joly said) or before it (He warned, “…”), the side
chosen by how the quote ends: a comma hands over to what follows, a full stop to what came
before.  A quote with no cue of its own right after an attributed one continues that speaker.

Decisions where the issue leaves a choice:
- A quote split around its cue (“…,” she said. “…”) gives **two direct quotes** with the same
  speaker and cue, not one mixed span: each span holds only quoted words and their marks, which
  is what a reader checks and what PolNeAR-style gold marks as separate fragments.
- "said that “…”" with the quote running to the sentence end is a direct quote (the marks say
  the words are the speaker's own); quoted words inside a clause ("called it “a disaster” on
  Monday", Not paying taxes “makes me smart,” he said) are part of a ``mixed`` quote covering
  the clause, and are not suggested on their own.
- Quoted words that continue a clause with no cue anywhere (a title, a scare quote), and
  unattributed quotes of fewer than four words, are not suggested.
- Reported content runs to the end of its sentence, without the closing full stop.

Reported speech (:mod:`quote_reported`, :mod:`quote_sources`) comes from cues outside quotes:
"Joly said (that) …", "X told reporters …", "Lee opposes the plan", "according to X, …", "…, X
said.", "the mayor’s claim that …"; speaker turns ("PENCE: …", "Graham: …" headlines) from
:mod:`quote_turns`.

Everything is one pass of precompiled regexes plus bounded look-arounds: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from typing import Sequence

from .base import EntitySuggestion, QuoteSuggestion, SpeakerSuggestion
from .dates import MONTH_ABBREVIATIONS
from .layout import DATELINE_AT
from .quote_cues import cue_re, is_gerund, is_speech, is_strong, may_be_noun
from .quote_marks import MarkedQuote, find_marked_quotes
from .quote_names import AUXILIARIES, CLAUSE_LINKS, DETERMINERS, NOUN_HEADS, OUTLET_PHRASE, TITLES
from .quote_reported import CATENATIVE_BEFORE, FIRST_PERSON, QUOTE_CHARS, ReportedSpeech, trim
from .quote_sources import LEAD_PUNCT
from .quote_speakers import Mention, SpeakerResolver
from .quote_turns import find_turns

WINDOW = 250  # how far before a quote its attribution may start
MIN_UNATTRIBUTED_WORDS = 4  # shorter quotes without cue or speaker are scare quotes or titles

# Sentence ends: terminal punctuation (and closing marks) then space and a capital or an opener; or a
# line break.  One character class first, then the rest of the punctuation branch unless it was the
# line break: the regex engine then skips to those characters in C (the alternation was tried at
# every position, three times slower).
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"”’')\]]*\s+(?=(?:''|[\"“‘(\[])?[A-Z0-9]))")  # '' opens a quote (NYT style)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Prof|Rev|Ft|Mt|Del|Adm|"
    r"Hon|Supt|Cpl|Pvt|Msgr|Fr|Mme|Sec|Atty|"
    + "|".join(MONTH_ABBREVIATIONS) + r")|(?<![0-9] )\b[A-Z]|\.[A-Z])\.\Z")  # an initial, not "-35 C."
# A word that opens a sentence, never a name after "U.S." or "Mr.": "… attacks in the U.S. He says …".
_NEW_SENTENCE_WORD = re.compile(r"(?:He|She|They|It|We|I|The|But|This|There)\b(?!\.)")
_DASH_LINE = re.compile(r"[ \t\xa0]*\n\s*([―—–-])[ \t\xa0]*(?=[A-Z])")  # the author under a quote's paragraph
_DASH_BYLINE = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*(?=[A-Z])")
# "… but has since said", "X, who …, once said", "friends have in the past said"
_LINK_TO_SUBJECT = re.compile(r"(,|\b(?:and|but|who|which|that|has|have|had))(?:\s+(?:also|has|have|had|"
                              r"would|will|could|may|might|did|does|later|then|again|since|now|never|still|even|"
                              r"once|often|first|earlier|already|just|in\s+the\s+past|[a-z]+ly))*\s*\Z")
# A relative clause about a person right before a cue, no comma inside: " who watched the debate said"
# (not "a man who many believe betrayed": that clause has a subject of its own).
_RELATIVE_CLAUSE_BEFORE = re.compile(r"[ \xa0]who[ \xa0]+"
                                     r"(?!(?:many|most|few|some|we|you|they|he|she|it|the|an?|his|her|their)\b)"
                                     r"[a-z][^,;:.!?“”\"()]{2,70}[ \xa0]\Z")
_PREPOSITION_BEFORE = re.compile(r"[ \xa0](?:of|in|from|at|for)[ \xa0]\Z")
# A participle phrase right after a quote's tag, to the sentence end: "…, using a term Rubio has used …".
_TAG_PARTICIPLE = re.compile(r"[^,.!?;“”\"]{0,80},[ \xa0]+[a-z]+ing\b"
                             r"(?:(?![ \xa0](?:and|but|while)[ \xa0])[^.!?;“”\"])*")
_OWN_SUBJECT_LEAD = re.compile(r"(?:[ \xa0]and|[ \xa0]with|,)[ \xa0]+\Z")  # "… and Trump calling it", ", Ryan saying"
_COORDINATED_GERUND = re.compile(r"[ \xa0]and[ \xa0]+\Z")  # "… and asking"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|his|her|their|its|our)\s+\Z")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")  # blank lines between paragraphs are one break
_NEW_CLAUSE_AFTER_COMMA = re.compile(r"\s*(?:and|but|or|while|whereas|as|though|although)\s")
# A sentence's opening noun phrase up to its verb, past a leading conjunction: "But early ratings data".
_BARE_SUBJECT = re.compile(r"(?:(?:And|But|Yet|So|Still|Now|Meanwhile|Instead|Also)[ \xa0]+)?"
                           r"((?:[A-Za-z][\w’'&.-]*[ \xa0]+){0,7}[A-Za-z][\w’'&-]*)[ \xa0]+")
MAX_BARE_SUBJECT_WORDS = 5  # without a speaker noun and its "of"/"on" phrase ("Experts on North Korea …")
_HEAD_PREPOSITIONS = frozenset({"of", "on", "at", "in", "from", "for"})
# Words that make the words before a verb a clause or a pronoun's, not one noun phrase.
_NOT_IN_SUBJECT = AUXILIARIES | CLAUSE_LINKS | frozenset("whose what where to he she it they we i you there how why "
                                                         "whether now here in on at off for from with by into after "
                                                         "before during over about against under without than let’s "
                                                         "let's there’s there's it’s it's".split())
_OPENING_MARKS = " \t\xa0“\"‘'(—–-"  # what may stand before a sentence-opening cue
_BY_AUTHOR = re.compile(r"[ \xa0]+by[ \xa0]+(?:the[ \xa0]+)?[A-Z]")  # after a quotation: who wrote the work it names
_COMMA_BEFORE_CLOSE = re.compile(r",(?:[”\"’]|'')\Z")  # “…,” — the sentence goes on to the quote's tag
# One verb after the speaker, ending the tag: "Hannity started.", "the crowd roared,", "Lind shot back."
_UNLISTED_TAG_VERB = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?([a-z]{2,}(?:ed|s)|began|begun|spoke|shot|cried|went|broke|"
                                r"rang|sang|swore|struck|wrote|told)(?:[ \xa0]+(?:in|out|back|on|up|off))?[ \xa0]*(?=[.,;!?]|\Z)")
# A cue's own content after it: "that", or a clause opening with a pronoun subject ("said it is committed")
_CONTENT_AFTER_CUE = re.compile(r"[ \xa0]+(?:that|it|he|she|they|we|there|I)[ \xa0]+[a-z]")
_COLON_BEFORE = re.compile(r":\s*\Z")
_PARTY_BEFORE_COLON = re.compile(r"[ \xa0]*\([^()\n]{1,24}\)[ \xa0]*\Z")  # "Gowdy (R-S.C.)", "Lind (Labour)"
_REPLY_BEFORE_COLON = re.compile(r"(?<=\w)(?:’s|'s|’|')[ \xa0]+(?:(?:first|only|latest|prepared|written|Facebook|Twitter)[ \xa0]+)?"
                                 r"(?:response|answer|reply|retort|reaction|verdict|message|statement|post|letter|tweet|"
                                 r"e-?mail|speech|remarks|memo|testimony)(?:[ \xa0]+(?:was|is|came|read|reads|said|says))?"
                                 r"(?:[ \xa0]+(?:simple|short|blunt|brief|clear|swift|immediate))?[ \xa0]*\Z")
# A question opening the sentence before a quotation in it: 'Asked if it was "fair", he replied: "…"' is the
# question the reported stage finds, not a mixed quote of the tag that follows.
_ASKED_OPENING = re.compile(r"(?:(?:But|And|When)\s+)?(?:when\s+)?[Aa]sked\b[^.;:!?]*\Z")
# Before a clause's subject: a connective, then titles or capitalised words of the name ("And Mr. ", "As Professor ").
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:And|But|As|Then|So|Yet|Or|Still|Later|Meanwhile|Instead),?\s+)?"
                           r"(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+)\s+)*")
# The verb right after the subject, possibly after an adverb: "gloated", "then predicted".
_VERB_AFTER_SUBJECT = re.compile(r"[ \xa0]+(?:[a-z]+ly[ \xa0]+|then[ \xa0]+|had[ \xa0]+|has[ \xa0]+)?([a-z]+(?:ed|s|t))\b")
_ENCLOSING_MARKS = ("--", ",", "—", "–")  # around an appositive: "X, a fellow at …, said", "X -- the mayor -- said"
_ADJECTIVE_ENDINGS = ("ic", "ed", "ful", "ous", "ive", "est", "y")  # "caustic", "failed", "forceful", "snappy"
# A name after a preposition of place or address, or after "told" ("on CNN", "to the Dutch newspaper NRC
# Handelsblad", "But told BBC News:"): where or to whom, not who.
_PLACE_BEFORE_NAME = re.compile(r"\b(?:on|in|at|to|from|with|into|for|about|against|told|tells|tell|telling)[ \t\xa0]+"
                                r"(?:[\w.’'-]+[ \t\xa0]+){0,3}\Z")


_TITLE_ABBREVIATIONS_END = re.compile(r"(?:\s*\b[A-Z][a-z]{0,3}\.)+\Z")
# A quotation that goes on from the words before its tag opens with the verb those words are the subject of
# ("An economic downturn, he said, “could be a good time …”"); one opening with its own subject or a
# conjunction ("But, Mr. Ryan said, ''democracy is …''", "Instead, he said, “she started …”") is whole.
_PREDICATE_OPENING = re.compile(r"(?:%s|remains?|seems?|becomes?|makes?|means?)\b" % "|".join(
    sorted(AUXILIARIES | {"cannot", "not", "isn", "wasn", "won", "wouldn", "couldn", "doesn", "didn"})))


def find_quotes(text: str, entities: Sequence[EntitySuggestion] = ()) -> list[QuoteSuggestion]:
    """Direct, reported and mixed quotes in ``text``, speakers resolved against ``entities``."""
    if not text:
        return []
    return _QuoteFinder(text, entities).run()


def sentence_ends(text: str) -> list[int]:
    """Where each sentence ends (after its closing marks and the spaces that follow), in text
    order; a line break ends one too (also after "U.S." ending a line), and "Mr." or an initial ("U.S.",
    "W.") inside a line does not."""
    return [m.end() for m in _SENTENCE_END.finditer(text)
            if "\n" in m.group() or not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1)
            or _NEW_SENTENCE_WORD.match(text, m.end())]


class _QuoteFinder(ReportedSpeech):
    def __init__(self, text: str, entities: Sequence[EntitySuggestion]):
        self.text = text
        self.marked = find_marked_quotes(text)
        self.resolver = SpeakerResolver(text, entities, [(q.start, q.end) for q in self.marked])
        self.sentence_ends = sentence_ends(text)
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        # A dateline ("HALIFAX, Nova Scotia — March 3, 2025 —") ends where the first sentence starts.
        datelines = [m.end() for start in self.paragraph_starts if (m := DATELINE_AT.match(text, start))]
        if datelines:
            self.sentence_ends = sorted(self.sentence_ends + datelines)
        self.used_cues: set[int] = set()  # cues of direct quotes: not reported speech again
        self.used_cue_list: list[int] = []

    # -- boundaries -------------------------------------------------------------------------

    def sentence_start(self, pos: int) -> int:
        i = bisect_right(self.sentence_ends, pos) - 1
        return max(self.sentence_ends[i] if i >= 0 else 0, pos - WINDOW)

    def sentence_end(self, pos: int, window: int = WINDOW) -> int:
        """The end of the sentence holding ``pos``, at most ``window`` on, and then never inside a word."""
        i = bisect_right(self.sentence_ends, pos)
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        if end <= pos + window:
            return end
        space = self.text.rfind(" ", pos, pos + window)
        return space if space > pos else pos + window

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self.paragraph_starts, pos) - 1

    # -- the whole article ------------------------------------------------------------------

    def run(self) -> list[QuoteSuggestion]:
        direct = self._direct_quotes()
        self.used_cue_list = sorted(self.used_cues)
        reported = self._reported_quotes()
        direct, reported = self._with_whole_chain(direct, reported)
        mixed = sorted((q for q in direct + reported if q.kind == "mixed"), key=lambda q: q.start)
        starts = [q.start for q in mixed]
        kept = [q for q in direct if q.kind == "mixed" or not _inside_any(q, mixed, starts)]
        turns = find_turns(self.text, self.resolver)
        if turns:  # "PENCE: …" lines: each turn, not the quotation around a transcript
            turn_starts = [t.start for t in turns]
            kept = [q for q in kept if not _turn_inside(q, turns, turn_starts)]
            kept_starts = [q.start for q in kept]
            turns = [t for t in turns if not _overlaps_any(t, kept, kept_starts)]
            turn_starts = [t.start for t in turns]
            reported = [q for q in reported if not _overlaps_any(q, turns, turn_starts)] + turns
        return sorted(kept + reported, key=lambda q: (q.start, q.end))

    def _with_whole_chain(self, direct: list[QuoteSuggestion], reported: list[QuoteSuggestion]
                          ) -> tuple[list[QuoteSuggestion], list[QuoteSuggestion]]:
        """"he", "she" and "the newspaper" resolved again once the reported speakers are in the attribution
        chain too: the direct quotes were resolved before any reported speech was found."""
        for quote in reported:
            self.resolver.note_quoted(quote.speaker)

        def again(quote: QuoteSuggestion) -> QuoteSuggestion:
            s = quote.speaker
            word = self.text[s.start:s.end].lower() if s is not None and s.start is not None else ""
            if word in ("he", "she"):
                return replace(quote, speaker=self.resolver.speaker(Mention(start=s.start, end=s.end, pronoun=word)))
            if s is not None and s.name is None and OUTLET_PHRASE.fullmatch(word):  # "the newspaper reported"
                return replace(quote, speaker=self.resolver.speaker(Mention(start=s.start, end=s.end)))
            return quote
        return [again(q) for q in direct], [again(q) for q in reported]

    def _direct_quotes(self) -> list[QuoteSuggestion]:
        found: list[QuoteSuggestion] = []
        previous: QuoteSuggestion | None = None
        for quote in self.marked:
            cue, mention, side = self._attribute(quote)
            start, end, kind = quote.start, quote.end, "direct"
            if self._embedded(quote):
                # Quoted words inside a clause: “Fox News Sunday”, a scare quote, or part of a
                # sentence whose attribution follows (Not paying taxes “makes me smart,” he said).
                if side == "after" and self._inside_reported_clause(quote, cue):
                    continue  # "Flynn said Trump has “enormous respect” for …": the reported stage's mixed quote
                if side == "after" and _ASKED_OPENING.match(self.text, self.sentence_start(quote.start), quote.start):
                    continue
                if side == "after" and not self._title_case(quote):
                    start, kind = trim(self.text, self.sentence_start(quote.start), quote.start)[0], "mixed"
                    end = self._content_end(quote, mention, cue)
                elif not (side == "before" and self._runs_to_sentence_end(quote)):
                    continue
            elif side == "before" and self._predicate_after_tag(quote, mention, cue):
                # The club's investment, Ms. Holm said, “is a perfect example” of …: the words before the
                # tag are the subject of what was said, the quotation its predicate; the sentence is one content
                start = trim(self.text, self.sentence_start(quote.start), quote.start)[0]
                end = trim(self.text, quote.start, self._predicate_end(quote))[1]
                kind = "mixed"
            elif side == "after" and self._clause_goes_on(quote):
                # “We’re extremely happy” about the decision, DeMoro said: the quoted words open a clause
                end = max(end, self._content_end(quote, mention, cue))
                kind = "mixed" if end > quote.end else kind
            speaker = self.resolver.speaker(mention)
            if speaker is None and cue is not None and previous is not None and previous.cue_start == cue[0]:
                speaker = previous.speaker  # “…,” said an Iowa Democrat, “…”: one tag for both halves
            if speaker is None and cue is not None and previous is not None and self._gerund_goes_on(previous, cue):
                speaker = previous.speaker  # “…,” she said, adding, “…”: the tag's speaker goes on
            if cue is None and speaker is None and previous is not None and self._continues(previous, quote):
                # “…,” she said. “…” — the second half, or the next paragraph of the same voice.
                speaker = previous.speaker
                if self.paragraph_of(previous.end) == self.paragraph_of(quote.start):
                    cue = (previous.cue_start, previous.cue_end) if previous.cue_start is not None else None
            if cue is None and speaker is None:
                speaker = self._paragraph_speaker(quote, previous)
            if cue is None and speaker is None and (self._word_count(quote) < MIN_UNATTRIBUTED_WORDS
                                                    or self._names_a_work(quote)):
                continue  # a scare quote, or a title: "the program, “Aaron Klein Investigative Radio,” broadcast …"
            if cue is None and _BY_AUTHOR.match(self.text, quote.end):
                continue  # "“Pop-up art show strives to confront gentrification,” by DNAinfo's Eddie …": a story's title
            if cue is not None:
                self.used_cues.add(cue[0])
            score = (0.9 if speaker is not None and speaker.name else 0.7 if cue is not None else 0.5)
            suggestion = QuoteSuggestion(start=start, end=end, kind=kind, speaker=speaker,
                                         cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
                                         score=score if quote.closed else score - 0.2)
            found.append(suggestion)
            self.resolver.note_quoted(speaker)
            previous = suggestion
        return found

    def _gerund_goes_on(self, previous: QuoteSuggestion, cue: tuple[int, int]) -> bool:
        """Whether ``cue`` is a gerund continuing the previous quote's tag in the same sentence, with no
        other cue between ("…,” she said, adding, “…”, "…” he wrote, arguing that …, “…”")."""
        if previous.speaker is None or previous.cue_end is None or previous.cue_end > cue[0]:
            return False
        if not is_gerund(self.text[cue[0]:cue[1]]) or previous.cue_start < self.sentence_start(cue[0]):
            return False
        return cue_re().search(self.text, previous.cue_end, cue[0]) is None

    def _paragraph_speaker(self, quote: MarkedQuote, previous: QuoteSuggestion | None) -> SpeakerSuggestion | None:
        """The voice this paragraph reported last, for a quote opening its own sentence with no attribution:
        "…, Schiff said. “The other factor …”" — the attribution chain goes on into the quote.  Only cues
        after the paragraph's previous quote count (that quote's speaker was handled by ``_continues``); the
        latest of them with a subject speaks."""
        if self.sentence_start(quote.start) < quote.start - 1 and self.text[self.sentence_start(quote.start):quote.start].strip():
            return None
        paragraph = self.paragraph_of(quote.start)
        lo = self.paragraph_starts[paragraph]
        if paragraph > 0 and not self.text[lo:quote.start].strip():
            lo = self.paragraph_starts[paragraph - 1]  # a paragraph opening with a quote goes on from the one before
        if previous is not None and previous.end > lo:
            lo = previous.end
        cues = [cue for cue in cue_re().finditer(self.text, lo, quote.start)
                if is_speech(cue.group()) and not self.resolver.in_quote(cue.start())]
        for cue in reversed(cues):  # the latest cue with someone speaking ("… by saying …, if asked.")
            mention = self._subject(self.sentence_start(cue.start()), cue)
            if mention is not None and self._names_someone(mention):
                return self.resolver.speaker(mention)
        return None

    def _content_end(self, quote: MarkedQuote, mention: Mention | None, cue: tuple[int, int] | None) -> int:
        """End of a mixed quote's content: up to its attribution ("…” of the plan, Mr. X said")."""
        attribution = min(p for p in (mention.start if mention else None, cue[0] if cue else None,
                                      len(self.text)) if p is not None)
        comma = self.text.rfind(",", quote.end, attribution)
        return trim(self.text, quote.start, comma if comma >= quote.end else quote.end)[1]

    def _determined_noun(self, cue: re.Match) -> bool:
        """"the states", "a plan": a cue form that is a noun after its determiner, no tag."""
        before = self.text[max(0, cue.start() - 12):cue.start()].split()
        return may_be_noun(cue.group()) and bool(before) and before[-1].lower() in DETERMINERS

    def _unnamed(self, mention: Mention) -> bool:
        """A common noun ("one of the states"), not a name or a pronoun."""
        return mention.entity is None and mention.antecedent is None and not mention.pronoun

    def _inside_reported_clause(self, quote: MarkedQuote, cue: tuple[int, int] | None) -> bool:
        """Quoted words inside what a speech cue earlier in the sentence reports ("X said Y has “…” for …"),
        with a cue after them that is not their own tag: "…,” he said" right after the quote, set off by a
        comma, is; "“…” suggests that" runs on in the clause."""
        lead = LEAD_PUNCT.match(self.text, quote.end)
        set_off = "," in lead.group() or self.text[quote.start:quote.end].rstrip("“”\"'»« ").endswith(",")
        if cue is not None and cue[0] <= lead.end() and set_off and not is_gerund(self.text[cue[0]:cue[1]]):
            return False  # (a gerund goes on from the sentence's speaker: "Holm said that X is “…,” adding …")
        lo = self.sentence_start(quote.start)
        for found in cue_re().finditer(self.text, lo, quote.start):
            if is_speech(found.group()) and not self.resolver.in_quote(found.start()):
                mention = self._subject(lo, found)
                if mention is not None and self._names_someone(mention):
                    return True
        return False

    def _embedded(self, quote: MarkedQuote) -> bool:
        """Whether the quote continues a clause: a word, not punctuation, right before its mark."""
        before = self.text[max(0, quote.start - 3):quote.start].rstrip(" \t\xa0")
        return bool(before) and (before[-1].isalnum() or before[-1] in "’')")

    def _clause_goes_on(self, quote: MarkedQuote) -> bool:
        """Whether the sentence goes on past the quote in the same clause: a lowercase word right after a
        quotation that does not close with its own punctuation (not “…,” he said)."""
        inner = self.text[quote.start:quote.end].rstrip("“”‘’\"'»« ")
        if inner.endswith((",", ".", "!", "?", ";", ":")) or self._title_case(quote) or self._word_count(quote) < 2:
            return False  # (nor a title or a single word: “Jane The Virgin” star …)
        after = LEAD_PUNCT.match(self.text, quote.end).end()
        return after == quote.end + 1 and _CLAUSE_GOES_ON.match(self.text, after) is not None

    def _title_case(self, quote: MarkedQuote) -> bool:
        words = _LATIN_WORD.findall(self.text[quote.start:quote.end])
        return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)

    def _names_a_work(self, quote: MarkedQuote) -> bool:
        """A short quotation in title case that is no sentence ("“Orange is the New Black”", "''Tales From the
        Crypt,''"): a title.  Shouting in capitals ("“THIS IS NOT OK.”") and questions are speech."""
        inner = self.text[quote.start:quote.end].strip("“”\"'»« ,")
        return (self._title_case(quote) and self._word_count(quote) <= 8 and not inner.isupper()
                and not inner.endswith((".", "!", "?")))

    def _predicate_after_tag(self, quote: MarkedQuote, mention: Mention | None, cue: tuple[int, int] | None) -> bool:
        """Whether a tag set off mid-sentence (", Ms. Holm said, “is …”") stands between a sentence's opening
        words and a quotation that goes on from them in lowercase."""
        if mention is None or cue is None or self.text[cue[1]:quote.start].strip() != ",":
            return False
        inner = self.text[quote.start:quote.end].lstrip("“”‘’\"'»« ")
        if not _PREDICATE_OPENING.match(inner):
            return False
        lo = self.sentence_start(quote.start)
        opening = _TITLE_ABBREVIATIONS_END.sub("", self.text[lo:mention.start].rstrip())  # "…, Ms. Holm said"
        return (opening.endswith(",") and len(opening) > 1 and not QUOTE_CHARS.search(opening)
                and len(self.text[mention.end:cue[0]].split()) <= 1)

    def _predicate_end(self, quote: MarkedQuote) -> int:
        """The sentence's end, or the last comma before a later quotation that has a cue of its own
        ("…, and she has told his team, “…”": someone else's words)."""
        end = self.sentence_end(quote.end)
        later = next((q for q in self.marked if quote.end < q.start < end), None)
        cue = cue_re().search(self.text, quote.end, later.start) if later is not None else None
        if cue is not None:
            comma = self.text.rfind(",", quote.end, cue.start())
            return comma if comma > quote.end else quote.end
        return end

    def _runs_to_sentence_end(self, quote: MarkedQuote) -> bool:
        """“…” closes its sentence (said “we will win.”), it is not a phrase inside one."""
        follow = self.text[quote.end:quote.end + 2].lstrip(" \t\xa0")
        inner = self.text[quote.start:quote.end].rstrip("“”\"'»« ")
        return not follow or not follow[0].isalnum() or inner.endswith((".", "!", "?"))

    def _word_count(self, quote: MarkedQuote) -> int:
        return self.text.count(" ", quote.start, quote.end) + 1

    def _continues(self, previous: QuoteSuggestion, quote: MarkedQuote) -> bool:
        """Whether nothing but the previous quote's attribution stands between the two quotes."""
        if self.paragraph_of(quote.start) - self.paragraph_of(previous.end) > 1:
            return False
        between = self.text[previous.end:quote.start]
        if previous.cue_end is not None and previous.cue_end <= quote.start:
            between = self.text[max(previous.end, previous.cue_end):quote.start]
        if len(between) >= 300:
            return False
        offset = quote.start - len(between)
        # "…,” said Murphy, using a term Rubio has used to describe Trump, on a call. “…”: voices inside the
        # tag's participle phrase are named by the speaker, they do not take over
        tagged_before = previous.cue_end is not None and previous.cue_end <= quote.start
        aside = _TAG_PARTICIPLE.match(between) if tagged_before else None
        aside_end = offset + aside.end() if aside is not None else offset
        for cue in cue_re().finditer(self.text, offset, quote.start):  # another voice speaking in between ends the run
            if not is_speech(cue.group()):
                continue  # "…, who endorsed Sanders. “…”": a stance is no other voice taking over
            if cue.start() < aside_end:
                continue
            mention = self.resolver.mention_before(offset, cue.start())
            if mention is None and cue.group().lower() != "according to":
                # "Prof Joni Lovenduski, who conducted the study, said …": the subject across the appositive (not
                # a "who" going on from the tag: "…,” said Mr. Ekovich, who noted that …. “…”)
                mention = self._subject(max(offset, self.sentence_start(cue.start())), cue)
                relative = mention is not None and (mention.antecedent is not None or
                                                    self.text[mention.start:mention.end] == "who")
                mention = None if relative else mention
            # "when a dozen states held …": a noun read as a cue, with no one before it, is no other voice
            if mention is not None and self._names_someone(mention) and not self._same_voice(mention, previous.speaker):
                return False
        return True

    def _same_voice(self, mention: Mention, speaker: SpeakerSuggestion | None) -> bool:
        """Whether ``mention`` is the speaker again: the same mention, or another one naming the same person
        ("“…,” Carson told the AP after hinting that …. “…”")."""
        resolved = self.resolver.speaker(mention)
        return resolved == speaker or (resolved is not None and speaker is not None and resolved.name is not None
                                       and resolved.name == speaker.name)

    def _attribute(self, quote: MarkedQuote) -> tuple[tuple[int, int] | None, Mention | None, str]:
        """Cue span, speaker mention and the side ("after"/"before") they were found on, or Nones and ""."""
        inner = self.text[quote.start:quote.end].rstrip("“”\"'»« \n")
        ends_sentence = inner.endswith((".", "…")) and quote.closed
        tries = ((self._before, "before"), (self._after, "after"))
        # "telling her, “… !” She replied …": a question or exclamation set off by a comma or colon belongs
        # to the tag before it, the capitalised word after it starts the next sentence
        before_first = ends_sentence or (inner.endswith(("!", "?"))
                                         and _SET_OFF_BEFORE.search(self.text, max(0, quote.start - 3), quote.start))
        best: tuple[tuple[int, int] | None, Mention | None, str] = (None, None, "")
        for attempt, side in (tries if before_first else tries[::-1]):
            cue, mention = attempt(quote, ends_sentence)
            if mention is not None:
                return cue, mention, side
            if cue is not None and best[0] is None:
                best = (cue, None, side)
        return self._name_colon(quote) or self._colon_subject(quote) or best

    def _colon_subject(self, quote: MarkedQuote) -> tuple[tuple[int, int], Mention, str] | None:
        """“…” right after a colon ending a clause that opens with its subject and a verb no cue list holds
        ("Mr. Berg gloated: “…”", "he demurred: “…”", "Berg released the following statement: “…”"): the
        subject speaks, the verb is the cue.  The clause is what follows the sentence's last comma."""
        colon = _COLON_BEFORE.search(self.text, max(0, quote.start - 6), quote.start)
        if colon is None:
            return None
        lo = self.sentence_start(colon.start())
        clause = max(lo, self.text.rfind(",", lo, colon.start()) + 1)
        if clause > lo and (verb := _VERB_AFTER_SUBJECT.match(self.text, clause, colon.start())) and verb.start(1) == clause + 1:
            # "Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”": the clause opens with its verb,
            # its subject stands before the appositive
            mention = self._subject_before_parenthetical(lo, clause)
            if mention is not None:
                return (verb.start(1), verb.end(1)), mention, "before"
        mention = self.resolver.sentence_subject(clause, colon.start())
        if mention is None or mention.pronoun not in ("", "he", "she", "they", "i", "we"):
            return None
        lead = _SUBJECT_LEAD.match(self.text, clause, mention.start)
        if not _only_description(self.text[lead.end():mention.start]):
            return None  # "The report cited Berg: …": a name after the verb is no subject
        verb = _VERB_AFTER_SUBJECT.match(self.text, mention.end, colon.start())
        if verb is None:
            return None
        return (verb.start(1), verb.end(1)), mention, "before"

    def _name_colon(self, quote: MarkedQuote) -> tuple[tuple[int, int], Mention, str] | None:
        """“…” right after a name and a colon ("- Michael P. McDonald: “…”", "Continued Stone: “…”"): that
        person or organisation speaks, the colon is the cue.  A place ("Washington: “…”") speaks for no one,
        nor a name after a preposition ("on CNN: “…”")."""
        colon = _COLON_BEFORE.search(self.text, max(0, quote.start - 6), quote.start)
        if colon is None:
            return None
        name_end = colon.start()
        # "Rep. Trey Gowdy (R-S.C.): “…”", "Clinton’s response was: “…”", "From Bush's Facebook post: “…”": the
        # name before its party, reply or text
        lead = (_PARTY_BEFORE_COLON.search(self.text, max(0, name_end - 40), name_end)
                or _REPLY_BEFORE_COLON.search(self.text, max(0, name_end - 40), name_end))
        if lead is not None:
            name_end = lead.start()
        entity = self.resolver.entity_ending_at(name_end)
        if entity is None or entity.label not in ("PERSON", "ORG") or self.resolver.in_quote(entity.start):
            return None
        if _PLACE_BEFORE_NAME.search(self.text, max(self.sentence_start(entity.start), entity.start - 60), entity.start):
            return None  # "later that month on CNN: “…”", "told the newspaper NRC: “…”": where or to whom, not who
        return (colon.start(), colon.start() + 1), Mention(start=entity.start, end=entity.end, entity=entity), "before"

    def _after(self, quote: MarkedQuote, ends_sentence: bool) -> tuple[tuple[int, int] | None, Mention | None]:
        text = self.text
        pos = LEAD_PUNCT.match(text, quote.end).end()
        dash_line = _DASH_LINE.match(text, quote.end)
        if dash_line is not None:  # “…”⏎⏎- Bernie Sanders.  (the author on a short line of its own under the quote)
            line_end = text.find("\n", dash_line.end())
            line_end = len(text) if line_end < 0 else line_end
            mention = self.resolver.mention_after(dash_line.end(), line_end) if line_end - dash_line.end() <= 80 else None
            if mention is not None and (mention.entity is not None or not mention.pronoun) and \
                    text[mention.start:mention.end][:1].isupper():
                return (dash_line.start(1), dash_line.end(1)), mention
        hi = min(self.sentence_end(pos), pos + 160)
        if pos >= hi or text[pos:pos + 1] in "\n“\"":
            return None, None
        dash = _DASH_BYLINE.match(text, quote.end)
        if dash is not None:  # “…” ― Krystal Correa (a quote with its author under it)
            return (dash.start(1), dash.end(1)), self.resolver.mention_after(dash.end(), hi)
        cue = cue_re().match(text, pos)
        if cue is not None and ends_sentence and cue.group()[0].isupper():
            return None, None  # “….” Asked what …: a capitalised cue after a full stop opens the next sentence
        if cue is not None:  # inverted: “…,” said Joly
            mention = self.resolver.mention_after(cue.end(), hi, allow_it=True, tag=True)
            if mention is None and is_gerund(cue.group()):
                return None, None  # "is insisting that he has “expanded the party,” claiming …": the clause goes on
            return (cue.start(), cue.end()), mention
        cue = next((found for found in cue_re().finditer(text, pos, hi) if not self._determined_noun(found)), None)
        if cue is None and _COMMA_BEFORE_CLOSE.search(text, quote.start, quote.end):
            return self._unlisted_tag(pos, hi)
        if cue is None or cue.group().lower() == "according to":
            return None, None
        if QUOTE_CHARS.search(text, pos, cue.start()):
            # “…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said: a quotation inside the speaker's
            # appositive; any other quotation between is a clause of its own
            named = self._speaker_before_aside(pos, cue)
            return ((cue.start(), cue.end()), named) if named is not None else (None, None)
        if ends_sentence and (len(text[cue.end():hi].strip()) > 40 or _CONTENT_AFTER_CUE.match(text, cue.end())):
            # a new sentence about something else ("He noted that …", "The US has said it is committed to …"),
            # not this quote's tag
            return None, None
        between = text[pos:cue.start()]
        if between.count(",") > 3 or len(between) > 120:
            return None, None
        mention = self._quoted_as(pos, cue.start())  # “…,” the newspaper quoted an official as saying
        if mention is not None:
            return (cue.start(), cue.end()), mention
        if "," in between:
            # “…” of the plan, Mr. Holtz-Eakin said — else an appositive: “…,” Michael McFaul, a fellow at …, said
            last_comma = text.rfind(",", pos, cue.start()) + 1
            if _NEW_CLAUSE_AFTER_COMMA.match(text, last_comma):
                return None, None  # “supermax” prison in Colorado, and an official said …: a clause of its own
            if not text[last_comma:cue.start()].strip() and _CLAUSE_GOES_ON.match(text, pos):
                # “summer of agony” for Clinton …, said Brad Bannon: the clause runs on past the quote to an
                # inverted tag (not “…,” the press secretary, Josh Earnest, said: a speaker and an appositive)
                mention = self.resolver.mention_after(cue.end(), hi, allow_it=True, tag=True)
                if mention is None or not self._names_someone(mention):
                    return None, None
                return (cue.start(), cue.end()), mention
            mention = self.resolver.mention_before(last_comma, cue.start(), allow_it=True)
            if mention is None or not _only_titles(text[last_comma:mention.start]) or self._unnamed(mention):
                # “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: the
                # person named first, not the last appositive's noun
                first = self.resolver.mention_after(pos, cue.start(), allow_it=True)
                if mention is None or not _only_titles(text[last_comma:mention.start]) or (
                        first is not None and first.entity is not None and first.entity.label == "PERSON"):
                    mention = first
            if mention is None:  # “…,” his wife, Gabriela Lazar, wrote: the name set off by commas before the cue
                mention = self._subject_before_parenthetical(pos, cue.start())
        else:  # “…,” White House press secretary Josh Earnest said
            mention = self.resolver.mention_before(pos, cue.start(), allow_it=True)
        if mention is None:
            return None, None
        return (cue.start(), cue.end()), mention

    def _unlisted_tag(self, pos: int, hi: int) -> tuple[tuple[int, int] | None, Mention | None]:
        """“…,” Hannity started. / “…,” the crowd roared.: after a quotation its comma leaves open, a speaker
        and one verb no cue list holds, ending the sentence, are its tag."""
        mention = self.resolver.mention_after(pos, hi, tag=True)
        if mention is None or mention.pronoun in FIRST_PERSON or not self._names_someone(mention):
            return None, None
        verb = _UNLISTED_TAG_VERB.match(self.text, mention.end, hi + 1)
        if verb is None or not _only_titles(self.text[pos:mention.start]):  # (titles only before the name)
            return None, None
        return (verb.start(1), verb.end(1)), mention

    def _before(self, quote: MarkedQuote, ends_sentence: bool) -> tuple[tuple[int, int] | None, Mention | None]:
        text = self.text
        lo = self.sentence_start(quote.start)
        if lo >= quote.start - 1:  # the quote opens its sentence: a colon may end the paragraph before
            para = self.paragraph_of(quote.start)
            if para == 0 or self.paragraph_starts[para] < quote.start - 1:
                return None, None
            prev_end = self.paragraph_starts[para] - 1
            while prev_end > 0 and text[prev_end - 1].isspace():
                prev_end -= 1
            if text[prev_end - 1:prev_end] != ":":
                return None, None
            lo = self.sentence_start(prev_end - 1)
        cue = None
        for found in cue_re().finditer(text, lo, quote.start):
            if not self.resolver.in_quote(found.start()) and not (
                    may_be_noun(found.group()) and _DETERMINER_BEFORE.search(text, max(lo, found.start() - 6), found.start())):
                cue = found  # (not "called the plan “…”": "plan" there is a noun, the cue is "called")
        if cue is None:
            put = _AS_PUT_IT.search(text, max(lo, quote.start - 200), quote.start)
            if put is not None:  # "Or, as Tom Ridge, a former secretary, put it: “…”": "put it" is the cue
                return (put.start(2), put.end(2)), self.resolver.mention_after(put.start(1), put.end(1))
            return None, None
        between = text[cue.end():quote.start].strip()
        # (a colon may close a longer clause: "Amar said that if viewed through …, a deal might be possible: “…”")
        if len(between) > (200 if between.endswith(":") else 80) or not (
                between == "" or between.endswith((",", ":", "—", "–", "-", "that"))):
            return None, None
        if QUOTE_CHARS.search(between):
            return None, None
        mention = self._subject(lo, cue)
        if mention is None and between.endswith(",") and between.rstrip(",").strip():
            # inverted inside a clause: "… through the courts which, said Mr Hopkins, “is part of …”"
            mention = self.resolver.mention_after(cue.end(), quote.start)
        return (cue.start(), cue.end()), mention

    def _subject(self, lo: int, cue: re.Match) -> Mention | None:
        """The speaker of a cue in a clause starting at ``lo``: right before it, else the clause subject."""
        if cue.group().lower() == "according to" or (cue.group()[0].isupper() and not self.text[lo:cue.start()].strip(
                _OPENING_MARKS)):  # "Said Ellis:", "According to X," (not a Title Case headline's "Obama Says …")
            return self.resolver.mention_after(cue.end(), self.sentence_end(cue.end()))
        quoted = self._quoted_as(lo, cue.start())
        if quoted is not None:
            return quoted
        # "Twitter said … . It added that …": a sentence opening with "It" and a speech verb goes on about the
        # organisation (a lowercase "it" is as often the plan, the law or the weather)
        opening_it = self.text.startswith("It", lo) and is_speech(cue.group())
        catenative = (CATENATIVE_BEFORE.search(self.text, max(lo, cue.start() - 50), cue.start())
                      if self.text.endswith("to ", max(lo, cue.start() - 3), cue.start()) else None)
        if catenative is not None:  # "Lee continued to say", "went so far as to say", "used her speech to say"
            mention = self.resolver.mention_before(lo, catenative.start(), allow_it=opening_it)
        else:
            mention = self.resolver.mention_before(lo, cue.start(), allow_it=opening_it)
        if mention is not None and self._modifies_the_cue(mention, cue):
            # "Sanders delivered a snappy retort:": the cue is a noun, its modifiers nobody; the sentence's subject
            return self.resolver.sentence_subject(lo, mention.start)
        if mention is None and not is_gerund(cue.group()):
            mention = self._subject_before_parenthetical(lo, cue.start())
        # The clause subject speaks for a gerund ("X echoed …, asserting"), across an appositive
        # ("X, a defense expert from …, emphasized"), a relative pronoun or a coordination
        # ("an architect who said", "X … and said"); otherwise only the words right before the cue.
        linked = _LINK_TO_SUBJECT.search(self.text, max(lo, cue.start() - 40), cue.start())
        if mention is None and linked is not None and linked.group(1) in ("who", "which", "that"):
            # "an architect who said": the relative pronoun is the speaker's mention (as PolNeAR marks it,
            # and as "he" is for a pronoun), resolved to the noun right before it
            noun_end = linked.start(1)
            while noun_end > lo and self.text[noun_end - 1] in " ,\xa0—–-":  # "Mr. Kamin, who", "Graham—who", "Trump - who"
                noun_end -= 1
            antecedent = self.resolver.mention_before(lo, noun_end, coordinated=False)
            if antecedent is not None and antecedent.end == noun_end:
                mention = Mention(start=linked.start(1), end=linked.end(1), antecedent=antecedent)
            elif linked.group(1) == "who":  # "idealists who wanted": a person, never the sentence's subject
                return Mention(start=linked.start(1), end=linked.end(1))
        if is_gerund(cue.group()) and (tag := _FINAL_TAG_BEFORE.search(self.text, max(lo, cue.start() - 80), cue.start())):
            # "Ryan and Trump will meet …, Spicer said, adding, “…”": the speaker of the tag the gerund goes on from
            tagged = self.resolver.mention_before(tag.start(1), tag.start(2))
            if tagged is not None and tagged.start == tag.start(1) and is_speech(tag.group(2)):
                return tagged
        if (is_gerund(cue.group()) and mention is not None and "," not in self.text[mention.end:cue.start()]
                and _OWN_SUBJECT_LEAD.search(self.text, max(lo, mention.start - 8), mention.start)):
            return mention  # "Ryan saying he was “encouraged” and Trump calling it …": the gerund's own subject
        if is_gerund(cue.group()) and (joined := _COORDINATED_GERUND.search(self.text, max(lo, cue.start() - 8), cue.start())):
            earlier = self._own_subject_of_gerund_before(lo, joined.start())
            if earlier is not None:
                return earlier  # "with Trump tweeting that … and asking, “…”": the first gerund's subject goes on
        if is_gerund(cue.group()) or (mention is None and linked is not None):
            subject = self.resolver.sentence_subject(lo, cue.start())
            if subject is not None and (mention is None or subject.start < mention.start):
                return subject
        if (mention is None or not mention.pronoun) and linked is None \
                and is_speech(cue.group()) and not is_gerund(cue.group()):
            # "Riders who waited at the pier said": the noun the clause describes, not the clause's object
            mention = self._subject_before_relative(lo, cue.start(), mention) or mention
        if mention is None and is_strong(cue.group()) and not is_gerund(cue.group()):
            # (verbs of saying only: "Latest figures suggest …", "Black circles show …" are no one's words)
            mention = self._bare_subject(lo, cue.start())
        return mention

    def _bare_subject(self, lo: int, cue_start: int) -> Mention | None:
        """"Recent polling shows that …", "White House and Pentagon spokesmen said …": a short noun phrase
        opening the sentence right before its verb is the speaker, though no noun list holds its head."""
        phrase = _BARE_SUBJECT.fullmatch(self.text, lo, cue_start)
        if phrase is None:
            return None
        words = phrase.group(1).split()
        head_of = next((i for i, word in enumerate(words) if word in _HEAD_PREPOSITIONS), None)
        if head_of is not None and 0 < head_of < len(words) - 1 and words[head_of - 1].lower() in NOUN_HEADS:
            # "Experts on North Korea and nuclear nonproliferation said": a speaker noun and what it is of
            words = words[:head_of] + [w for w in words[head_of + 1:] if w != "and"]
        elif len(words) > MAX_BARE_SUBJECT_WORDS:
            return None
        last = words[-1].lower()
        if (any(word.lower() in _NOT_IN_SUBJECT for word in words) or last in DETERMINERS or last.endswith("ly")
                or words[0].lower().endswith("ing") or self.resolver.in_quote(phrase.start(1))
                or last == "cannot" or last.endswith(("n’t", "n't"))):
            return None  # ("Speaking on radio, …", "Having said that, …": a participle opens no subject)
        return Mention(start=phrase.start(1), end=phrase.end(1))

    def _own_subject_of_gerund_before(self, lo: int, end: int) -> Mention | None:
        """The subject right before the last gerund cue between ``lo`` and ``end``, when the gerund has one
        of its own ("with Trump tweeting", ", Ryan saying")."""
        gerunds = [found for found in cue_re().finditer(self.text, lo, end) if is_gerund(found.group())]
        if not gerunds:
            return None
        mention = self.resolver.mention_before(lo, gerunds[-1].start())
        if mention is None or "," in self.text[mention.end:gerunds[-1].start()]:
            return None
        return mention if _OWN_SUBJECT_LEAD.search(self.text, max(lo, mention.start - 8), mention.start) else None

    def _modifies_the_cue(self, mention: Mention, cue: re.Match) -> bool:
        """A determiner and an adjective right before a cue that may be a noun: "a snappy retort", "an
        impassioned plea", "the caustic remark" (but "the ad claims", "the spokesman promised")."""
        if mention.entity is not None or mention.pronoun or mention.antecedent is not None or not may_be_noun(cue.group()):
            return False
        words = self.text[mention.start:mention.end].split()
        return (len(words) == 2 and words[0].lower() in DETERMINERS and words[1] not in NOUN_HEADS
                and words[1].endswith(_ADJECTIVE_ENDINGS) and not self.text[mention.end:cue.start()].strip())

    def _speaker_before_aside(self, pos: int, cue: re.Match) -> Mention | None:
        """A person named right after a quote (a few title words before the name), then an aside up to the
        comma before the cue: "Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said"."""
        first = self.resolver.mention_after(pos, cue.start())
        if first is None or first.entity is None or first.entity.label != "PERSON":
            return None
        if len(self.text[pos:first.start].split()) > 3 or not self.text.startswith(",", first.end):
            return None
        last_comma = self.text.rfind(",", first.end, cue.start())
        return first if not self.text[last_comma + 1:cue.start()].strip() else None

    def _quoted_as(self, lo: int, cue_start: int) -> Mention | None:
        """"the newspaper quoted an official as saying": the official speaks, not the paper."""
        quoted = _QUOTED_AS.search(self.text, max(lo, cue_start - 90), cue_start)
        if quoted is None:
            return None
        mention = self.resolver.mention_after(quoted.start(1), quoted.end(1), allow_it=True)
        if mention is not None and mention.end < quoted.end(1):  # "a GOP source": the whole phrase, not the party
            return Mention(start=quoted.start(1), end=quoted.end(1))
        return mention

    def _subject_before_relative(self, lo: int, cue_start: int, inside: Mention | None) -> Mention | None:
        """"Voters who watched the debate said …": the noun a relative clause right before the cue describes,
        when the clause has no subject of its own before the cue (``inside``, a name or noun phrase found
        right before the cue, is then the clause's object: "officials who spoke with The Huffington Post said")."""
        relative = _RELATIVE_CLAUSE_BEFORE.search(self.text, max(lo, cue_start - 80), cue_start)
        if relative is None or inside is not None and inside.start < relative.start():
            return None
        if _DETERMINER_BEFORE.search(self.text, relative.start(), cue_start):
            return None  # "officials who are granted a say at …": a noun, no cue
        antecedent = self.resolver.mention_before(lo, relative.start(), coordinated=False)
        if antecedent is None or antecedent.end != relative.start() or antecedent.pronoun:
            return None
        if antecedent.entity is None:  # people ("Voters", "the riders", "a senior official"), not "Just who can …"
            head = self.text[antecedent.start:antecedent.end].split()[-1].lower()
            return antecedent if head in NOUN_HEADS or head.endswith("s") else None
        preposition = _PREPOSITION_BEFORE.search(self.text, max(lo, antecedent.start - 6), antecedent.start)
        if preposition is not None or antecedent.entity.label in ("GPE", "LOC"):
            # "Democrats in Iowa who …", "the ex-wife of Alan Grayson who …": the noun the last one qualifies
            head = self.resolver.mention_before(lo, preposition.start()) if preposition is not None else None
            if head is None or head.pronoun or head.entity is not None and head.entity.label != "NORP":
                return None
            return head
        return self.resolver.unless_in_passing(antecedent)

    def _subject_before_parenthetical(self, lo: int, cue_start: int) -> Mention | None:
        """"Clinton, at Monday’s debate, cited …", "X, a fellow at …, said", "X — who backed it — said": the
        mention before the commas or dashes that enclose an adjunct or appositive right before the cue."""
        head = self.text[lo:cue_start].rstrip()
        mark = next((m for m in _ENCLOSING_MARKS if head.endswith(m)), None)
        if mark is None:
            return None
        close = lo + len(head) - len(mark)
        opening = self.text.rfind(mark, lo, close)
        if opening < 0 or close - opening > 120:
            return None
        inner = opening + len(mark)
        named = self.resolver.mention_before(inner, close)
        if named is not None and named.entity is not None and named.entity.label == "PERSON":
            inside = self.text[inner:close].strip()
            name = self.text[named.start:named.end]
            if inside.endswith(name) and _only_titles(inside[:-len(name)]):
                return named  # "The mayor, Omar Lindqvist, defended …", "The top doctor, Dr. Bonnie Henry, said"
        mention = self.resolver.mention_before(lo, opening)
        if mention is None or mention.entity is None or mention.entity.label != "PERSON":
            # "X, the foreign minister of France, a member of …, said": the person before the first of
            # several appositives, not the place or organisation ending the nearest one
            person = self.resolver.person_before_appositives(lo, opening, mark)
            mention = person or self.resolver.unless_in_passing(mention)  # "based in Leeds, England," speaks not
        return mention if mention is not None and self._names_someone(mention) else None


# "as Tom Ridge, a former secretary of homeland security, put it:" right before a quotation; a full stop
# only after an abbreviation ("As John Cornyn, the No. 2 in the GOP leadership, put it:").
_AS_PUT_IT = re.compile(r"\b[Aa]s[ \xa0]+((?:[^:;.!?“”\"]|(?<=\bNo|\bMr|\bMs|\bDr|\bSt|\bJr)\.|"
                        r"(?<=\bMrs|\bSen|\bRep|\bGov)\.){2,120}?)"
                        r",?[ \xa0]+(puts?[ \xa0]+it)(?:[ \xa0]+[a-z]+ly)?[ \xa0]*[:,][ \t\xa0]*\Z")
# "quoted an official as saying", "was quoted by … as": the quoted one, before "as" and a gerund cue.
_QUOTED_AS = re.compile(r"\bquoted[ \xa0]+((?:[^ \xa0,.;:!?“”\"]+[ \xa0]+){0,8}?[^ \xa0,.;:!?“”\"]+)[ \xa0]+as[ \xa0]+\Z")
# A lower-case word other than a determiner right after a quotation: the sentence's clause goes on.
_CLAUSE_GOES_ON = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|one|two|three|former|then|another)\b)[a-z]")
_SET_OFF_BEFORE = re.compile(r"[,:][ \t\xa0]*\Z")
# A final tag right before a gerund cue: "…, Spicer said, adding", "…, a spokesman for Lee said, noting".
_FINAL_TAG_BEFORE = re.compile(r",\s+([^,;:.!?“”\"\s][^,;:.!?“”\"]{0,60}?)\s+([a-z]+),\s*\Z")


def _only_titles(words: str) -> bool:
    return all(word.lower() in TITLES for word in words.split())


def _only_description(words: str) -> bool:
    """Words describing a name before it, with a title or role last and no verb: "presidential nominee",
    "harbour board chair" (not "cited", "has told")."""
    split = [word.lower() for word in words.split()]
    if not split:
        return True
    return (len(split) <= 5 and (split[-1] in TITLES or split[-1] in NOUN_HEADS)
            and not any(word.endswith("ed") or word in AUXILIARIES for word in split))


def _turn_inside(quote: QuoteSuggestion, turns: list[QuoteSuggestion], starts: list[int]) -> bool:
    """Whether a speaker turn starts inside ``quote`` (``starts``: the turns' starts, in order)."""
    i = bisect_right(starts, quote.start)
    return i < len(turns) and turns[i].start < quote.end


def _overlaps_any(quote: QuoteSuggestion, spans: list[QuoteSuggestion], starts: list[int]) -> bool:
    """Whether ``quote`` shares characters with one of ``spans`` (in order, not overlapping each other)."""
    i = bisect_left(starts, quote.end) - 1
    return i >= 0 and spans[i].end > quote.start and spans[i].start < quote.end


def _inside_any(quote: QuoteSuggestion, spans: list[QuoteSuggestion], starts: list[int]) -> bool:
    i = bisect_right(starts, quote.start) - 1
    return i >= 0 and spans[i].start <= quote.start and quote.end <= spans[i].end + 1

