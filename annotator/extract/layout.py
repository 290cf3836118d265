"""Metadata from an article's layout: section, title, byline, dateline, date, language.

The text is never cut: each field is suggested with the span it came from, so the person sees
where it was found and the exports can point at it.  Handles the common plain-text layouts:

    Politics                      <- section: a short line right above the headline
    Canada Seeks Strategic ...    <- title
    By Jane Doe                   <- byline (optional)
    OTTAWA, Canada — As global... <- dateline at the start of the first paragraph

and the "headline, blank line, paragraphs" layout of BBC-style dumps.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat
from typing import Iterator

from .base import MetaSuggestion, Suggester, register
from .dates import DateMatch, find_dates

ORIGIN = "layout"

_BYLINE = re.compile(r"^\s*(?:By|BY|by)\s+(?P<names>[A-ZÀ-Þ][^\n]{1,120}?)\s*$")
# "OTTAWA, Canada —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) --", "Paris —"
_DATELINE = re.compile(
    r"^(?P<place>(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+){0,3})"
    r"(?:,\s*[A-ZÀ-Þ][\w.'’\-]+(?: [A-ZÀ-Þ][\w.'’\-]+){0,3}){0,2})"
    r"(?:\s*,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\((?P<credit>[^)\n]{1,40})\)\s*)?"
    r"(?:—|–|―|--|-|:)\s"
    # "HALIFAX, Nova Scotia — March 3, 2025 — The port …": the story's date, then the story
    r"(?:\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s*(?:—|–|―|--|-)\s)?"
)
DATELINE_AT = re.compile(_DATELINE.pattern[1:])  # the same, matched at a paragraph's start inside a text
# Wire credits in a dateline that name who wrote the story: "(AP)", "(Reuters)", "(UPI)".
_AGENCY_CREDIT = re.compile(r"^(?:[A-Z][A-Za-z&.\- ]{0,30}[A-Za-z.]|AFP|dpa)$")
# The author's note that closes many opinion pieces and blog posts:
# "Follow Jane Doe on Twitter", "Jane Doe is a columnist for …", "Jane Doe, a former …, is …".
_NAME = r"(?P<{0}>[A-Z][a-zA-Z.'’\-]+(?: [A-Z][a-zA-Z.'’\-]+){{1,3}})"
_AUTHOR_NOTE = re.compile(
    rf"^[\"“]?(?:Follow {_NAME.format('follow')} on (?:Twitter|X|Facebook|Instagram)"
    rf"|{_NAME.format('author')}(?:,[^\n]{{3,160}}?,)? is (?:an? |the )?[^\n]{{0,80}}?"
    r"(?:columnist|writer|reporter|correspondent|editor|contributor|fellow|professor|director|author|"
    r"analyst|commentator|playwright|novelist|journalist|lecturer|chair|president|founder|member))\b"
)
_DATE_LINE_HINT = re.compile(r"^\s*(?:Published|Updated|Posted|Date|Last updated)\b", re.I)
_TERMINAL = ".!?:;,"
_CLOSING_QUOTES = "'’\"”"
_HEADLINE_WORDS = 30
# A full stop that ends a sentence inside a headline (not "J. Blige", "U.S. Says", "Mr. Smith").
_SENTENCE_BREAK = re.compile(r"(?:[a-z]{3}\.|[!?])[\s'’\"”]+[A-Z]")

_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "said"},
    "fr": {"le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "qui", "pas"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "sich", "auf"},
    "es": {"el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "se"},
    "it": {"il", "lo", "la", "gli", "e", "di", "che", "in", "un", "una", "per", "con", "non", "sono"},
    "nl": {"de", "het", "een", "en", "van", "dat", "is", "niet", "met", "op", "voor", "zijn", "te", "die"},
    "pt": {"o", "a", "os", "as", "e", "de", "que", "em", "um", "uma", "para", "com", "não", "por"},
}
_WORD = re.compile(r"[^\W\d_]+")
# The same words in a text whose letters are all Latin-1 (most English news; curly quotes and dashes
# are no letters): a class listing them is tested with one table look-up a character, where [^\W\d_]
# asks the Unicode database several questions.  The check skips to characters past Latin-1 in C.
_LATIN1_WORD = re.compile("[" + "".join(re.escape(chr(c)) for c in range(256) if _WORD.fullmatch(chr(c))) + "]+")
_LETTER_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff](?<=[^\W\d_])")
_INITIAL_AT_END = re.compile(r"\b[A-Z]\.$")  # "… George W." keeps its stop


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line, offsets into ``text``."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 200 and stripped[-1] not in _TERMINAL or stripped.endswith("?")


def _is_section(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    return (0 < len(words) <= 4 and len(stripped) <= 40 and stripped[-1] not in _TERMINAL + "?"
            and not any(ch.isdigit() for ch in stripped))


def detect_language(text: str, sample: int = 5000) -> str | None:
    head = text[:sample]
    if _LETTER_BEYOND_LATIN1.search(head):
        words = list(map(str.lower, _WORD.findall(head)))
    else:  # lower-casing keeps Latin-1 letters letters (one each) and makes no letter of anything else
        words = _LATIN1_WORD.findall(head.lower())
    if len(words) < 5:
        return None
    counts = Counter(words)  # one pass over the words in C, then a look-up per stop word
    # .get, not counts[w]: a missing word would call Counter.__missing__, a Python method, each time
    scores = {lang: sum(map(counts.get, stop, repeat(0))) for lang, stop in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda item: item[1])
    return lang if best >= max(2, len(words) * 0.05) else None


def suggest_layout(text: str) -> Iterator[MetaSuggestion]:
    lines = list(_lines(text))
    nonblank = [i for i, (_s, _e, line) in enumerate(lines) if line.strip()]
    if not nonblank:
        return
    first = nonblank[0]
    title_index = first
    s, e, line = lines[first]
    # A short line directly above a longer heading is a section/kicker ("Politics").
    nxt = first + 1
    if (nxt < len(lines) and lines[nxt][2].strip() and _is_section(line)
            and len(lines[nxt][2].strip()) > len(line.strip()) and _is_heading(lines[nxt][2])):
        start, end = _strip_span(text, s, e)
        yield MetaSuggestion(name="section", value=text[start:end], start=start, end=end, score=0.8)
        title_index = nxt
    ts, te, title_line = lines[title_index]
    body_start_index = title_index + 1
    if _is_heading(title_line) and len(title_line.split()) >= 2 or len(nonblank) == 1:
        start, end = _strip_span(text, ts, te)
        yield MetaSuggestion(name="title", value=_headline_value(text[start:end]), start=start, end=end, score=0.9)
    elif (deck := _headline_lines(lines, title_index)) is not None:
        # A headline written as a sentence ("…'Terrifying.'") or in two decks ("…Russia;" / "Member …").
        start, end = _strip_span(text, ts, lines[deck][1])
        value = " ".join(line.strip() for _s, _e, line in lines[title_index:deck + 1])
        yield MetaSuggestion(name="title", value=_headline_value(value), start=start, end=end, score=0.7)
        body_start_index = deck + 1
    else:
        body_start_index = title_index

    # Header lines between the title and the first real paragraph: byline, date lines.
    date_found = False
    byline_found = False
    first_paragraph = None
    for i in range(body_start_index, min(len(lines), body_start_index + 8)):
        ls, le, current = lines[i]
        if not current.strip():
            continue
        if not byline_found and (match := _BYLINE.match(current)):
            start, end = _strip_span(text, ls + match.start("names"), ls + match.end("names"))
            yield MetaSuggestion(name="byline", value=text[start:end], start=start, end=end, score=0.85)
            byline_found = True
            continue
        dates = list(find_dates(current)) if len(current) < 80 else []
        if len(current) < 80 and (_DATE_LINE_HINT.match(current) or _only_date(dates, current)):
            for found in dates:
                if not date_found:
                    yield MetaSuggestion(name="date", value=found.iso, start=ls + found.start, end=ls + found.end, score=0.8)
                    date_found = True
            continue
        first_paragraph = i
        break

    if first_paragraph is not None:
        ps, pe, paragraph = lines[first_paragraph]
        if match := _DATELINE.match(paragraph):
            start, end = _strip_span(text, ps + match.start("place"), ps + match.end("place"))
            if end - start >= 2:
                yield MetaSuggestion(name="dateline", value=text[start:end], start=start, end=end, score=0.85)
            credit = match.group("credit")
            if not byline_found and credit and _AGENCY_CREDIT.match(credit.strip()):
                start, end = _strip_span(text, ps + match.start("credit"), ps + match.end("credit"))
                yield MetaSuggestion(name="byline", value=text[start:end], start=start, end=end, score=0.5)
                byline_found = True
            if not date_found:
                for found in find_dates(paragraph[: match.end()]):
                    yield MetaSuggestion(name="date", value=found.iso, start=ps + found.start, end=ps + found.end, score=0.6)
                    break

    if not byline_found and (note := _author_note(text, lines, nonblank)) is not None:
        yield note

    language = detect_language(text)
    if language:
        yield MetaSuggestion(name="language", value=language, score=0.7)


def _headline_lines(lines: list[tuple[int, int, str]], index: int) -> int | None:
    """Index of the last line of a headline that starts at ``index``, or None if it is a paragraph.

    Some sources end every paragraph with a full stop, the headline too; some print a headline in
    two decks, the first ending with ";" or ":".  Either way a headline is short and a blank line
    (or the end) follows it.
    """
    def blank_after(i: int) -> bool:
        return i + 1 >= len(lines) or not lines[i + 1][2].strip()

    first = lines[index][2].strip()
    if len(first) > 200 or len(first.split()) > _HEADLINE_WORDS or len(first.split()) < 2:
        return None
    if first.rstrip(_CLOSING_QUOTES).endswith(".") and not first.endswith("..") and blank_after(index):
        return index
    if first.endswith((";", ":")) and index + 1 < len(lines) and not blank_after(index):
        second = lines[index + 1][2].strip()
        if len(first) + len(second) <= 250 and blank_after(index + 1) and second[:1].isupper():
            return index + 1
    return None


def _headline_value(value: str) -> str:
    """The headline without the full stop some sources add: "… 'Terrifying.'" -> "… 'Terrifying'".

    A headline of two sentences ("Virginian could make history. Again.") keeps its last stop.
    """
    stripped = value.rstrip(_CLOSING_QUOTES)
    if (stripped.endswith(".") and not stripped.endswith("..") and not _INITIAL_AT_END.search(stripped)
            and not _SENTENCE_BREAK.search(stripped)):
        return stripped[:-1] + value[len(stripped):]
    return value


def _author_note(text: str, lines: list[tuple[int, int, str]], nonblank: list[int]) -> MetaSuggestion | None:
    """The author named in a short note among the last three paragraphs, as a byline."""
    for i in reversed(nonblank[-3:]):
        start, end, line = lines[i]
        if len(line) > 400:
            continue
        if match := _AUTHOR_NOTE.match(line.strip()):
            group = "follow" if match.group("follow") else "author"
            offset = start + len(line) - len(line.lstrip())
            name_start, name_end = offset + match.start(group), offset + match.end(group)
            return MetaSuggestion(name="byline", value=text[name_start:name_end], start=name_start, end=name_end,
                                  score=0.4)
    return None


def _only_date(found: list[DateMatch], line: str) -> bool:
    """Whether the dates ``found`` in ``line`` make up at least half of it."""
    return bool(found) and sum(f.end - f.start for f in found) >= len(line.strip()) * 0.5


SUGGESTER = register(Suggester(name=ORIGIN, run=suggest_layout, kinds=frozenset({"metadata"}),
                               description="section, title, byline, dateline, date and language from the layout"))
