"""doccano JSONL: sequence labelling (``"label": [[start, end, "LABEL"], ...]``) and the relation form.

doccano turns every top-level key other than the text and the labels into the example's metadata,
and a top-level ``id`` would overwrite the id of doccano's own; so metadata are top-level keys
(``"title": "..."``), the document's id is ``article_id``, and no ``id`` is written.

**Default forms** (``doccano``, ``doccano-labels``) import into a project left at doccano's
defaults, where overlapping spans are off and doccano silently drops a span that overlaps an
earlier one (a relation pointing at a dropped span then crashes its import).  So these write no
overlapping spans: entities only, the earliest (then longest) of overlapping ones kept and the
others counted (``annotator export`` reports them).  The quotes travel whole in a top-level
``quotes`` key, in the JSONL form (offsets, kind, speaker mention, its name and its entity named by
span, ``entity_span``, since doccano renumbers spans; cue), which doccano keeps as metadata::

    {"text": "...", "entities": [{"id": 1, "label": "PERSON", "start_offset": 0, "end_offset": 12}],
     "relations": [], "article_id": "...", "title": "...", "topics": [...], "quotes": [...]}

**Full quote structure** (``doccano-quotes``, an explicit choice): quotes as spans too, for a
project whose settings allow overlapping spans (a quote contains entities).  A quote is labelled
``QUOTE`` (``QUOTE_INDIRECT`` / ``QUOTE_MIXED`` for the other kinds), its cue ``CUE`` joined by a
``cue`` relation, its speaker the entity itself when the mention is that entity's span, else a
``SPEAKER`` span (the mention, "she") joined by ``speaker`` and, to the entity it resolves to, by
``refers_to``.  Offsets are code points (doccano's backend counts in Python).
"""

from __future__ import annotations

import os
from typing import Any

from ..model import AnnotationDocument
from ..model.items import Status
from .interop import (Fields, Importer, jsonl_documents, kept, kept_metadata, only_document, without_overlaps,
                      write_jsonl)

ORIGIN = "doccano"
QUOTE_LABELS = {"direct": "QUOTE", "indirect": "QUOTE_INDIRECT", "mixed": "QUOTE_MIXED"}
KIND_OF_LABEL = {label: kind for kind, label in QUOTE_LABELS.items()}
CUE_LABEL, SPEAKER_LABEL = "CUE", "SPEAKER"
SPEAKER_RELATION, CUE_RELATION, REFERS_RELATION = "speaker", "cue", "refers_to"
ID_KEY = "article_id"
# Top-level keys that are not metadata; a metadata field of one of these names is written "meta:NAME".
RESERVED = {"id", "text", "label", "entities", "relations", "quotes", "topics", "meta", ID_KEY, "Comments", "comments"}
META_PREFIX = "meta:"


def is_doccano_record(record: dict[str, Any]) -> bool:
    return "spans" not in record and (isinstance(record.get("label"), list) or isinstance(record.get("entities"), list))


# -- writing ------------------------------------------------------------------------------------

def document_to_record(doc: AnnotationDocument, *, relations: bool = True, overlapping: bool = False
                       ) -> tuple[dict[str, Any], int]:
    """The record and how many overlapping entities it left out (none with ``overlapping``)."""
    from .jsonl_spacy import quote_to_json

    entities, dropped = (kept(doc.entities), []) if overlapping else without_overlaps(kept(doc.entities))
    record: dict[str, Any] = {"text": doc.text}
    if not relations:
        record["label"] = [[e.start, e.end, e.label] for e in entities]
    else:
        record["entities"], record["relations"] = _spans_and_relations(doc, entities, quotes=overlapping)
    if doc.id:
        record[ID_KEY] = doc.id
    for name, value in kept_metadata(doc).items():
        record[META_PREFIX + name if name in RESERVED or name.startswith(META_PREFIX) else name] = value
    topics = kept(doc.topics)
    if topics:
        record["topics"] = [{"code": t.code, "label": t.label, "primary": t.primary} for t in topics]
    if not (relations and overlapping) and kept(doc.quotes):
        record["quotes"] = [_quote_json(quote_to_json(q), doc, {e.id for e in entities}) for q in kept(doc.quotes)]
    return record, len(dropped)


def _quote_json(data: dict[str, Any], doc: AnnotationDocument, written: set[str]) -> dict[str, Any]:
    """A quote for the ``quotes`` key: doccano renumbers spans, so the speaker's entity is named by
    its span (``entity_span``), which the reader matches against the entities it imported."""
    speaker = data.get("speaker")
    if speaker and "entity" in speaker:
        entity_id = speaker.pop("entity")
        if entity_id in written:
            entity = doc.entity(entity_id)
            speaker["entity_span"] = [entity.start, entity.end]
    return data


def _spans_and_relations(doc: AnnotationDocument, entities: list, *, quotes: bool) -> tuple[list, list]:
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def add(start: int, end: int, label: str) -> int:
        rows.append({"id": len(rows) + 1, "label": label, "start_offset": start, "end_offset": end})
        return len(rows)

    def link(source: int, target: int, kind: str) -> None:
        links.append({"id": len(links) + 1, "from_id": source, "to_id": target, "type": kind})

    ids = {entity.id: add(entity.start, entity.end, entity.label) for entity in entities}
    spans = {entity.id: (entity.start, entity.end) for entity in entities}
    for quote in kept(doc.quotes) if quotes else []:
        quote_row = add(quote.start, quote.end, QUOTE_LABELS.get(quote.kind, "QUOTE"))
        speaker = quote.speaker
        entity_row = ids.get(speaker.entity or "") if speaker is not None else None
        if speaker is not None and entity_row is not None and (
                not speaker.has_span or (speaker.start, speaker.end) == spans[speaker.entity]):  # type: ignore[index]
            link(quote_row, entity_row, SPEAKER_RELATION)  # the mention is the entity
        elif speaker is not None and speaker.has_span:
            mention = add(speaker.start, speaker.end, SPEAKER_LABEL)  # type: ignore[arg-type]
            link(quote_row, mention, SPEAKER_RELATION)
            if entity_row is not None:
                link(mention, entity_row, REFERS_RELATION)
        if quote.cue is not None:
            link(quote_row, add(quote.cue.start, quote.cue.end, CUE_LABEL), CUE_RELATION)
    return rows, links


def _write(path: str | os.PathLike, docs: list[AnnotationDocument], **options: bool) -> int:
    records = [document_to_record(doc, **options) for doc in docs]
    # doccano reads a file into one table: a key missing from a record becomes NaN in its metadata,
    # which its database refuses as JSON (the import fails).  So every record gets every key.
    keys = list(dict.fromkeys(key for record, _ in records for key in record))
    write_jsonl(path, ({key: record.get(key) for key in keys} for record, _ in records))
    return sum(dropped for _, dropped in records)


def write_doccano_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> int:
    """The relation form for a default project; returns how many overlapping entities were left out."""
    return _write(path, docs)


def write_doccano_quotes_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> int:
    """The relation form with quote spans; needs a project that allows overlapping spans."""
    return _write(path, docs, overlapping=True)


def write_doccano_labels_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> int:
    return _write(path, docs, relations=False)


def write_doccano(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_doccano_many(path, [doc])


def write_doccano_quotes(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_doccano_quotes_many(path, [doc])


def write_doccano_labels(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_doccano_labels_many(path, [doc])


# -- reading ------------------------------------------------------------------------------------

def _metadata(record: dict[str, Any]) -> dict[str, Any]:
    """Metadata of a record: its top-level keys (doccano's own export and ours), or an older ``meta`` object."""
    meta = dict(record["meta"]) if isinstance(record.get("meta"), dict) else {}
    for key, value in record.items():
        if key not in RESERVED and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            meta[key.removeprefix(META_PREFIX)] = value
    return meta


def record_to_document(record: dict[str, Any], fields: Fields, *, status: Status = "suggested") -> AnnotationDocument:
    from .jsonl_spacy import read_quotes

    text = fields.get(record, "text", str, required=True)
    meta = _metadata(record)
    doc_id = record.get(ID_KEY, meta.pop("id", None))
    doc = AnnotationDocument(text=text, id=None if doc_id is None else str(doc_id))
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
    by_span = {(e.start, e.end): e.id for e in doc.entities}
    for data in fields.get(record, "quotes", list, default=[]):
        speaker = data.get("speaker") if isinstance(data, dict) else None
        span = speaker.get("entity_span") if isinstance(speaker, dict) else None
        # Only two integers can name an entity's span; anything else is left for read_quotes to judge.
        if isinstance(span, list) and len(span) == 2 and all(type(edge) is int for edge in span):
            entity = by_span.get(tuple(span))
            if entity is not None:
                speaker["entity"] = entity
    read_quotes(build, fields, record)
    build.topics(fields, record)
    for name, value in meta.items():
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
    consumed = {key for key, (_s, _e, label) in regions.items() if label in (CUE_LABEL, SPEAKER_LABEL)}
    entity_ids = {key: build.entity(start, end, label).id for key, (start, end, label) in regions.items()
                  if label not in KIND_OF_LABEL and key not in consumed}
    for key, (start, end, label) in regions.items():
        if label not in KIND_OF_LABEL:
            continue
        rel = links.get(key, {})
        speaker = cue = None
        if SPEAKER_RELATION in rel:
            mention = rel[SPEAKER_RELATION]
            s_start, s_end, _ = regions[mention]
            # The mention is an entity itself, or a SPEAKER span that refers to one.
            entity = entity_ids.get(mention) or entity_ids.get(links.get(mention, {}).get(REFERS_RELATION))
            speaker = build.speaker(s_start, s_end, entity=entity)
        if CUE_RELATION in rel:
            c_start, c_end, _ = regions[rel[CUE_RELATION]]
            cue = build.cue(c_start, c_end)
        build.quote(start, end, kind=KIND_OF_LABEL[label], speaker=speaker, cue=cue)


def read_doccano_many(path: str | os.PathLike, *, status: Status = "suggested") -> list[AnnotationDocument]:
    return jsonl_documents(path, lambda record, fields: record_to_document(record, fields, status=status))


def read_doccano(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_doccano_many(path), path, "doccano")
