"""Native XML: the same information as native JSON, as standoff XML with an XSD.

The writer serializes the native dict (``document_to_dict``) and the reader rebuilds that dict,
so JSON -> XML -> JSON is lossless.  Keys this version does not know travel in an ``<extra>``
element as JSON.

**Characters XML 1.0 cannot hold.**  XML 1.0 forbids most C0 control characters (all but tab,
line feed and carriage return), U+FFFE, U+FFFF and lone surrogates, and a parser turns a literal
``\\r`` into ``\\n``.  The rule: ``\\r`` is written as ``&#13;`` (lxml does this) and survives.  A
text element (the article text, a covered span text, a metadata value) that contains a forbidden
character is written with ``escaped="true"``: a backslash becomes ``\\\\`` and each forbidden
character ``\\uXXXX``; the reader undoes exactly that.  Forbidden characters in an attribute
(a label, a name, a topic code) raise a WriteError naming the character instead of writing an
invalid or altered file.  Nothing is ever dropped or replaced silently.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from lxml import etree

from ..model import AnnotationDocument
from .atomic import atomic_write_bytes
from .errors import ReadError, WriteError
from .native_json import FORMAT_NAME, FORMAT_VERSION, document_from_dict, document_to_dict, raise_problems, read_bytes

NS = "https://articleannotator.org/ns/article/1"
_Q = f"{{{NS}}}"

# What XML 1.0 allows: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\\\")

# Attribute codecs per item kind: name -> (to_str, from_str).
_Codec = tuple[Callable[[Any], str], Callable[[str], Any]]
_STR: _Codec = (str, str)
_INT: _Codec = (str, int)
def _finite(raw: str) -> float:
    value = float(raw)
    if value != value or value in (float("inf"), float("-inf")):  # no JSON file could hold it
        raise ValueError(f"the number {raw[:20]!r} is not a finite number")
    return value


_FLOAT: _Codec = (repr, _finite)
_BOOL: _Codec = (lambda v: "true" if v else "false", lambda s: s in ("true", "1"))

_ENTITY_ATTRS = {"id": _STR, "start": _INT, "end": _INT, "label": _STR, "canonical": _STR,
                 "status": _STR, "origin": _STR, "score": _FLOAT, "edited": _BOOL}
_QUOTE_ATTRS = {"id": _STR, "start": _INT, "end": _INT, "kind": _STR, "status": _STR,
                "origin": _STR, "score": _FLOAT, "edited": _BOOL}
_SPEAKER_ATTRS = {"start": _INT, "end": _INT, "entity": _STR, "name": _STR}
_CUE_ATTRS = {"start": _INT, "end": _INT}
_TOPIC_ATTRS = {"code": _STR, "label": _STR, "score": _FLOAT, "primary": _BOOL, "status": _STR,
                "origin": _STR, "edited": _BOOL}
_META_ATTRS = {"name": _STR, "start": _INT, "end": _INT, "status": _STR, "origin": _STR,
               "score": _FLOAT, "edited": _BOOL}
_ANNOTATION_ATTRS = {"annotator": _STR, "created": _STR, "modified": _STR, "tool": _STR, "state": _STR}
_DOC_ATTRS = {"id": _STR, "source": _STR, "sha256": _STR}


@lru_cache(maxsize=1)
def xml_schema() -> etree.XMLSchema:
    source = resources.files("annotator.resources").joinpath("schema/article.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(source))


# -- writing ------------------------------------------------------------------------------

def forbidden_char(value: str) -> str | None:
    """The first character XML 1.0 cannot carry, as ``U+XXXX``; None when there is none."""
    match = _FORBIDDEN.search(value)
    return f"U+{ord(match.group()):04X}" if match else None


def _escape(value: str) -> tuple[str, bool]:
    if not _FORBIDDEN.search(value):
        return value, False
    escaped = value.replace("\\", "\\\\")
    return _FORBIDDEN.sub(lambda m: "\\u%04x" % ord(m.group()), escaped), True


def _text_child(parent: etree._Element, tag: str, value: str) -> None:
    element = etree.SubElement(parent, _Q + tag)
    element.text, escaped = _escape(value)
    if escaped:
        element.set("escaped", "true")


def _set_attrs(element: etree._Element, data: dict[str, Any], codecs: dict[str, _Codec], where: str) -> None:
    for key, (encode, _decode) in codecs.items():
        value = data.get(key)
        if value is None:
            continue
        text = encode(value)
        if bad := forbidden_char(text):
            raise WriteError(None, f"{where}: {key} contains {bad}, which XML 1.0 cannot hold; save as JSON instead")
        element.set(key, text)


def _add_extra(element: etree._Element, data: dict[str, Any], known: set[str]) -> None:
    extra = {key: value for key, value in data.items() if key not in known}
    if extra:
        # ensure_ascii keeps the JSON inside what XML can hold, whatever the values are.
        etree.SubElement(element, _Q + "extra").text = json.dumps(extra, ensure_ascii=True)


def _item(parent: etree._Element, tag: str, data: dict[str, Any], codecs: dict[str, _Codec],
          where: str, text_key: str | None = "text", children: tuple[str, ...] = ()) -> etree._Element:
    element = etree.SubElement(parent, _Q + tag)
    _set_attrs(element, data, codecs, where)
    if text_key is not None and data.get(text_key) is not None:
        _text_child(element, text_key, data[text_key])
    _add_extra(element, data, set(codecs) | {text_key} | set(children))
    return element


def document_to_xml(doc: AnnotationDocument) -> etree._Element:
    data = document_to_dict(doc)
    root = etree.Element(_Q + "article", nsmap={None: NS})
    root.set("version", str(FORMAT_VERSION))
    _set_attrs(root, data, _DOC_ATTRS, "document")
    _text_child(root, "text", data["text"])
    metadata = etree.SubElement(root, _Q + "metadata")
    for name, meta in data["metadata"].items():
        _item(metadata, "field", {"name": name, **meta}, _META_ATTRS, f"metadata.{name}", text_key="value")
    entities = etree.SubElement(root, _Q + "entities")
    for entity in data["entities"]:
        _item(entities, "entity", entity, _ENTITY_ATTRS, f"entity {entity['id']}")
    quotes = etree.SubElement(root, _Q + "quotes")
    for quote in data["quotes"]:
        where = f"quote {quote['id']}"
        element = _item(quotes, "quote", quote, _QUOTE_ATTRS, where, children=("speaker", "cue"))
        # <extra> of the quote must come last (the XSD fixes the order): re-append it.
        extra = element.find(_Q + "extra")
        if quote.get("speaker") is not None:
            _item(element, "speaker", quote["speaker"], _SPEAKER_ATTRS, f"{where} speaker")
        if quote.get("cue") is not None:
            _item(element, "cue", quote["cue"], _CUE_ATTRS, f"{where} cue")
        if extra is not None:
            element.append(extra)
    topics = etree.SubElement(root, _Q + "topics")
    for topic in data["topics"]:
        _item(topics, "topic", topic, _TOPIC_ATTRS, f"topic {topic['code']}", text_key=None)
    if "annotation" in data:
        _item(root, "annotation", data["annotation"], _ANNOTATION_ATTRS, "annotation", text_key=None)
    _add_extra(root, data, set(_DOC_ATTRS) | {"format", "version", "text", "metadata", "entities",
                                              "quotes", "topics", "annotation"})
    return root


def dumps_xml(doc: AnnotationDocument) -> bytes:
    return etree.tostring(document_to_xml(doc), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_xml(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    try:
        data = dumps_xml(doc)
    except WriteError as error:
        raise WriteError(path, error.reason) from error
    atomic_write_bytes(path, data)


# -- reading ------------------------------------------------------------------------------

def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "\\", value)


def _child_text(element: etree._Element, tag: str) -> str | None:
    child = element.find(_Q + tag)
    if child is None:
        return None
    value = child.text or ""
    return _unescape(value) if child.get("escaped") == "true" else value


def _read_item(element: etree._Element, codecs: dict[str, _Codec], text_key: str | None = "text") -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, (_encode, decode) in codecs.items():
        raw = element.get(key)
        if raw is not None:
            data[key] = decode(raw)
    if text_key is not None:
        value = _child_text(element, text_key)
        if value is not None:
            data[text_key] = value
    extra = element.find(_Q + "extra")
    if extra is not None:
        for key, value in json.loads(extra.text or "{}").items():
            data.setdefault(key, value)
    return data


def _parser() -> etree.XMLParser:
    # No DTDs, no entity expansion, no network: an XML file is data, never instructions.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           remove_comments=True, huge_tree=True)


# A DOCTYPE naming only an external DTD (``<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">``), no internal subset.
_EXTERNAL_DOCTYPE = re.compile(rb"""<!DOCTYPE\s+[^\s>\[]+(?:\s+(?:SYSTEM|PUBLIC\s+(?:"[^"]*"|'[^']*'))\s+(?:"[^"]*"|'[^']*'))?\s*>""")


def parse_xml_bytes(raw: bytes, path: str | os.PathLike | None, *, external_doctype: bool = False) -> etree._Element:
    """Parse untrusted XML: refuse any DOCTYPE (entities, external or not).

    With ``external_doctype`` a DOCTYPE that only names an external DTD is allowed (real NITF
    files carry one; it is never loaded), but an internal subset still is not, nor is a reference
    to an entity only that DTD could declare (its text would silently go missing)."""
    try:
        tree = etree.ElementTree(etree.fromstring(raw, _parser()))
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno else None
        raise ReadError(path, f"not well-formed XML: {error.msg}", line=line) from error
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        if not external_doctype:
            raise ReadError(path, "XML with a DOCTYPE (DTD or entity declarations) is not accepted")
        start = raw.find(b"<!DOCTYPE")
        dtd = tree.docinfo.internalDTD
        if (start < 0 or not _EXTERNAL_DOCTYPE.match(raw, start)
                or (dtd is not None and (any(True for _ in dtd.iterentities()) or any(True for _ in dtd.iterelements())))):
            raise ReadError(path, "XML with an internal DTD (entity or element declarations) is not accepted")
    root = tree.getroot()
    for entity in root.iter(etree.Entity):
        raise ReadError(path, f"refers to entity {entity.text}, which only an external DTD could declare",
                        line=entity.sourceline)
    return root


def schema_problems(root: etree._Element) -> list[str]:
    schema = xml_schema()
    if schema.validate(root):
        return []
    return [f"line {entry.line}: {entry.message}" for entry in schema.error_log]


def xml_to_dict(root: etree._Element, path: str | os.PathLike | None = None, *, check_schema: bool = True) -> dict[str, Any]:
    """The native dict of an ``<article>``; ``check_schema=False`` when the caller validated it already."""
    try:
        return _xml_to_dict(root, path, check_schema)
    except (ValueError, OverflowError) as error:  # a 5,000-digit offset, an infinite score: the schema allows them
        reason = str(error).split(":")[0].replace("Exceeds the limit (4300 digits) for integer string conversion",
                                                 "a number with more than 4,300 digits")
        raise ReadError(path, reason) from error


def _xml_to_dict(root: etree._Element, path: str | os.PathLike | None, check_schema: bool) -> dict[str, Any]:
    if root.tag != _Q + "article":
        raise ReadError(path, f"not an Article Annotator XML file (root element {etree.QName(root).localname!r})")
    problems = schema_problems(root) if check_schema else []
    if problems:
        raise ReadError(path, f"does not match the schema: {problems[0]}")
    version = int(root.get("version", FORMAT_VERSION))
    data: dict[str, Any] = {"format": FORMAT_NAME, "version": version}
    data.update(_read_item(root, _DOC_ATTRS, text_key=None))
    data["text"] = _child_text(root, "text") or ""
    data["metadata"] = {}
    for field in root.iterfind(f"{_Q}metadata/{_Q}field"):
        meta = _read_item(field, _META_ATTRS, text_key="value")
        data["metadata"][meta.pop("name")] = meta
    data["entities"] = [_read_item(e, _ENTITY_ATTRS) for e in root.iterfind(f"{_Q}entities/{_Q}entity")]
    data["quotes"] = []
    for element in root.iterfind(f"{_Q}quotes/{_Q}quote"):
        quote = _read_item(element, _QUOTE_ATTRS)
        speaker = element.find(_Q + "speaker")
        if speaker is not None:
            quote["speaker"] = _read_item(speaker, _SPEAKER_ATTRS)
        cue = element.find(_Q + "cue")
        if cue is not None:
            quote["cue"] = _read_item(cue, _CUE_ATTRS)
        data["quotes"].append(quote)
    data["topics"] = [_read_item(t, _TOPIC_ATTRS, text_key=None) for t in root.iterfind(f"{_Q}topics/{_Q}topic")]
    annotation = root.find(_Q + "annotation")
    if annotation is not None:
        data["annotation"] = _read_item(annotation, _ANNOTATION_ATTRS, text_key=None)
    return data


def loads_xml(raw: bytes, path: str | os.PathLike | None = None, *, check: bool = True) -> AnnotationDocument:
    root = parse_xml_bytes(raw, path)
    try:
        data = xml_to_dict(root, path)
    except (ValueError, json.JSONDecodeError) as error:
        raise ReadError(path, f"bad value: {error}") from error
    doc = document_from_dict(data, path)
    if check:
        raise_problems(doc, path)
    return doc


def read_xml(path: str | os.PathLike, *, check: bool = True) -> AnnotationDocument:
    return loads_xml(read_bytes(path), path, check=check)
