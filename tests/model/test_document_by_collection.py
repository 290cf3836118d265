"""Reaching any collection's items by name, and copying a document for another thread."""

import pytest

from annotator.model import AnnotationDocument, Entity, MetaField, ModelError, Topic

TEXT = "Carney met Joly in Ottawa."


def _doc():
    return AnnotationDocument(
        text=TEXT,
        entities=[Entity(id="e1", start=0, end=6, text="Carney", label="PERSON", origin="rules")],
        topics=[Topic(code="medtop:11000000", label="politics", origin="rules")],
        metadata={"title": MetaField(name="title", value="Meeting", origin="layout")},
    )


def test_items_and_keys_by_collection_name():
    doc = _doc()
    assert doc.keys("entities") == ["e1"] and doc.keys("quotes") == []
    assert doc.keys("topics") == ["medtop:11000000"] and doc.keys("metadata") == ["title"]
    assert doc.item("entities", "e1").text == "Carney"
    assert doc.item("topics", "medtop:11000000").label == "politics"
    assert doc.item("metadata", "title").value == "Meeting"


@pytest.mark.parametrize("collection", ["entities", "quotes", "topics", "metadata", "nonsense"])
def test_a_missing_item_is_a_model_error(collection):
    with pytest.raises(ModelError):
        _doc().item(collection, "missing")


def test_copy_is_equal_but_edits_stay_apart():
    doc = _doc()
    heard = []
    doc.add_listener(heard.append)
    copy = doc.copy()
    assert copy == doc and copy is not doc
    copy.remove_entity("e1")
    assert doc.keys("entities") == ["e1"] and heard == []
