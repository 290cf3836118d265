"""Code points (the model's offsets) <-> UTF-16 code units (Qt's and JavaScript's offsets).

A character outside the Basic Multilingual Plane (most emoji, some CJK) is one Python ``str``
index but two Qt positions.  ``Utf16Index`` records where those characters are once per text,
so each conversion is a binary search over them (and free when there are none, the usual case).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Index:
    def __init__(self, text: str):
        # Code-point indices of the astral characters, and their UTF-16 positions.
        self._astral_cp = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral_cp)]
        self.length_cp = len(text)
        self.length_u16 = len(text) + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """The Qt position of code point ``cp`` (``cp`` may be the text's length)."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int) -> int:
        """The code point at Qt position ``u16``; a position inside a surrogate pair rounds up."""
        if not self._astral_u16:
            return u16
        # Each astral character wholly before u16 took two units for one code point.  Inside a
        # pair (u16 == its first unit + 1) the same formula lands on the next code point.
        return u16 - bisect_right(self._astral_u16, u16 - 2)

    def exact_codepoint(self, u16: int) -> int | None:
        """The code point at UTF-16 position ``u16``; None inside a surrogate pair or past the end."""
        if not 0 <= u16 <= self.length_u16:
            return None
        cp = self.to_codepoint(u16)
        return cp if self.to_utf16(cp) == u16 else None

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def span_to_codepoints(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection as model offsets; a half-selected pair is widened to the whole character."""
        lo = self.to_codepoint(start)
        if lo > 0 and self.to_utf16(lo) > start:  # start fell inside a pair: include that character
            lo -= 1
        return lo, self.to_codepoint(end)
