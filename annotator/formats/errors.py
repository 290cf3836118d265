"""Typed errors for reading and writing files; each names the file and says what is wrong."""

from __future__ import annotations

import os


class FormatError(Exception):
    """Base class: ``path`` is the file, ``reason`` what is wrong with it, ``line`` if known."""

    verb = "cannot use"

    def __init__(self, path: str | os.PathLike | None, reason: str, *, line: int | None = None):
        self.path = None if path is None else os.fspath(path)
        self.reason = reason
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}"


class ReadError(FormatError):
    """A file could not be read or is not a valid document."""


class WriteError(FormatError):
    """A file could not be written; the previous file, if any, is untouched."""


class FormatWarning(UserWarning):
    """A file was read, but something in it was left out; ``warnings.warn`` it, naming the file."""

    def __init__(self, path: str | os.PathLike | None, reason: str, *, line: int | None = None):
        self.path = None if path is None else os.fspath(path)
        self.reason, self.line = reason, line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<input>"
        return f"{where}:{self.line}: {self.reason}" if self.line is not None else f"{where}: {self.reason}"
