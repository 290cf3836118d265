"""Counts that add up across documents, and the figures read off them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping


@dataclass(frozen=True, kw_only=True)
class Counts:
    """Matched items against how many were predicted and how many the reference has."""

    matched: int = 0
    predicted: int = 0
    reference: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(matched=self.matched + other.matched, predicted=self.predicted + other.predicted,
                      reference=self.reference + other.reference)

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.reference if self.reference else None

    @property
    def f1(self) -> float | None:
        # 2m / (p + r) is F1 without dividing by zero when one side is empty.
        total = self.predicted + self.reference
        return 2 * self.matched / total if total else None

    def as_dict(self) -> dict:
        return {"matched": self.matched, "predicted": self.predicted, "reference": self.reference,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, kw_only=True)
class Ratio:
    """``hits`` of ``total`` (speaker accuracy, primary-topic accuracy)."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(hits=self.hits + other.hits, total=self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "value": self.value}


def add_maps(maps: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    """Per-key sums of several ``{label: Counts}`` maps."""
    total: dict[str, Counts] = {}
    for one in maps:
        for key, counts in one.items():
            total[key] = total.get(key, Counts()) + counts
    return dict(sorted(total.items()))


def overall(per_label: Mapping[str, Counts]) -> Counts:
    """Micro-averaged: every item counts once whatever its label."""
    return sum(per_label.values(), Counts())


def fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"
