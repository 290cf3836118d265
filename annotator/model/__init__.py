"""The annotation document. Pure Python: no Qt, no I/O."""

from .document import AnnotationDocument, Change, text_sha256
from .items import (
    DEFAULT_LABELS,
    HUMAN,
    QUOTE_KINDS,
    STANDARD_METADATA,
    STATUSES,
    AnnotationInfo,
    Cue,
    Entity,
    MetaField,
    Quote,
    Span,
    Speaker,
    Topic,
)
from .review import ReviewSummary, review_summary
from .validation import ModelError, Problem, validate_document

__all__ = [
    "AnnotationDocument", "AnnotationInfo", "Change", "Cue", "DEFAULT_LABELS", "Entity", "HUMAN",
    "MetaField", "ModelError", "Problem", "QUOTE_KINDS", "Quote", "ReviewSummary", "STANDARD_METADATA",
    "STATUSES", "Span", "Speaker", "Topic", "review_summary", "text_sha256", "validate_document",
]
