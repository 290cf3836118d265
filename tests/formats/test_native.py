import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from lxml import etree

from annotator.extract import suggest_document
from annotator.formats import (
    ReadError, WriteError, document_from_dict, document_to_dict, dumps_json, dumps_xml, loads_xml, read_document,
    read_json, read_xml, write_json, write_xml,
)
from annotator.model import AnnotationDocument, Entity

from .strategies import documents, unicode_text


def _schema():
    return json.loads(resources.files("annotator.resources").joinpath("schema/article.schema.json").read_text("utf-8"))


def _xsd():
    return etree.XMLSchema(etree.fromstring(resources.files("annotator.resources").joinpath("schema/article.xsd").read_bytes()))


@pytest.fixture
def seed_doc(seed_path):
    doc = read_document(seed_path)
    suggest_document(doc)
    doc.add_entity(doc.make_entity(395, 407, "PERSON", canonical="Mélanie Joly", score=0.75, origin="rules"))
    return doc


def test_seed_json_validates_against_the_shipped_schema(seed_doc):
    jsonschema.validate(json.loads(dumps_json(seed_doc)), _schema())


def test_seed_xml_validates_against_the_shipped_xsd(seed_doc):
    _xsd().assertValid(etree.fromstring(dumps_xml(seed_doc)))


def test_json_xml_json_is_byte_identical(seed_doc, tmp_path):
    write_json(tmp_path / "a.json", seed_doc)
    write_xml(tmp_path / "b.xml", read_json(tmp_path / "a.json"))
    write_json(tmp_path / "c.json", read_xml(tmp_path / "b.xml"))
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "c.json").read_bytes()


def test_unknown_fields_survive_json_and_xml(seed_doc, tmp_path):
    data = document_to_dict(seed_doc)
    data["x-project"] = {"batch": 7}
    data["entities"][0]["x-confidence-note"] = "checked twice"
    data["metadata"]["title"]["x-source"] = "print"
    data["annotation"] = {"annotator": "ana", "x-shift": "night"}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = read_json(path)
    again = document_to_dict(read_xml_roundtrip(doc, tmp_path))
    assert again["x-project"] == {"batch": 7}
    assert again["entities"][0]["x-confidence-note"] == "checked twice"
    assert again["metadata"]["title"]["x-source"] == "print"
    assert again["annotation"]["x-shift"] == "night"


def read_xml_roundtrip(doc, tmp_path):
    write_xml(tmp_path / "rt.xml", doc)
    return read_xml(tmp_path / "rt.xml")


@settings(max_examples=150, deadline=None)
@given(documents())
def test_json_round_trip_is_lossless(doc):
    again = document_from_dict(json.loads(dumps_json(doc)))
    assert again == doc
    assert dumps_json(again) == dumps_json(doc)


@settings(max_examples=150, deadline=None)
@given(documents())
def test_xml_round_trip_is_lossless_and_valid(doc):
    raw = dumps_xml(doc)
    _xsd().assertValid(etree.fromstring(raw))
    assert loads_xml(raw, check=False) == doc


@given(unicode_text)
def test_any_text_survives_xml_exactly(text):
    doc = AnnotationDocument(text=text)
    assert loads_xml(dumps_xml(doc)).text == text


@pytest.mark.parametrize("text", ["a\rb\r\nc", "emoji 👩‍👩‍👧 e\u0301 שלום", "bell\x07 nul\x00 \ufffe\uffff", "back\\u0001slash\x01"])
def test_hard_texts_round_trip_and_spans_still_point_right(text, tmp_path):
    doc = AnnotationDocument(text=text)
    doc.add_entity(doc.make_entity(1, len(text) - 1, "ORG"))
    write_xml(tmp_path / "d.xml", doc)
    etree.parse(str(tmp_path / "d.xml"))  # a well-formed XML 1.0 file
    again = read_xml(tmp_path / "d.xml")
    assert again.text == text and again.entities[0].text == text[1:-1]
    write_json(tmp_path / "d.json", doc)
    assert read_json(tmp_path / "d.json") == doc


def test_forbidden_characters_in_text_are_escaped_visibly(tmp_path):
    doc = AnnotationDocument(text="form\x0cfeed and a \\ backslash")
    raw = dumps_xml(doc).decode("utf-8")
    assert 'escaped="true"' in raw and "form\\u000cfeed" in raw and "\\\\ backslash" in raw


def test_forbidden_characters_in_a_label_refuse_to_write(tmp_path):
    doc = AnnotationDocument(text="Canada")
    doc.entities.append(Entity(id="e1", start=0, end=6, text="Canada", label="GPE\x01"))
    target = tmp_path / "out.xml"
    target.write_text("previous work", encoding="utf-8")
    with pytest.raises(WriteError, match="U\\+0001"):
        write_xml(target, doc)
    assert target.read_text(encoding="utf-8") == "previous work"


def test_broken_offsets_are_named_when_reading(seed_doc, tmp_path):
    data = document_to_dict(seed_doc)
    data["entities"][0]["start"] += 1
    data["entities"][1]["text"] = "Kanada"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_json(path)
    assert "bad.json" in str(caught.value) and "entities[0]" in str(caught.value) and "1 more" in str(caught.value)
    assert len(read_json(path, check=False).problems()) == 2


@pytest.mark.parametrize("content,message", [
    (b'{"format": "annotator/article", "text": "abc", "entities": [', "not valid JSON"),
    (b'{"format": "annotator/article", "version": 1, "text": 5}', "'text' must be a string"),
    (b'{"format": "annotator/article", "version": 99, "text": ""}', "newer than this tool"),
    (b'{"format": "something/else", "text": ""}', "expected 'annotator/article'"),
    (b'[1, 2]', "expected an object"),
    (b'{"format": "annotator/article", "text": "ab", "entities": [{"id": "e1", "start": true, "end": 2, "text": "ab", "label": "X"}]}', "'start' must be an integer"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
])
def test_bad_json_gets_a_clear_read_error(tmp_path, content, message):
    path = tmp_path / "doc.json"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message) as caught:
        read_json(path)
    assert str(path) in str(caught.value)


def test_xml_with_entities_is_refused_without_reading_them(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    path = tmp_path / "evil.xml"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret}">]>
<article xmlns="https://articleannotator.org/ns/article/1" version="1"><text>&x;</text><metadata/><entities/><quotes/><topics/></article>""")
    with pytest.raises(ReadError, match="DOCTYPE"):
        read_xml(path)


def test_xml_that_breaks_the_schema_is_refused(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text('<article xmlns="https://articleannotator.org/ns/article/1" version="1"><text>a</text></article>')
    with pytest.raises(ReadError, match="schema"):
        read_xml(path)


def test_a_failed_write_leaves_the_old_file_untouched(tmp_path, seed_doc):
    target = tmp_path / "work.json"
    write_json(target, seed_doc)
    before = target.read_bytes()
    seed_doc.text = seed_doc.text + "\ud800"  # a lone surrogate cannot be encoded
    with pytest.raises(WriteError):
        write_json(target, seed_doc)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["work.json"]  # no temporary file left


def test_writing_into_a_missing_folder_is_a_write_error(tmp_path, seed_doc):
    with pytest.raises(WriteError, match="missing"):
        write_json(tmp_path / "missing" / "x.json", seed_doc)


def test_a_file_in_the_way_of_the_folder_is_a_write_error(tmp_path, seed_doc):
    blocker = tmp_path / "notes"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(WriteError) as caught:
        write_json(blocker / "x.json", seed_doc)
    assert "notes" in str(caught.value)
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"
