"""Native JSON: ``document_to_dict`` / ``document_from_dict`` and the ``read_json`` / ``write_json`` pair.

The dict form is also what the XML writer serializes, so JSON -> XML -> JSON is lossless by
construction.  Keys this version does not know are kept in each item's ``extra`` and written
back where they were found.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any, Iterator

from ..model import (
    AnnotationDocument,
    AnnotationInfo,
    Cue,
    Entity,
    MetaField,
    Quote,
    Speaker,
    Topic,
)
from .atomic import atomic_write_text_pieces
from .errors import ReadError

FORMAT_NAME = "annotator/article"
FORMAT_VERSION = 1

_ENTITY_KEYS = ("id", "start", "end", "text", "label", "canonical", "status", "origin", "score", "edited")
_QUOTE_KEYS = ("id", "start", "end", "text", "kind", "speaker", "cue", "status", "origin", "score", "edited")
_SPEAKER_KEYS = ("start", "end", "text", "entity", "name")
_CUE_KEYS = ("start", "end", "text")
_TOPIC_KEYS = ("code", "label", "score", "primary", "status", "origin", "edited")
_META_KEYS = ("value", "start", "end", "status", "origin", "score", "edited")
_ANNOTATION_KEYS = ("annotator", "created", "modified", "tool", "state")
_DOC_KEYS = ("format", "version", "id", "source", "sha256", "text", "metadata", "entities", "quotes",
             "topics", "annotation")


# -- to dict ------------------------------------------------------------------------------

def _pack(item: Any, keys: tuple[str, ...], always: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in keys:
        value = getattr(item, key)
        if value is None and key not in always:
            continue
        out[key] = value
    for key, value in item.extra.items():
        out.setdefault(key, value)
    return out


def _speaker_to_dict(speaker: Speaker) -> dict[str, Any]:
    return _pack(speaker, _SPEAKER_KEYS)


def _quote_to_dict(quote: Quote) -> dict[str, Any]:
    out = _pack(quote, _QUOTE_KEYS)
    if quote.speaker is not None:
        out["speaker"] = _speaker_to_dict(quote.speaker)
    if quote.cue is not None:
        out["cue"] = _pack(quote.cue, _CUE_KEYS)
    return out


def document_to_dict(doc: AnnotationDocument) -> dict[str, Any]:
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _document_parts(doc)}


def _document_parts(doc: AnnotationDocument) -> Iterator[tuple[str, Any]]:
    """The top-level keys of the dict form in order; the item lists as iterators, made one item
    at a time, so a writer can stream a large document instead of holding its whole dict."""
    yield "format", FORMAT_NAME
    yield "version", FORMAT_VERSION
    if doc.id is not None:
        yield "id", doc.id
    if doc.source is not None:
        yield "source", doc.source
    yield "sha256", doc.sha256
    yield "text", doc.text
    yield "metadata", {name: _pack(meta, _META_KEYS) for name, meta in doc.metadata.items()}
    yield "entities", (_pack(entity, _ENTITY_KEYS) for entity in doc.entities)
    yield "quotes", (_quote_to_dict(quote) for quote in doc.quotes)
    yield "topics", [_pack(topic, _TOPIC_KEYS) for topic in doc.topics]
    annotation = _pack(doc.annotation, _ANNOTATION_KEYS)
    if annotation:
        yield "annotation", annotation
    written = {"format", "version", "id", "source", "sha256", "text", "metadata", "entities", "quotes", "topics",
               "annotation"}
    for key, value in doc.extra.items():  # unknown keys never override the known ones
        if key not in written:
            yield key, value


# -- from dict ----------------------------------------------------------------------------

class _Reader:
    """Typed access to a parsed JSON object that turns every type slip into a ReadError."""

    def __init__(self, path: str | os.PathLike | None):
        self.path = path

    def fail(self, where: str, message: str) -> ReadError:
        return ReadError(self.path, f"{where}: {message}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, got {type(value).__name__}")
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, got {type(value).__name__}")
        return value

    def get(self, data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
            *, required: bool = False, default: Any = None) -> Any:
        if key not in data or data[key] is None:
            if required:
                raise self.fail(where, f"missing {key!r}")
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; an offset of `true` is a type error, not 1.
        if isinstance(value, bool) and bool not in kinds:
            raise self.fail(where, f"{key!r} must be {_kind_name(kinds)}, got {value!r}")
        if float in kinds and isinstance(value, int) and not isinstance(value, bool):
            try:
                value = float(value)
            except OverflowError:
                raise self.fail(where, f"{key!r} is a number too large to hold ({len(str(abs(value)))} digits)") from None
        if not isinstance(value, kinds):
            raise self.fail(where, f"{key!r} must be {_kind_name(kinds)}, got {value!r}")
        return value

    def extra(self, data: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
        return {key: value for key, value in data.items() if key not in known}


def _kind_name(kinds: tuple[type, ...]) -> str:
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}
    return " or ".join(names.get(kind, kind.__name__) for kind in kinds)


def _common(r: _Reader, data: dict[str, Any], where: str) -> dict[str, Any]:
    return dict(
        status=r.get(data, "status", str, where, default="suggested"),
        origin=r.get(data, "origin", str, where, default="human"),
        edited=r.get(data, "edited", bool, where, default=False),
    )


def _entity(r: _Reader, data: Any, where: str) -> Entity:
    data = r.obj(data, where)
    return Entity(
        id=r.get(data, "id", str, where, required=True),
        start=r.get(data, "start", int, where, required=True),
        end=r.get(data, "end", int, where, required=True),
        text=r.get(data, "text", str, where, required=True),
        label=r.get(data, "label", str, where, required=True),
        canonical=r.get(data, "canonical", str, where),
        score=r.get(data, "score", float, where),
        extra=r.extra(data, _ENTITY_KEYS),
        **_common(r, data, where),
    )


def _speaker(r: _Reader, data: Any, where: str) -> Speaker | None:
    if data is None:
        return None
    data = r.obj(data, where)
    return Speaker(
        start=r.get(data, "start", int, where),
        end=r.get(data, "end", int, where),
        text=r.get(data, "text", str, where),
        entity=r.get(data, "entity", str, where),
        name=r.get(data, "name", str, where),
        extra=r.extra(data, _SPEAKER_KEYS),
    )


def _cue(r: _Reader, data: Any, where: str) -> Cue | None:
    if data is None:
        return None
    data = r.obj(data, where)
    return Cue(
        start=r.get(data, "start", int, where, required=True),
        end=r.get(data, "end", int, where, required=True),
        text=r.get(data, "text", str, where, required=True),
        extra=r.extra(data, _CUE_KEYS),
    )


def _quote(r: _Reader, data: Any, where: str) -> Quote:
    data = r.obj(data, where)
    return Quote(
        id=r.get(data, "id", str, where, required=True),
        start=r.get(data, "start", int, where, required=True),
        end=r.get(data, "end", int, where, required=True),
        text=r.get(data, "text", str, where, required=True),
        kind=r.get(data, "kind", str, where, default="direct"),
        speaker=_speaker(r, data.get("speaker"), f"{where}.speaker"),
        cue=_cue(r, data.get("cue"), f"{where}.cue"),
        score=r.get(data, "score", float, where),
        extra=r.extra(data, _QUOTE_KEYS),
        **_common(r, data, where),
    )


def _topic(r: _Reader, data: Any, where: str) -> Topic:
    data = r.obj(data, where)
    return Topic(
        code=r.get(data, "code", str, where, required=True),
        label=r.get(data, "label", str, where, default=""),
        score=r.get(data, "score", float, where),
        primary=r.get(data, "primary", bool, where, default=False),
        extra=r.extra(data, _TOPIC_KEYS),
        **_common(r, data, where),
    )


def _meta(r: _Reader, name: str, data: Any, where: str) -> MetaField:
    if isinstance(data, str):  # shorthand: "title": "Canada Seeks …"
        return MetaField(name=name, value=data)
    data = r.obj(data, where)
    return MetaField(
        name=name,
        value=r.get(data, "value", str, where, default=""),
        start=r.get(data, "start", int, where),
        end=r.get(data, "end", int, where),
        score=r.get(data, "score", float, where),
        extra=r.extra(data, _META_KEYS),
        **_common(r, data, where),
    )


def document_from_dict(data: Any, path: str | os.PathLike | None = None) -> AnnotationDocument:
    """Build a document from the native dict; structural problems raise ReadError.

    Offsets are *not* checked here (``AnnotationDocument.problems`` does that), so that
    ``annotator validate`` can list every broken span of a file instead of the first one.
    """
    r = _Reader(path)
    data = r.obj(data, "document")
    if found := lone_surrogate(data):
        raise r.fail(*found)
    fmt = data.get("format", FORMAT_NAME)
    if fmt != FORMAT_NAME:
        raise r.fail("format", f"expected {FORMAT_NAME!r}, got {fmt!r}")
    version = r.get(data, "version", int, "version", default=FORMAT_VERSION)
    if version > FORMAT_VERSION:
        raise r.fail("version", f"version {version} is newer than this tool reads ({FORMAT_VERSION}); update Article Annotator")
    text = r.get(data, "text", str, "document", required=True)
    metadata_data = r.obj(data.get("metadata") or {}, "metadata")
    annotation_data = r.obj(data.get("annotation") or {}, "annotation")
    return AnnotationDocument(
        text=text,
        id=r.get(data, "id", str, "document"),
        source=r.get(data, "source", str, "document"),
        entities=[_entity(r, item, f"entities[{i}]") for i, item in enumerate(r.items(data.get("entities"), "entities"))],
        quotes=[_quote(r, item, f"quotes[{i}]") for i, item in enumerate(r.items(data.get("quotes"), "quotes"))],
        topics=[_topic(r, item, f"topics[{i}]") for i, item in enumerate(r.items(data.get("topics"), "topics"))],
        metadata={name: _meta(r, name, value, f"metadata.{name}") for name, value in metadata_data.items()},
        annotation=AnnotationInfo(
            **{key: r.get(annotation_data, key, str, "annotation") for key in _ANNOTATION_KEYS},
            extra=r.extra(annotation_data, _ANNOTATION_KEYS),
        ),
        extra=r.extra(data, _DOC_KEYS),
    )


# -- characters no file can hold -----------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(value: Any, where: str = "document") -> tuple[str, str] | None:
    """``(where, what)`` for the first string (or key) in ``value`` holding a lone surrogate.

    JSON's ``"\\ud800"`` escape reads as half of a UTF-16 pair that no UTF-8 file can hold:
    such a document could be opened but never saved, so readers refuse it."""
    stack = [(where, value)]
    while stack:  # no recursion: a deeply nested value must not overflow the stack
        here, item = stack.pop()
        if isinstance(item, str):
            if match := _SURROGATE.search(item):
                return here, (f"lone surrogate U+{ord(match.group()):04X} at position {match.start()} of the string "
                              "(half of a UTF-16 pair; no UTF-8 file can hold it)")
        elif isinstance(item, dict):
            for key, child in reversed(list(item.items())):
                if _SURROGATE.search(key):
                    stack.append((f"{here}.{ascii(key)}", key))
                stack.append((f"{here}.{key}" if here != "document" else key, child))
        elif isinstance(item, list):
            stack.extend((f"{here}[{i}]", child) for i, child in reversed(list(enumerate(item))))
    return None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):  # 400 digits before the point: no file could write it back
        raise ValueError(f"the number {literal[:20]}… ({len(literal)} characters) is too large")
    return value


# -- files --------------------------------------------------------------------------------

def dumps_json(doc: AnnotationDocument) -> str:
    return "".join(iter_json(doc))


_TEXT_PIECE = 1 << 16  # characters of the article text written at a time


def iter_json(doc: AnnotationDocument) -> Iterator[str]:
    """``json.dumps(document_to_dict(doc), ensure_ascii=False, indent=1) + "\\n"`` in pieces.

    Made an item at a time: the whole dict form of a 50 MB article's 700,000 entities never
    exists at once (issue 8 item 14, the memory of ``annotator suggest``).  Each value is
    dumped alone and indented one level further; JSON strings hold no raw newline, so the
    replace touches only the layout.
    """
    yield "{"
    first = True
    for key, value in _document_parts(doc):
        yield ("\n " if first else ",\n ") + json.dumps(key, ensure_ascii=False) + ": "
        first = False
        if key == "text" and isinstance(value, str) and len(value) > _TEXT_PIECE:
            # The article itself in pieces too (JSON escapes each character on its own, so escaped
            # pieces joined are the escaped whole): no second and third copy of a 50 MB text.
            yield '"'
            for at in range(0, len(value), _TEXT_PIECE):
                yield json.dumps(value[at:at + _TEXT_PIECE], ensure_ascii=False)[1:-1]
            yield '"'
            continue
        if not isinstance(value, Iterator):
            yield json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")
            continue
        empty = True
        for item in value:
            yield ("[\n  " if empty else ",\n  ") + json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            empty = False
        yield "[]" if empty else "\n ]"
    yield "\n}\n" if not first else "}\n"


def parse_json_text(raw: str, path: str | os.PathLike | None = None, *, line: int | None = None) -> Any:
    """The JSON value in ``raw``; ``line`` is the file's line number when ``raw`` is one line of
    a JSON-lines file (errors then name that line and the column in it)."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        if line is not None:
            raise ReadError(path, f"not valid JSON: {error.msg} (column {error.colno})", line=line) from error
        raise ReadError(path, f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})",
                        line=error.lineno) from error
    except RecursionError as error:
        raise ReadError(path, "not valid JSON: nested too deeply", line=line) from error
    except ValueError as error:  # a number over 4,300 digits, NaN / Infinity
        reason = str(error).split(":")[0].replace("Exceeds the limit (4300 digits) for integer string conversion",
                                                 "a number with more than 4,300 digits")
        raise ReadError(path, f"not valid JSON: {reason}", line=line) from error
    if found := lone_surrogate(value):
        raise ReadError(path, ": ".join(found), line=line)
    return value


def read_bytes(path: str | os.PathLike) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as error:
        raise ReadError(path, "no such file") from error
    except IsADirectoryError as error:
        raise ReadError(path, "is a folder, not a file") from error
    except OSError as error:
        raise ReadError(path, f"cannot read: {error.strerror or error}") from error


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_utf8(data: bytes, path: str | os.PathLike | None) -> str:
    """JSON text: UTF-8 (BOM or not), or UTF-16 that says so with a BOM (Windows tools write it)."""
    if data.startswith(_UTF16_BOMS) and not data.startswith(b"\xff\xfe\x00\x00"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ReadError(path, f"broken UTF-16 text (byte {error.start})") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(path, f"not UTF-8 text (byte {error.start}); is it a binary file?") from error


def load_json_data(path: str | os.PathLike) -> Any:
    return parse_json_text(decode_utf8(read_bytes(path), path), path)


def read_json(path: str | os.PathLike, *, check: bool = True) -> AnnotationDocument:
    """Read a native JSON file; with ``check``, broken offsets raise ReadError too."""
    doc = document_from_dict(load_json_data(path), path)
    if check:
        raise_problems(doc, path)
    return doc


def raise_problems(doc: AnnotationDocument, path: str | os.PathLike | None) -> None:
    problems = doc.problems()
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise ReadError(path, f"{problems[0]}{more}")


def write_json(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    atomic_write_text_pieces(path, iter_json(doc))
