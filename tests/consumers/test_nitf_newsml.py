"""NITF 3.6 and NewsML-G2 2.35: IPTC's own schemas accept our exports, and the inline markup a
newsroom system reads (person/org/location/chron/q in the body) holds exactly the entity's text."""

from __future__ import annotations

from lxml import etree

from annotator.formats import format_named
from annotator.formats.nitf import NITF_NS, schema

INLINE = {"person", "org", "location", "event", "chron", "money", "classifier"}


def test_iptc_schemas_accept_every_export_and_inline_markup_is_whole(tmp_path, consumer_docs):
    nitf_schema, newsml_schema = schema("nitf-3-6.xsd"), schema("NewsML-G2_2.35-spec-All-Power.xsd")
    for doc in consumer_docs:
        nitf_path, newsml_path = tmp_path / f"{doc.id}.nitf.xml", tmp_path / f"{doc.id}.newsml.xml"
        format_named("nitf").write(nitf_path, doc)
        format_named("newsml").write(newsml_path, doc)
        # Parsed afresh from disk, as a newsroom system would, and checked against IPTC's XSDs.
        nitf = etree.parse(str(nitf_path))
        assert nitf_schema.validate(nitf), nitf_schema.error_log
        assert newsml_schema.validate(etree.parse(str(newsml_path))), newsml_schema.error_log
        by_text = {}
        for entity in doc.entities:
            if entity.status != "rejected":
                by_text.setdefault(entity.text, set()).add(entity.label)
        for element in nitf.getroot().iter():
            if isinstance(element.tag, str) and etree.QName(element).namespace == NITF_NS \
                    and etree.QName(element).localname in INLINE and element.getparent().tag != f"{{{NITF_NS}}}hl1":
                text = "".join(element.itertext())
                assert element.get("class") in by_text.get(text, set()), (doc.id, text)
                # No inline element ends before a combining mark left outside it.
                tail = element.tail or ""
                assert not tail[:1] or not (0x300 <= ord(tail[0]) <= 0x36F), (doc.id, text, tail[:2])
        assert b"<org>Saldan</org>" not in nitf_path.read_bytes()
