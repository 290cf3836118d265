"""Label Studio tasks: annotations on export, predictions on import, code-point offsets."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.formats import ReadError
from annotator.formats.labelstudio import read_labelstudio_many, write_labelstudio_many

from .interop_strategies import entity_documents, spans_of
from .test_jsonl_spacy import TEXT, sample

EMOJI_TEXT = "🇨🇦 Canada 😀 and 😀 Mexico"  # flags are two astral code points


def _task(start: int, end: int, text: str, kind: str = "predictions") -> list:
    return [{"data": {"text": EMOJI_TEXT}, kind: [{"model_version": "ner-v2", "score": 0.7, "result": [
        {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": end, "text": text, "labels": ["GPE"]}}]}]}]


def test_export_writes_code_points_and_relations(tmp_path):
    path = tmp_path / "ls.json"
    write_labelstudio_many(path, [sample()])
    (task,) = json.loads(path.read_text("utf-8"))
    result = task["annotations"][0]["result"]
    regions = {r["id"]: r for r in result if r["type"] == "labels"}
    ottawa = regions["e2"]["value"]
    assert TEXT[ottawa["start"]:ottawa["end"]] == ottawa["text"] == "Ottawa" and ottawa["start"] == 39
    assert {"type": "relation", "from_id": "q1", "to_id": "e1", "direction": "right", "labels": ["speaker"]} in result
    assert regions["q1-cue"]["value"]["text"] == "said"
    assert next(r for r in result if r["type"] == "choices")["value"]["choices"] == ["medtop:11000000"]


def test_predictions_with_code_point_offsets_import_as_suggestions(tmp_path):
    path = tmp_path / "pred.json"
    start = EMOJI_TEXT.index("Mexico")
    path.write_text(json.dumps(_task(start, start + 6, "Mexico")), "utf-8")
    (doc,) = read_labelstudio_many(path)
    (entity,) = doc.entities
    assert (entity.text, entity.status, entity.origin, entity.score) == ("Mexico", "suggested", "ner-v2", 0.7)


def test_utf16_offsets_of_older_label_studio_are_converted(tmp_path):
    path = tmp_path / "old.json"
    start16 = EMOJI_TEXT.encode("utf-16-le").index("Mexico".encode("utf-16-le")) // 2
    assert start16 == EMOJI_TEXT.index("Mexico") + 4  # two flag halves and two emoji: four extra units
    path.write_text(json.dumps(_task(start16, start16 + 6, "Mexico")), "utf-8")
    (doc,) = read_labelstudio_many(path)
    assert doc.entities[0].text == "Mexico" and doc.entities[0].start == EMOJI_TEXT.index("Mexico")


def test_offsets_matching_neither_reading_name_the_region(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_task(3, 9, "Ottawa")), "utf-8")
    with pytest.raises(ReadError, match=r"tasks\[0\]\.result\[0\]\.value: span 3-9 covers"):
        read_labelstudio_many(path)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(entity_documents(quotes=True, topics=True))
def test_round_trip(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("ls") / "ls.json"
    write_labelstudio_many(path, [doc])
    (again,) = read_labelstudio_many(path)
    assert again.text == doc.text and spans_of(again.entities) == spans_of(doc.entities)
    assert [(q.start, q.end, q.kind, q.speaker and q.speaker.entity, q.cue and (q.cue.start, q.cue.end)) for q in again.quotes] \
        == [(q.start, q.end, q.kind, q.speaker and q.speaker.entity, q.cue and (q.cue.start, q.cue.end)) for q in doc.quotes]
    assert {t.code for t in again.topics} == {t.code for t in doc.topics}
    assert [t.code for t in again.topics if t.primary] == [t.code for t in doc.topics if t.primary][:1]
    assert again.problems() == []


def test_malformed_json_names_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[\n {"data": {"text": "x"}},\n oops\n]', "utf-8")
    with pytest.raises(ReadError) as caught:
        read_labelstudio_many(path)
    assert caught.value.line == 3


@pytest.mark.parametrize("region_ids", [["e1", "7"], ["7", "e1"]])
def test_region_ids_from_the_file_and_fresh_ids_never_clash(tmp_path, region_ids):
    # Label Studio's own region ids are numbers-and-letters; a region "e1" beside a numeric one
    # used to give two entities the id "e1".
    path = tmp_path / "mixed.json"
    text = "Canada and Mexico"
    result = [{"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": start, "end": end, "text": text[start:end], "labels": ["GPE"]}}
              for rid, (start, end) in zip(region_ids, [(0, 6), (11, 17)])]
    path.write_text(json.dumps([{"data": {"text": text}, "annotations": [{"result": result}]}]), "utf-8")
    (doc,) = read_labelstudio_many(path)
    assert sorted(e.id for e in doc.entities) == ["e1", "e2"]
    assert not doc.problems()


def test_a_label_config_beside_the_export_lists_what_it_holds(tmp_path):
    from lxml import etree

    from annotator.model import Entity

    doc = sample()
    doc.entities.append(Entity(id="e9", start=39, end=45, text="Ottawa", label="CUSTOM_PLACE", status="accepted"))
    write_labelstudio_many(tmp_path / "tasks.json", [doc])
    config = etree.fromstring((tmp_path / "tasks.label_config.xml").read_bytes())
    controls = {c.get("name"): [v.get("value") for v in c] for c in config if c.tag in ("Labels", "Choices")}
    # Every label used (the custom one too, not the rejected entity's only), every topic used.
    assert controls["label"] == ["CUSTOM_PLACE", "GPE", "PERSON"]
    assert controls["quote"] == ["direct"] and controls["topic"] == ["medtop:11000000"]
    assert [r.get("value") for r in config.find("Relations")] == ["speaker", "cue", "refers_to"]


def test_no_topics_no_empty_choices(tmp_path):
    doc = sample()
    doc.topics = []
    write_labelstudio_many(tmp_path / "t.json", [doc])
    assert b"<Choices" not in (tmp_path / "t.label_config.xml").read_bytes()


def test_ids_only_predictions_warn_and_say_how_to_export_them(tmp_path):
    from annotator.formats.errors import FormatWarning

    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"id": 7, "data": {"text": "Canada"}, "annotations": [], "predictions": [3, 4]}]), "utf-8")
    with pytest.warns(FormatWarning, match=r"export\.json: tasks\[0\]: predictions hold ids only.*only_id"):
        (doc,) = read_labelstudio_many(path)
    assert doc.entities == []
