"""doccano JSONL: sequence labels and the entity/relation form."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.formats import ReadError, read_document
from annotator.formats.doccano import (read_doccano_many, write_doccano_labels_many, write_doccano_many,
                                       write_doccano_quotes_many)
from annotator.formats.interop import without_overlaps
from annotator.model import Entity, MetaField

from .interop_strategies import entity_documents, spans_of
from .test_jsonl_spacy import TEXT, sample


def test_quote_form_links_quote_to_speaker_and_cue(tmp_path):
    path = tmp_path / "out.jsonl"
    write_doccano_quotes_many(path, [sample()])
    record = json.loads(path.read_text("utf-8"))
    by_id = {row["id"]: row for row in record["entities"]}
    quote = next(row for row in record["entities"] if row["label"] == "QUOTE")
    assert TEXT[quote["start_offset"]:quote["end_offset"]] == "“We’re ready,”"
    links = {rel["type"]: by_id[rel["to_id"]] for rel in record["relations"] if rel["from_id"] == quote["id"]}
    assert (links["speaker"]["label"], links["speaker"]["start_offset"]) == ("PERSON", 0)
    assert (links["cue"]["label"], TEXT[links["cue"]["start_offset"]:links["cue"]["end_offset"]]) == ("CUE", "said")
    assert "Joly" not in [TEXT[r["start_offset"]:r["end_offset"]] for r in record["entities"]]  # rejected


def test_sequence_label_form_is_read_from_jsonl_by_extension(tmp_path):
    path = tmp_path / "seq.jsonl"
    path.write_text(json.dumps({"text": "EU rejects 😀 German call", "label": [[0, 2, "ORG"], [13, 19, "NORP"]]}) + "\n", "utf-8")
    doc = read_document(path)
    assert [(e.text, e.label, e.origin) for e in doc.entities] == [("EU", "ORG", "doccano"), ("German", "NORP", "doccano")]


def test_default_form_fits_a_default_doccano_project(tmp_path):
    doc = sample()
    doc.entities.append(Entity(id="e4", start=0, end=7, text="Mélanie", label="PERSON"))  # overlaps e1
    doc.metadata["title"] = MetaField(name="title", value="Joly ready")
    doc.metadata["text"] = MetaField(name="text", value="a custom field named like a doccano key")
    path = tmp_path / "out.jsonl"
    assert write_doccano_many(path, [doc]) == 1  # the overlapping entity, counted
    record = json.loads(path.read_text("utf-8"))
    spans = sorted((r["start_offset"], r["end_offset"]) for r in record["entities"])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # nothing overlaps
    assert "id" not in record and record["article_id"] == "joly" and record["title"] == "Joly ready"
    assert record["meta:text"].startswith("a custom") and record["relations"] == []
    assert record["quotes"][0]["speaker"]["entity_span"] == [0, 12]  # doccano renumbers: by span
    (back,) = read_doccano_many(path)
    assert back.id == "joly" and back.metadata["title"].value == "Joly ready" and "text" in back.metadata
    assert [(q.start, q.end, back.entity(q.speaker.entity).text) for q in back.quotes] == [(21, 35, "Mélanie Joly")]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(entity_documents(quotes=True, topics=True))
def test_round_trip(tmp_path_factory, doc):
    for write, overlapping in ((write_doccano_many, False), (write_doccano_quotes_many, True),
                               (write_doccano_labels_many, False)):
        path = tmp_path_factory.mktemp("d") / "d.jsonl"
        write(path, [doc])
        (again,) = read_doccano_many(path)
        expected = doc.entities if overlapping else without_overlaps([e for e in doc.entities if e.status != "rejected"])[0]
        assert again.text == doc.text and spans_of(again.entities) == spans_of(expected)
        linked = lambda q: (q.start, q.end, q.kind, (q.speaker.start, q.speaker.end) if q.speaker else (),  # noqa: E731
                            (q.cue.start, q.cue.end) if q.cue else ())
        assert sorted(map(linked, again.quotes)) == sorted(map(linked, doc.quotes))
        assert again.problems() == []


@pytest.mark.parametrize("record, problem", [
    ({"text": "abc", "label": [[0, 9, "X"]]}, "label[0]: span 0-9 lies outside"),
    ({"text": "abc", "label": [[0, 1]]}, "expected [start, end"),
    ({"text": "abc", "entities": [{"id": 1, "label": "X", "start_offset": 0}]}, "missing 'end_offset'"),
    ({"text": "abc", "entities": [{"id": 1, "label": "X", "start_offset": 0, "end_offset": 1}],
      "relations": [{"id": 1, "from_id": 1, "to_id": 5, "type": "speaker"}]}, "does not exist"),
])
def test_malformed(tmp_path, record, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    with pytest.raises(ReadError) as caught:
        read_doccano_many(path)
    assert problem in str(caught.value) and caught.value.line == 1


def test_quotes_key_finds_the_speaker_entity_by_its_span_after_renumbering(tmp_path):
    doc = sample()
    # An overlapping entity before the speaker's: dropped, so doccano's numbering differs from ours.
    doc.entities.insert(0, Entity(id="e0", start=0, end=7, text="Mélanie", label="PERSON", status="accepted"))
    doc.entities[1] = Entity(id="e1", start=0, end=12, text="Mélanie Joly", label="PERSON", status="accepted")
    doc.entities.sort(key=lambda e: (e.start, -e.end))
    write_doccano_many(tmp_path / "d.jsonl", [doc])
    (back,) = read_doccano_many(tmp_path / "d.jsonl")
    speaker = back.quotes[0].speaker
    assert (back.entity(speaker.entity).start, back.entity(speaker.entity).end) == (0, 12)
