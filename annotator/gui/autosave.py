"""Never lose work: the open document is written to the user's state folder a second after
each change, and removed once saved or deliberately discarded.  A file left behind means the
app did not close normally; the next start offers to recover it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ..formats import FormatError, WriteError, atomic_write_text, document_from_dict, document_to_dict
from ..model import AnnotationDocument
from .settings import state_dir

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
DELAY_MS = 1000


def autosave_dir() -> Path:
    return state_dir() / "autosave"


@dataclass(frozen=True, kw_only=True)
class AutosaveEntry:
    file: Path  # the autosave file
    path: str | None  # the article it belongs to
    save_path: str | None
    saved: str  # when, ISO 8601


def find_autosaves() -> list[AutosaveEntry]:
    entries = []
    for file in sorted(autosave_dir().glob("*.json")):
        try:
            data = json.loads(file.read_text("utf-8"))
            entries.append(AutosaveEntry(file=file, path=data.get("path"), save_path=data.get("save_path"), saved=data.get("saved", "")))
        except (OSError, ValueError, AttributeError) as error:
            log.warning("%s: unreadable autosave (%s)", file, error)
    return entries


def load_autosave(entry: AutosaveEntry) -> AnnotationDocument:
    data = json.loads(entry.file.read_text("utf-8"))
    return document_from_dict(data["document"], str(entry.file))


class Autosaver:
    def __init__(self, window: "MainWindow"):
        self.w = window
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.last_file: Path | None = None

    def connect_signals(self) -> None:
        self.w.undo_stack.indexChanged.connect(lambda _index: self._schedule())
        self.w.document_changed.connect(self._document_changed)

    def _document_changed(self) -> None:
        self.discard()  # the previous document was saved or discarded by the person
        if self.w.recovered:
            self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def file_for(self) -> Path:
        key = str(self.w.save_path or self.w.path or "untitled")
        return autosave_dir() / f"{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}.json"

    def save_now(self) -> Path | None:
        self._timer.stop()
        if not self.w.is_modified():
            self.discard()
            return None
        target = self.file_for()
        payload = {
            "autosave": 1,
            "path": str(self.w.path) if self.w.path else None,
            "save_path": str(self.w.save_path) if self.w.save_path else None,
            "saved": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "document": document_to_dict(self.w.doc),
        }
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, json.dumps(payload, ensure_ascii=False))
        except (OSError, WriteError, FormatError) as error:
            self.w.statusBar().showMessage(f"Autosave failed: {error}", 8000)
            return None
        if self.last_file is not None and self.last_file != target:
            self.last_file.unlink(missing_ok=True)
        self.last_file = target
        self.w.saved_label.setText(f"autosaved {dt.datetime.now():%H:%M:%S}")
        return target

    def discard(self) -> None:
        self._timer.stop()
        if self.last_file is not None:
            self.last_file.unlink(missing_ok=True)
            self.last_file = None
