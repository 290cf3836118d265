"""Direct-quote spans: pairing quotation marks in one linear pass.

Marks are “ ” (curly), " (straight), '' (two apostrophes, the New York Times style) and « ».
A single ’ ‘ ' is never a quotation mark: it is far more often an apostrophe (“We’ve”,
“Trump‘s”, “the ’90s”) than a quote, and telling them apart costs more than it gains.

Whether a mark opens or closes is read from its neighbours (space before and a letter after
opens), so a stray or missing mark cannot flip every later pair; a straight mark with no clear
context toggles.  A quote never runs past its paragraph unless the next paragraph reopens with
a mark (the news convention for a quote spanning paragraphs), and never beyond a length cap,
so an unbalanced mark cannot swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE_CHARS = 6000  # longer "quotes" are unbalanced marks, not speech
MAX_PARAGRAPH_CHARS = 2500  # a single paragraph of quotation rarely runs longer

# Everything the scanner reacts to, in text order: marks and paragraph breaks ("\n", a mark, or two
# apostrophes).  Written as one character class first, so the regex engine skips to the next of
# those characters in C (an alternation first was tried at every position, two and a half times
# slower): after an apostrophe a second one is required, after anything else nothing.
_EVENTS = re.compile(r"[\n“”\"«»'](?:(?<=')'|(?<!'))")
_NEXT_NON_SPACE = re.compile(r"[^\s]")

OPEN, CLOSE, EITHER = "open", "close", "either"
_FAMILY = {"“": "curly", "”": "curly", '"': "straight", "''": "apostrophes", "«": "angle", "»": "angle"}
# Characters after which a mark opens a quote (besides white space and the start).
_OPENING_CONTEXT = set("([{—–-/:")


@dataclass(frozen=True, kw_only=True)
class MarkedQuote:
    """A direct quote span, marks included; ``closed`` is False for a quote cut at its paragraph end."""

    start: int
    end: int
    closed: bool = True
    paragraphs: int = 1


def mark_role(text: str, start: int, end: int) -> str:
    """OPEN, CLOSE or EITHER for the mark at ``text[start:end]``, judged from its neighbours."""
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    spaced_before = before.isspace() or before in _OPENING_CONTEXT
    spaced_after = after.isspace() or not (after.isalnum() or after in "“‘'\"(…$£€[")
    if mark in "“«":
        # “Mostly False.“ — a typo'd closer: glued to the word before, space after.
        return CLOSE if (not spaced_before and spaced_after and before in ".,!?;") else OPEN
    if mark in "”»":
        # ”Mr. Trump … or ” … what I learned — a typo'd opener at a paragraph or word start.
        return OPEN if (spaced_before and not spaced_after) or before == "\n" or start == 0 else CLOSE
    if (spaced_before and not spaced_after) or before == "\n" or start == 0:
        return OPEN
    if spaced_after and not spaced_before:
        return CLOSE
    return EITHER


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """All top-level direct quotes in ``text``; nested quotes stay inside their outer quote."""
    found: list[MarkedQuote] = []
    start = -1  # start of the open quote, -1 when outside
    family = ""
    nested: dict[str, int] = {}  # other families opened inside the quote
    inner: list[int] = []  # “ opened inside an open “ (“… what he calls “hell” than …”)
    inner_pairs: list[MarkedQuote] = []  # those closed again: the quotes to keep if the outer never closes
    paragraphs = 1
    paragraph_start = 0  # where the open quote's current paragraph began
    skip_until = -1  # a reopening mark at a continued paragraph's start

    def give_up(paragraph_end: int) -> None:
        if inner_pairs:  # the outer mark was a stray: the pairs inside were the real quotes
            found.extend(inner_pairs)
        else:
            _close_unbalanced(text, found, start, paragraph_end, paragraphs)

    for event in _EVENTS.finditer(text):
        pos, end = event.start(), event.end()
        if pos < skip_until:
            continue
        mark = event.group()
        if mark == "\n":
            if start < 0:
                continue
            reopen = _NEXT_NON_SPACE.search(text, end)
            width = 2 if reopen is not None and reopen.group() == "'" else 1
            continues = (reopen is not None and reopen.group() in "“\"«'”"
                         and text.startswith(reopen.group() * width, reopen.start())
                         and _FAMILY[reopen.group() * width] == family
                         and mark_role(text, reopen.start(), reopen.start() + width) != CLOSE
                         and reopen.start() - start < MAX_QUOTE_CHARS)
            if continues:
                paragraphs += 1
                paragraph_start = reopen.start()
                skip_until = reopen.start() + width
                nested.clear()
                inner.clear()
            else:
                give_up(pos)
                start = -1
            continue
        role = mark_role(text, pos, end)
        this_family = _FAMILY[mark]
        if start < 0:
            if role != CLOSE and text[pos - 1:pos] != "=":  # name="value" is markup, not speech
                start, family, paragraphs, paragraph_start = pos, this_family, 1, pos
                nested.clear()
                inner.clear()
                inner_pairs.clear()
            continue
        if pos - paragraph_start > MAX_PARAGRAPH_CHARS:
            give_up(pos)  # an unbalanced mark: do not pair it with a far one
            start = -1
            if role != CLOSE:
                start, family, paragraphs, paragraph_start = pos, this_family, 1, pos
                nested.clear()
                inner.clear()
                inner_pairs.clear()
            continue
        if this_family == family:
            if role == OPEN and pos > start + 1:
                if family in ("curly", "angle"):
                    inner.append(pos)  # directional marks can nest
                else:  # two straight openers in a row: the first lost its closer; start again here
                    _keep_run_in_paragraph(text, found, start, pos)
                    start, paragraphs, paragraph_start = pos, 1, pos
                    nested.clear()
                continue
            if inner:
                opened = inner.pop()
                if not inner:
                    inner_pairs.append(MarkedQuote(start=opened, end=end))
                continue
            if family == "apostrophes" and text[end:end + 1] == "'" and text[end + 1:end + 2] != "'":
                end += 1  # ''They say, 'Go home,''' -- a single quote closes inside: the last two close this one
            found.append(MarkedQuote(start=start, end=end, paragraphs=paragraphs))
            start = -1
            continue
        # A mark of another family inside the quote: nested quotation, or mixed marks.
        depth = nested.get(this_family, 0)
        if role == OPEN or (role == EITHER and depth == 0):
            nested[this_family] = depth + 1
        elif depth > 0:
            nested[this_family] = depth - 1
        elif role == CLOSE and not any(nested.values()) and not inner and this_family != "angle":
            found.append(MarkedQuote(start=start, end=end, paragraphs=paragraphs))  # “… " typo
            start = -1
    if start >= 0:
        give_up(len(text))
    return found


def _close_unbalanced(text: str, found: list[MarkedQuote], start: int, paragraph_end: int, paragraphs: int) -> None:
    """Keep an unclosed quote up to its paragraph end when that is short enough to be speech."""
    end = paragraph_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if paragraphs > 1 and end - start < MAX_QUOTE_CHARS:
        found.append(MarkedQuote(start=start, end=end, closed=False, paragraphs=paragraphs))
    elif end - start > 1 and end - start <= MAX_PARAGRAPH_CHARS and _looks_like_speech(text, start, end):
        found.append(MarkedQuote(start=start, end=end, closed=False, paragraphs=paragraphs))


_SENTENCE_DONE = re.compile(r"[.!?…][ \t\xa0]*\Z")


def _keep_run_in_paragraph(text: str, found: list[MarkedQuote], start: int, reopen: int) -> None:
    """“…platform. “But they…” with the paragraph break lost (as in some archives): the first quote
    ran to a finished sentence, so it is kept, unclosed, up to the reopening mark."""
    end = reopen
    while end > start and text[end - 1] in " \t\xa0":
        end -= 1
    if _SENTENCE_DONE.search(text, start, end) and _looks_like_speech(text, start, end):
        found.append(MarkedQuote(start=start, end=end, closed=False))


def _looks_like_speech(text: str, start: int, end: int) -> bool:
    """An unclosed quote counts only when it has a few words (a lone stray mark is no speech)."""
    return text.count(" ", start, end) >= 3
