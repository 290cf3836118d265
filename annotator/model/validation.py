"""Checks that an annotation document is consistent with its text.

``validate_document`` reports *every* problem rather than stopping at the first: a person
repairing a file wants the whole list, the way brat reports each offset that drifted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .items import QUOTE_KINDS, STATUSES

if TYPE_CHECKING:
    from .document import AnnotationDocument


class ModelError(ValueError):
    """An edit or an item that would leave the document inconsistent."""


@dataclass(frozen=True)
class Problem:
    where: str  # e.g. "entities[3] (e4)"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _snippet(value: str, limit: int = 40) -> str:
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(shown)


def span_problem(text: str, start: object, end: object, covered: object | None) -> str | None:
    """Why ``[start, end)`` with covered text ``covered`` is not a valid span of ``text``."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return f"offsets must be integers, got start={start!r} end={end!r}"
    if start < 0 or end > len(text) or start > end:
        return f"span [{start}, {end}) is outside the text (length {len(text)})"
    if covered is not None and text[start:end] != covered:
        return f"span [{start}, {end}) covers {_snippet(text[start:end])}, but the file says {_snippet(str(covered))}"
    return None


def _status_problem(status: object) -> str | None:
    if status not in STATUSES:
        return f"status {status!r} is not one of {', '.join(STATUSES)}"
    return None


def iter_problems(doc: AnnotationDocument) -> Iterator[Problem]:
    text = doc.text
    entity_ids: set[str] = set()
    for i, entity in enumerate(doc.entities):
        where = f"entities[{i}] ({entity.id})"
        if not entity.id:
            yield Problem(where, "empty id")
        elif entity.id in entity_ids:
            yield Problem(where, f"duplicate id {entity.id!r}")
        entity_ids.add(entity.id)
        if message := span_problem(text, entity.start, entity.end, entity.text):
            yield Problem(where, message)
        elif entity.start == entity.end:
            yield Problem(where, "empty span")
        if not entity.label:
            yield Problem(where, "missing label")
        if message := _status_problem(entity.status):
            yield Problem(where, message)

    quote_ids: set[str] = set()
    for i, quote in enumerate(doc.quotes):
        where = f"quotes[{i}] ({quote.id})"
        if not quote.id:
            yield Problem(where, "empty id")
        elif quote.id in quote_ids or quote.id in entity_ids:
            yield Problem(where, f"duplicate id {quote.id!r}")
        quote_ids.add(quote.id)
        if message := span_problem(text, quote.start, quote.end, quote.text):
            yield Problem(where, message)
        if quote.kind not in QUOTE_KINDS:
            yield Problem(where, f"kind {quote.kind!r} is not one of {', '.join(QUOTE_KINDS)}")
        if message := _status_problem(quote.status):
            yield Problem(where, message)
        speaker = quote.speaker
        if speaker is not None:
            if speaker.start is not None or speaker.end is not None:
                if message := span_problem(text, speaker.start, speaker.end, speaker.text):
                    yield Problem(where, f"speaker: {message}")
                elif speaker.text is None:
                    yield Problem(where, "speaker: offsets without the text they cover")
            if speaker.entity is not None and speaker.entity not in entity_ids:
                yield Problem(where, f"speaker points at entity {speaker.entity!r}, which does not exist")
        if quote.cue is not None:
            if message := span_problem(text, quote.cue.start, quote.cue.end, quote.cue.text):
                yield Problem(where, f"cue: {message}")

    codes: set[str] = set()
    primaries = 0
    for i, topic in enumerate(doc.topics):
        where = f"topics[{i}] ({topic.code})"
        if topic.code in codes:
            yield Problem(where, f"duplicate topic {topic.code!r}")
        codes.add(topic.code)
        primaries += bool(topic.primary)
        if message := _status_problem(topic.status):
            yield Problem(where, message)
    if primaries > 1:
        yield Problem("topics", f"{primaries} topics are marked primary; at most one may be")

    for name, meta in doc.metadata.items():
        where = f"metadata.{name}"
        if meta.name != name:
            yield Problem(where, f"field is filed under {name!r} but names itself {meta.name!r}")
        if meta.start is not None or meta.end is not None:
            if message := span_problem(text, meta.start, meta.end, None):
                yield Problem(where, message)
        if message := _status_problem(meta.status):
            yield Problem(where, message)


def validate_document(doc: AnnotationDocument) -> list[Problem]:
    return list(iter_problems(doc))
