"""An extractor's output (or any annotation) scored against a gold document of the same text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..formats.interop import kept as live  # what an annotation asserts: every item not rejected
from ..model import AnnotationDocument, Quote
from .matching import DEFAULT_QUOTE_THRESHOLD, exact_by_label, match_quotes, overlap_by_label
from .scores import Counts, Ratio, add_maps, overall


@dataclass(frozen=True, kw_only=True)
class Evaluation:
    """Scores of one document, or the sum over many (``documents`` says how many)."""

    entities_exact: dict[str, Counts] = field(default_factory=dict)
    entities_overlap: dict[str, Counts] = field(default_factory=dict)
    quotes: Counts = Counts()
    speaker_name: Ratio = Ratio()  # matched quotes whose speakers resolve to the same name
    speaker_span: Ratio = Ratio()  # matched quotes whose speaker mentions are the same span
    topics: Counts = Counts()
    primary_topic: Ratio = Ratio()
    documents: int = 1
    name: str = ""

    def __add__(self, other: "Evaluation") -> "Evaluation":
        return Evaluation(
            entities_exact=add_maps([self.entities_exact, other.entities_exact]),
            entities_overlap=add_maps([self.entities_overlap, other.entities_overlap]),
            quotes=self.quotes + other.quotes, speaker_name=self.speaker_name + other.speaker_name,
            speaker_span=self.speaker_span + other.speaker_span, topics=self.topics + other.topics,
            primary_topic=self.primary_topic + other.primary_topic, documents=self.documents + other.documents)

    @property
    def overall_exact(self) -> Counts:
        return overall(self.entities_exact)

    @property
    def overall_overlap(self) -> Counts:
        return overall(self.entities_overlap)

    def badness(self) -> float:
        """How bad the document is, for listing the worst first: the mean of (1 - F1) over what it has."""
        scores = [c.f1 for c in (self.overall_exact, self.quotes, self.topics) if c.f1 is not None]
        return 1 - sum(scores) / len(scores) if scores else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "entities": {
                "exact": {"overall": self.overall_exact.as_dict(),
                          "labels": {k: v.as_dict() for k, v in self.entities_exact.items()}},
                "overlap": {"overall": self.overall_overlap.as_dict(),
                            "labels": {k: v.as_dict() for k, v in self.entities_overlap.items()}},
            },
            "quotes": {**self.quotes.as_dict(), "speaker_name": self.speaker_name.as_dict(),
                       "speaker_span": self.speaker_span.as_dict()},
            "topics": {**self.topics.as_dict(), "primary": self.primary_topic.as_dict()},
        }


def normalized_name(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def speaker_name(doc: AnnotationDocument, quote: Quote) -> str | None:
    """Whom the quote is attributed to, folded for matching (see :func:`speaker_display_name`)."""
    return normalized_name(speaker_display_name(doc, quote))


def speaker_display_name(doc: AnnotationDocument, quote: Quote) -> str | None:
    """Whom the quote is attributed to, as written: the resolved name, else the linked entity's
    canonical name or text, else the mention itself."""
    speaker = quote.speaker
    if speaker is None:
        return None
    if speaker.name:
        return speaker.name
    if speaker.entity is not None:
        try:
            entity = doc.entity(speaker.entity)
        except Exception:  # a dangling link names nobody  # noqa: BLE001
            entity = None
        if entity is not None:
            return entity.canonical or entity.text
    return speaker.text


def speaker_span(quote: Quote) -> tuple[int, int] | None:
    speaker = quote.speaker
    if speaker is None or not speaker.has_span:
        return None
    return speaker.start, speaker.end  # type: ignore[return-value]


def evaluate(gold: AnnotationDocument, pred: AnnotationDocument,
             quote_threshold: float = DEFAULT_QUOTE_THRESHOLD) -> Evaluation:
    """Scores of ``pred`` against ``gold``; both must hold the same text (the caller checks)."""
    gold_entities, pred_entities = live(gold.entities), live(pred.entities)
    gold_quotes, pred_quotes = live(gold.quotes), live(pred.quotes)
    pairs = match_quotes(gold_quotes, pred_quotes, quote_threshold)
    name_hits = name_total = span_hits = span_total = 0
    for i, j in pairs:
        gold_name = speaker_name(gold, gold_quotes[i])
        if gold_name is not None:
            name_total += 1
            name_hits += gold_name == speaker_name(pred, pred_quotes[j])
        gold_span = speaker_span(gold_quotes[i])
        if gold_span is not None:
            span_total += 1
            span_hits += gold_span == speaker_span(pred_quotes[j])
    gold_topics = {t.code for t in live(gold.topics)}
    pred_topics = {t.code for t in live(pred.topics)}
    gold_primary = next((t.code for t in live(gold.topics) if t.primary), None)
    pred_primary = next((t.code for t in live(pred.topics) if t.primary), None)
    return Evaluation(
        entities_exact=exact_by_label(gold_entities, pred_entities),
        entities_overlap=overlap_by_label(gold_entities, pred_entities),
        quotes=Counts(matched=len(pairs), predicted=len(pred_quotes), reference=len(gold_quotes)),
        speaker_name=Ratio(hits=name_hits, total=name_total),
        speaker_span=Ratio(hits=span_hits, total=span_total),
        topics=Counts(matched=len(gold_topics & pred_topics), predicted=len(pred_topics), reference=len(gold_topics)),
        primary_topic=Ratio(hits=int(gold_primary is not None and gold_primary == pred_primary),
                            total=int(gold_primary is not None)),
        name=gold.id or pred.id or "")


def total(evaluations: Iterable[Evaluation]) -> Evaluation:
    result = None
    for one in evaluations:
        result = one if result is None else result + one
    return result if result is not None else Evaluation(documents=0)
