"""Which reader and writer handle which file: by extension, or by a format name for export."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..model import AnnotationDocument
from .errors import ReadError, WriteError

Reader = Callable[[str | os.PathLike], AnnotationDocument]
Writer = Callable[[str | os.PathLike, AnnotationDocument], None]
ManyReader = Callable[[str | os.PathLike], list[AnnotationDocument]]
# A many-writer may return how many items the format could not hold (CoNLL: overlapping entities).
ManyWriter = Callable[[str | os.PathLike, list[AnnotationDocument]], int | None]


@dataclass(frozen=True, kw_only=True)
class FileFormat:
    name: str  # short name for --to / --from: "json", "xml", "brat", ...
    description: str  # for file dialogs: "Article Annotator JSON"
    extensions: tuple[str, ...]  # lower case, with the dot; first is the default
    read: Reader | None = None
    write: Writer | None = None
    native: bool = False  # keeps everything the document holds
    # Formats that hold many documents in one file (JSONL, Label Studio, CoNLL) also read and
    # write lists; ``read`` then refuses a file with more than one document.
    read_many: ManyReader | None = None
    write_many: ManyWriter | None = None
    # Tells this format from others sharing its extension (.json: native or Label Studio; .xml:
    # native, NITF or NewsML-G2) by the first bytes of the file.
    sniff: Callable[[bytes], bool] | None = None

    @property
    def glob(self) -> str:
        return " ".join(f"*{ext}" for ext in self.extensions)


_FORMATS: dict[str, FileFormat] = {}


def register_format(fmt: FileFormat) -> None:
    _FORMATS[fmt.name] = fmt


def formats() -> list[FileFormat]:
    return list(_FORMATS.values())


def format_named(name: str) -> FileFormat:
    try:
        return _FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; known: {', '.join(sorted(_FORMATS))}") from None


def _suffix(path: str | os.PathLike) -> str:
    name = Path(path).name.lower()
    # Longest matching extension wins, so ".annotations.json" or ".conll.txt" can be told apart.
    matches = [ext for fmt in _FORMATS.values() for ext in fmt.extensions if name.endswith(ext)]
    return max(matches, key=len) if matches else Path(name).suffix


def format_for_path(path: str | os.PathLike, *, for_writing: bool = False) -> FileFormat | None:
    suffix = _suffix(path)
    for fmt in _FORMATS.values():
        if suffix in fmt.extensions and (fmt.write if for_writing else fmt.read) is not None:
            return fmt
    return None


_SNIFF_BYTES = 65536


def detect_format(path: str | os.PathLike) -> FileFormat | None:
    """The reader for ``path``: by extension, and by content where an extension is shared.

    A Label Studio export is a ``.json`` and a NITF story is often a plain ``.xml``; sniffing
    the first bytes opens them with the right reader instead of failing in the wrong one.
    """
    by_name = format_for_path(path)
    final = Path(path).suffix.lower()
    rivals = [fmt for fmt in _FORMATS.values()
              if fmt.read is not None and fmt.sniff is not None and any(ext.endswith(final) for ext in fmt.extensions)]
    if not final or not rivals:
        return by_name
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return by_name  # the reader itself will say what is wrong with the file
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM: sniff what it says
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    ordered = ([by_name] if by_name in rivals else []) + [fmt for fmt in rivals if fmt is not by_name]
    for fmt in ordered:
        if fmt.sniff(head):  # type: ignore[misc]
            return fmt
    return by_name


def reader_for(path: str | os.PathLike, format_name: str | None = None) -> FileFormat | None:
    """The format that reads ``path``: the one named, else by extension and content; None when
    no format can read it."""
    fmt = format_named(format_name) if format_name else detect_format(path)
    return fmt if fmt is not None and fmt.read is not None else None


def read_with_format(path: str | os.PathLike, format_name: str | None = None) -> tuple[AnnotationDocument, FileFormat]:
    """``read_document``, also saying which format read the file."""
    fmt = reader_for(path, format_name)
    if fmt is None:
        known = sorted({ext for f in _FORMATS.values() if f.read for ext in f.extensions})
        raise ReadError(path, f"unknown file type {Path(path).suffix or '(none)'!r}; can open {', '.join(known)}")
    return fmt.read(path), fmt  # type: ignore[misc]


def read_document(path: str | os.PathLike, format_name: str | None = None) -> AnnotationDocument:
    """Open any readable article or annotation file, by ``format_name`` or by what it is."""
    return read_with_format(path, format_name)[0]


def write_document(path: str | os.PathLike, doc: AnnotationDocument, format_name: str | None = None) -> None:
    fmt = format_named(format_name) if format_name else format_for_path(path, for_writing=True)
    if fmt is None or fmt.write is None:
        raise WriteError(path, f"cannot write files of type {Path(path).suffix or '(none)'!r}; use .json or .xml")
    fmt.write(path, doc)
