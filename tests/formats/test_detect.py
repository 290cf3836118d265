"""Files that share an extension open with the right reader, decided by their content."""

import json

from annotator.formats import detect_format, read_document, write_document
from annotator.formats.labelstudio import write_labelstudio
from annotator.formats.newsml import write_newsml
from annotator.formats.nitf import write_nitf
from annotator.model import AnnotationDocument

TEXT = "Mélanie Joly met officials in Brussels 🇪🇺 on Monday."


def _doc() -> AnnotationDocument:
    doc = AnnotationDocument(text=TEXT, id="story")
    doc.add_entity(doc.make_entity(0, 12, "PERSON", status="accepted"))
    start = TEXT.index("Brussels")
    doc.add_entity(doc.make_entity(start, start + 8, "GPE", status="accepted"))
    return doc


def test_label_studio_export_named_json_opens_as_label_studio(tmp_path):
    path = tmp_path / "tasks.json"
    write_labelstudio(path, _doc())
    assert isinstance(json.loads(path.read_text("utf-8")), list)
    assert detect_format(path).name == "labelstudio"
    doc = read_document(path)
    assert [(e.text, e.label) for e in doc.entities] == [("Mélanie Joly", "PERSON"), ("Brussels", "GPE")]


def test_native_json_and_xml_still_open_natively(tmp_path):
    for name, fmt in (("a.json", "json"), ("a.xml", "xml")):
        write_document(tmp_path / name, _doc())
        assert detect_format(tmp_path / name).name == fmt
        assert read_document(tmp_path / name) == _doc()


def test_nitf_and_newsml_saved_as_plain_xml_are_recognised(tmp_path):
    write_nitf(tmp_path / "story.xml", _doc())
    assert detect_format(tmp_path / "story.xml").name == "nitf"
    assert read_document(tmp_path / "story.xml").text.strip().startswith("Mélanie Joly")
    write_newsml(tmp_path / "item.xml", _doc())
    assert detect_format(tmp_path / "item.xml").name == "newsml"


def test_a_named_format_wins_over_detection(tmp_path):
    path = tmp_path / "tasks.json"
    write_labelstudio(path, _doc())
    assert read_document(path, "labelstudio").entities
