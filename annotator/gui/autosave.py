"""Never lose work: the open document is written to the user's state folder no later than a
second after the first unsaved change (a throttle: steady editing cannot push the save back),
and removed once saved or deliberately discarded.  A file left behind means the app did not
close normally; the next start offers to recover it.

Each window writes files of its own (the article's hash plus a per-window token), so an
autosave left by a crash is never overwritten by new work on the same article before the
person has chosen what to do with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..formats import FormatError, WriteError, atomic_write_text, document_from_dict, document_to_dict
from ..formats.native_json import load_json_data
from ..model import AnnotationDocument
from .settings import state_dir

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
DELAY_MS = 800  # plus the write itself: about a second at most between a change and its autosave


def autosave_dir() -> Path:
    return state_dir() / "autosave"


@dataclass(frozen=True, kw_only=True)
class AutosaveEntry:
    file: Path  # the autosave file
    path: str | None  # the article it belongs to
    save_path: str | None
    saved: str  # when, ISO 8601
    pid: int | None = None  # the process that wrote it (a running one is not a crash)
    # the document as parsed while finding the autosave, so recovering does not read it again
    document: dict | None = field(default=None, compare=False, repr=False)


def find_autosaves() -> list[AutosaveEntry]:
    entries = []
    for file in sorted(autosave_dir().glob("*.json")):
        try:
            data = load_json_data(file)
            pid = data.get("pid")
            entries.append(AutosaveEntry(file=file, path=data.get("path"), save_path=data.get("save_path"),
                                         saved=data.get("saved", ""), document=data.get("document"),
                                         pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None))
        except (OSError, FormatError, ValueError, AttributeError) as error:
            log.warning("%s: unreadable autosave (%s)", file, error)
    return entries


def load_autosave(entry: AutosaveEntry) -> AnnotationDocument:
    if entry.document is None:
        raise FormatError(entry.file, "no document in the autosave")
    return document_from_dict(entry.document, str(entry.file))


def write_autosave(target: Path, doc: AnnotationDocument, path: Path | None, save_path: Path | None) -> None:
    payload = {
        "autosave": 1,
        "path": str(path) if path else None,
        "save_path": str(save_path) if save_path else None,
        "saved": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "document": document_to_dict(doc),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(target, json.dumps(payload, ensure_ascii=False))


class _Signals(QObject):
    written = Signal(int, object, str)  # generation, file, error ("" if none)


class _WriteJob(QRunnable):
    """Serializes and writes a snapshot off the GUI thread (100 ms for a 1 MB article)."""

    def __init__(self, saver: "Autosaver", generation: int, target: Path, doc: AnnotationDocument, path, save_path):
        super().__init__()
        self._saver, self._generation, self._target = saver, generation, target
        self._args = (doc, path, save_path)

    def run(self) -> None:
        error = ""
        try:
            write_autosave(self._target, *self._args)
        except (OSError, WriteError, FormatError) as failure:
            error = str(failure)
        if self._generation != self._saver.generation:  # discarded meanwhile (saved, closed): leave nothing
            self._target.unlink(missing_ok=True)
        self._saver.signals.written.emit(self._generation, self._target, error)


class Autosaver:
    def __init__(self, window: "MainWindow"):
        self.w = window
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._save_in_background)
        self.last_file: Path | None = None
        self._token = secrets.token_hex(4)  # this window's files: never one a crash left behind
        self.generation = 0  # bumped by discard(); a write from an older generation removes itself
        self._pool = QThreadPool(window)
        self._pool.setMaxThreadCount(1)  # writes stay in order
        self.signals = _Signals(window)
        self.signals.written.connect(self._written)

    def connect_signals(self) -> None:
        self.w.undo_group.indexChanged.connect(lambda _index: self._schedule())
        self.w.document_changed.connect(self._document_changed)

    def _document_changed(self) -> None:
        self.discard()  # the previous document was saved or discarded by the person
        if self.w.recovered:
            self._schedule()

    def _schedule(self) -> None:
        # Throttle, not debounce: a change while a save is already due keeps the earlier deadline,
        # so a steady rhythm of edits is saved every second instead of never.
        if not self._timer.isActive():
            self._timer.start()

    def file_for(self) -> Path:
        key = str(self.w.save_path or self.w.path or "untitled")
        return autosave_dir() / f"{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}-{self._token}.json"

    def _save_in_background(self) -> None:
        if not self.w.is_modified():
            self.discard()
            return
        self._pool.start(_WriteJob(self, self.generation, self.file_for(), self.w.doc.copy(), self.w.path, self.w.save_path))

    def _written(self, generation: int, target: Path, error: str) -> None:
        if generation != self.generation:
            return
        if error:
            self.w.statusBar().showMessage(f"Autosave failed: {error}", 8000)
            return
        if self.last_file is not None and self.last_file != target:
            self.last_file.unlink(missing_ok=True)  # the document got a new name (Save As)
        self.last_file = target
        self.w.saved_label.setText(f"autosaved {dt.datetime.now():%H:%M:%S}")

    def save_now(self) -> Path | None:
        """Write the autosave at once, on this thread; returns the file (None if nothing to save)."""
        self._timer.stop()
        self._pool.waitForDone()
        if not self.w.is_modified():
            self.discard()
            return None
        target = self.file_for()
        try:
            write_autosave(target, self.w.doc, self.w.path, self.w.save_path)
        except (OSError, WriteError, FormatError) as error:
            self.w.statusBar().showMessage(f"Autosave failed: {error}", 8000)
            return None
        self._written(self.generation, target, "")
        return target

    def discard(self) -> None:
        """The work was saved or deliberately dropped: remove the autosave, now and in flight."""
        self._timer.stop()
        self.generation += 1
        if self.last_file is not None:
            self.last_file.unlink(missing_ok=True)
            self.last_file = None

    def shutdown(self) -> None:
        self.discard()
        self._pool.waitForDone(5000)
