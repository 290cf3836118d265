"""doccano JSONL: sequence labelling (``"label": [[start, end, "LABEL"], ...]``) and the relation form.

The relation form, which :func:`write_doccano_many` writes::

    {"id": 1, "text": "...",
     "entities": [{"id": 1, "label": "PERSON", "start_offset": 0, "end_offset": 12}, ...],
     "relations": [{"id": 1, "from_id": 7, "to_id": 1, "type": "speaker"}, ...],
     "meta": {"id": "...", "title": "..."}, "topics": [...]}

A quote is an entity labelled ``QUOTE`` (``QUOTE_INDIRECT`` / ``QUOTE_MIXED`` for the other
kinds), its cue an entity labelled ``CUE`` joined by a ``cue`` relation, and its speaker the
entity it resolves to (or a ``SPEAKER`` span) joined by a ``speaker`` relation.  Offsets are code
points (doccano's backend counts in Python).  doccano keeps unknown keys (``meta``, ``topics``)
as the example's metadata.
"""

from __future__ import annotations

import os
from typing import Any

from ..model import AnnotationDocument
from ..model.items import Status
from .interop import Fields, Importer, jsonl_documents, kept, kept_metadata, only_document, write_jsonl

ORIGIN = "doccano"
QUOTE_LABELS = {"direct": "QUOTE", "indirect": "QUOTE_INDIRECT", "mixed": "QUOTE_MIXED"}
KIND_OF_LABEL = {label: kind for kind, label in QUOTE_LABELS.items()}
CUE_LABEL, SPEAKER_LABEL = "CUE", "SPEAKER"


def is_doccano_record(record: dict[str, Any]) -> bool:
    return "spans" not in record and (isinstance(record.get("label"), list) or isinstance(record.get("entities"), list))


# -- writing ------------------------------------------------------------------------------------

def document_to_record(doc: AnnotationDocument, number: int = 1, *, relations: bool = True) -> dict[str, Any]:
    entities = kept(doc.entities)
    if not relations:
        return {"id": number, "text": doc.text, "label": [[e.start, e.end, e.label] for e in entities],
                "meta": _meta(doc)}
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    ids: dict[str, int] = {}

    def add(start: int, end: int, label: str) -> int:
        rows.append({"id": len(rows) + 1, "label": label, "start_offset": start, "end_offset": end})
        return len(rows)

    for entity in entities:
        ids[entity.id] = add(entity.start, entity.end, entity.label)
    for quote in kept(doc.quotes):
        quote_row = add(quote.start, quote.end, QUOTE_LABELS.get(quote.kind, "QUOTE"))
        speaker = quote.speaker
        if speaker is not None:
            target = ids.get(speaker.entity or "")
            if target is None and speaker.has_span:
                target = add(speaker.start, speaker.end, SPEAKER_LABEL)  # type: ignore[arg-type]
            if target is not None:
                links.append({"id": len(links) + 1, "from_id": quote_row, "to_id": target, "type": "speaker"})
        if quote.cue is not None:
            cue_row = add(quote.cue.start, quote.cue.end, CUE_LABEL)
            links.append({"id": len(links) + 1, "from_id": quote_row, "to_id": cue_row, "type": "cue"})
    record = {"id": number, "text": doc.text, "entities": rows, "relations": links, "meta": _meta(doc)}
    if doc.topics:
        record["topics"] = [{"code": t.code, "label": t.label, "primary": t.primary} for t in kept(doc.topics)]
    return record


def _meta(doc: AnnotationDocument) -> dict[str, Any]:
    meta = kept_metadata(doc)
    if doc.id:
        meta.setdefault("id", doc.id)
    return meta


def write_doccano_many(path: str | os.PathLike, docs: list[AnnotationDocument], *, relations: bool = True) -> None:
    write_jsonl(path, (document_to_record(doc, n, relations=relations) for n, doc in enumerate(docs, start=1)))


def write_doccano(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_doccano_many(path, [doc])


def write_doccano_labels(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_doccano_many(path, [doc], relations=False)


def write_doccano_labels_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> None:
    write_doccano_many(path, docs, relations=False)


# -- reading ------------------------------------------------------------------------------------

def record_to_document(record: dict[str, Any], fields: Fields, *, status: Status = "suggested") -> AnnotationDocument:
    text = fields.get(record, "text", str, required=True)
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    doc = AnnotationDocument(text=text, id=None if meta.get("id") is None else str(meta["id"]))
    build = Importer(doc, ORIGIN, status)
    if isinstance(record.get("label"), list):
        for i, row in enumerate(record["label"]):
            at = fields.at(f"label[{i}]")
            if not (isinstance(row, list) and len(row) == 3 and isinstance(row[2], str)):
                raise at.fail(f"expected [start, end, \"LABEL\"], got {row!r}")
            start, end = at.span(text, row[0], row[1])
            build.entity(start, end, row[2])
    regions: dict[Any, tuple[int, int, str]] = {}
    for i, row in enumerate(fields.get(record, "entities", list, default=[])):
        at = fields.at(f"entities[{i}]")
        start, end = at.span(text, at.get(row, "start_offset", int, required=True), at.get(row, "end_offset", int, required=True))
        regions[_region_id(row.get("id", i), at)] = (start, end, at.get(row, "label", str, required=True))
    _regions_to_items(build, regions, fields.get(record, "relations", list, default=[]), fields)
    build.topics(fields, record)
    for name, value in meta.items():
        if name != "id":
            build.meta(name, value)
    return build.finish()


def _region_id(value: Any, at: Fields, key: str = "id") -> Any:
    """An entity's id as a relation can name it: an integer or a string (an object cannot be a key)."""
    if value is None or isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise at.fail(f"{key!r} must be an integer or a string, got {value!r}")


def _regions_to_items(build: Importer, regions: dict[Any, tuple[int, int, str]], relations: list[Any], fields: Fields) -> None:
    """Entities from plain regions; quotes from QUOTE regions with their speaker / cue relations."""
    links: dict[Any, dict[str, Any]] = {}
    for i, rel in enumerate(relations):
        at = fields.at(f"relations[{i}]")
        source, target = rel.get("from_id") if isinstance(rel, dict) else None, rel.get("to_id") if isinstance(rel, dict) else None
        source, target = _region_id(source, at, "from_id"), _region_id(target, at, "to_id")
        if source not in regions or target not in regions:
            raise at.fail(f"relation points at an entity that does not exist ({source!r} -> {target!r})")
        links.setdefault(source, {})[at.get(rel, "type", str, default="")] = target
    consumed = {target for rel in links.values() for kind, target in rel.items()
                if regions[target][2] in (CUE_LABEL, SPEAKER_LABEL)}
    entity_ids = {key: build.entity(start, end, label).id for key, (start, end, label) in regions.items()
                  if label not in KIND_OF_LABEL and key not in consumed}
    for key, (start, end, label) in regions.items():
        if label not in KIND_OF_LABEL:
            continue
        rel = links.get(key, {})
        speaker = cue = None
        if "speaker" in rel:
            s_start, s_end, _ = regions[rel["speaker"]]
            speaker = build.speaker(s_start, s_end, entity=entity_ids.get(rel["speaker"]))
        if "cue" in rel:
            c_start, c_end, _ = regions[rel["cue"]]
            cue = build.cue(c_start, c_end)
        build.quote(start, end, kind=KIND_OF_LABEL[label], speaker=speaker, cue=cue)


def read_doccano_many(path: str | os.PathLike, *, status: Status = "suggested") -> list[AnnotationDocument]:
    return jsonl_documents(path, lambda record, fields: record_to_document(record, fields, status=status))


def read_doccano(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_doccano_many(path), path, "doccano")
