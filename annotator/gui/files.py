"""Open, save, save as, export, recent files, and suggestions for newly opened raw articles.

A failed read or write shows a dialog naming the file and the problem; the open document and
its undo history are left exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import TOOL
from ..extract import apply_suggestions
from ..formats import FileFormat, FormatError, formats, read_document, read_with_format, write_document
from ..model import AnnotationDocument, ModelError
from .dialogs import ask_annotator_name, show_error, show_key_sheet, show_summary
from .preferences import edit_settings
from .settings import save_settings
from .suggest_worker import Suggester

if TYPE_CHECKING:
    from .main_window import MainWindow

NATIVE_SAVE_FILTERS = {"Article Annotator JSON (*.json)": ".json", "Article Annotator XML (*.xml)": ".xml"}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def annotations_path(path: Path) -> Path:
    """Where Save puts the annotations of a raw article: ``<stem>.annotations.json`` beside it."""
    return path.with_name(f"{path.stem}.annotations.json")


def _filter(fmt: FileFormat) -> str:
    return f"{fmt.description} ({fmt.glob})"


def open_filters() -> str:
    readable = [fmt for fmt in formats() if fmt.read is not None]
    every = " ".join(dict.fromkeys(fmt.glob for fmt in readable))
    return ";;".join([f"Articles and annotations ({every})"] + [_filter(fmt) for fmt in readable] + ["All files (*)"])


def format_of_filter(selected: str) -> str | None:
    """The format a person picked in the Open dialog, or None for "by the file itself"."""
    for fmt in formats():
        if fmt.read is not None and _filter(fmt) == selected:
            return fmt.name
    return None


class FileController:
    def __init__(self, window: "MainWindow"):
        self.w = window
        self.suggester = Suggester(window)
        self._token: int | None = None
        self._started_for: AnnotationDocument | None = None  # the document whose first edit is noted
        self._started: str | None = None

    def slots(self) -> dict:
        return {"open": self.open_dialog, "save": self.save, "save_as": self.save_as, "export": self.export,
                "preferences": self.preferences, "keys": lambda: show_key_sheet(self.w, self.w.actions.key_sheet()),
                "summary": lambda: show_summary(self.w, self.w.doc), "about": self.about}

    def connect_signals(self) -> None:
        self.suggester.progress.connect(self._on_progress)
        self.suggester.finished.connect(self._on_suggestions)
        self.w.undo_group.indexChanged.connect(self._note_start)

    # -- open ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        start = str(self.w.path.parent) if self.w.path else ""
        path, selected = QFileDialog.getOpenFileName(self.w, "Open an article or annotations", start, open_filters())
        if path:
            self.open_path(path, confirmed=True, format_name=format_of_filter(selected))

    def open_path(self, path: str | Path, confirmed: bool = False, format_name: str | None = None) -> bool:
        """Open an article or annotation file; False (after saying why) if it cannot be read.

        ``format_name`` is the reader a person chose; by default the file's extension and
        content decide (a Label Studio ``.json`` is not read as native JSON).
        """
        if not confirmed and not self.confirm_discard():
            return False
        path = Path(path)
        try:
            doc, fmt = read_with_format(path, format_name)
        except FormatError as error:
            show_error(self.w, "Cannot open", error)
            return False
        except (OSError, ModelError) as error:
            show_error(self.w, "Cannot open", FormatError(path, getattr(error, "strerror", None) or str(error)))
            return False
        raw = fmt is None or not fmt.native
        save_path: Path | None = path if not raw else annotations_path(path)
        if raw and save_path.exists():
            # Earlier work on this article wins over a fresh start, so Save never overwrites it.
            try:
                earlier = read_document(save_path)
            except FormatError:
                earlier = None
            if earlier is not None and earlier.text == doc.text:
                self.w.statusBar().showMessage(f"Opened your earlier annotations {save_path.name}", 6000)
                return self._show(earlier, path, save_path, suggest=False)
            save_path = None  # something else is there: Save asks where
        return self._show(doc, path, save_path, suggest=raw)

    def _show(self, doc: AnnotationDocument, path: Path, save_path: Path | None, suggest: bool) -> bool:
        self.suggester.cancel()
        self.w.workspace.close()  # a file opened on its own leaves the workspace (all of it is stored)
        self.w.set_document(doc, path, save_path)
        self.w.settings = self.w.settings.with_recent(str(path.resolve()))
        self.refresh_recent_menu()
        if suggest and doc.text:
            self.suggest_current()
        else:
            self.w.suggestions_shown.emit()
        return True

    def suggest_current(self) -> None:
        """Run the suggesters on the shown document in the background; applied when they finish."""
        self._token = self.suggester.start(self.w.doc.text)
        self.w.progress.setRange(0, 0)
        self.w.progress.show()
        self.w.statusBar().showMessage("Suggesting…")

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.w.progress.setRange(0, max(total, 1))
        self.w.progress.setValue(done)
        if name:
            self.w.statusBar().showMessage(f"Suggesting ({name})…")

    def _on_suggestions(self, token: int, results: list) -> None:
        if not self.suggester.is_current(token):
            return  # the article was closed meanwhile
        added = sum(apply_suggestions(self.w.doc, suggestions, origin, notify=False) for origin, suggestions in results)
        if added:
            self.w.doc.reset_notify()  # once: each reset rebuilds views
        self.w.progress.hide()
        self.w.statusBar().showMessage(f"{added} suggestions", 4000)
        self.w.document_changed.emit()
        self.w.suggestions_shown.emit()
        self.w.editing.go(+1)

    def refresh_recent_menu(self) -> None:
        menu = self.w.actions.recent_menu
        if menu is None:
            return
        menu.clear()
        for recent in self.w.settings.recent_files:
            menu.addAction(recent).triggered.connect(lambda _=False, p=recent: self.open_path(p))
        menu.setEnabled(bool(self.w.settings.recent_files))

    # -- save ------------------------------------------------------------------------------

    def _note_start(self, _index: int = 0) -> None:
        """The first edit of a document is when work on it started (``created`` in the file)."""
        stack = self.w.undo_stack
        if shiboken6.isValid(stack) and stack.count() and self._started_for is not self.w.doc:  # not while closing
            self._started_for, self._started = self.w.doc, _now()

    def _ask_annotator_once(self) -> None:
        """Gold should say who made it: ask for the name at the first save, once; Cancel skips
        (Preferences changes it later)."""
        settings = self.w.settings
        if settings.annotator or settings.annotator_asked:
            return
        name = ask_annotator_name(self.w)
        self.w.settings = replace(self.w.settings, annotator=name or "", annotator_asked=True)
        save_settings(self.w.settings)

    def _stamp(self) -> None:
        info = self.w.doc.annotation
        now = _now()
        started = self._started if self._started_for is self.w.doc else None
        self.w.doc.set_annotation(replace(info, annotator=self.w.settings.annotator or info.annotator,
                                          created=info.created or started or now, modified=now, tool=TOOL))

    def write(self, path: Path, format_name: str | None = None) -> bool:
        self._ask_annotator_once()
        self._stamp()
        try:
            write_document(path, self.w.doc, format_name)
        except FormatError as error:
            show_error(self.w, "Cannot save", error)
            return False
        return True

    def save(self) -> bool:
        if self.w.workspace.active and not self.w.workspace.read_only:
            return self.w.workspace.save_now()  # in a workspace every change is stored anyway
        if self.w.save_path is None:
            return self.save_as()
        if not self.write(self.w.save_path):
            return False
        self._saved(self.w.save_path)
        return True

    def save_as(self) -> bool:
        suggested = str(self.w.save_path or (annotations_path(self.w.path) if self.w.path else "untitled.annotations.json"))
        path, chosen = QFileDialog.getSaveFileName(self.w, "Save annotations as", suggested, ";;".join(NATIVE_SAVE_FILTERS))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() not in (".json", ".xml"):
            target = target.with_name(target.name + NATIVE_SAVE_FILTERS.get(chosen, ".json"))
        if not self.write(target):
            return False
        self._saved(target)
        return True

    def _saved(self, path: Path) -> None:
        self.w.mark_saved(path)
        self.w.autosaver.discard()
        self.w.saved_label.setText(f"saved {dt.datetime.now():%H:%M:%S}")
        self.w.statusBar().showMessage(f"Saved to {path}", 6000)

    def export(self) -> None:
        """Export, starting beside the article (or where the last export went) in the last format."""
        writable = [fmt for fmt in formats() if fmt.write is not None]
        filters = {f"{fmt.description} ({fmt.glob})": fmt for fmt in writable}
        settings = self.w.settings
        folder = Path(settings.export_dir) if settings.export_dir and Path(settings.export_dir).is_dir() else (
            self.w.path.parent if self.w.path else Path.home())
        last = next((fmt for fmt in writable if fmt.name == settings.export_format), writable[0])
        stem = self.w.path.stem if self.w.path else "article"
        start = folder / f"{stem}{last.extensions[0]}"
        path, chosen = QFileDialog.getSaveFileName(self.w, "Export", str(start), ";;".join(filters), _filter(last))
        if not path:
            return
        fmt = filters.get(chosen) or last
        target = Path(path)
        if not any(target.name.lower().endswith(ext) for ext in fmt.extensions):
            target = target.with_name(target.name + fmt.extensions[0])
        if self.write(target, fmt.name):
            self.w.settings = replace(self.w.settings, export_dir=str(target.parent), export_format=fmt.name)
            save_settings(self.w.settings)
            self.w.statusBar().showMessage(f"Exported {fmt.description} to {target}", 6000)

    def confirm_discard(self) -> bool:
        """True if the open document may be replaced or closed (saved, or the person agreed)."""
        if not self.w.is_modified() or self.w.workspace.stored():
            return True
        buttons = QMessageBox.StandardButton
        # Name the file Save writes, not the article it came from: "save the changes to x.txt?"
        # reads as if the article itself would be overwritten.
        if self.w.save_path is not None:
            question = f"Save the changes to {self.w.save_path.name}?"
        else:
            question = f"Save your annotations of {self.w.path.name if self.w.path else 'this article'}?"
        answer = QMessageBox.question(self.w, "Unsaved changes", question,
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def shutdown(self) -> None:
        self.suggester.cancel()
        self.suggester.wait(5000)

    # -- settings and about ----------------------------------------------------------------

    def preferences(self) -> None:
        settings = edit_settings(self.w, self.w.settings)
        if settings is not None:
            self.w.set_settings(settings)

    def about(self) -> None:
        from .about import show_about

        show_about(self.w)
