"""A small tokenizer that keeps offsets, for the token-based formats (CoNLL, Prodigy, spaCy).

Tokens are half-open code-point spans into the text; the text between them is whitespace only, so
the text can always be rebuilt from the tokens and the gaps.  Punctuation at the edges of a
whitespace-separated chunk becomes its own token ("Canada," -> "Canada" ","), except an
apostrophe that starts a clitic ("'s") and a period that ends an abbreviation-like chunk
("U.S.", "Inc." mid-sentence).  Extra ``boundaries`` (entity edges) always split, so every entity
starts and ends on a token edge.

A document imported from CoNLL says ``extra["tokenization"] == "whitespace"``: its text was
built by joining the file's tokens with spaces, and splitting it on whitespace gives those tokens
back exactly; that is what makes CoNLL import -> export -> import stable.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from ..model import AnnotationDocument

WHITESPACE_TOKENS = "whitespace"

_CHUNK = re.compile(r"\S+")
_LEADING = set("([{\"“‘«¿¡")
_TRAILING = set(",;:!?)]}\"”’»")
_SENTENCE_END = {".", "!", "?", "…"}
# Only spaces or tabs before the end of the line (or of the text) after a chunk.
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


@dataclass(frozen=True, kw_only=True)
class Token:
    start: int
    end: int
    text: str


def _split_chunk(text: str, start: int, end: int, line_end: bool) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while start < end - 1 and text[start] in _LEADING:
        pieces.append((start, start + 1))
        start += 1
    tail: list[tuple[int, int]] = []
    while end - 1 > start and text[end - 1] in _TRAILING:
        tail.insert(0, (end - 1, end))
        end -= 1
    # A final period is a sentence end only when the chunk has no other period ("U.S.")
    # and is not a short capitalized abbreviation ("Inc.", "Mr.") before more text.
    if end - 1 > start and text[end - 1] == "." and "." not in text[start:end - 1]:
        word = text[start:end - 1]
        if line_end or not (word[:1].isupper() and len(word) <= 4):
            tail.insert(0, (end - 1, end))
            end -= 1
    if start < end:
        pieces.append((start, end))
    return pieces + tail


def tokenize(text: str, boundaries: Iterable[int] = (), *, whitespace_only: bool = False) -> list[Token]:
    """Tokens of ``text``; every offset in ``boundaries`` falls on a token edge."""
    cuts = sorted(set(boundaries))
    spans: list[tuple[int, int]] = []
    for match in _CHUNK.finditer(text):
        start, end = match.span()
        if whitespace_only:
            spans.append((start, end))
        else:
            line_end = _LINE_END.match(text, end) is not None
            spans.extend(_split_chunk(text, start, end, line_end))
    if cuts:
        spans = _cut(spans, cuts)
    return [Token(start=s, end=e, text=text[s:e]) for s, e in spans]


def _cut(spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        points = cuts[bisect.bisect_right(cuts, start):bisect.bisect_left(cuts, end)]
        for point in points:
            out.append((start, point))
            start = point
        out.append((start, end))
    return out


def document_tokens(doc: AnnotationDocument, boundaries: Iterable[int] = ()) -> list[Token]:
    return tokenize(doc.text, boundaries, whitespace_only=doc.extra.get("tokenization") == WHITESPACE_TOKENS)


def entity_tokens(doc: AnnotationDocument, entities: Iterable) -> list[Token]:
    """The document's tokens, split so that every entity starts and ends on a token edge."""
    return document_tokens(doc, [edge for e in entities for edge in (e.start, e.end)])


@dataclass(frozen=True, kw_only=True)
class Word:
    """A token as spaCy stores it: its text and whether one space follows (``Doc(words, spaces)``)."""

    start: int
    end: int
    text: str
    space: bool


def spacy_words(text: str, tokens: list[Token]) -> list[Word]:
    """``tokens`` with the whitespace between them the way spaCy keeps it: one space after a token
    is its ``space``; any other whitespace ("\n\n", a second space, a leading tab) is a token of
    its own.  Joining each word's text and its space gives ``text`` back exactly."""
    words: list[Word] = []
    position = 0
    for token in [*tokens, None]:
        gap_end = token.start if token is not None else len(text)
        gap_start = position
        if words and text[gap_start:gap_start + 1] == " " and gap_start < gap_end:
            last = words[-1]
            words[-1] = Word(start=last.start, end=last.end, text=last.text, space=True)
            gap_start += 1
        if gap_start < gap_end:
            words.append(Word(start=gap_start, end=gap_end, text=text[gap_start:gap_end], space=False))
        if token is None:
            break
        words.append(Word(start=token.start, end=token.end, text=token.text, space=False))
        position = token.end
    return words


def token_range(starts: list[int], ends: list[int], start: int, end: int) -> range:
    """Indexes of the tokens (given by their sorted ``starts`` and ``ends``) that the span
    ``start``-``end`` covers; an edge inside whitespace snaps to the next token."""
    return range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))


def sentences(doc: AnnotationDocument, tokens: list[Token], keep_together: Iterable[tuple[int, int]] = ()) -> list[list[Token]]:
    """Tokens grouped in sentences: a newline always ends one; so does a final . ! ? token
    (not in whitespace-tokenized text, whose lines are its sentences).  No sentence ends inside a
    ``keep_together`` span (an entity), since sentence-based formats cannot hold such a span."""
    by_lines = doc.extra.get("tokenization") == WHITESPACE_TOKENS
    inside = set()
    for start, end in keep_together:
        inside.update(range(start + 1, end))
    groups: list[list[Token]] = []
    current: list[Token] = []
    previous_end = 0
    for token in tokens:
        if current and "\n" in doc.text[previous_end:token.start] and token.start not in inside:
            groups.append(current)
            current = []
        current.append(token)
        previous_end = token.end
        if not by_lines and token.text in _SENTENCE_END and token.end not in inside:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups
