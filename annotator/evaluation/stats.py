"""Chance-corrected agreement: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha.

Written here rather than imported: the packages that have them (scikit-learn, statsmodels,
krippendorff) all pull in numpy, which the application does not otherwise need.  The tests
check these against textbook examples and, where installed, the ``krippendorff`` package.
Each returns ``None`` where the statistic is undefined (no data, or no variation at all).
"""

from __future__ import annotations

from collections import Counter
from typing import Hashable, Literal, Sequence

Level = Literal["nominal", "interval"]


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Two raters' labels for the same items, in the same order."""
    if len(a) != len(b):
        raise ValueError(f"two raters need the same items ({len(a)} and {len(b)} labels)")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(items: Sequence[Sequence[Hashable]]) -> float | None:
    """Each item's labels, one per rater; every item rated by the same number of raters."""
    if not items:
        return None
    raters = len(items[0])
    if raters < 2 or any(len(labels) != raters for labels in items):
        raise ValueError("Fleiss' kappa needs the same number (at least two) of ratings per item")
    totals: Counter = Counter()
    agreement = 0.0
    for labels in items:
        counts = Counter(labels)
        totals.update(counts)
        agreement += (sum(c * c for c in counts.values()) - raters) / (raters * (raters - 1))
    observed = agreement / len(items)
    ratings = len(items) * raters
    expected = sum((c / ratings) ** 2 for c in totals.values())
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def _distance(level: Level):
    if level == "nominal":
        return lambda c, k: 0.0 if c == k else 1.0
    if level == "interval":
        return lambda c, k: float(c - k) ** 2
    raise ValueError(f"no level of measurement {level!r} (nominal, interval)")


def krippendorff_alpha(data: Sequence[Sequence[Hashable | None]], level: Level = "nominal") -> float | None:
    """``data[coder][unit]``, ``None`` where a coder gave no value.

    The coincidence-matrix form (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"):
    units with fewer than two values are not pairable and drop out; alpha = 1 - D_o / D_e.
    """
    if not data:
        return None
    units = len(data[0])
    if any(len(row) != units for row in data):
        raise ValueError("every coder needs a value (or None) for every unit")
    delta = _distance(level)
    coincidences: Counter = Counter()
    for u in range(units):
        values = Counter(row[u] for row in data if row[u] is not None)
        pairable = sum(values.values())
        if pairable < 2:
            continue
        for c, n_c in values.items():
            for k, n_k in values.items():
                pairs = n_c * (n_k - (c == k))
                if pairs:
                    coincidences[c, k] += pairs / (pairable - 1)
    marginals: Counter = Counter()
    for (c, _k), weight in coincidences.items():
        marginals[c] += weight
    n = sum(marginals.values())
    if n <= 1:
        return None
    observed = sum(weight * delta(c, k) for (c, k), weight in coincidences.items())
    expected = sum(n_c * n_k * delta(c, k) for c, n_c in marginals.items() for k, n_k in marginals.items())
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected
