"""Readers and writers. ``read_document`` / ``write_document`` pick one by extension (and content)."""

import re

from .atomic import atomic_write_bytes, atomic_write_text
from .errors import FormatError, ReadError, WriteError
from .native_json import document_from_dict, document_to_dict, dumps_json, read_json, write_json
from .native_xml import dumps_xml, loads_xml, read_xml, write_xml
from .registry import (
    FileFormat, detect_format, format_for_path, format_named, formats, read_document, read_with_format, reader_for,
    register_format, write_document,
)
from .text import read_txt



def _has(*needles: bytes):
    """A sniffer: does the start of the file contain one of ``needles``?"""
    return lambda head: any(needle in head for needle in needles)


_XML_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<![^>]*>", re.S)
_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?([A-Za-z_][\w.-]*)")


def _xml_root(name: bytes):
    """A sniffer: is the document element called ``name`` (any namespace prefix)?"""
    def sniff(head: bytes) -> bool:
        match = _XML_ROOT.search(_XML_PROLOG.sub(b"", head))
        return match is not None and match.group(1) == name
    return sniff


register_format(FileFormat(name="json", description="Article Annotator JSON", extensions=(".json",),
                           read=read_json, write=write_json, native=True, sniff=_has(b'"annotator/article"')))
register_format(FileFormat(name="xml", description="Article Annotator XML", extensions=(".xml",),
                           read=read_xml, write=write_xml, native=True, sniff=_xml_root(b"article")))
register_format(FileFormat(name="txt", description="Plain text article", extensions=(".txt", ".text"),
                           read=read_txt))

# Interchange formats: each module holds its mapping; registering them here is what puts them in
# the window's Open / Export menus and behind `annotator import --from` / `export --to`.
from . import brat as _brat  # noqa: E402
from . import conll as _conll  # noqa: E402
from . import doccano as _doccano  # noqa: E402
from . import html as _html  # noqa: E402
from . import jsonl_spacy as _jsonl  # noqa: E402
from . import labelstudio as _labelstudio  # noqa: E402
from . import newsml as _newsml  # noqa: E402
from . import nitf as _nitf  # noqa: E402

register_format(FileFormat(name="jsonl", description="Prodigy / spaCy JSONL", extensions=(".jsonl",),
                           read=_jsonl.read_prodigy_jsonl, write=_jsonl.write_prodigy_jsonl,
                           read_many=_jsonl.read_jsonl_many, write_many=_jsonl.write_jsonl_many))
register_format(FileFormat(name="spacy", description="spaCy DocBin (needs spaCy)", extensions=(".spacy",),
                           read=_jsonl.read_spacy, write=_jsonl.write_spacy,
                           read_many=_jsonl.read_spacy_many, write_many=_jsonl.write_spacy_many))

register_format(FileFormat(name="doccano", description="doccano JSONL (relation form, no overlapping spans)",
                           extensions=(".jsonl",), read=_doccano.read_doccano, write=_doccano.write_doccano,
                           read_many=_doccano.read_doccano_many, write_many=_doccano.write_doccano_many))
register_format(FileFormat(name="doccano-quotes",
                           description="doccano JSONL with quote spans (project must allow overlapping spans)",
                           extensions=(".jsonl",), read=_doccano.read_doccano, write=_doccano.write_doccano_quotes,
                           read_many=_doccano.read_doccano_many, write_many=_doccano.write_doccano_quotes_many))
register_format(FileFormat(name="doccano-labels", description="doccano JSONL (sequence labels only)",
                           extensions=(".jsonl",), read=_doccano.read_doccano, write=_doccano.write_doccano_labels,
                           read_many=_doccano.read_doccano_many, write_many=_doccano.write_doccano_labels_many))
register_format(FileFormat(name="labelstudio", description="Label Studio tasks JSON", extensions=(".json",),
                           read=_labelstudio.read_labelstudio, write=_labelstudio.write_labelstudio,
                           read_many=_labelstudio.read_labelstudio_many,
                           write_many=_labelstudio.write_labelstudio_many,
                           sniff=lambda head: head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
                           or (b'"data"' in head and (b'"annotations"' in head or b'"predictions"' in head))))
register_format(FileFormat(name="brat", description="brat standoff (.ann beside .txt)", extensions=(".ann",),
                           read=_brat.read_brat, write=_brat.write_brat))
register_format(FileFormat(name="conll", description="CoNLL-2003 BIO tokens", extensions=(".conll", ".iob"),
                           read=_conll.read_conll, write=_conll.write_conll,
                           read_many=_conll.read_conll_many, write_many=_conll.write_conll_many))
register_format(FileFormat(name="html", description="Web page (article text and metadata)", extensions=(".html", ".htm"),
                           read=_html.read_html))
register_format(FileFormat(name="nitf", description="NITF 3.6 (IPTC)", extensions=(".nitf.xml", ".nitf"),
                           read=_nitf.read_nitf, write=_nitf.write_nitf, sniff=_xml_root(b"nitf")))
register_format(FileFormat(name="newsml", description="NewsML-G2 2.35 news item (IPTC)", extensions=(".newsml.xml", ".newsml"),
                           read=_newsml.read_newsml, write=_newsml.write_newsml, sniff=_xml_root(b"newsItem")))

__all__ = [
    "FileFormat", "FormatError", "ReadError", "WriteError", "atomic_write_bytes", "atomic_write_text", "detect_format",
    "document_from_dict", "document_to_dict", "dumps_json", "dumps_xml", "format_for_path", "format_named",
    "formats", "loads_xml", "read_document", "read_json", "read_txt", "read_with_format", "read_xml", "reader_for",
    "register_format",
    "write_document", "write_json", "write_xml",
]
