"""NewsML-G2 2.35: a ``newsItem`` whose ``contentMeta`` carries the topics and entities as subjects
and whose ``contentSet`` carries the NITF body (:mod:`.nitf`) as ``inlineXML``.

- topics -> ``<subject type="cpnat:abstract" qcode="medtop:…" why="why:direct"><name>label</name></subject>``,
  the primary topic first (NewsML-G2 has no "primary" flag; the NITF inside keeps it);
- entities -> one subject per distinct (canonical or covered) name, ``type="cpnat:person"``,
  ``cpnat:organisation``, ``cpnat:geoArea`` (GPE, LOC: IPTC's concept type for places),
  ``cpnat:poi`` (FAC) or ``cpnat:event``, with the name as ``literal`` and ``<name>``; other labels
  (DATE, NORP, …) are not concepts NewsML-G2 lists and stay in the NITF body only;
- ``title`` -> ``headline``, ``byline`` -> ``by``, ``dateline`` -> ``dateline``, ``language`` ->
  ``language/@tag``, ``date`` -> ``contentCreated`` when it is an ISO date.

Reading takes the article, entities, quotes and metadata from the inline NITF and the topics from
the subjects with ``medtop:`` qcodes.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from urllib.parse import quote

from lxml import etree

from ..model import AnnotationDocument
from .atomic import atomic_write_bytes
from .errors import ReadError
from .interop import Importer, kept, kept_metadata
from .native_json import read_bytes
from .nitf import N, check_xml_text, document_to_nitf, nitf_to_document, parse_xml, sub_element_maker, validated

G2_NS = "http://iptc.org/std/nar/2006-10-01/"
G = f"{{{G2_NS}}}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"
CONCEPT_TYPE = {"PERSON": "cpnat:person", "ORG": "cpnat:organisation", "GPE": "cpnat:geoArea",
                "LOC": "cpnat:geoArea", "FAC": "cpnat:poi", "EVENT": "cpnat:event"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$")
_sub = sub_element_maker(G)


def _version_created(doc: AnnotationDocument) -> str:
    stamp = doc.annotation.modified or doc.annotation.created
    if stamp and _ISO_DATE.match(stamp) and "T" in stamp and (stamp.endswith("Z") or "+" in stamp[10:] or "-" in stamp[10:]):
        return stamp
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def document_to_newsml(doc: AnnotationDocument, path=None) -> etree._Element:
    meta = kept_metadata(doc)
    guid = f"urn:article-annotator:{quote(doc.id or doc.sha256[:16], safe='')}"
    item = etree.Element(f"{G}newsItem", nsmap={None: G2_NS}, guid=guid, version="1", standard="NewsML-G2",
                         standardversion="2.35", conformance="power")
    if meta.get("language"):
        item.set(XML_LANG, meta["language"])
    _sub(item, "catalogRef", href=CATALOG)
    item_meta = _sub(item, "itemMeta")
    _sub(item_meta, "itemClass", qcode="ninat:text")
    _sub(item_meta, "provider", literal=meta.get("publisher") or "Article Annotator")
    _sub(item_meta, "versionCreated", _version_created(doc))
    _sub(item_meta, "pubStatus", qcode="stat:usable")
    content = _sub(item, "contentMeta")
    if meta.get("date") and _ISO_DATE.match(meta["date"]):
        _sub(content, "contentCreated", meta["date"])
    if meta.get("language"):
        _sub(content, "language", tag=meta["language"])
    for topic in sorted(kept(doc.topics), key=lambda t: not t.primary):
        subject = _sub(content, "subject", type="cpnat:abstract", qcode=topic.code, why="why:direct")
        if topic.label:
            _sub(subject, "name", check_xml_text(topic.label, f"topic {topic.code}", path))
    seen: set[tuple[str, str]] = set()
    for entity in kept(doc.entities):
        concept = CONCEPT_TYPE.get(entity.label)
        name = " ".join((entity.canonical or entity.text).split())
        if concept is None or not name or (concept, name) in seen:
            continue
        seen.add((concept, name))
        _sub(_sub(content, "subject", type=concept, literal=check_xml_text(name, "an entity", path)), "name", name)
    for name, tag in (("title", "headline"), ("dateline", "dateline"), ("byline", "by")):
        if meta.get(name):
            _sub(content, tag, check_xml_text(meta[name], f"metadata {name!r}", path))
    inline = _sub(_sub(item, "contentSet"), "inlineXML", contenttype="application/nitf+xml")
    inline.append(document_to_nitf(doc, path))
    return item


def dumps_newsml(doc: AnnotationDocument, path=None) -> bytes:
    root = document_to_newsml(doc, path)
    nitf = root.find(f"{G}contentSet/{G}inlineXML/{N}nitf")
    validated(nitf, "nitf-3-6.xsd", path)  # inlineXML is lax in NewsML-G2: check the NITF itself too
    return validated(root, "NewsML-G2_2.35-spec-All-Power.xsd", path)


def write_newsml(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    atomic_write_bytes(path, dumps_newsml(doc, path))


def read_newsml(path: str | os.PathLike) -> AnnotationDocument:
    root = parse_xml(read_bytes(path), path)
    if root.tag != f"{G}newsItem":
        raise ReadError(path, f"expected a NewsML-G2 <newsItem> in {G2_NS}, found <{etree.QName(root).localname}>", line=root.sourceline)
    nitf = root.find(f"{G}contentSet/{G}inlineXML/{N}nitf")
    if nitf is None:
        raise ReadError(path, "this newsItem has no NITF body in contentSet/inlineXML; nothing to annotate")
    doc = nitf_to_document(nitf, path)
    doc.source = os.fspath(path)
    build = Importer(doc, "newsml")
    codes = {t.code for t in doc.topics}
    for subject in root.iterfind(f"{G}contentMeta/{G}subject"):
        qcode = subject.get("qcode") or ""
        if qcode.startswith("medtop:") and qcode not in codes:
            build.topic(qcode, subject.findtext(f"{G}name") or "", primary=not doc.topics)
            codes.add(qcode)
    if doc.id is None:
        doc.id = root.get("guid") or doc.sha256[:16]
    return doc
