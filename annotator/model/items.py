"""The items of an annotation document: frozen, keyword-only dataclasses.

Every span is half-open ``[start, end)`` in Python ``str`` indices (code points) into the
article text and carries the covered ``text`` too, so a reader can check that the offsets
still point where they should.  ``extra`` keeps keys this version does not know, so a file
written by a newer tool survives a round trip through this one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["suggested", "accepted", "rejected"]
STATUSES: tuple[str, ...] = ("suggested", "accepted", "rejected")

QuoteKind = Literal["direct", "indirect", "mixed"]
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")

HUMAN = "human"

# OntoNotes labels, the scheme spaCy uses; the GUI may configure others.
DEFAULT_LABELS: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE",
    "EVENT", "WORK_OF_ART", "LAW", "MONEY", "PERCENT", "FAC", "PRODUCT",
)

STANDARD_METADATA: tuple[str, ...] = (
    "title", "section", "byline", "dateline", "date", "publisher", "url", "language",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Span:
    """A piece of the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Entity:
    id: str
    start: int
    end: int
    text: str
    label: str
    canonical: str | None = None
    status: Status = "suggested"
    origin: str = HUMAN
    score: float | None = None
    edited: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class Speaker:
    """Who said a quote: the mention in the text ("he") and whom it refers to.

    ``entity`` is the id of the entity the mention resolves to, ``name`` the resolved name
    ("Christian Leuprecht").  A speaker may have a name with no mention span (a person
    typed in by hand) or a mention with no resolution.
    """

    start: int | None = None
    end: int | None = None
    text: str | None = None
    entity: str | None = None
    name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True, kw_only=True, slots=True)
class Cue:
    """The reporting verb of a quote ("said", "warned")."""

    start: int
    end: int
    text: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class Quote:
    id: str
    start: int
    end: int
    text: str
    kind: QuoteKind = "direct"
    speaker: Speaker | None = None
    cue: Cue | None = None
    status: Status = "suggested"
    origin: str = HUMAN
    score: float | None = None
    edited: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class Topic:
    """An IPTC Media Topic; ``code`` is the qcode ("medtop:11000000") and identifies it."""

    code: str
    label: str
    score: float | None = None
    primary: bool = False
    status: Status = "suggested"
    origin: str = HUMAN
    edited: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class MetaField:
    """One metadata value ("title", "dateline", or a custom field), optionally anchored."""

    name: str
    value: str
    start: int | None = None
    end: int | None = None
    status: Status = "suggested"
    origin: str = HUMAN
    score: float | None = None
    edited: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True, kw_only=True, slots=True)
class AnnotationInfo:
    """Who annotated the document, when, with what, and how far they got."""

    annotator: str | None = None
    created: str | None = None
    modified: str | None = None
    tool: str | None = None
    state: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
