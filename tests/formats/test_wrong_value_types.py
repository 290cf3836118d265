"""Values of the wrong type where a reader expects a list or an object: a clear ReadError naming
the file, never a TypeError (both cases were found by benchmarks/fuzz.py on a full run)."""

import json

import pytest

from annotator.formats import ReadError, format_named


def _read(fmt_name, path):
    fmt = format_named(fmt_name)
    return fmt.read_many(str(path)) if fmt.read_many is not None else [fmt.read(str(path))]


@pytest.mark.parametrize("quotes", [True, 7, {"a": 1}])
def test_doccano_quotes_that_are_not_a_list(tmp_path, quotes):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "Ann Lee said hello.", "label": [], "quotes": quotes}), "utf-8")
    with pytest.raises(ReadError, match="bad.jsonl"):
        _read("doccano", path)


def test_doccano_speaker_span_of_objects_is_not_an_entity_lookup(tmp_path):
    path = tmp_path / "odd.jsonl"
    record = {"text": "Ann Lee said hello.", "label": [[0, 7, "PERSON"]],
              "quotes": [{"start": 13, "end": 18, "speaker": {"entity_span": [{"x": 1}, 7]}}]}
    path.write_text(json.dumps(record), "utf-8")
    try:
        docs = _read("doccano", path)
    except ReadError as error:
        assert "odd.jsonl" in str(error)
    else:
        assert [e.text for e in docs[0].entities] == ["Ann Lee"]


@pytest.mark.parametrize("value", [True, 5, "labels"])  # null is "no value": the item is skipped
def test_label_studio_region_value_that_is_not_an_object(tmp_path, value):
    path = tmp_path / "tasks.json"
    task = {"data": {"text": "Ann Lee said hello."}, "annotations": [{"result": [{"id": "r1", "value": value}]}]}
    path.write_text(json.dumps([task]), "utf-8")
    with pytest.raises(ReadError, match="tasks.json"):
        _read("labelstudio", path)
