"""Plain-text articles: decode, normalize newlines, keep everything else exactly.

Layout (section, title, dateline, byline) is *suggested* as metadata by
``annotator.extract.layout``; nothing is ever cut out of the text.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model import AnnotationDocument
from .errors import ReadError
from .native_json import read_bytes

# Encodings tried when a file is not UTF-8, most likely first for news text.  A detector
# (charset-normalizer) picks among them when installed; cp1252 is the classic fallback because
# it is what "latin-1" files from Windows newsrooms really are (curly quotes at 0x91-0x94).
_LEGACY = ("cp1252", "latin-1")


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
    guess = _detect(data)
    for encoding in ((guess,) if guess else ()) + _LEGACY:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise ReadError(path, "cannot tell the text encoding")  # latin-1 decodes anything: unreachable


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: the legacy list alone handles western news
        return None
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp1251", "koi8_r", "shift_jis", "gb18030", "big5", "euc_kr"]).best()
    return None if best is None else best.encoding


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_to_document(text: str, source: str | None = None) -> AnnotationDocument:
    return AnnotationDocument(text=normalize_newlines(text), source=source,
                              id=Path(source).stem if source else None)


def read_txt(path: str | os.PathLike) -> AnnotationDocument:
    text, _encoding = decode_text(read_bytes(path), path)
    return text_to_document(text, source=os.fspath(path))
