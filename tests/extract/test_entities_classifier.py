"""The learned reading of lone unknown names (entities_classifier): its features, its model file, and
how the recognizer uses it.  Sentences are written for these tests."""

from __future__ import annotations

import json
from importlib.resources import files

from annotator.extract import entities_classifier as classifier
from annotator.extract import entities_document
from annotator.extract.entities import find_entities


def test_features_are_the_names_ending_shape_and_two_words_each_side():
    text = "Fans of the Kessock club said on Monday that they were pleased."
    start = text.index("Kessock")
    found = set(classifier.features(text, start, start + len("Kessock"), prose=True, initial=False))
    assert {"s2=ck", "s3=ock", "s4=sock", "shape=Xx", "prose", "len=7"} <= found
    assert {"b1=the", "b2=of", "a1=club", "a2=said", "a12=club said"} <= found
    assert "initial" not in found and "table" not in found


def test_features_at_the_edges_of_the_text_leave_out_the_missing_words():
    text = "Kessock"
    found = classifier.features(text, 0, len(text), prose=False, initial=True)
    assert "table" in found and "initial" in found
    assert not any(f.startswith(("b1=", "b2=", "a1=", "a2=")) for f in found)


def test_the_model_file_names_the_classes_the_module_reads():
    data = json.loads(files("annotator.resources").joinpath("gazetteers/name_classifier.json").read_text("utf-8"))
    assert data["labels"] == list(classifier.LABELS)
    assert len(data["bias"]) == len(classifier.LABELS) and 0.5 <= data["threshold"] < 1
    assert all(len(row) == len(classifier.LABELS) for row in data["weights"].values())


def test_no_evidence_at_all_gives_no_label():
    # no feature the model knows: the class priors alone never reach the threshold for an entity
    assert classifier.classify(["unknown-feature"]) is None


def test_a_confident_reading_labels_the_name_and_nothing_else_changes_without_the_model(monkeypatch):
    def sure_person(_features):
        return ("PERSON", 0.99)

    # (a comma in the row: a line of two names and their scores alone makes both clubs, whatever the model says)
    text = "Results:\nVelmora 3, Tarrin 1\n"
    monkeypatch.setattr(entities_document, "classify", sure_person)
    assert {text[e.start:e.end]: e.label for e in find_entities(text)}.get("Velmora") == "PERSON"
    monkeypatch.setattr(entities_document, "classify", lambda _features: None)
    assert {text[e.start:e.end]: e.label for e in find_entities(text)}.get("Velmora") == "ORG"


def test_context_the_rules_read_still_comes_first():
    text = "Mr Velmora said he would resign, and shares in Tarrin fell."
    found = {text[e.start:e.end]: e.label for e in find_entities(text)}
    assert found.get("Velmora") == "PERSON" and found.get("Tarrin") == "ORG"
