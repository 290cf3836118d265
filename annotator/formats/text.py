"""Plain-text articles: decode, normalize newlines, keep everything else exactly.

Layout (section, title, dateline, byline) is *suggested* as metadata by
``annotator.extract.layout``; nothing is ever cut out of the text.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model import AnnotationDocument, MetaField
from .encodings import describe, guess_encoding
from .errors import ReadError
from .native_json import read_bytes


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; it announces itself with a BOM.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    return False


def decode_text(data: bytes, path: str | os.PathLike | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise ReadError(path, "broken UTF-16 text") from error
    if looks_binary(data):
        raise ReadError(path, "looks like a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding, value = guess_encoding(data)
    if value < 0.5:  # no single-byte reading makes sense: perhaps Chinese, Japanese, Korean
        asian = _detect_multibyte(data)
        if asian is not None:
            return asian
    return text, encoding


def _detect_multibyte(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional
        return None
    best = from_bytes(data, cp_isolation=["shift_jis", "gb18030", "big5", "euc_kr", "euc_jp"]).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_to_document(text: str, source: str | None = None) -> AnnotationDocument:
    return AnnotationDocument(text=normalize_newlines(text), source=source,
                              id=Path(source).stem if source else None)


def read_txt(path: str | os.PathLike) -> AnnotationDocument:
    text, encoding = decode_text(read_bytes(path), path)
    doc = text_to_document(text, source=os.fspath(path))
    record_encoding(doc, encoding)
    return doc


ENCODING_FIELD = "encoding"


def record_encoding(doc: AnnotationDocument, encoding: str) -> None:
    """A guessed encoding is a suggestion like any other: in the metadata, for a person to confirm
    (the window says it in the status bar).  UTF-8 is no guess, so it is not recorded."""
    if encoding != "utf-8":
        doc.metadata[ENCODING_FIELD] = MetaField(name=ENCODING_FIELD, value=encoding, origin="reader",
                                                 score=None)


def assumed_encoding(doc: AnnotationDocument) -> str | None:
    """The legacy encoding a reader assumed for ``doc``'s text, in words ("Windows-1252 (Western European)")."""
    meta = doc.metadata.get(ENCODING_FIELD)
    return describe(meta.value) if meta is not None and meta.origin == "reader" else None
