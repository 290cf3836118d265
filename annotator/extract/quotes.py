"""Direct and reported quotes with their cue and resolved speaker.

Direct quotes come from paired quotation marks (:mod:`quote_marks`); each is attributed from
the clause after it (“…,” said Joly / “…,” Joly said) or before it (He warned, “…”), the side
chosen by how the quote ends: a comma hands over to what follows, a full stop to what came
before.  A quote with no cue of its own right after an attributed one continues that speaker.

A quote split around its cue (“…,” she said. “…”) gives **two direct quotes** with the same
speaker and cue, not one mixed span: each span then holds only quoted words and its marks,
which is what a reader checks and what PolNeAR-style gold marks as separate fragments.

Reported speech comes from cues outside quotes: "Joly said (that) …", "X told reporters …",
"according to X, …", "…, X said."  Its span is the reported content up to the sentence end.
When that content holds quoted words among unquoted ones ("called it “a disaster”") the
quote is ``mixed`` and the quoted fragments inside are not suggested separately.

Everything is one pass of precompiled regexes plus bounded look-arounds: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from .base import EntitySuggestion, QuoteSuggestion
from .quote_cues import CUE_RE, OPINION_FORMS, cue_lemma, is_gerund, is_strong
from .quote_marks import MarkedQuote, find_marked_quotes
from .quote_speakers import Mention, SpeakerResolver, phrase_end

WINDOW = 250  # how far before a quote its attribution may start
MIN_UNATTRIBUTED_WORDS = 4  # shorter quotes without cue or speaker are scare quotes or titles

# Sentence ends: terminal punctuation (and closing marks) then space and a capital or an opener.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Prof|Rev|Ft|Mt|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\.[A-Z])\.\Z")
_LEAD_PUNCT = re.compile(r"[ \t\xa0]*[,;—–-]*[ \t\xa0]*")  # never across a paragraph break
_COMPLEMENTIZER = re.compile(r"\s+(?:[^,.;:“”\"]{0,60}?\s)?(that|how|why|whether|what|if)\b")
_BARE_CLAUSE = re.compile(r"\s+(?!(?:in|on|at|to|by|for|with|during|after|before|as|about|of|from|so|it|this|"
                          r"and|or|but|he|she|they|yes|no|nothing|something|anything|little|much|more|"
                          r"goodbye|hello)\b)(?=[a-z“\"A-Z])")
_DASH_BYLINE = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*(?=[A-Z])")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")  # blank lines between paragraphs are one break
# The addressee between "told" and what was told: "told reporters the deal was dead".
_ADDRESSEE = re.compile(r"\s+(?:me|him|her|them|us|you|reporters|journalists|supporters|lawmakers|voters|"
                        r"(?:the|a|an|his|her|their) [a-z]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?=\s)")
_ADDRESSED_LEMMAS = frozenset({"tell", "inform", "remind", "assure", "warn", "advise", "ask", "urge"})
_QUOTE_CHARS = re.compile(r"[“”\"«»]|''")


def find_quotes(text: str, entities: Sequence[EntitySuggestion] = ()) -> list[QuoteSuggestion]:
    """Direct, reported and mixed quotes in ``text``, speakers resolved against ``entities``."""
    if not text:
        return []
    return _QuoteFinder(text, entities).run()


class _QuoteFinder:
    def __init__(self, text: str, entities: Sequence[EntitySuggestion]):
        self.text = text
        self.marked = find_marked_quotes(text)
        self.resolver = SpeakerResolver(text, entities, [(q.start, q.end) for q in self.marked])
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)
                              if m.group() == "\n" or not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1)]
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        self.used_cues: set[int] = set()

    # -- boundaries -------------------------------------------------------------------------

    def sentence_start(self, pos: int) -> int:
        i = bisect_right(self.sentence_ends, pos) - 1
        return max(self.sentence_ends[i] if i >= 0 else 0, pos - WINDOW)

    def sentence_end(self, pos: int) -> int:
        i = bisect_right(self.sentence_ends, pos)
        return min(self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text), pos + WINDOW)

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self.paragraph_starts, pos) - 1

    # -- the whole article ------------------------------------------------------------------

    def run(self) -> list[QuoteSuggestion]:
        direct = self._direct_quotes()
        reported = self._reported_quotes()
        mixed = sorted((q for q in direct + reported if q.kind == "mixed"), key=lambda q: q.start)
        starts = [q.start for q in mixed]
        kept = [q for q in direct if q.kind == "mixed" or not _inside_any(q, mixed, starts)]
        return sorted(kept + reported, key=lambda q: (q.start, q.end))

    def _direct_quotes(self) -> list[QuoteSuggestion]:
        found: list[QuoteSuggestion] = []
        previous: QuoteSuggestion | None = None
        for quote in self.marked:
            cue, mention, side = self._attribute(quote)
            start, end, kind = quote.start, quote.end, "direct"
            if self._embedded(quote):
                # Quoted words inside a clause: “Fox News Sunday”, a scare quote, or part of a
                # sentence whose attribution follows (Not paying taxes “makes me smart,” he said).
                if side == "after" and not self._title_case(quote):
                    start, kind = _trim(self.text, self.sentence_start(quote.start), quote.start)[0], "mixed"
                    end = self._content_end(quote, mention, cue)
                elif not (side == "before" and self._runs_to_sentence_end(quote)):
                    continue
            speaker = self.resolver.speaker(mention)
            if cue is None and speaker is None and previous is not None and self._continues(previous, quote):
                # “…,” she said. “…” — the second half, or the next paragraph of the same voice.
                speaker = previous.speaker
                if self.paragraph_of(previous.end) == self.paragraph_of(quote.start):
                    cue = (previous.cue_start, previous.cue_end) if previous.cue_start is not None else None
            if cue is None and speaker is None and self._word_count(quote) < MIN_UNATTRIBUTED_WORDS:
                continue
            if cue is not None:
                self.used_cues.add(cue[0])
            score = (0.9 if speaker is not None and speaker.name else 0.7 if cue is not None else 0.5)
            suggestion = QuoteSuggestion(start=start, end=end, kind=kind, speaker=speaker,
                                         cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
                                         score=score if quote.closed else score - 0.2)
            found.append(suggestion)
            previous = suggestion
        return found

    def _content_end(self, quote: MarkedQuote, mention: Mention | None, cue: tuple[int, int] | None) -> int:
        """End of a mixed quote's content: up to its attribution ("…” of the plan, Mr. X said")."""
        attribution = min(p for p in (mention.start if mention else None, cue[0] if cue else None,
                                      len(self.text)) if p is not None)
        comma = self.text.rfind(",", quote.end, attribution)
        return _trim(self.text, quote.start, comma if comma >= quote.end else quote.end)[1]

    def _embedded(self, quote: MarkedQuote) -> bool:
        """Whether the quote continues a clause: a word, not punctuation, right before its mark."""
        before = self.text[max(0, quote.start - 3):quote.start].rstrip(" \t\xa0")
        return bool(before) and (before[-1].isalnum() or before[-1] in "’')")

    def _title_case(self, quote: MarkedQuote) -> bool:
        words = re.findall(r"[A-Za-z]+", self.text[quote.start:quote.end])
        return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)

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
        for cue in CUE_RE.finditer(between):  # another voice speaking in between ends the run
            mention = self.resolver.mention_before(offset, offset + cue.start())
            if mention is not None and self.resolver.speaker(mention) != previous.speaker:
                return False
        return True

    def _attribute(self, quote: MarkedQuote) -> tuple[tuple[int, int] | None, Mention | None, str]:
        """Cue span, speaker mention and the side ("after"/"before") they were found on, or Nones and ""."""
        inner = self.text[quote.start:quote.end].rstrip("“”\"'»« \n")
        ends_sentence = inner.endswith((".", "…")) and quote.closed
        tries = ((self._before, "before"), (self._after, "after"))
        best: tuple[tuple[int, int] | None, Mention | None, str] = (None, None, "")
        for attempt, side in (tries if ends_sentence else tries[::-1]):
            cue, mention = attempt(quote, ends_sentence)
            if mention is not None:
                return cue, mention, side
            if cue is not None and best[0] is None:
                best = (cue, None, side)
        return best

    def _after(self, quote: MarkedQuote, ends_sentence: bool) -> tuple[tuple[int, int] | None, Mention | None]:
        text = self.text
        pos = _LEAD_PUNCT.match(text, quote.end).end()
        hi = min(self.sentence_end(pos), pos + 160)
        if pos >= hi or text[pos:pos + 1] in "\n“\"":
            return None, None
        dash = _DASH_BYLINE.match(text, quote.end)
        if dash is not None:  # “…” ― Krystal Correa (a quote with its author under it)
            return (dash.start(1), dash.end(1)), self.resolver.mention_after(dash.end(), hi)
        cue = CUE_RE.match(text, pos)
        if cue is not None:  # inverted: “…,” said Joly
            return (cue.start(), cue.end()), self.resolver.mention_after(cue.end(), hi, allow_it=True)
        cue = CUE_RE.search(text, pos, hi)
        if cue is None or _QUOTE_CHARS.search(text, pos, cue.start()) or cue.group().lower() == "according to":
            return None, None
        if ends_sentence and len(text[cue.end():hi].strip()) > 40:
            return None, None  # a new sentence about something else ("He noted that …"), not this quote's tag
        between = text[pos:cue.start()]
        if between.count(",") > 2 or len(between) > 120:
            return None, None
        mention = None
        if "," in between:
            # “…” of the plan, Mr. Holtz-Eakin said — else an appositive: “…,” Michael McFaul, a fellow at …, said
            last_comma = text.rfind(",", pos, cue.start()) + 1
            mention = self.resolver.mention_before(last_comma, cue.start(), allow_it=True)
            if mention is None or text[last_comma:mention.start].strip():
                mention = self.resolver.mention_after(pos, cue.start(), allow_it=True)
        else:  # “…,” White House press secretary Josh Earnest said
            mention = self.resolver.mention_before(pos, cue.start(), allow_it=True)
        if mention is None:
            return None, None
        return (cue.start(), cue.end()), mention

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
        for found in CUE_RE.finditer(text, lo, quote.start):
            if not self.resolver.in_quote(found.start()):
                cue = found
        if cue is None:
            return None, None
        between = text[cue.end():quote.start].strip()
        if len(between) > 80 or not (between == "" or between.endswith((",", ":", "—", "–", "-", "that"))):
            return None, None
        if _QUOTE_CHARS.search(between):
            return None, None
        mention = self._subject(lo, cue)
        return (cue.start(), cue.end()), mention

    def _subject(self, lo: int, cue: re.Match) -> Mention | None:
        """The speaker of a cue in a clause starting at ``lo``: right before it, else the clause subject."""
        if cue.group().lower() == "according to":
            return self.resolver.mention_after(cue.end(), self.sentence_end(cue.end()))
        mention = self.resolver.mention_before(lo, cue.start())
        if mention is None or is_gerund(cue.group()):
            subject = self.resolver.sentence_subject(lo, cue.start())
            if subject is not None and (mention is None or subject.start < mention.start):
                return subject if mention is None or is_gerund(cue.group()) else mention
        return mention

    # -- reported speech --------------------------------------------------------------------

    def _reported_quotes(self) -> list[QuoteSuggestion]:
        found: list[QuoteSuggestion] = []
        last_end = -1
        for cue in CUE_RE.finditer(self.text):
            if cue.start() in self.used_cues or cue.start() < last_end or self.resolver.in_quote(cue.start()):
                continue
            quote = self._reported(cue)
            if quote is not None:
                found.append(quote)
                last_end = quote.end
        return found

    def _reported(self, cue: re.Match) -> QuoteSuggestion | None:
        text = self.text
        lo = self.sentence_start(cue.start())
        hi = self.sentence_end(cue.end())
        form = cue.group()
        if form.lower() == "according to":
            return self._according_to(cue, lo, hi)
        content = None
        after = cue.end()
        addressee = _ADDRESSEE.match(text, after, hi) if cue_lemma(form) in _ADDRESSED_LEMMAS else None
        if addressee is not None:
            after = addressee.end()
        complement = _COMPLEMENTIZER.match(text, after, hi)
        bare = _BARE_CLAUSE.match(text, after, hi)
        if complement is not None:
            content = (complement.start(1), hi)
        elif (is_strong(form) or addressee is not None) and form not in OPINION_FORMS and bare is not None:
            content = (bare.end(), hi)
        if content is not None:
            mention = self._subject(lo, cue)
        else:
            # "…, Joly said." / "…, said Joly." — the content is the sentence before the comma.
            mention, content = self._final_attribution(cue, lo, hi)
        if mention is None or content is None:
            return None
        return self._suggestion(content, cue, mention, kind_score=0.7)

    def _final_attribution(self, cue: re.Match, lo: int, hi: int) -> tuple[Mention | None, tuple[int, int] | None]:
        text = self.text
        head_end = text.rfind(",", lo, cue.start())
        if head_end <= lo:
            return None, None
        if text[head_end + 1:cue.start()].strip() == "":  # "…, said Joly."
            mention = self.resolver.mention_after(cue.end(), hi)
            if mention is not None and text[cue.end():mention.start].strip() and not mention.pronoun:
                mention = None  # "…, emphasized the necessity for Canada …" is no attribution
            rest = mention.end if mention is not None else hi
        else:  # "…, Joly said." — only the subject between the comma and the cue
            mention = self.resolver.mention_before(head_end + 1, cue.start())
            if mention is not None and text[head_end + 1:mention.start].strip():
                mention = None
            rest = cue.end()
        if mention is None or len(text[rest:hi].strip()) > 50:  # a short adjunct at most: "on Monday."
            return None, None
        return mention, (lo, head_end)

    def _according_to(self, cue: re.Match, lo: int, hi: int) -> QuoteSuggestion | None:
        mention = self.resolver.mention_after(cue.end(), hi)
        if mention is None:  # any noun phrase: "according to the central bank"
            start = _LEAD_PUNCT.match(self.text, cue.end()).end()
            end = phrase_end(self.text, start, hi)
            if end - start < 3 or end - start > 80:
                return None
            mention = Mention(start=start, end=end)
        comma_after = self.text.find(",", mention.end, hi)
        if self.text[lo:cue.start()].strip() == "" and comma_after >= 0:
            content = (comma_after + 1, hi)  # "According to X, …"
        else:
            comma_before = self.text.rfind(",", lo, cue.start())
            content = (lo, comma_before if comma_before > lo else cue.start())
        return self._suggestion(content, cue, mention, kind_score=0.6)

    def _suggestion(self, content: tuple[int, int], cue: re.Match, mention: Mention,
                    kind_score: float) -> QuoteSuggestion | None:
        start, end = _trim(self.text, *content)
        if end - start < 3 or self.text.count(" ", start, end) < 1:
            return None
        marks = _QUOTE_CHARS.findall(self.text, start, end)
        kind = "indirect"
        if marks:
            quoted = [q for q in self.resolver.quote_spans if start <= q[0] and q[1] <= end + 1]
            if not quoted:
                return None  # quotation marks that do not pair inside: leave it to the direct quotes
            if len(quoted) == 1 and quoted[0][0] - start < 6:
                return None  # "said that “…”" is the direct quote itself
            kind = "mixed"
        return QuoteSuggestion(start=start, end=end, kind=kind, speaker=self.resolver.speaker(mention),
                               cue_start=cue.start(), cue_end=cue.end(), score=kind_score)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip white space, a leading comma and the sentence's final punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def _inside_any(quote: QuoteSuggestion, spans: list[QuoteSuggestion], starts: list[int]) -> bool:
    i = bisect_right(starts, quote.start) - 1
    return i >= 0 and spans[i].start <= quote.start and quote.end <= spans[i].end + 1

