"""Atomic writes: a temporary file in the target's folder, fsync, then ``os.replace``.

A crash or a full disk half-way through leaves the old file as it was, never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from .errors import WriteError


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    atomic_write_pieces(path, (data,))


def atomic_write_pieces(path: str | os.PathLike, pieces: Iterable[bytes]) -> None:
    """Like :func:`atomic_write_bytes` for data made piece by piece, so a large file is never
    held in memory whole; a piece that fails to arrive (an exception) leaves the target as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteError(target, f"cannot create a file in {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the permissions a person gave the file they are overwriting.
            os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException as error:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise WriteError(target, f"cannot write: {error.strerror or error}") from error
        raise


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        raise WriteError(path, f"cannot encode character U+{ord(error.object[error.start]):04X} at position {error.start} as {encoding}") from error
    atomic_write_bytes(path, data)


def atomic_write_text_pieces(path: str | os.PathLike, pieces: Iterable[str], encoding: str = "utf-8") -> None:
    """:func:`atomic_write_text` for text made piece by piece (a large document's JSON)."""
    atomic_write_pieces(path, _encoded(path, pieces, encoding))


def _encoded(path: str | os.PathLike, pieces: Iterable[str], encoding: str) -> Iterator[bytes]:
    offset = 0  # where each piece starts in the whole text, for the error message
    for piece in pieces:
        try:
            yield piece.encode(encoding)
        except UnicodeEncodeError as error:
            raise WriteError(path, f"cannot encode character U+{ord(error.object[error.start]):04X} at position "
                                   f"{offset + error.start} as {encoding}") from error
        offset += len(piece)
