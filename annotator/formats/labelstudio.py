"""Label Studio JSON: a list of tasks; ``annotations`` on export, ``predictions`` (or annotations) on import.

A task this module writes::

    {"id": 1, "data": {"text": "..."}, "meta": {"id": "...", "title": "..."},
     "annotations": [{"result": [
        {"id": "e1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 12, "text": "Mélanie Joly", "labels": ["PERSON"]}},
        {"id": "q1", "from_name": "quote", ... "value": {..., "labels": ["direct"]}},
        {"id": "q1-cue", "from_name": "cue", ... "value": {..., "labels": ["CUE"]}},
        {"type": "relation", "from_id": "q1", "to_id": "e1", "direction": "right", "labels": ["speaker"]},
        {"id": "topics", "from_name": "topic", "to_name": "text", "type": "choices",
         "value": {"choices": ["medtop:11000000"]}}]}]}

:data:`LABEL_CONFIG` is a labelling interface that shows all of it.

**Offsets.**  ``start``/``end`` are written in code points, as current Label Studio stores them
(its frontend converts from JavaScript's UTF-16 string indices since label-studio-frontend PR
#308).  Older versions stored UTF-16 indices, so text after an emoji drifted by one per emoji.  On
import each region's ``value.text`` decides: if the code-point reading covers it, good; if only the
UTF-16 reading does, the offsets are converted; if neither, the file names the region.
"""

from __future__ import annotations

import json
import os
from typing import Any

from ..model import AnnotationDocument
from ..model.items import Status
from ..model.offsets import Utf16Index
from .atomic import atomic_write_text
from .errors import ReadError
from .interop import Fields, Importer, append_document, kept, kept_metadata, only_document
from .native_json import load_json_data

ORIGIN = "labelstudio"
TEXT_KEY = "text"

LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="PERSON"/><Label value="ORG"/><Label value="GPE"/><Label value="LOC"/>
    <Label value="NORP"/><Label value="DATE"/>
  </Labels>
  <Labels name="quote" toName="text">
    <Label value="direct"/><Label value="indirect"/><Label value="mixed"/>
  </Labels>
  <Labels name="cue" toName="text"><Label value="CUE"/></Labels>
  <Labels name="speaker" toName="text"><Label value="SPEAKER"/></Labels>
  <Relations><Relation value="speaker"/><Relation value="cue"/></Relations>
  <Text name="text" value="$text"/>
  <Choices name="topic" toName="text" choice="multiple" showInline="true"/>
</View>
"""


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
    result = [_region(e.id, "label", e.start, e.end, e.text, e.label, e.score) for e in kept(doc.entities)]
    entity_ids = {e.id for e in kept(doc.entities)}
    for quote in kept(doc.quotes):
        result.append(_region(quote.id, "quote", quote.start, quote.end, quote.text, quote.kind, quote.score))
        speaker = quote.speaker
        if speaker is not None and speaker.entity in entity_ids:
            result.append(_relation(quote.id, speaker.entity, "speaker"))  # type: ignore[arg-type]
        elif speaker is not None and speaker.has_span:
            result.append(_region(f"{quote.id}-speaker", "speaker", speaker.start, speaker.end, speaker.text or "", "SPEAKER"))  # type: ignore[arg-type]
            result.append(_relation(quote.id, f"{quote.id}-speaker", "speaker"))
        if quote.cue is not None:
            result.append(_region(f"{quote.id}-cue", "cue", quote.cue.start, quote.cue.end, quote.cue.text, "CUE"))
            result.append(_relation(quote.id, f"{quote.id}-cue", "cue"))
    topics = kept(doc.topics)
    if topics:
        result.append({"id": "topics", "from_name": "topic", "to_name": TEXT_KEY, "type": "choices",
                       "value": {"choices": [t.code for t in sorted(topics, key=lambda t: not t.primary)]}})
    return result


def document_to_task(doc: AnnotationDocument, number: int = 1) -> dict[str, Any]:
    meta = kept_metadata(doc)
    if doc.id:
        meta["id"] = doc.id
    return {"id": number, "data": {TEXT_KEY: doc.text}, "meta": meta,
            "annotations": [{"result": document_to_result(doc)}]}


def write_labelstudio_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> None:
    tasks = [document_to_task(doc, n) for n, doc in enumerate(docs, start=1)]
    atomic_write_text(path, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")


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
        for i, entry in enumerate(fields.get(task, key, list, default=[])):
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
    relations: list[tuple[str, str, str]] = []
    for i, item in enumerate(result):
        at = fields.at(f"result[{i}]")
        kind = at.get(item, "type", str, default="")
        if kind == "relation":
            labels = at.get(item, "labels", list, default=[]) or ["speaker"]
            if not isinstance(labels[0], str):
                raise at.fail(f"a relation's labels must be strings, got {labels[0]!r}")
            relations.append((str(item.get("from_id")), str(item.get("to_id")), labels[0]))
        elif kind in ("labels", "hypertextlabels") or "labels" in item.get("value", {}):
            value = at.get(item, "value", dict, required=True)
            start, end = region_offsets(text, value, at.at("value"), utf16)
            labels = at.at("value").get(value, "labels", list, default=[])
            if not labels or not isinstance(labels[0], str) or not labels[0].strip():
                raise at.fail("a region without a label (value.labels is empty)")
            score = item.get("score", task_score)
            regions[str(item.get("id", i))] = (str(item.get("from_name", "label")), start, end, labels[0].strip(),
                                               _score(score))
        elif kind == "choices":
            for code in at.get(at.get(item, "value", dict, required=True), "choices", list, default=[]):
                build.topic(str(code), primary=not build.doc.topics)
    _regions_to_items(build, regions, relations, fields)
    for name, value in meta.items():
        if name != "id":
            build.meta(name, value)
    return build.finish()


def _regions_to_items(build: Importer, regions: dict, relations: list[tuple[str, str, str]], fields: Fields) -> None:
    links: dict[str, dict[str, str]] = {}
    for source, target, label in relations:
        if source not in regions or target not in regions:
            raise fields.fail(f"relation {source} -> {target} points at a region that does not exist")
        links.setdefault(source, {})[label] = target
    entity_ids = {}
    for key, (control, start, end, label, score) in regions.items():
        if control not in ("quote", "cue", "speaker"):
            entity_ids[key] = build.entity(start, end, label, score=score, id=key if key[:1].isalpha() else None).id
    for key, (control, start, end, label, score) in regions.items():
        if control != "quote":
            continue
        rel, speaker, cue = links.get(key, {}), None, None
        if "speaker" in rel:
            _c, s_start, s_end, _l, _s = regions[rel["speaker"]]
            speaker = build.speaker(s_start, s_end, entity=entity_ids.get(rel["speaker"]))
        if "cue" in rel:
            _c, c_start, c_end, _l, _s = regions[rel["cue"]]
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
    return docs


def read_labelstudio(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_labelstudio_many(path), path, "labelstudio")
