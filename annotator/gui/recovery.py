"""After a crash: offer the autosaved work, open what the person picks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ..formats import FormatError
from .autosave import AutosaveEntry, find_autosaves, load_autosave
from .dialogs import show_error

if TYPE_CHECKING:
    from .main_window import MainWindow


def recover(window: "MainWindow", entry: AutosaveEntry) -> bool:
    """Show the autosaved document, marked modified; the autosave stays until it is saved."""
    try:
        doc = load_autosave(entry)
    except (FormatError, OSError, ValueError, KeyError) as error:
        show_error(window, "Cannot recover", FormatError(entry.file, str(error)))
        return False
    window.files.suggester.cancel()
    # recovered=True before document_changed goes out, so the autosaver keeps the work instead of
    # discarding it as if the previous document had been dealt with
    window.set_document(doc, Path(entry.path) if entry.path else None,
                        Path(entry.save_path) if entry.save_path else None, recovered=True)
    window.autosaver.last_file = entry.file
    window.autosaver.save_now()
    window.suggestions_shown.emit()
    window.statusBar().showMessage(f"Recovered unsaved work from {entry.saved}", 8000)
    return True


def offer_recovery(window: "MainWindow") -> None:
    """One question per autosave left behind; Discard deletes it, Cancel keeps it for later."""
    for entry in find_autosaves():
        if window.autosaver.last_file == entry.file:
            continue
        name = Path(entry.path).name if entry.path else "an untitled article"
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(window, "Recover unsaved work?",
                                      f"{name} has unsaved changes from {entry.saved} (the app did not close normally).\n"
                                      "Recover them?", buttons.Yes | buttons.Discard | buttons.Cancel, buttons.Yes)
        if answer == buttons.Yes:
            if window.files.confirm_discard():
                recover(window, entry)
            return
        if answer == buttons.Discard:
            entry.file.unlink(missing_ok=True)
