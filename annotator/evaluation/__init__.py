"""Judging annotations: an extractor against gold, annotators against each other, and the
differences an adjudicator settles.  Pure Python (no Qt, no numpy): matching, scores,
kappa and alpha, review figures and difference lists."""

from .scores import Counts, Ratio
from .stats import cohen_kappa, fleiss_kappa, krippendorff_alpha

__all__ = ["Counts", "Ratio", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha"]
