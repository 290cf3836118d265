"""Atomic writes: a temporary file in the target's folder, fsync, then ``os.replace``.

A crash or a full disk half-way through leaves the old file as it was, never a truncated one.
A kill between creating the temporary and replacing the target leaves the temporary behind; the
next write to that folder removes such leftovers of ours (our own name pattern only, and only
when the process that made it is gone or it is over an hour old).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path
from typing import Iterable, Iterator

from .errors import WriteError

# ".<target name>.<pid>.<8 random characters>.tmp"; the pid tells a live writer from a dead one.
# Names without the pid come from earlier versions: removed only when old.
_OURS = re.compile(r"^\..+?(?:\.(?P<pid>\d+))?\.[a-z0-9_]{8}\.tmp$")
STALE_AFTER_S = 3600.0
_swept: set[str] = set()  # folders already cleaned by this process


def _writer_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def sweep_stale_temporaries(folder: Path) -> list[Path]:
    """Remove temporaries a killed write of ours left in ``folder``; returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _OURS.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = match.group("pid")
        if age > STALE_AFTER_S or (pid is not None and not _writer_alive(int(pid))):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _sweep_once(folder: Path) -> None:
    """Once per folder and process: an export of 1,000 files does not list its folder 1,000 times."""
    key = os.path.abspath(folder)
    if key not in _swept:
        _swept.add(key)
        sweep_stale_temporaries(folder)


def _write_temporary(target: Path, data: bytes | Iterable[bytes]) -> str:
    """A complete, fsynced temporary beside ``target``, with the permissions it should end up with."""
    folder = target.parent if str(target.parent) else Path(".")
    _sweep_once(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteError(target, f"cannot create a file in {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in (data,) if isinstance(data, bytes) else data:
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
    except OSError as error:
        _unlink_quietly(tmp_name)
        raise WriteError(target, f"cannot write: {error.strerror or error}") from error
    except BaseException:  # a piece that failed to arrive (its encoding): no temporary left behind
        _unlink_quietly(tmp_name)
        raise
    return tmp_name


def _unlink_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    atomic_write_files([(path, data)])


def atomic_write_pieces(path: str | os.PathLike, pieces: Iterable[bytes]) -> None:
    """Like :func:`atomic_write_bytes` for data made piece by piece, so a large file is never
    held in memory whole; a piece that fails to arrive (an exception) leaves the target as it was."""
    atomic_write_files([(path, pieces)])


def atomic_write_files(files: list[tuple[str | os.PathLike, bytes | Iterable[bytes]]]) -> None:
    """Write several files that belong together (brat's ``.txt`` and ``.ann``): every temporary
    is complete on disk before the first target is replaced, so a failure while writing leaves
    all the old files, and the replacements follow one another at once."""
    done: list[tuple[Path, str]] = []
    try:
        for path, data in files:
            target = Path(path)
            done.append((target, _write_temporary(target, data)))
    except WriteError:
        for _target, tmp_name in done:
            _unlink_quietly(tmp_name)
        raise
    for index, (target, tmp_name) in enumerate(done):
        try:
            os.replace(tmp_name, target)
        except OSError as error:
            for _later, later_tmp in done[index:]:
                _unlink_quietly(later_tmp)
            raise WriteError(target, f"cannot write: {error.strerror or error}") from error


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, encode_text(path, text, encoding))


def encode_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> bytes:
    return b"".join(_encoded(path, (text,), encoding))  # one piece: the same message as a streamed write


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
