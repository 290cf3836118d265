"""Span edges moved by a word (Ctrl with the span keys), as a person reads words.

A word is a run of letters and digits (with their combining marks), kept whole across an
apostrophe, hyphen or full stop between two of them ("Trump‘s", "co-operated", "U.S"); any other
character that is not a space is a word of its own ("—", "(", ","), so one press takes a comma
or a dash and the next the word after it.  Edges land on grapheme boundaries only.
"""

from __future__ import annotations


from .graphemes import in_word, snap_end, snap_start

_JOINERS = "'’‘-‐.·"


def _token_end(text: str, i: int) -> int:
    """The end of the word starting at ``i`` (``i`` is not a space)."""
    n = len(text)
    if not in_word(text[i]):
        return snap_end(text, i + 1)
    while i < n and (in_word(text[i]) or (text[i] in _JOINERS and 0 < i < n - 1
                                             and in_word(text[i - 1]) and in_word(text[i + 1]))):
        i += 1
    return i


def _token_start(text: str, i: int) -> int:
    """The start of the word ending at ``i`` (``text[i - 1]`` is not a space)."""
    if not in_word(text[i - 1]):
        return snap_start(text, i - 1)
    while i > 0 and (in_word(text[i - 1]) or (text[i - 1] in _JOINERS and 1 < i < len(text)
                                                 and in_word(text[i - 2]) and in_word(text[i]))):
        i -= 1
    return i


def word_step(text: str, position: int, direction: int) -> int:
    """``position`` moved over the spaces and then one word forward (1) or back (-1)."""
    n = len(text)
    if direction > 0:
        while position < n and text[position].isspace():
            position += 1
        return _token_end(text, position) if position < n else n
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return _token_start(text, position) if position > 0 else 0


def move_edges_by_words(text: str, start: int, end: int, start_words: int, end_words: int) -> tuple[int, int]:
    """A span's start and end each moved by whole words (negative: left), never taking the spaces
    between words in: the start skips spaces forward, the end skips them back."""
    for _ in range(abs(start_words)):
        start = word_step(text, start, 1 if start_words > 0 else -1)
        while start < len(text) and text[start].isspace():
            start += 1
    for _ in range(abs(end_words)):
        end = word_step(text, end, 1 if end_words > 0 else -1)
        while end > 0 and text[end - 1].isspace():
            end -= 1
    return start, end
