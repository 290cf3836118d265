"""Which spans overlap a stretch of text, fast: a sorted list and the longest span's length.

The article view asks this once per visible paragraph while painting, and after every edit for
the one span that changed, so neither may walk all 20,000 entities of a long article.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import Iterable


class SpanIndex:
    def __init__(self, spans: Iterable[tuple[int, int, str]] = ()):
        self._spans: list[tuple[int, int, str]] = sorted(spans)
        self._where: dict[str, tuple[int, int, str]] = {key: span for span in self._spans for key in [span[2]]}
        self._longest = max((end - start for start, end, _ in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def put(self, key: str, start: int, end: int) -> tuple[int, int] | None:
        """Add or move ``key``; returns its previous span, if it had one."""
        old = self.remove(key)
        entry = (start, end, key)
        insort(self._spans, entry)
        self._where[key] = entry
        self._longest = max(self._longest, end - start)
        return old

    def remove(self, key: str) -> tuple[int, int] | None:
        entry = self._where.pop(key, None)
        if entry is None:
            return None
        i = bisect_left(self._spans, entry)
        del self._spans[i]
        return entry[0], entry[1]

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Spans with ``start < hi`` and ``end > lo`` (and empty spans at ``lo``), in text order."""
        first = bisect_left(self._spans, (lo - self._longest, -1, ""))
        found = []
        for i in range(first, len(self._spans)):
            start, end, key = self._spans[i]
            if start >= hi and not (start == hi == lo):
                break
            if end > lo or start == end == lo:
                found.append(self._spans[i])
        return found

    def at(self, position: int) -> list[tuple[int, int, str]]:
        """Spans covering ``position``, shortest first (the most specific one is what a click means)."""
        return sorted(self.overlapping(position, position + 1), key=lambda s: s[1] - s[0])
