"""An extractor judged from its review: what people accepted, fixed, rejected and had to add.

From each item's ``status``, ``origin`` and ``edited`` alone (``model.review.summarize``):

- precision: suggestions accepted exactly as suggested / suggestions reviewed;
- partly right: suggestions a person edited and kept / suggestions reviewed;
- recall: suggestions accepted as they were / items in the result (accepted, edited, added);
  lenient recall counts edited suggestions as found too.

Suggestions still waiting for a decision are left out of every figure (and counted), so a half
reviewed document does not count its unread suggestions as wrong.  Per ``origin``, recall is
the share of the whole result that this suggester supplied; per label, of that label's items.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..model import AnnotationDocument
from ..model.items import HUMAN
from ..model.review import ReviewSummary, summarize

COLLECTIONS = ("entities", "quotes", "topics", "metadata")
# Which attribute splits a collection into labels (none for topics: each code is its own label).
LABEL_OF: dict[str, Callable | None] = {
    "entities": lambda item: item.label,
    "quotes": lambda item: item.kind,
    "topics": None,
    "metadata": lambda item: item.name,
}


@dataclass(frozen=True, kw_only=True)
class ReviewRow:
    collection: str
    by: str  # "all", "label" or "origin"
    key: str  # the label or origin ("" for "all")
    summary: ReviewSummary
    result: int  # items in the reviewed result that the recall is a share of

    @property
    def reviewed(self) -> int:
        return self.summary.reviewed

    @property
    def precision(self) -> float | None:
        return self.summary.accepted / self.reviewed if self.reviewed else None

    @property
    def partly_right(self) -> float | None:
        return self.summary.edited / self.reviewed if self.reviewed else None

    @property
    def recall(self) -> float | None:
        return self.summary.accepted / self.result if self.result else None

    @property
    def lenient_recall(self) -> float | None:
        return (self.summary.accepted + self.summary.edited) / self.result if self.result else None

    def as_dict(self) -> dict:
        s = self.summary
        return {"collection": self.collection, "by": self.by, "key": self.key, "waiting": s.suggested,
                "accepted": s.accepted, "edited": s.edited, "rejected": s.rejected, "added": s.added,
                "result": self.result, "precision": self.precision, "partly_right": self.partly_right,
                "recall": self.recall, "lenient_recall": self.lenient_recall}


def _items(doc: AnnotationDocument, collection: str) -> list:
    return list(doc.metadata.values()) if collection == "metadata" else list(getattr(doc, collection))


def _result_size(summary: ReviewSummary) -> int:
    return summary.accepted + summary.edited + summary.added


def review_rows(docs: Iterable[AnnotationDocument]) -> list[ReviewRow]:
    """Per collection: one "all" row, one per label, one per suggester origin (rows with no items left out)."""
    docs = list(docs)
    rows = []
    for collection in COLLECTIONS:
        items = [item for doc in docs for item in _items(doc, collection)]
        if not items:
            continue
        whole = summarize(items)
        rows.append(ReviewRow(collection=collection, by="all", key="", summary=whole, result=_result_size(whole)))
        label_of = LABEL_OF[collection]
        if label_of is not None:
            for label in sorted({label_of(item) for item in items}):
                summary = summarize(item for item in items if label_of(item) == label)
                rows.append(ReviewRow(collection=collection, by="label", key=label, summary=summary,
                                      result=_result_size(summary)))
        for origin in sorted({item.origin for item in items if item.origin != HUMAN}):
            summary = summarize(item for item in items if item.origin == origin)
            rows.append(ReviewRow(collection=collection, by="origin", key=origin, summary=summary,
                                  result=_result_size(whole)))
    return rows
