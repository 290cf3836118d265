"""NITF 3.6 and NewsML-G2 2.35 exports, validated by lxml against IPTC's own schemas."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from annotator.formats import ReadError, WriteError, read_document, write_document
from annotator.formats.newsml import dumps_newsml, read_newsml
from annotator.formats.nitf import dumps_nitf, plan
from annotator.model import AnnotationDocument, Entity, MetaField

from .interop_strategies import entity_documents, spans_of
from .shared_data import shared_data
from .test_jsonl_spacy import sample

SCHEMAS = Path(__file__).resolve().parents[2] / "annotator" / "resources" / "schema" / "iptc"
NITF = "{http://iptc.org/std/NITF/2006-10-18/}"
ANN = "{https://articleannotator.org/ns/nitf/1}"


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def assert_valid(xml: bytes, name: str) -> etree._Element:
    root = etree.fromstring(xml)
    schema = _schema(name)
    assert schema.validate(root), schema.error_log
    return root


def with_metadata(doc: AnnotationDocument) -> AnnotationDocument:
    for name, value in (("title", "Joly is ready"), ("byline", "By Jane Reporter"), ("dateline", "OTTAWA"),
                        ("date", "2025-03-20"), ("publisher", "The Daily Example"), ("url", "https://example.org/a"),
                        ("section", "Politics"), ("language", "en"), ("desk", "national")):
        doc.metadata[name] = MetaField(name=name, value=value)
    return doc


def test_nitf_inline_markup_metadata_and_topics():
    root = assert_valid(dumps_nitf(with_metadata(sample())), "nitf-3-6.xsd")
    (p,) = root.iter(f"{NITF}p")
    assert [(child.tag.split("}")[1], child.get("class"), "".join(child.itertext())) for child in p] == [
        ("person", "PERSON", "Mélanie Joly"), ("q", "direct", "“We’re ready,”"), ("location", "GPE", "Ottawa")]
    assert p.find(f"{NITF}q").get("quote-source") == "Mélanie Joly"
    assert root.find(f".//{NITF}hl1").text == "Joly is ready"
    assert root.find(f".//{NITF}date.issue").get("norm") == "2025-03-20"
    assert root.find(f".//{NITF}tobject.subject").get("tobject.subject.refnum") == "11000000"
    assert root.find(f".//{NITF}keyword").get("key") == "politics"
    assert root.find(f".//{NITF}pubdata").get("position.section") == "Politics"
    assert root.find(f".//{NITF}meta").attrib == {"name": "desk", "content": "national"}
    assert root.find(f".//{ANN}annotations").get("standoff") == "0"


def test_overlaps_go_to_standoff_and_the_export_counts_them():
    doc = sample()
    doc.text = doc.text + "\nCanada\nand more"
    doc.entities = doc.entities + [
        Entity(id="e4", start=8, end=22, text=doc.text[8:22], label="ORG"),  # straddles the quote's start
        Entity(id="e5", start=44, end=52, text=doc.text[44:52], label="GPE"),  # crosses a line break
    ]
    inline_q, inline_e, standoff_e, standoff_q = plan(doc)
    assert {e.id for e in standoff_e} == {"e4", "e5"} and len(inline_q) == 1
    root = assert_valid(dumps_nitf(doc), "nitf-3-6.xsd")
    annotations = root.find(f".//{ANN}annotations")
    assert annotations.get("standoff") == "2"
    assert sorted((e.get("start"), e.get("end")) for e in annotations.iter(f"{ANN}entity")) == [("44", "52"), ("8", "22")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entity_documents(quotes=True, topics=True))
def test_nitf_and_newsml_validate_and_read_back(tmp_path_factory, doc):
    folder = tmp_path_factory.mktemp("iptc")
    for name, schema in (("a.nitf.xml", "nitf-3-6.xsd"), ("a.newsml.xml", "NewsML-G2_2.35-spec-All-Power.xsd")):
        write_document(folder / name, doc)
        assert_valid((folder / name).read_bytes(), schema)
        again = read_document(folder / name)
        assert again.text == doc.text
        assert spans_of(again.entities) == spans_of(doc.entities)
        entity_span = {e.id: (e.start, e.end) for e in again.entities}
        assert sorted((q.start, q.end, q.kind, ((q.cue.start, q.cue.end) if q.cue else ()),
                       (entity_span[q.speaker.entity] if q.speaker and q.speaker.entity else ())) for q in again.quotes) == \
               sorted((q.start, q.end, q.kind, ((q.cue.start, q.cue.end) if q.cue else ()),
                       ((q.speaker.start, q.speaker.end) if q.speaker and q.speaker.entity else ())) for q in doc.quotes)
        assert [(t.code, t.primary) for t in again.topics] == [(t.code, t.primary) for t in doc.topics]
        assert again.problems() == []


def test_newsml_subjects_and_inline_nitf():
    root = assert_valid(dumps_newsml(with_metadata(sample())), "NewsML-G2_2.35-spec-All-Power.xsd")
    g2 = "{http://iptc.org/std/nar/2006-10-01/}"
    subjects = [(s.get("type"), s.get("qcode") or s.get("literal")) for s in root.iter(f"{g2}subject")]
    assert subjects == [("cpnat:abstract", "medtop:11000000"), ("cpnat:person", "Mélanie Joly"), ("cpnat:geoArea", "Ottawa")]
    nitf = root.find(f"{g2}contentSet/{g2}inlineXML/{NITF}nitf")
    assert _schema("nitf-3-6.xsd").validate(nitf)
    assert root.findtext(f"{g2}contentMeta/{g2}headline") == "Joly is ready"


def test_characters_xml_cannot_hold_are_refused(tmp_path):
    doc = AnnotationDocument(text="bell \x07 here")
    with pytest.raises(WriteError, match="U\\+0007"):
        write_document(tmp_path / "x.nitf.xml", doc)
    assert not (tmp_path / "x.nitf.xml").exists()


def test_malformed_and_foreign_xml(tmp_path):
    bad = tmp_path / "bad.nitf.xml"
    bad.write_text("<nitf xmlns='http://iptc.org/std/NITF/2006-10-18/'>\n<body>\n</nitf>", "utf-8")
    with pytest.raises(ReadError) as caught:
        read_document(bad)
    assert "not well-formed" in str(caught.value) and caught.value.line == 3
    other = tmp_path / "other.newsml.xml"
    other.write_text("<html/>", "utf-8")
    with pytest.raises(ReadError, match="expected a NewsML-G2 <newsItem>"):
        read_document(other)


def test_reads_the_iptc_sports_example():
    example = shared_data("schemas", "iptc", "examples", "LISTING_22_Sports_story_in_NewsML-G2NITF.xml")
    assert _schema("NewsML-G2_2.35-spec-All-Power.xsd").validate(etree.parse(str(example)))
    doc = read_newsml(example)
    assert "Doug Davis to the hill tonight" in doc.text
    assert [t.code for t in doc.topics] == ["medtop:20000822", "medtop:20000849"]
    assert doc.metadata["title"].value.startswith("Arizona Diamondbacks (29-23)")


def test_standoff_offsets_outside_the_text_name_the_line(tmp_path):
    path = tmp_path / "x.nitf.xml"
    write_document(path, sample())
    xml = path.read_text("utf-8").replace('<ann:quote id="q1" start="21" end="35"',
                                          '\n<ann:entity id="e9" start="40" end="400" label="ORG"/><ann:quote id="q1" start="21" end="35"')
    path.write_text(xml, "utf-8")
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert "ann:entity e9: offsets 40-400 do not fit the text" in str(caught.value) and caught.value.line == 3  # after the declaration and the root line


NITF_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'
NITF_BODY = (b'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>'
             b'<p>Ottawa %s agreed.</p></body.content></body></nitf>')


def test_nitf_with_an_external_doctype_is_read(tmp_path):
    path = tmp_path / "real.nitf.xml"
    path.write_bytes(NITF_HEAD + b'<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n' + NITF_BODY % b"&amp;")
    assert read_document(path, "nitf").text == "Ottawa & agreed."


@pytest.mark.parametrize("doctype, body", [
    # Declared entities' text used to vanish silently ("Ottawa  agreed.").
    (b'<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd" [<!ENTITY who "and Canberra">]>', b"&who;"),
    (b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>', b"&x;"),
    (b'<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">', b"&nbsp;"),  # declared only in the DTD, never loaded
])
def test_nitf_internal_dtds_and_undeclared_entities_are_refused(tmp_path, doctype, body):
    path = tmp_path / "evil.nitf.xml"
    path.write_bytes(NITF_HEAD + doctype + b"\n" + NITF_BODY % body)
    with pytest.raises(ReadError, match="DTD"):
        read_document(path, "nitf")


def test_chron_carries_the_iso_date_in_norm(tmp_path):
    from lxml import etree

    from annotator.formats.nitf import NITF_NS, read_nitf, write_nitf
    from annotator.model import AnnotationDocument, Entity

    text = "Talks began on 20 March 2025 and last week."
    doc = AnnotationDocument(text=text, id="d")
    doc.entities = [Entity(id="e1", start=15, end=28, text="20 March 2025", label="DATE", canonical="2025-03-20"),
                    Entity(id="e2", start=33, end=42, text="last week", label="DATE")]
    write_nitf(tmp_path / "d.nitf.xml", doc)
    chrons = etree.parse(str(tmp_path / "d.nitf.xml")).getroot().findall(f".//{{{NITF_NS}}}chron")
    assert [(c.text, c.get("norm")) for c in chrons] == [("20 March 2025", "2025-03-20"), ("last week", None)]
    assert read_nitf(tmp_path / "d.nitf.xml").entities[0].canonical == "2025-03-20"
