"""Label Studio JSON: a list of tasks; ``annotations`` on export, ``predictions`` (or annotations) on import.

A task this module writes::

    {"id": 1, "data": {"text": "..."}, "meta": {"id": "...", "title": "..."},
     "annotations": [{"result": [
        {"id": "e1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 12, "text": "Mélanie Joly", "labels": ["PERSON"]}},
        {"id": "q1", "from_name": "quote", ... "value": {..., "labels": ["direct"]}},
        {"id": "q1-cue", "from_name": "cue", ... "value": {..., "labels": ["CUE"]}},
        {"type": "relation", "from_id": "q1", "to_id": "e1", "direction": "right", "labels": ["speaker"]},
        {"id": "q2-speaker", "from_name": "speaker", ... "value": {..., "text": "he", "labels": ["SPEAKER"]}},
        {"type": "relation", "from_id": "q2", "to_id": "q2-speaker", ..., "labels": ["speaker"]},
        {"type": "relation", "from_id": "q2-speaker", "to_id": "e1", ..., "labels": ["refers_to"]},
        {"id": "topics", "from_name": "topic", "to_name": "text", "type": "choices",
         "value": {"choices": ["medtop:11000000"]}}]}]}

A quote's speaker is the entity itself when the mention is that entity's span; otherwise the
mention ("he") is a ``speaker`` region of its own, with a ``refers_to`` relation to the entity it
resolves to; the speaker's resolved name is the quote region's note (``meta.text``, "speaker:
Mélanie Joly").  Beside every export, :func:`label_config` writes ``<name>.label_config.xml``: a
labelling interface built from the labels, kinds and topics the export holds, so a project made
from it shows every region (Label Studio refuses regions whose label the config lacks).

A task whose ``predictions`` are ids only (Label Studio's default export) has nothing to import:
the reader warns (:class:`~.errors.FormatWarning`) and says how to export full predictions.

**Offsets.**  ``start``/``end`` are written in code points, as current Label Studio stores them
(its frontend converts from JavaScript's UTF-16 string indices since label-studio-frontend PR
#308).  Older versions stored UTF-16 indices, so text after an emoji drifted by one per emoji.  On
import each region's ``value.text`` decides: if the code-point reading covers it, good; if only the
UTF-16 reading does, the offsets are converted; if neither, the file names the region.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any

from lxml import etree

from ..model import AnnotationDocument
from ..model.items import DEFAULT_LABELS, QUOTE_KINDS, Status
from ..model.offsets import Utf16Index
from .atomic import atomic_write_text
from .errors import FormatWarning, ReadError
from .interop import Fields, Importer, append_document, kept, kept_metadata, only_document, pad_numbered_ids
from .native_json import load_json_data

ORIGIN = "labelstudio"
TEXT_KEY = "text"
FULL_PREDICTIONS_HINT = ("export with full predictions: an export snapshot made with serialization_options "
                         "{\"predictions\": {\"only_id\": false}} (POST /api/projects/ID/exports), or "
                         "GET /api/projects/ID/export?exportType=JSON")

QUOTE_CONTROL, CUE_CONTROL, SPEAKER_CONTROL, TOPIC_CONTROL = "quote", "cue", "speaker", "topic"
# Relation labels: quote -> speaker mention (or the entity that is the mention), quote -> cue,
# speaker mention -> the entity it refers to ("he" -> Christian Leuprecht).
SPEAKER_RELATION, CUE_RELATION, REFERS_RELATION = "speaker", "cue", "refers_to"
SPEAKER_NOTE = "speaker: "


def label_config(docs: list[AnnotationDocument]) -> str:
    """A labelling interface that shows every region and choice the export of ``docs`` holds:
    the entity labels used (custom ones included; the default labels when none is), the quote
    kinds, cue and speaker mentions, the three relation labels and the topics used."""
    used = sorted({e.label for doc in docs for e in kept(doc.entities)}) or list(DEFAULT_LABELS)
    kinds = [k for k in QUOTE_KINDS if any(q.kind == k for doc in docs for q in kept(doc.quotes))] or list(QUOTE_KINDS)
    topics: dict[str, str] = {}
    for doc in docs:
        for topic in kept(doc.topics):
            topics.setdefault(topic.code, topic.label)
    view = etree.Element("View")

    def labels(name: str, values: list[str]) -> None:
        control = etree.SubElement(view, "Labels", name=name, toName=TEXT_KEY)
        for value in values:
            etree.SubElement(control, "Label", value=value)

    labels("label", used)
    labels(QUOTE_CONTROL, kinds)
    labels(CUE_CONTROL, ["CUE"])
    labels(SPEAKER_CONTROL, ["SPEAKER"])
    relations = etree.SubElement(view, "Relations")
    for value in (SPEAKER_RELATION, CUE_RELATION, REFERS_RELATION):
        etree.SubElement(relations, "Relation", value=value)
    etree.SubElement(view, "Text", name=TEXT_KEY, value=f"${TEXT_KEY}")
    if topics:  # an empty <Choices> is refused by Label Studio ("'Choice' is a required property")
        choices = etree.SubElement(view, "Choices", name=TOPIC_CONTROL, toName=TEXT_KEY, choice="multiple",
                                   showInline="true")
        for code, label in topics.items():
            choice = etree.SubElement(choices, "Choice", value=code)
            if label:
                choice.set("hint", label)
    etree.indent(view, space="  ")
    return etree.tostring(view, encoding="unicode") + "\n"


def config_path(path: str | os.PathLike) -> Path:
    """Where the labelling config of an export goes: ``tasks.json`` -> ``tasks.label_config.xml``."""
    path = Path(path)
    return path.with_name(path.name.split(".")[0] + ".label_config.xml")


# -- writing ------------------------------------------------------------------------------------

def _region(region_id: str, control: str, start: int, end: int, text: str, label: str, score: float | None = None) -> dict[str, Any]:
    region = {"id": region_id, "from_name": control, "to_name": TEXT_KEY, "type": "labels",
              "value": {"start": start, "end": end, "text": text, "labels": [label]}}
    if score is not None:
        region["score"] = score
    return region


def _relation(source: str, target: str, label: str) -> dict[str, Any]:
    return {"type": "relation", "from_id": source, "to_id": target, "direction": "right", "labels": [label]}


def document_to_result(doc: AnnotationDocument) -> list[dict[str, Any]]:
    entities = kept(doc.entities)
    result = [_region(e.id, "label", e.start, e.end, e.text, e.label, e.score) for e in entities]
    by_id = {e.id: e for e in entities}
    for quote in kept(doc.quotes):
        result.append(_region(quote.id, QUOTE_CONTROL, quote.start, quote.end, quote.text, quote.kind, quote.score))
        speaker = quote.speaker
        if speaker is not None and speaker.name:
            # The resolved name as the region's note (Label Studio shows it with the region).
            result[-1]["meta"] = {"text": [SPEAKER_NOTE + speaker.name]}
        entity = by_id.get(speaker.entity or "") if speaker is not None else None
        if speaker is not None and entity is not None and (not speaker.has_span or
                                                           (speaker.start, speaker.end) == (entity.start, entity.end)):
            result.append(_relation(quote.id, entity.id, SPEAKER_RELATION))  # the mention is the entity
        elif speaker is not None and speaker.has_span:
            # The mention as its own region ("he"), linked to the entity it resolves to.
            mention = f"{quote.id}-speaker"
            result.append(_region(mention, SPEAKER_CONTROL, speaker.start, speaker.end, speaker.text or "", "SPEAKER"))  # type: ignore[arg-type]
            result.append(_relation(quote.id, mention, SPEAKER_RELATION))
            if entity is not None:
                result.append(_relation(mention, entity.id, REFERS_RELATION))
        if quote.cue is not None:
            result.append(_region(f"{quote.id}-cue", CUE_CONTROL, quote.cue.start, quote.cue.end, quote.cue.text, "CUE"))
            result.append(_relation(quote.id, f"{quote.id}-cue", CUE_RELATION))
    topics = kept(doc.topics)
    if topics:
        result.append({"id": "topics", "from_name": TOPIC_CONTROL, "to_name": TEXT_KEY, "type": "choices",
                       "value": {"choices": [t.code for t in sorted(topics, key=lambda t: not t.primary)]}})
    return result


def document_to_task(doc: AnnotationDocument, number: int = 1) -> dict[str, Any]:
    meta = kept_metadata(doc)
    if doc.id:
        meta["id"] = doc.id
    return {"id": number, "data": {TEXT_KEY: doc.text}, "meta": meta,
            "annotations": [{"result": document_to_result(doc)}]}


def write_labelstudio_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> None:
    """The tasks, and beside them the labelling config a project needs to show them all."""
    tasks = [document_to_task(doc, n) for n, doc in enumerate(docs, start=1)]
    atomic_write_text(path, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    atomic_write_text(config_path(path), label_config(docs))


def write_labelstudio(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_labelstudio_many(path, [doc])


# -- reading ------------------------------------------------------------------------------------

def region_offsets(text: str, value: dict[str, Any], fields: Fields, utf16: Utf16Index) -> tuple[int, int]:
    """Code-point offsets of a region, converting Label Studio's older UTF-16 offsets
    (``utf16``: the text's index, made once per task)."""
    start, end = fields.get(value, "start", int, required=True), fields.get(value, "end", int, required=True)
    covered = value.get("text")
    if not isinstance(covered, str) or text[start:end] == covered:
        return fields.span(text, start, end)
    u_start, u_end = utf16.exact_codepoint(start), utf16.exact_codepoint(end)
    if u_start is not None and u_end is not None and text[u_start:u_end] == covered:
        return u_start, u_end
    return fields.span(text, start, end, covered)  # raises, naming both texts


def _chosen_result(task: dict[str, Any], fields: Fields) -> tuple[list[Any], str, float | None]:
    """The annotation a person made (first not cancelled), else the first prediction."""
    for key in ("annotations", "predictions"):
        entries = fields.get(task, key, list, default=[])
        if entries and all(isinstance(entry, int) and not isinstance(entry, bool) for entry in entries):
            warnings.warn(FormatWarning(fields.path, f"{fields.where}: {key} hold ids only ({entries[:3]}...), "
                                        "as Label Studio's default export writes them, so this task has no "
                                        f"{key[:-1]} to import; {FULL_PREDICTIONS_HINT}", line=fields.line))
            continue
        for i, entry in enumerate(entries):
            at = fields.at(f"{key}[{i}]")
            if not isinstance(entry, dict) or entry.get("was_cancelled"):
                continue
            origin = ORIGIN if key == "annotations" else str(entry.get("model_version") or ORIGIN)
            score = _score(entry.get("score"))
            return at.get(entry, "result", list, default=[]), origin, score
    return [], ORIGIN, None


def _score(value: Any) -> float | None:
    """A usable score or none: a 400-digit number or NaN is no probability."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        score = float(value)
    except OverflowError:
        return None
    return score if score == score and abs(score) != float("inf") else None


def task_to_document(task: Any, fields: Fields, *, status: Status = "suggested") -> AnnotationDocument:
    data = fields.get(task, "data", dict, required=True)
    text = fields.at("data").get(data, TEXT_KEY, str, required=True)
    meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
    doc = AnnotationDocument(text=text, id=None if meta.get("id") is None else str(meta["id"]))
    result, origin, task_score = _chosen_result(task, fields)
    build = Importer(doc, origin, status)
    utf16 = Utf16Index(text)
    regions: dict[str, tuple[str, int, int, str, float | None]] = {}
    notes: dict[str, str] = {}
    relations: list[tuple[str, str, str]] = []
    for i, item in enumerate(result):
        at = fields.at(f"result[{i}]")
        kind = at.get(item, "type", str, default="")
        if kind == "relation":
            labels = at.get(item, "labels", list, default=[]) or ["speaker"]
            if not isinstance(labels[0], str):
                raise at.fail(f"a relation's labels must be strings, got {labels[0]!r}")
            relations.append((str(item.get("from_id")), str(item.get("to_id")), labels[0]))
        elif kind in ("labels", "hypertextlabels") or "labels" in at.get(item, "value", dict, default={}):
            value = at.get(item, "value", dict, required=True)
            start, end = region_offsets(text, value, at.at("value"), utf16)
            labels = at.at("value").get(value, "labels", list, default=[])
            if not labels or not isinstance(labels[0], str) or not labels[0].strip():
                raise at.fail("a region without a label (value.labels is empty)")
            score = item.get("score", task_score)
            regions[str(item.get("id", i))] = (str(item.get("from_name", "label")), start, end, labels[0].strip(),
                                               _score(score))
            region_meta = item.get("meta")
            texts = region_meta.get("text") if isinstance(region_meta, dict) else None
            for note in texts if isinstance(texts, list) else []:
                if isinstance(note, str) and note.startswith(SPEAKER_NOTE):
                    notes[str(item.get("id", i))] = note[len(SPEAKER_NOTE):]
        elif kind == "choices":
            for code in at.get(at.get(item, "value", dict, required=True), "choices", list, default=[]):
                build.topic(str(code), primary=not build.doc.topics)
    _regions_to_items(build, regions, relations, fields, notes)
    for name, value in meta.items():
        if name != "id":
            build.meta(name, value)
    return build.finish()


def _regions_to_items(build: Importer, regions: dict, relations: list[tuple[str, str, str]], fields: Fields,
                      notes: dict[str, str]) -> None:
    links: dict[str, dict[str, str]] = {}
    for source, target, label in relations:
        if source not in regions or target not in regions:
            raise fields.fail(f"relation {source} -> {target} points at a region that does not exist")
        links.setdefault(source, {})[label] = target
    entity_ids = {}
    for key, (control, start, end, label, score) in regions.items():
        if control not in (QUOTE_CONTROL, CUE_CONTROL, SPEAKER_CONTROL):
            entity_ids[key] = build.entity(start, end, label, score=score, id=key if key[:1].isalpha() else None).id
    for key, (control, start, end, label, score) in regions.items():
        if control != QUOTE_CONTROL:
            continue
        rel, speaker, cue = links.get(key, {}), None, None
        if SPEAKER_RELATION in rel:
            mention = rel[SPEAKER_RELATION]
            _c, s_start, s_end, _l, _s = regions[mention]
            # The mention is an entity itself, or a speaker region that refers to one.
            entity = entity_ids.get(mention) or entity_ids.get(links.get(mention, {}).get(REFERS_RELATION, ""))
            speaker = build.speaker(s_start, s_end, entity=entity, name=notes.get(key))
        if CUE_RELATION in rel:
            _c, c_start, c_end, _l, _s = regions[rel[CUE_RELATION]]
            cue = build.cue(c_start, c_end)
        build.quote(start, end, kind=label if label in ("direct", "indirect", "mixed") else "direct",
                    speaker=speaker, cue=cue, score=score, id=key if key[:1].isalpha() else None)


def read_labelstudio_many(path: str | os.PathLike, *, status: Status = "suggested") -> list[AnnotationDocument]:
    data = load_json_data(path)
    tasks = data if isinstance(data, list) else [data]
    docs: list[AnnotationDocument] = []
    for i, task in enumerate(tasks):
        if not isinstance(task, dict):
            raise ReadError(path, f"tasks[{i}]: expected an object, got {type(task).__name__}")
        append_document(docs, task_to_document(task, Fields(path, None, f"tasks[{i}]"), status=status), path)
    return pad_numbered_ids(docs, path)


def read_labelstudio(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_labelstudio_many(path), path, "labelstudio")
