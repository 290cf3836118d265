"""Atomic writes: a temporary file in the target's folder, fsync, then ``os.replace``.

A crash or a full disk half-way through leaves the old file as it was, never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import WriteError


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteError(target, f"cannot create a file in {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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
    except OSError as error:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise WriteError(target, f"cannot write: {error.strerror or error}") from error


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        raise WriteError(path, f"cannot encode character U+{ord(error.object[error.start]):04X} at position {error.start} as {encoding}") from error
    atomic_write_bytes(path, data)
