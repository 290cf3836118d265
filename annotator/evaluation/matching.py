"""Pairing the items of a reference with those of a prediction, one to one."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Protocol, Sequence, TypeVar

from .scores import Counts


class Spanned(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=Spanned)

DEFAULT_QUOTE_THRESHOLD = 0.3


def overlap(a: Spanned, b: Spanned) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def coverage(reference: Spanned, predicted: Spanned) -> float:
    """The share of the reference span the prediction covers (GGT's quote criterion)."""
    length = reference.end - reference.start
    return overlap(reference, predicted) / length if length > 0 else float(reference.start == predicted.start)


def greedy_match(reference: Sequence[T], predicted: Sequence[T], score: Callable[[T, T], float],
                 threshold: float) -> list[tuple[int, int]]:
    """(reference index, predicted index) pairs: best-scoring pairs first, each item used once,
    a pair only when its score reaches ``threshold`` (and is above zero)."""
    candidates = []
    for i, ref in enumerate(reference):
        for j, pred in enumerate(predicted):
            if pred.start >= ref.end and pred.start > ref.start:  # cheap reject before scoring
                continue
            value = score(ref, pred)
            if value > 0 and value >= threshold:
                candidates.append((-value, i, j))
    candidates.sort()
    used_ref: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _value, i, j in candidates:
        if i not in used_ref and j not in used_pred:
            used_ref.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def exact_by_label(reference: Sequence, predicted: Sequence) -> dict[str, Counts]:
    """Entities matched by identical span and label, per label."""
    ref = Counter((e.start, e.end, e.label) for e in reference)
    pred = Counter((e.start, e.end, e.label) for e in predicted)
    both = ref & pred
    return _per_label(reference, predicted, lambda label: sum(n for key, n in both.items() if key[2] == label))


def overlap_by_label(reference: Sequence, predicted: Sequence) -> dict[str, Counts]:
    """Entities matched when their spans overlap and labels agree (largest overlaps paired first)."""
    matched: Counter = Counter()
    for label in {e.label for e in reference} & {e.label for e in predicted}:
        ref = [e for e in reference if e.label == label]
        pred = [e for e in predicted if e.label == label]
        matched[label] = len(greedy_match(ref, pred, lambda a, b: overlap(a, b), 1))
    return _per_label(reference, predicted, lambda label: matched[label])


def _per_label(reference: Sequence, predicted: Sequence, matched: Callable[[str], int]) -> dict[str, Counts]:
    ref, pred = Counter(e.label for e in reference), Counter(e.label for e in predicted)
    return {label: Counts(matched=matched(label), predicted=pred[label], reference=ref[label])
            for label in sorted(set(ref) | set(pred))}


def match_quotes(reference: Sequence[T], predicted: Sequence[T],
                 threshold: float = DEFAULT_QUOTE_THRESHOLD) -> list[tuple[int, int]]:
    """Quotes paired greedily by the share of the reference quote each prediction covers."""
    return greedy_match(reference, predicted, coverage, threshold)
