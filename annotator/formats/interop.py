"""Shared pieces of the interchange formats (Prodigy, doccano, Label Studio, brat, CoNLL, ...).

- Exports drop rejected items: what a person rejected is not gold.  Suggested (unreviewed) items
  are exported; ``annotator export --accepted-only`` filters them out first (:func:`accepted_only`).
- Imports produce suggestions to review: ``status="suggested"`` and ``origin`` set to the format
  name, unless the caller asks for another status (a gold corpus imported as accepted).
- JSON-lines files are read line by line so an error names the line it is on.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..model import AnnotationDocument, Cue, Entity, MetaField, Quote, Speaker, Topic
from ..model.graphemes import snap_span
from ..model.items import Status
from .atomic import atomic_write_text
from .errors import ReadError
from .native_json import decode_utf8, parse_json_text, read_bytes


def kept(items: Iterable[Any]) -> list[Any]:
    """The items an export writes: everything not rejected."""
    return [item for item in items if item.status != "rejected"]


def kept_metadata(doc: AnnotationDocument) -> dict[str, str]:
    """The metadata values an export writes: every field not rejected."""
    return {name: meta.value for name, meta in doc.metadata.items() if meta.status != "rejected"}


def accepted_only(doc: AnnotationDocument) -> AnnotationDocument:
    """A copy of ``doc`` holding only accepted entities, quotes, topics and metadata."""
    def ok(item: Any) -> bool:
        return item.status == "accepted"

    return AnnotationDocument(
        text=doc.text, id=doc.id, source=doc.source,
        entities=[e for e in doc.entities if ok(e)], quotes=[q for q in doc.quotes if ok(q)],
        topics=[t for t in doc.topics if ok(t)],
        metadata={name: meta for name, meta in doc.metadata.items() if ok(meta)},
        annotation=doc.annotation, extra=dict(doc.extra))


def read_text_file(path: str | os.PathLike) -> str:
    return decode_utf8(read_bytes(path), path)


def only_document(docs: list[AnnotationDocument], path: str | os.PathLike, fmt: str) -> AnnotationDocument:
    """The single-document reader of a multi-document format: refuse files holding several."""
    if len(docs) == 1:
        return docs[0]
    if not docs:
        raise ReadError(path, "holds no documents")
    raise ReadError(path, f"holds {len(docs)} documents; split it with "
                          f"`annotator import {Path(path).name} --from {fmt} -o FOLDER`")


def document_id(doc: AnnotationDocument, index: int, path: str | os.PathLike) -> str:
    """A stable id for the ``index``-th document of a file: its own id or ``<stem>-<n>``."""
    return doc.id or f"{Path(path).name.split('.')[0]}-{index + 1}"


def append_document(docs: list[AnnotationDocument], doc: AnnotationDocument, path: str | os.PathLike) -> None:
    """Add the next document read from ``path``, giving it a stable id if it has none."""
    doc.id = document_id(doc, len(docs), path)
    docs.append(doc)


def pad_numbered_ids(docs: list[AnnotationDocument], path: str | os.PathLike) -> list[AnnotationDocument]:
    """Zero-pad the ``<stem>-<n>`` ids :func:`append_document` gave, once the count is known, so
    that the files an import writes sort in document order (``all-001``, ``all-002``, ... ``all-216``)."""
    stem = Path(path).name.split(".")[0]
    width = len(str(len(docs)))
    for n, doc in enumerate(docs, start=1):
        if doc.id == f"{stem}-{n}":
            doc.id = f"{stem}-{n:0{width}d}"
    return docs


# -- JSON lines --------------------------------------------------------------------------

def jsonl_records(path: str | os.PathLike) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line; a bad line raises ReadError with its number.

    Lines end at "\n" only: writers emit U+2028, U+2029 and U+0085 raw inside strings, which
    ``str.splitlines`` would wrongly treat as line ends."""
    for number, line in enumerate(read_text_file(path).split("\n"), start=1):
        if not line.strip():
            continue
        record = parse_json_text(line, path, line=number)
        if not isinstance(record, dict):
            raise ReadError(path, f"expected a JSON object, got {type(record).__name__}", line=number)
        yield number, record


def jsonl_documents(path: str | os.PathLike,
                    convert: Callable[[dict[str, Any], "Fields"], AnnotationDocument | None]) -> list[AnnotationDocument]:
    """One document per non-blank line of a JSON-lines file, each with an id (``convert``
    returns None for a line to leave out)."""
    docs: list[AnnotationDocument] = []
    for number, record in jsonl_records(path):
        doc = convert(record, Fields(path, number))
        if doc is not None:
            append_document(docs, doc, path)
    return pad_numbered_ids(docs, path)


def write_jsonl(path: str | os.PathLike, records: Iterable[dict[str, Any]]) -> None:
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


class Fields:
    """Typed access to one imported record; a slip raises ReadError naming file, line and field."""

    def __init__(self, path: str | os.PathLike, line: int | None, where: str = ""):
        self.path, self.line, self.where = path, line, where

    def fail(self, message: str) -> ReadError:
        prefix = f"{self.where}: " if self.where else ""
        return ReadError(self.path, prefix + message, line=self.line)

    def at(self, where: str) -> "Fields":
        """The same record, one level down: ``spans[2]``, then ``spans[2].speaker``."""
        return Fields(self.path, self.line, f"{self.where}.{where}" if self.where else where)

    def get(self, data: Any, key: str, kind: type | tuple[type, ...], *, required: bool = False, default: Any = None) -> Any:
        if not isinstance(data, dict):
            raise self.fail(f"expected an object, got {type(data).__name__}")
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing {key!r}")
            return default
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            raise self.fail(f"{key!r} has the wrong type: {value!r}")
        return value

    def span(self, text: str, start: Any, end: Any, covered: str | None = None) -> tuple[int, int]:
        """Check ``[start, end)`` against ``text`` (and the covered text a format states)."""
        if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
            raise self.fail(f"offsets must be integers, got {start!r}, {end!r}")
        if not 0 <= start <= end <= len(text):
            raise self.fail(f"span {start}-{end} lies outside the text (length {len(text)})")
        if covered is not None and text[start:end] != covered:
            raise self.fail(f"span {start}-{end} covers {text[start:end]!r}, the file says {covered!r}")
        return start, end


# -- building imported items ----------------------------------------------------------------

class Importer:
    """Builds the items of one imported document with fresh ids and the import's provenance.

    Span edges that fall inside a grapheme cluster (between a letter and its combining accent,
    inside an emoji flag) are widened to the whole cluster, as everywhere spans are made."""

    def __init__(self, doc: AnnotationDocument, origin: str, status: Status = "suggested"):
        self.doc, self.origin, self.status = doc, origin, status
        self._ids = doc.id_maker()

    def item_id(self, given: str | None, prefix: str) -> str:
        """The file's own id when it has one not used yet in this document, else a fresh one."""
        return given if given and self._ids.claim(given) else self._ids(prefix)

    def entity(self, start: int, end: int, label: str, **fields: Any) -> Entity:
        entity = self.doc.make_entity(start, end, label, id=self.item_id(fields.pop("id", None), "e"),
                                      status=self.status, origin=self.origin, **fields)
        self.doc.entities.append(entity)
        return entity

    def quote(self, start: int, end: int, **fields: Any) -> Quote:
        start, end = snap_span(self.doc.text, start, end)
        quote = Quote(id=self.item_id(fields.pop("id", None), "q"), start=start, end=end,
                      text=self.doc.text[start:end], status=self.status, origin=self.origin, **fields)
        self.doc.quotes.append(quote)
        return quote

    def speaker(self, start: int | None, end: int | None, **fields: Any) -> Speaker:
        """A quote's speaker; the span may be missing (a name only)."""
        if start is not None and end is not None:
            start, end = snap_span(self.doc.text, start, end)
        return Speaker(start=start, end=end, text=None if start is None else self.doc.text[start:end], **fields)

    def cue(self, start: int, end: int) -> Cue:
        start, end = snap_span(self.doc.text, start, end)
        return Cue(start=start, end=end, text=self.doc.text[start:end])

    def meta(self, name: str, value: Any, **fields: Any) -> MetaField:
        """Metadata field ``name``; a value that is not a string (a JSON number) becomes its text."""
        meta = MetaField(name=name, value=value if isinstance(value, str) else str(value), status=self.status,
                         origin=self.origin, **fields)
        self.doc.metadata[name] = meta
        return meta

    def topics(self, fields: "Fields", record: dict[str, Any], score: Callable[["Fields", Any], float | None] | None = None) -> None:
        """The ``topics`` list of a JSON record: ``{"code", "label", "primary"}`` objects (and a
        score, read by ``score``, where the format has one)."""
        for i, data in enumerate(fields.get(record, "topics", list, default=[])):
            at = fields.at(f"topics[{i}]")
            extra = {"score": score(at, data)} if score else {}
            self.topic(at.get(data, "code", str, required=True), at.get(data, "label", str, default=""),
                       primary=at.get(data, "primary", bool, default=False), **extra)

    def topic(self, code: str, label: str = "", **fields: Any) -> Topic:
        topic = Topic(code=code, label=label, status=self.status, origin=self.origin, **fields)
        self.doc.topics.append(topic)
        return topic

    def finish(self) -> AnnotationDocument:
        self.doc.entities.sort(key=lambda e: (e.start, e.end))
        self.doc.quotes.sort(key=lambda q: (q.start, q.end))
        return self.doc


def sorted_spans(items: Iterable[Any]) -> list[Any]:
    return sorted(items, key=lambda item: (item.start, -item.end))


def without_overlaps(items: Iterable[Any]) -> tuple[list[Any], list[Any]]:
    """Split spans into a non-overlapping set (earliest, then longest first) and the rest."""
    chosen, dropped, last_end = [], [], -1
    for item in sorted_spans(items):
        if item.start >= last_end:
            chosen.append(item)
            last_end = item.end
        else:
            dropped.append(item)
    return chosen, dropped
