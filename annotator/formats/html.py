"""A saved news web page -> article text and suggested metadata.

The text is laid out like our ``.txt`` articles: the headline on the first line, a blank line,
then one paragraph per line, so the layout suggester and the offsets behave the same.  Metadata
(title, byline, date, publisher, url, language) are suggestions with origin ``html``; the title is
anchored to the first line.

Main content: trafilatura when installed (``pip install '.[html]'``, a well-kept
extractor), otherwise an lxml fallback: the ``<article>`` (or ``itemprop=articleBody``) element,
else the element holding the most paragraph text, minus scripts, navigation, asides and footers.
Metadata always come from the page's own markup, which is more exact than any guess:

- title: ``og:title``, else the first ``<h1>``, else ``<title>``
- byline: ``meta name=author`` / ``article:author``, ``rel=author`` links, ``.byline``, ``itemprop=author``
- date: ``article:published_time``, ``meta name=date|pubdate|dc.date``, ``<time datetime>`` (ISO date kept)
- publisher: ``og:site_name``; url: ``link rel=canonical``, else ``og:url``; language: ``<html lang>``
"""

from __future__ import annotations

import os
import re
from typing import Iterable

import lxml.html
from lxml import etree

from ..model import AnnotationDocument, MetaField
from .errors import ReadError
from .native_json import read_bytes

ORIGIN = "html"
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template")
_BLOCKS = ("p", "h2", "h3", "h4", "blockquote", "li", "pre")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _first(values: Iterable[str | None]) -> str | None:
    for value in values:
        if value and _clean(value):
            return _clean(value)
    return None


def _meta(root: etree._Element, *keys: str) -> list[str]:
    wanted = {key.lower() for key in keys}
    return [m.get("content") for m in root.iter("meta")
            if (m.get("property") or m.get("name") or m.get("itemprop") or "").lower() in wanted]


def page_metadata(root: etree._Element) -> dict[str, str]:
    h1 = root.find(".//h1")
    time = root.find(".//time[@datetime]")
    authors = [a for a in _meta(root, "author", "article:author", "dc.creator") if a and not a.startswith("http")]
    found = {
        "title": _first([*_meta(root, "og:title", "twitter:title"), h1.text_content() if h1 is not None else None,
                         root.findtext(".//title")]),
        "byline": _first([*authors, *(a.text_content() for a in root.iterfind(".//a[@rel='author']")),
                          *(e.text_content() for e in root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
                                                                 " or @itemprop='author']"))]),
        "date": _first([*_meta(root, "article:published_time", "date", "pubdate", "dc.date", "datepublished"),
                        time.get("datetime") if time is not None else None]),
        "publisher": _first(_meta(root, "og:site_name", "publisher")),
        "url": _first([*(link.get("href") for link in root.iterfind(".//link[@rel='canonical']")),
                       *_meta(root, "og:url")]),
        "language": _first([root.get("lang")]),
    }
    if found["date"] and _ISO_DATE.match(found["date"]):
        found["date"] = found["date"][:10]
    return {name: value for name, value in found.items() if value}


def _content_element(root: etree._Element) -> etree._Element:
    for path in (".//article", ".//*[@itemprop='articleBody']", ".//main"):
        found = root.find(path)
        if found is not None and _paragraph_text(found):
            return found
    scores: dict[etree._Element, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(_clean(p.text_content()))
    return max(scores, key=scores.get) if scores else root  # type: ignore[arg-type]


def _paragraph_text(element: etree._Element) -> list[str]:
    out = []
    for block in element.iter(*_BLOCKS):
        # A paragraph inside a quote or list item is taken once, by the innermost block.
        if any(block is not inner and inner.tag in _BLOCKS for inner in block.iterdescendants()):
            continue
        text = _clean(block.text_content())
        if text:
            out.append(text)
    return out


def parse_page(raw: bytes, source: str | None = None):
    """The whole page as an lxml tree, or a ReadError: never a silently cut one.

    libxml2 stops at 256 levels of nesting and at text nodes over 10 MB unless told the input
    may be huge, and then still stops at 2,048 levels; it says so only in its error log."""
    parser = lxml.html.HTMLParser(huge_tree=True)
    root = lxml.html.document_fromstring(raw, parser=parser)
    for entry in parser.error_log:
        message = str(entry.message)
        if "Excessive depth" in message or "limit exceeded" in message.lower():
            reason = "elements nested deeper than 2,048 levels" if "depth" in message else "a part too large to parse"
            raise ReadError(source, f"{reason} at line {entry.line}; the rest of the page cannot be read, so nothing "
                                    "was imported", line=None)
    return root


def extract_with_lxml(raw: bytes, source: str | None = None) -> tuple[list[str], dict[str, str]]:
    """(paragraphs, metadata) with lxml alone."""
    root = parse_page(raw, source)
    metadata = page_metadata(root)
    for element in list(root.iter(*_DROP)):
        if element.getparent() is not None:
            element.drop_tree()
    paragraphs = _paragraph_text(_content_element(root))
    return paragraphs, metadata


def extract_with_trafilatura(raw: bytes, source: str | None = None) -> list[str] | None:
    """Paragraphs by trafilatura, or None when it is not installed or finds nothing."""
    try:
        import trafilatura
    except ImportError:
        return None
    # Our own parse of the page (its own parser would cut deep or huge pages short without a word)
    text = trafilatura.extract(parse_page(raw, source), include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text:
        return None
    return [line for line in (_clean(line) for line in text.split("\n")) if line]


def html_to_document(raw: bytes, source: str | None = None, *, extractor: str = "auto") -> AnnotationDocument:
    paragraphs, metadata = extract_with_lxml(raw, source)
    if extractor in ("auto", "trafilatura"):
        better = extract_with_trafilatura(raw, source)
        if better is None and extractor == "trafilatura":
            raise ReadError(source, "trafilatura is not installed or found no article text")
        paragraphs = better or paragraphs
    title = metadata.get("title", "")
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = title + "\n\n" + "\n".join(paragraphs) if title else "\n".join(paragraphs)
    if not text.strip():
        raise ReadError(source, "found no article text in this page")
    doc = AnnotationDocument(text=text + "\n", source=source,
                             id=os.path.splitext(os.path.basename(source))[0] if source else None)
    for name, value in metadata.items():
        span = (0, len(title)) if name == "title" else (None, None)
        doc.metadata[name] = MetaField(name=name, value=value, start=span[0], end=span[1], origin=ORIGIN)
    return doc


def read_html(path: str | os.PathLike) -> AnnotationDocument:
    raw = read_bytes(path)
    try:
        return html_to_document(raw, os.fspath(path))
    except (etree.ParserError, ValueError) as error:
        raise ReadError(path, f"not an HTML page: {error}") from error
