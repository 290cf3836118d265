"""NITF 3.6: the article body with inline entity and quote markup; metadata in ``head``/``docdata``.

Each line of the text is a ``<p>`` (empty lines too), so the text reads back exactly.  Inside
them, quotes are ``<q>`` and entities ``<person>``, ``<org>``, ``<location>`` (GPE, LOC, FAC),
``<event>``, ``<chron>`` (DATE; ``norm`` the ISO 8601 date when the entity's canonical is one), ``<money>``, or ``<classifier type="LABEL">`` for other labels;
every inline element says its label in ``class`` and gets an ``id``.  Markup must nest, so a span
that crosses a line, overlaps a span already marked up, or straddles a quote's edge goes to
standoff instead: ``<docdata>`` holds, in its extension point, an ``ann:annotations`` element
whose ``standoff`` attribute says how many spans that are, with one ``ann:entity`` / ``ann:quote``
per standoff span (code-point offsets into the text) and the speaker and cue of every quote.

Metadata: ``title`` -> ``head/title`` and ``hedline/hl1``; ``byline``, ``dateline`` -> ``body.head``;
``date`` -> ``date.issue/@norm``; the document id -> ``doc-id/@id-string``; ``publisher``, ``url``,
``section`` -> ``pubdata`` (``name``, ``ex-ref``, ``position.section``); other fields -> ``head/meta``.
Topics -> ``tobject.subject`` (``refnum`` the eight digits, ``code`` the qcode, ``type`` the label)
and ``key-list/keyword``.  Characters XML 1.0 cannot hold make the writer refuse (WriteError).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from lxml import etree

from ..model import AnnotationDocument, Entity, MetaField, Quote, Speaker
from ..model.items import Status
from .atomic import atomic_write_bytes
from .errors import ReadError, WriteError
from .interop import Importer, kept, kept_metadata, sorted_spans
from .native_json import read_bytes
from .native_xml import forbidden_char, parse_xml_bytes

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
ANN_NS = "https://articleannotator.org/ns/nitf/1"
N, A = f"{{{NITF_NS}}}", f"{{{ANN_NS}}}"
ORIGIN = "nitf"

ELEMENT_FOR_LABEL = {"PERSON": "person", "ORG": "org", "GPE": "location", "LOC": "location", "FAC": "location",
                     "EVENT": "event", "DATE": "chron", "MONEY": "money"}
LABEL_FOR_ELEMENT = {"person": "PERSON", "org": "ORG", "location": "LOC", "event": "EVENT", "chron": "DATE",
                     "money": "MONEY", "classifier": "MISC"}
_HAS_VALUE = {"person", "org", "event", "classifier"}  # elements with a ``value`` attribute (canonical name)
_NMTOKEN = re.compile(r"^[\w.:-]+$")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


@lru_cache(maxsize=None)
def schema(name: str) -> etree.XMLSchema:
    """A shipped IPTC schema by file name (``nitf-3-6.xsd``, ``NewsML-G2_2.35-spec-All-Power.xsd``)."""
    with resources.as_file(resources.files("annotator.resources").joinpath(f"schema/iptc/{name}")) as path:
        return etree.XMLSchema(etree.parse(str(path)))


def check_xml_text(value: str, where: str, path: Any) -> str:
    if bad := forbidden_char(value):
        raise WriteError(path, f"{where} holds {bad}, which XML 1.0 cannot carry")
    return value


# -- which spans go inline ----------------------------------------------------------------------

def _one_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one line (one NITF paragraph)."""
    return "\n" not in text[start:end]


def plan(doc: AnnotationDocument) -> tuple[list[Quote], list[Entity], list[Entity], list[Quote]]:
    """(inline quotes, inline entities, standoff entities, standoff quotes)."""
    text = doc.text
    inline_q, standoff_q, last_end = [], [], -1
    for quote in sorted_spans(kept(doc.quotes)):
        ok = quote.end > quote.start and quote.start >= last_end and _one_line(text, quote.start, quote.end)
        (inline_q if ok else standoff_q).append(quote)
        if ok:
            last_end = quote.end
    inline_e, standoff_e, last_end = [], [], -1
    for entity in sorted_spans(kept(doc.entities)):
        straddles = any(q.start < entity.end and entity.start < q.end and not (q.start <= entity.start and entity.end <= q.end)
                        for q in inline_q)
        ok = (entity.start >= last_end and not straddles
              and _one_line(text, entity.start, entity.end))
        (inline_e if ok else standoff_e).append(entity)
        if ok:
            last_end = entity.end
    return inline_q, inline_e, standoff_e, standoff_q


# -- writing ------------------------------------------------------------------------------------

def _append_text(parent: etree._Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _fill(parent: etree._Element, text: str, start: int, end: int, items: list[tuple[Any, str]],
          ids: dict[str, str]) -> None:
    """Write ``text[start:end]`` into ``parent`` with the (already nested-safe) ``items`` marked up."""
    position = start
    top = [(item, kind) for item, kind in items if start <= item.start and item.end <= end]
    for item, kind in top:
        if item.start < position:
            continue  # inside an element written just before (an entity within a quote)
        _append_text(parent, text[position:item.start])
        if kind == "quote":
            element = etree.SubElement(parent, f"{N}q", id=ids[item.id], **{"class": item.kind})
            source = item.speaker and (item.speaker.name or item.speaker.text)
            if source:
                element.set("quote-source", source)
            inner = [(e, k) for e, k in items if k == "entity" and item.start <= e.start and e.end <= item.end]
            _fill(element, text, item.start, item.end, inner, ids)
        else:
            tag = ELEMENT_FOR_LABEL.get(item.label, "classifier")
            element = etree.SubElement(parent, f"{N}{tag}", id=ids[item.id], **{"class": item.label})
            if tag == "classifier":
                element.set("type", item.label)
            if item.canonical and tag in _HAS_VALUE:
                element.set("value", item.canonical)
            elif tag == "chron" and item.canonical and _ISO_DATE.match(item.canonical):
                element.set("norm", item.canonical)  # the date in ISO 8601, as NITF's chron@norm holds
            element.text = text[item.start:item.end]
        position = item.end
    _append_text(parent, text[position:end])


def sub_element_maker(namespace: str) -> Callable[..., etree._Element]:
    """``sub(parent, tag, text=None, **attrs)``: a child element in ``namespace`` (``{uri}``)."""
    def sub(parent: etree._Element, tag: str, text: str | None = None, /, **attrs: str) -> etree._Element:
        element = etree.SubElement(parent, f"{namespace}{tag}", **attrs)
        if text is not None:
            element.text = text
        return element
    return sub


_sub = sub_element_maker(N)


def _annotations(doc: AnnotationDocument, ids: dict[str, str], standoff_e: list[Entity], standoff_q: list[Quote]) -> etree._Element:
    root = etree.Element(f"{A}annotations", nsmap={"ann": ANN_NS}, standoff=str(len(standoff_e) + len(standoff_q)))
    primary = next((t.code for t in kept(doc.topics) if t.primary), None)
    if primary:
        root.set("primary-topic", primary)
    for entity in standoff_e:
        element = etree.SubElement(root, f"{A}entity", id=ids[entity.id], start=str(entity.start), end=str(entity.end), label=entity.label)
        if entity.canonical:
            element.set("canonical", entity.canonical)
    standoff_ids = {q.id for q in standoff_q}
    for quote in kept(doc.quotes):
        element = etree.SubElement(root, f"{A}quote", id=ids[quote.id], start=str(quote.start), end=str(quote.end),
                                   kind=quote.kind, inline="false" if quote.id in standoff_ids else "true")
        speaker, cue = quote.speaker, quote.cue
        if speaker is not None:
            for key, value in (("speaker-start", speaker.start), ("speaker-end", speaker.end),
                               ("speaker-entity", ids.get(speaker.entity or "")), ("speaker-name", speaker.name)):
                if value is not None:
                    element.set(key, str(value))
        if cue is not None:
            element.set("cue-start", str(cue.start))
            element.set("cue-end", str(cue.end))
    return root


def document_to_nitf(doc: AnnotationDocument, path: Any = None) -> etree._Element:
    check_xml_text(doc.text, "the article text", path)
    inline_q, inline_e, standoff_e, standoff_q = plan(doc)
    ids = {item.id: f"e{n}" for n, item in enumerate(sorted_spans(kept(doc.entities)), start=1)}
    ids.update({item.id: f"q{n}" for n, item in enumerate(sorted_spans(kept(doc.quotes)), start=1)})
    meta = kept_metadata(doc)
    for name, value in meta.items():
        check_xml_text(value, f"metadata {name!r}", path)
    nitf = etree.Element(f"{N}nitf", nsmap={None: NITF_NS})
    head = _sub(nitf, "head")
    if meta.get("title"):
        _sub(head, "title", meta["title"])
    for name, value in meta.items():
        if name not in ("title", "byline", "dateline", "date", "publisher", "url", "section", "language") and _NMTOKEN.match(name):
            _sub(head, "meta", name=name, content=value)
    topics = kept(doc.topics)
    if topics:
        tobject = _sub(head, "tobject", **{"tobject.type": "news"})
        for topic in topics:
            digits = re.sub(r"\D", "", topic.code) or "0"
            _sub(tobject, "tobject.subject", **{"tobject.subject.ipr": "IPTC", "tobject.subject.refnum": digits,
                                                "tobject.subject.code": topic.code, "tobject.subject.type": topic.label})
    docdata = _sub(head, "docdata")
    if doc.id:
        _sub(docdata, "doc-id", **{"id-string": doc.id})
    if meta.get("date"):
        _sub(docdata, "date.issue", norm=meta["date"])
    if topics:
        keys = _sub(docdata, "key-list")
        for topic in topics:
            _sub(keys, "keyword", key=topic.label or topic.code)
    docdata.append(_annotations(doc, ids, standoff_e, standoff_q))
    pubdata = {key: meta[name] for name, key in (("publisher", "name"), ("url", "ex-ref"), ("section", "position.section")) if meta.get(name)}
    if pubdata:
        _sub(head, "pubdata", **pubdata)
    body = _sub(nitf, "body")
    body_head = _sub(body, "body.head")
    if meta.get("title"):
        _sub(_sub(body_head, "hedline"), "hl1", meta["title"])
    if meta.get("byline"):
        _sub(body_head, "byline", meta["byline"])
    if meta.get("dateline"):
        _sub(body_head, "dateline", meta["dateline"])
    content = _sub(body, "body.content")
    items = sorted([(q, "quote") for q in inline_q] + [(e, "entity") for e in inline_e],
                   key=lambda pair: (pair[0].start, -pair[0].end, pair[1] != "quote"))
    position = 0
    for line in doc.text.split("\n"):
        _fill(_sub(content, "p"), doc.text, position, position + len(line), items, ids)
        position += len(line) + 1
    if meta.get("language"):
        nitf.set("{http://www.w3.org/XML/1998/namespace}lang", meta["language"])
    return nitf


def validated(root: etree._Element, schema_name: str, path: Any) -> bytes:
    """Serialize ``root`` after checking it against the shipped IPTC schema (a failure is a bug)."""
    checker = schema(schema_name)
    if not checker.validate(root):
        raise WriteError(path, f"the export does not validate against {schema_name}: {checker.error_log.last_error}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=False)


def dumps_nitf(doc: AnnotationDocument, path: Any = None) -> bytes:
    return validated(document_to_nitf(doc, path), "nitf-3-6.xsd", path)


def write_nitf(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    atomic_write_bytes(path, dumps_nitf(doc, path))


# -- reading ------------------------------------------------------------------------------------

def _walk(element: etree._Element, parts: list[str], found: list[tuple[etree._Element, int, int]], length: int) -> int:
    """Append the text of ``element`` to ``parts`` (whose texts are ``length`` code points long so
    far); record the code-point span of each child; return the new length."""
    if element.text:
        parts.append(element.text)
        length += len(element.text)
    for child in element:
        if isinstance(child.tag, str):
            start = length
            length = _walk(child, parts, found, length)
            found.append((child, start, length))
        if child.tail:
            parts.append(child.tail)
            length += len(child.tail)
    return length


def _int(element: etree._Element, key: str) -> int | None:
    value = element.get(key)
    # ASCII digits only ("²".isdigit() is true, int("²") fails), and no more than an offset needs
    return int(value) if value is not None and re.fullmatch(r"-?[0-9]{1,18}", value) else None


def nitf_to_document(nitf: etree._Element, path: Any = None, *, status: Status = "suggested") -> AnnotationDocument:
    content = nitf.findall(f"{N}body/{N}body.content")
    paragraphs = [p for block in content for p in block.iter(f"{N}p")]
    parts: list[str] = []
    found: list[tuple[etree._Element, int, int]] = []
    length = 0
    for n, paragraph in enumerate(paragraphs):
        if n:
            parts.append("\n")
            length += 1
        length = _walk(paragraph, parts, found, length)
    text = "".join(parts)
    doc_id = nitf.find(f"{N}head/{N}docdata/{N}doc-id")
    doc = AnnotationDocument(text=text, id=doc_id.get("id-string") if doc_id is not None else None)
    build = Importer(doc, ORIGIN, status)
    annotations = nitf.find(f"{N}head/{N}docdata/{A}annotations")
    quote_info = {q.get("id"): q for q in annotations.iterfind(f"{A}quote")} if annotations is not None else {}
    for element, start, end in found:
        tag = etree.QName(element).localname
        if tag == "q":
            continue
        if tag in LABEL_FOR_ELEMENT and etree.QName(element).namespace == NITF_NS:
            label = element.get("class") or element.get("type") or LABEL_FOR_ELEMENT[tag]
            build.entity(start, end, label, id=element.get("id"), canonical=element.get("value") or element.get("norm"))
    for element in annotations.iterfind(f"{A}entity") if annotations is not None else ():
        start, end = _int(element, "start"), _int(element, "end")
        if start is None or end is None or not 0 <= start < end <= len(text):
            raise ReadError(path, f"ann:entity {element.get('id')}: offsets {start}-{end} do not fit the text", line=element.sourceline)
        build.entity(start, end, element.get("label") or "MISC", id=element.get("id"), canonical=element.get("canonical"))
    entity_ids = {e.id for e in doc.entities}
    inline_quotes = {element.get("id"): (start, end, element) for element, start, end in found if etree.QName(element).localname == "q"}
    for key, (start, end, element) in inline_quotes.items():
        build.quote(start, end, **_quote_fields(build, quote_info.get(key), element, entity_ids, path), id=key)
    for key, info in quote_info.items():
        if info.get("inline") == "false":
            start, end = _int(info, "start"), _int(info, "end")
            if start is None or end is None or not 0 <= start <= end <= len(text):
                raise ReadError(path, f"ann:quote {key}: offsets {start}-{end} do not fit the text", line=info.sourceline)
            build.quote(start, end, **_quote_fields(build, info, None, entity_ids, path), id=key)
    _read_topics(nitf, build, annotations)
    _read_metadata(nitf, doc, status)
    return build.finish()


def _quote_fields(build: Importer, info: etree._Element | None, element: etree._Element | None,
                  entity_ids: set[str], path: Any) -> dict[str, Any]:
    kind = (info.get("kind") if info is not None else None) or (element.get("class") if element is not None else None)
    text = build.doc.text
    fields: dict[str, Any] = {"kind": kind if kind in ("direct", "indirect", "mixed") else "direct"}
    if info is not None:
        s_start, s_end, c_start, c_end = (_int(info, k) for k in ("speaker-start", "speaker-end", "cue-start", "cue-end"))
        for a, b in ((s_start, s_end), (c_start, c_end)):
            if (a is None) != (b is None) or (a is not None and not 0 <= a <= b <= len(text)):  # type: ignore[operator]
                raise ReadError(path, f"ann:quote {info.get('id')}: span {a}-{b} does not fit the text", line=info.sourceline)
        entity = info.get("speaker-entity")
        if s_start is not None or info.get("speaker-name") or entity:
            fields["speaker"] = build.speaker(s_start, s_end, entity=entity if entity in entity_ids else None,
                                              name=info.get("speaker-name"))
        if c_start is not None:
            fields["cue"] = build.cue(c_start, c_end)  # type: ignore[arg-type]
    elif element is not None and element.get("quote-source"):
        fields["speaker"] = Speaker(name=element.get("quote-source"))
    return fields


def _read_topics(nitf: etree._Element, build: Importer, annotations: etree._Element | None) -> None:
    primary = annotations.get("primary-topic") if annotations is not None else None
    for subject in nitf.iterfind(f"{N}head/{N}tobject/{N}tobject.subject"):
        refnum = subject.get("tobject.subject.refnum", "")
        code = subject.get("tobject.subject.code") or f"subj:{refnum}"
        label = subject.get("tobject.subject.type") or subject.get("tobject.subject.matter") or ""
        if code not in {t.code for t in build.doc.topics}:
            build.topic(code, label, primary=code == primary)


def _read_metadata(nitf: etree._Element, doc: AnnotationDocument, status: Status) -> None:
    def put(name: str, value: str | None) -> None:
        if value and value.strip():
            value = " ".join(value.split())
            first_line = doc.text.split("\n", 1)[0]
            span = (0, len(first_line)) if name == "title" and first_line == value else (None, None)
            doc.metadata[name] = MetaField(name=name, value=value, start=span[0], end=span[1], status=status, origin=ORIGIN)

    body_head = nitf.find(f"{N}body/{N}body.head")
    hl1 = body_head.find(f"{N}hedline/{N}hl1") if body_head is not None else None
    put("title", "".join(hl1.itertext()) if hl1 is not None else nitf.findtext(f"{N}head/{N}title"))
    for name in ("byline", "dateline"):
        element = body_head.find(f"{N}{name}") if body_head is not None else None
        put(name, "".join(element.itertext()) if element is not None else None)
    issue = nitf.find(f"{N}head/{N}docdata/{N}date.issue")
    put("date", issue.get("norm") if issue is not None else None)
    pubdata = nitf.find(f"{N}head/{N}pubdata")
    if pubdata is not None:
        for name, key in (("publisher", "name"), ("url", "ex-ref"), ("section", "position.section")):
            put(name, pubdata.get(key))
    for meta in nitf.iterfind(f"{N}head/{N}meta"):
        if meta.get("name"):
            put(meta.get("name"), meta.get("content"))
    put("language", nitf.get("{http://www.w3.org/XML/1998/namespace}lang"))


def parse_xml(raw: bytes, path: Any) -> etree._Element:
    """Untrusted NITF / NewsML: an external DOCTYPE is fine, an internal DTD or entity is refused."""
    return parse_xml_bytes(raw, path, external_doctype=True)


def read_nitf(path: str | os.PathLike) -> AnnotationDocument:
    root = parse_xml(read_bytes(path), path)
    if root.tag != f"{N}nitf":
        raise ReadError(path, f"expected an NITF 3.6 <nitf> element in {NITF_NS}, found <{etree.QName(root).localname}>", line=root.sourceline)
    doc = nitf_to_document(root, path)
    doc.source = os.fspath(path)
    return doc
