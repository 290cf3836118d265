"""Span edges on user-perceived characters: never between a letter and its combining accent.

"Saldan" + U+0303 COMBINING TILDE is one letter on screen; a span ending before the tilde puts
the accent outside the entity (NITF then writes ``<org>Saldan</org>̃a``, spaCy drops the span).
The same holds inside an emoji sequence: a flag is two regional indicators, a family is emoji
joined by ZERO WIDTH JOINER, a skin tone is a modifier after the emoji.

:func:`snap_span` widens a span to whole clusters: a start inside one moves back to its first
character, an end inside one moves forward past its last.  The rules are the parts of Unicode's
extended grapheme clusters (UAX #29) that occur in news text: extending characters (combining
marks, variation selectors, emoji modifiers, tag characters, ZWJ), a character after ZWJ,
regional-indicator pairs and CR LF.  Hangul syllable composition from conjoining jamo is left out
(news text carries precomposed syllables).  Work is local to the edge, so snapping costs the same
in a 1 MB article as in a tweet.
"""

from __future__ import annotations

import unicodedata

_ZWJ = "\u200d"


def _extends(ch: str) -> bool:
    """Whether ``ch`` attaches to the character before it (Grapheme_Cluster_Break Extend/ZWJ/SpacingMark)."""
    code = ord(ch)
    if code < 0x0300:  # fast path: ASCII and Latin-1 never extend
        return False
    return (unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch == _ZWJ
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF  # variation selectors
            or 0x1F3FB <= code <= 0x1F3FF  # emoji skin-tone modifiers
            or 0xE0020 <= code <= 0xE007F)  # tag characters (subdivision flags)


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def is_boundary(text: str, i: int) -> bool:
    """Whether a span may start or end at code point ``i`` of ``text``."""
    if i <= 0 or i >= len(text):
        return True
    before, after = text[i - 1], text[i]
    if before < "\u0300" and after < "\u0300":  # fast path: below the combining marks only CR LF is one cluster
        return before != "\r" or after != "\n"
    if before == "\r" and after == "\n":
        return False
    if before in "\r\n" or after in "\r\n":
        return True
    if _extends(after) or before == _ZWJ:
        return False
    if _regional(before) and _regional(after):
        # Flags pair up from the start of a run of regional indicators: odd count before -> inside.
        run = 0
        j = i - 1
        while j >= 0 and _regional(text[j]):
            run += 1
            j -= 1
        return run % 2 == 0
    return True


def snap_start(text: str, start: int) -> int:
    while not is_boundary(text, start):
        start -= 1
    return start


def snap_end(text: str, end: int) -> int:
    while not is_boundary(text, end):
        end += 1
    return end


def snap_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole grapheme clusters (unchanged when it already is; offsets
    outside the text are left for the caller's own check to report)."""
    if not 0 <= start <= end <= len(text):
        return start, end
    return snap_start(text, start), snap_end(text, end)


def in_word(ch: str) -> bool:
    """A letter or digit, or a combining mark on one ("Saldan" + U+0303 + "a" is one word)."""
    return ch.isalnum() or unicodedata.category(ch)[0] == "M"


def through_word(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`snap_span`, and an end that lands after a combining mark inside a word carries on to
    the word's end: a pattern's ``\\w`` stops at the mark ("Saldan" + U+0303 + "a" matched as
    "Saldan"), which is a slip of the pattern, not an entity edge."""
    start, end = snap_span(text, start, end)
    if 0 < end < len(text) and unicodedata.category(text[end - 1])[0] == "M":
        while end < len(text) and in_word(text[end]):
            end += 1
    return start, end


def step(text: str, position: int, delta: int) -> int:
    """``position`` moved by ``delta`` whole clusters (Shift+arrow on a span's edge): one key
    press never lands between a letter and its accent or inside an emoji."""
    for _ in range(abs(delta)):
        position += 1 if delta > 0 else -1
        while 0 < position < len(text) and not is_boundary(text, position):
            position += 1 if delta > 0 else -1
    return position
