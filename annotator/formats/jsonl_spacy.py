"""Prodigy / spaCy JSONL (one task per line) and, with spaCy installed, spaCy's binary ``DocBin``.

A JSONL task::

    {"text": "...", "spans": [{"start": 0, "end": 6, "label": "GPE", "id": "e1",
                               "token_start": 0, "token_end": 0}],
     "tokens": [{"text": "Canada", "start": 0, "end": 6, "id": 0, "ws": true}, ...],
     "meta": {"id": "...", "title": "...", "date": "..."},
     "quotes": [{"start", "end", "text", "kind", "speaker": {"start", "end", "text", "entity", "name"},
                 "cue": {"start", "end", "text"}}],
     "topics": [{"code": "medtop:11000000", "label": "politics", "score": 0.8, "primary": true}],
     "answer": "accept", "_input_hash": -1542346172, "_task_hash": 1170395731}

``spans``, ``tokens``, ``meta``, ``answer`` and the hashes are Prodigy's own; ``quotes`` and
``topics`` are ours (Prodigy and spaCy ignore keys they do not know).  Offsets are code points, as
in Python and spaCy.  The tokens rebuild the text the way spaCy's do: ``ws`` is one space after a
token, and any other whitespace ("\n\n") is a token itself, so ``Doc(words, spaces).text`` is the
text.  ``_input_hash`` / ``_task_hash`` are computed as Prodigy does (:mod:`.prodigy_hashes`),
afresh on every export since the spans may have changed.  On import a task answered ``reject``
or ``ignore`` is left out (with a warning): it is neither a suggestion nor gold.  Other top-level
keys are kept in ``doc.extra["jsonl"]`` and written back.
"""

from __future__ import annotations

import os
import warnings
from typing import Any

from ..model import AnnotationDocument, Cue, Speaker
from ..model.items import QUOTE_KINDS, Status
from .errors import FormatWarning, ReadError, WriteError
from .interop import (Fields, Importer, append_document, jsonl_documents, kept, kept_metadata, only_document,
                      pad_numbered_ids, write_jsonl)
from .native_json import read_bytes
from .atomic import atomic_write_bytes
from .prodigy_hashes import set_hashes
from .tokens import entity_tokens, spacy_words, token_range

_KNOWN = {"text", "spans", "tokens", "meta", "quotes", "topics", "answer", "_input_hash", "_task_hash"}
NOT_ACCEPTED = ("reject", "ignore")
_SPAN_OWN = {"start", "end", "label", "text", "token_start", "token_end", "id", "canonical", "score"}
ORIGIN = "jsonl"


# -- writing ------------------------------------------------------------------------------------

def _span_ref(item: Any) -> dict[str, Any]:
    return {"start": item.start, "end": item.end, "text": item.text}


def document_to_task(doc: AnnotationDocument) -> dict[str, Any]:
    entities = kept(doc.entities)
    tokens = spacy_words(doc.text, entity_tokens(doc, entities))
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    spans = []
    for entity in entities:
        span = {"start": entity.start, "end": entity.end, "text": entity.text, "label": entity.label}
        # The tokens an entity covers (an entity's edge inside whitespace snaps to the next token).
        covered = [i for i in token_range(starts, ends, entity.start, entity.end) if not tokens[i].text.isspace()]
        if covered:
            span["token_start"], span["token_end"] = covered[0], covered[-1]
        span["id"] = entity.id
        if entity.canonical:
            span["canonical"] = entity.canonical
        if entity.score is not None:
            span["score"] = entity.score
        spans.append(span)
    task: dict[str, Any] = {"text": doc.text, "spans": spans}
    # Whitespace other than one space is a token, as in spaCy: the tokens rebuild the text.
    task["tokens"] = [{"text": t.text, "start": t.start, "end": t.end, "id": i, "ws": t.space}
                      for i, t in enumerate(tokens)]
    meta = kept_metadata(doc)
    if doc.id:
        meta.setdefault("id", doc.id)
    if doc.source:
        meta.setdefault("source", doc.source)
    task["meta"] = meta
    task["quotes"] = [quote_to_json(q) for q in kept(doc.quotes)]
    task["topics"] = [{"code": t.code, "label": t.label, "score": t.score, "primary": t.primary}
                      for t in kept(doc.topics)]
    task["answer"] = "accept"
    for key, value in doc.extra.get("jsonl", {}).items():
        task.setdefault(key, value)
    return set_hashes(task)


def quote_to_json(quote: Any) -> dict[str, Any]:
    """A quote as JSON: offsets, kind, the speaker (mention span, entity id, name) and the cue."""
    out = {**_span_ref(quote), "kind": quote.kind}
    if quote.speaker is not None:
        speaker = quote.speaker
        out["speaker"] = {k: v for k, v in (("start", speaker.start), ("end", speaker.end), ("text", speaker.text),
                                             ("entity", speaker.entity), ("name", speaker.name)) if v is not None}
    if quote.cue is not None:
        out["cue"] = _span_ref(quote.cue)
    return out


def write_jsonl_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> None:
    write_jsonl(path, (document_to_task(doc) for doc in docs))


def write_prodigy_jsonl(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_jsonl_many(path, [doc])


# -- reading ------------------------------------------------------------------------------------

def task_to_document(task: dict[str, Any], fields: Fields, *, status: Status = "suggested") -> AnnotationDocument:
    text = fields.get(task, "text", str, required=True)
    meta = fields.get(task, "meta", dict, default={})
    doc = AnnotationDocument(text=text, id=_str_or_none(meta.get("id")), source=_str_or_none(meta.get("source")))
    build = Importer(doc, ORIGIN, status)
    for i, span in enumerate(fields.get(task, "spans", list, default=[])):
        at = fields.at(f"spans[{i}]")
        start, end = at.span(text, at.get(span, "start", int, required=True), at.get(span, "end", int, required=True))
        # A duplicate id from another tool gets a fresh one from the Importer.
        build.entity(start, end, at.get(span, "label", str, required=True), id=at.get(span, "id", str),
                     canonical=at.get(span, "canonical", str), score=_number(at, span, "score"),
                     extra={k: v for k, v in span.items() if k not in _SPAN_OWN})
    read_quotes(build, fields, task)
    build.topics(fields, task, lambda at, data: _number(at, data, "score"))
    for name, value in meta.items():
        if name in ("id", "source"):
            continue
        build.meta(name, value)
    extra = {key: value for key, value in task.items() if key not in _KNOWN}
    if extra:
        doc.extra["jsonl"] = extra
    return build.finish()


def read_quotes(build: Importer, fields: Fields, record: dict[str, Any]) -> None:
    """The ``quotes`` list of a record (written by :func:`quote_to_json`), after its entities."""
    entity_ids = {e.id for e in build.doc.entities}
    for i, data in enumerate(fields.get(record, "quotes", list, default=[])):
        at = fields.at(f"quotes[{i}]")
        start, end = at.span(build.doc.text, at.get(data, "start", int, required=True),
                             at.get(data, "end", int, required=True))
        kind = at.get(data, "kind", str, default="direct")
        build.quote(start, end, kind=kind if kind in QUOTE_KINDS else "direct",
                    speaker=_speaker(at.at("speaker"), build, data.get("speaker"), entity_ids),
                    cue=_cue(at.at("cue"), build, data.get("cue")))


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _number(fields: Fields, data: dict[str, Any], key: str) -> float | None:
    value = fields.get(data, key, (int, float))
    if value is None:
        return None
    try:
        return float(value)
    except OverflowError:  # a 400-digit integer is no score: say so rather than crash
        raise fields.at(key).fail(f"{key} is too large to be a number ({len(str(value))} digits)") from None


def _speaker(fields: Fields, build: Importer, data: Any, entity_ids: set[str]) -> Speaker | None:
    if data is None:
        return None
    start, end = fields.get(data, "start", int), fields.get(data, "end", int)
    if start is not None or end is not None:
        fields.span(build.doc.text, start, end)
    entity = fields.get(data, "entity", str)
    return build.speaker(start, end, entity=entity if entity in entity_ids else None, name=fields.get(data, "name", str))


def _cue(fields: Fields, build: Importer, data: Any) -> Cue | None:
    if data is None:
        return None
    start, end = fields.span(build.doc.text, fields.get(data, "start", int, required=True),
                             fields.get(data, "end", int, required=True))
    return build.cue(start, end)


def read_jsonl_many(path: str | os.PathLike, *, status: Status = "suggested") -> list[AnnotationDocument]:
    """Prodigy tasks; a line in doccano's form (``label`` / ``entities`` lists) is read as doccano,
    since both tools write ``.jsonl``."""
    from .doccano import is_doccano_record, record_to_document

    def convert(task: dict[str, Any], fields: Fields) -> AnnotationDocument | None:
        if is_doccano_record(task):
            return record_to_document(task, fields, status=status)
        answer = task.get("answer")
        if answer in NOT_ACCEPTED:
            # A person said these spans are wrong (reject) or skipped the task (ignore): not
            # suggestions to review, and never gold.
            skipped.append(str(answer))
            return None
        return task_to_document(task, fields, status=status)

    skipped: list[str] = []
    docs = jsonl_documents(path, convert)
    if skipped:
        counts = ", ".join(f"{skipped.count(a)} {a}" for a in sorted(set(skipped)))
        warnings.warn(FormatWarning(path, f"left out {len(skipped)} task{'s' if len(skipped) != 1 else ''} "
                                          f"answered reject or ignore ({counts})"))
    return docs


def read_prodigy_jsonl(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_jsonl_many(path), path, "jsonl")


# -- spaCy DocBin ---------------------------------------------------------------------------------

SPAN_KEY = "sc"  # spaCy's default span group: every entity, overlapping ones included


def _spacy():
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        return None
    return spacy, DocBin


def to_spacy_doc(doc: AnnotationDocument, vocab: Any) -> Any:
    """A spaCy ``Doc`` with the same text; ``doc.ents`` the non-overlapping entities, and every
    entity in ``doc.spans["sc"]``."""
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    entities = kept(doc.entities)
    words = spacy_words(doc.text, entity_tokens(doc, entities))
    spacy_doc = Doc(vocab, words=[w.text for w in words], spaces=[w.space for w in words])
    # Entity edges are token edges, except an edge inside whitespace: "contract" drops that space.
    spans = [spacy_doc.char_span(e.start, e.end, label=e.label, alignment_mode="contract") for e in entities]
    spans = [span for span in spans if span is not None]
    spacy_doc.spans[SPAN_KEY] = spans
    spacy_doc.ents = filter_spans(spans)
    spacy_doc.user_data["annotator"] = {"id": doc.id, "metadata": kept_metadata(doc)}
    return spacy_doc


def write_spacy_many(path: str | os.PathLike, docs: list[AnnotationDocument]) -> None:
    loaded = _spacy()
    if loaded is None:
        raise WriteError(path, "writing .spacy needs spaCy: pip install 'spacy>=3.7' into annotator's environment (pipx: pipx inject article-annotator spacy)")
    spacy, DocBin = loaded
    nlp = spacy.blank("xx")
    binary = DocBin(store_user_data=True, docs=[to_spacy_doc(doc, nlp.vocab) for doc in docs])
    atomic_write_bytes(path, binary.to_bytes())


def write_spacy(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_spacy_many(path, [doc])


def read_spacy_many(path: str | os.PathLike, *, status: Status = "suggested") -> list[AnnotationDocument]:
    loaded = _spacy()
    if loaded is None:
        raise ReadError(path, "reading .spacy needs spaCy: pip install 'spacy>=3.7' into annotator's environment (pipx: pipx inject article-annotator spacy)")
    spacy, DocBin = loaded
    nlp = spacy.blank("xx")
    try:
        spacy_docs = list(DocBin().from_bytes(read_bytes(path)).get_docs(nlp.vocab))
    except ReadError:
        raise
    except Exception as error:  # msgpack / zlib errors: the file is not a DocBin
        raise ReadError(path, f"not a spaCy DocBin file ({type(error).__name__})") from error
    docs = []
    for spacy_doc in spacy_docs:
        info = spacy_doc.user_data.get("annotator", {}) if isinstance(spacy_doc.user_data, dict) else {}
        doc = AnnotationDocument(text=spacy_doc.text, id=info.get("id"))
        build = Importer(doc, "spacy", status)
        spans = list(spacy_doc.spans[SPAN_KEY]) if SPAN_KEY in spacy_doc.spans else list(spacy_doc.ents)
        for span in spans:
            build.entity(span.start_char, span.end_char, span.label_)
        for name, value in info.get("metadata", {}).items():
            build.meta(name, value)
        append_document(docs, build.finish(), path)
    return pad_numbered_ids(docs, path)


def read_spacy(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_spacy_many(path), path, "spacy")


def spacy_available() -> bool:
    return _spacy() is not None


__all__ = ["document_to_task", "read_jsonl_many", "read_prodigy_jsonl", "read_spacy", "read_spacy_many",
           "spacy_available", "task_to_document", "to_spacy_doc", "write_jsonl_many", "write_prodigy_jsonl",
           "write_spacy", "write_spacy_many"]
