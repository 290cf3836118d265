"""HTML import: article text and metadata from a saved news page the test writes itself."""

from __future__ import annotations

import pytest

from annotator.formats import ReadError, read_document
from annotator.formats.html import extract_with_lxml, html_to_document

PAGE = """<!DOCTYPE html>
<html lang="en-CA"><head>
<meta charset="utf-8">
<title>Canada seeks partners | The Daily Example</title>
<meta property="og:title" content="Canada Seeks Strategic Defense Partnership">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://example.org/og-url">
<link rel="canonical" href="https://example.org/news/canada-defense">
<meta property="article:published_time" content="2025-03-21T09:30:00-04:00">
<meta name="author" content="Jane Reporter">
<script>var tracking = "do not read me";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
<div class="promo"><p>Subscribe now for only $1!</p></div>
<article>
  <h1>Canada Seeks Strategic Defense Partnership</h1>
  <p class="byline">By Jane Reporter</p>
  <p>OTTAWA — Canada is laying the groundwork for a defense partnership 🇨🇦 with Europe.</p>
  <p>“We’ve been in talks with the European Union,” Joly said.</p>
  <blockquote><p>A quoted paragraph.</p></blockquote>
  <aside><p>Related: other stories</p></aside>
</article>
<footer><p>© The Daily Example</p></footer>
</body></html>
"""


def test_lxml_fallback_finds_the_article_and_its_metadata():
    paragraphs, metadata = extract_with_lxml(PAGE.encode("utf-8"))
    assert paragraphs == ["By Jane Reporter",
                          "OTTAWA — Canada is laying the groundwork for a defense partnership 🇨🇦 with Europe.",
                          "“We’ve been in talks with the European Union,” Joly said.", "A quoted paragraph."]
    assert metadata == {"title": "Canada Seeks Strategic Defense Partnership", "byline": "Jane Reporter",
                        "date": "2025-03-21", "publisher": "The Daily Example",
                        "url": "https://example.org/news/canada-defense", "language": "en-CA"}


def test_document_text_is_headline_blank_line_paragraphs(tmp_path):
    doc = html_to_document(PAGE.encode("utf-8"), "page.html", extractor="lxml")
    lines = doc.text.split("\n")
    assert lines[:2] == ["Canada Seeks Strategic Defense Partnership", ""]
    assert "Subscribe" not in doc.text and "tracking" not in doc.text and "Related" not in doc.text
    title = doc.metadata["title"]
    assert doc.text[title.start:title.end] == title.value and title.status == "suggested" and title.origin == "html"
    assert doc.problems() == []


def test_registered_for_html_and_htm_and_fallback_without_og_tags(tmp_path):
    page = "<html><head><title>Only a title</title></head><body><div><p>First.</p><p>Second.</p></div>" \
           "<time datetime='2024-01-02'>Jan 2</time></body></html>"
    path = tmp_path / "plain.htm"
    path.write_text(page, "utf-8")
    doc = read_document(path)
    assert doc.text == "Only a title\n\nFirst.\nSecond.\n"
    assert doc.metadata["date"].value == "2024-01-02" and doc.source == str(path)


def test_page_without_text_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script></body></html>", "utf-8")
    with pytest.raises(ReadError, match="found no article text"):
        read_document(path)


def test_trafilatura_when_installed_keeps_the_body_and_our_metadata():
    pytest.importorskip("trafilatura")
    doc = html_to_document(PAGE.encode("utf-8"), "page.html", extractor="trafilatura")
    assert "defense partnership 🇨🇦 with Europe.\n“We’ve been in talks" in doc.text
    assert "tracking" not in doc.text and "Home" not in doc.text
    assert doc.metadata["byline"].value == "Jane Reporter" and doc.metadata["date"].value == "2025-03-21"
    assert doc.problems() == []


def test_empty_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="empty.html: not an HTML page"):
        read_document(path)
