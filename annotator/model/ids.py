"""Item ids like ``e12`` / ``q3``, handed out one after another without rescanning the document."""

from __future__ import annotations

from typing import Iterable


class IdAllocator:
    """Fresh ids for one run of additions (suggestions applied, a file imported).

    Numbering per prefix continues after the highest number among the ids taken when the
    allocator was made; ids claimed later (an imported file's own ids) are only skipped, so a file
    whose ids do not clash keeps its numbering.  Calling the allocator returns a fresh id."""

    def __init__(self, taken: Iterable[str] = ()):
        self._taken = set(taken)
        self._initial = frozenset(self._taken)
        self._following: dict[str, int] = {}

    def __call__(self, prefix: str) -> str:
        if prefix not in self._following:
            numbers = [int(i[len(prefix):]) for i in self._initial if i.startswith(prefix) and i[len(prefix):].isdigit()]
            self._following[prefix] = max(numbers, default=0) + 1
        while f"{prefix}{self._following[prefix]}" in self._taken:
            self._following[prefix] += 1
        item_id = f"{prefix}{self._following[prefix]}"
        self._taken.add(item_id)
        self._following[prefix] += 1
        return item_id

    def claim(self, item_id: str) -> bool:
        """Record ``item_id`` as taken; False when it already was (the caller needs a fresh one)."""
        if item_id in self._taken:
            return False
        self._taken.add(item_id)
        return True
