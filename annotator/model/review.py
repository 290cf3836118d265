"""The review report: what people did with the suggestions, from status/origin/edited alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .document import AnnotationDocument
from .items import HUMAN


@dataclass(frozen=True, kw_only=True)
class ReviewSummary:
    suggested: int = 0  # suggestions still waiting for a decision
    accepted: int = 0  # accepted exactly as suggested
    edited: int = 0  # suggestions a person changed (and did not reject)
    rejected: int = 0
    added: int = 0  # items a person made

    @property
    def total_suggestions(self) -> int:
        return self.suggested + self.accepted + self.edited + self.rejected

    @property
    def reviewed(self) -> int:
        return self.accepted + self.edited + self.rejected

    def __add__(self, other: "ReviewSummary") -> "ReviewSummary":
        return ReviewSummary(
            suggested=self.suggested + other.suggested,
            accepted=self.accepted + other.accepted,
            edited=self.edited + other.edited,
            rejected=self.rejected + other.rejected,
            added=self.added + other.added,
        )


def summarize(items: Iterable) -> ReviewSummary:
    counts = dict(suggested=0, accepted=0, edited=0, rejected=0, added=0)
    for item in items:
        if item.origin == HUMAN:
            counts["added"] += 1
        elif item.status == "rejected":
            counts["rejected"] += 1
        elif item.edited:
            counts["edited"] += 1
        elif item.status == "accepted":
            counts["accepted"] += 1
        else:
            counts["suggested"] += 1
    return ReviewSummary(**counts)


def review_summary(doc: AnnotationDocument) -> dict[str, ReviewSummary]:
    """Per collection, plus ``"all"``."""
    per = {
        "entities": summarize(doc.entities),
        "quotes": summarize(doc.quotes),
        "topics": summarize(doc.topics),
        "metadata": summarize(doc.metadata.values()),
    }
    total = ReviewSummary()
    for summary in per.values():
        total = total + summary
    per["all"] = total
    return per
