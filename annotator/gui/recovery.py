"""After a crash: offer the autosaved work, open what the person picks.

Nothing recoverable is deleted or overwritten until the person has chosen: "Decide later" (and
Escape, and closing the box) keeps the autosave for the next start, and the window's own
autosaves go to files of their own (see ``autosave``), never over one left behind.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ..formats import FormatError
from ..model import review_summary
from .autosave import AutosaveEntry, find_autosaves, load_autosave
from .dialogs import show_error

if TYPE_CHECKING:
    from .main_window import MainWindow

RECOVER = "Recover"
DISCARD = "Discard the unsaved changes"
LATER = "Decide later"


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
    window.statusBar().showMessage(f"Recovered the unsaved work from {local_time(entry.saved)}", 8000)
    return True


def local_time(saved: str, now: dt.datetime | None = None) -> str:
    """``saved`` (ISO 8601, UTC) in the person's time zone: "21:43 today", "09:05 on Monday 30 November"."""
    try:
        when = dt.datetime.fromisoformat(saved)
    except (TypeError, ValueError):
        return "an unknown time"
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone()
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone()
    if when.date() == now.date():
        return f"{when:%H:%M} today"
    if when.date() == (now - dt.timedelta(days=1)).date():
        return f"{when:%H:%M} yesterday"
    return f"{when:%H:%M} on {when:%A} {when.day} {when:%B %Y}"


def describe_work(entry: AutosaveEntry) -> str:
    """What the autosave holds, in the review's own terms: "12 of 90 suggestions reviewed, 2 items added"."""
    try:
        total = review_summary(load_autosave(entry))["all"]
    except (FormatError, ValueError, KeyError, TypeError):
        return "work that cannot be read back (Recover will say why)"
    added = f"{total.added} item{'s' if total.added != 1 else ''} you added"
    return f"{total.reviewed} of {total.total_suggestions} suggestions reviewed and {added}"


def _running_elsewhere(entry: AutosaveEntry) -> bool:
    """The autosave of a window still open in another running copy of the app is not a crash."""
    if entry.pid is None or entry.pid == os.getpid():
        return False
    try:
        os.kill(entry.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: a reused pid, not our app
        return False
    try:  # a pid reused by an unrelated program after a reboot must not hide the work
        cmdline = Path(f"/proc/{entry.pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"annotator" in cmdline or b"python" in cmdline


def ask(window: "MainWindow", entry: AutosaveEntry) -> str:
    """The question for one autosave; returns RECOVER, DISCARD or LATER (Escape, closing the box)."""
    name = Path(entry.path).name if entry.path else "an untitled article"
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unsaved work found")
    box.setText(f"The app closed without saving your work on {name}.")
    where = f"\nThe article: {entry.path}" if entry.path else ""
    box.setInformativeText(
        f"It was autosaved at {local_time(entry.saved)}, with {describe_work(entry)}.{where}\n\n"
        f"{RECOVER} opens that work so you can save it.\n"
        f"{DISCARD} deletes the autosave; the article file itself is not changed.\n"
        f"{LATER} keeps the autosave and asks again at the next start.")
    recover_button = box.addButton(RECOVER, QMessageBox.ButtonRole.AcceptRole)
    discard_button = box.addButton(DISCARD, QMessageBox.ButtonRole.DestructiveRole)
    later_button = box.addButton(LATER, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover_button)
    box.setEscapeButton(later_button)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is recover_button:
        return RECOVER
    if clicked is discard_button:
        return DISCARD
    return LATER


def offer_recovery(window: "MainWindow") -> None:
    """One question per autosave left behind by a crash, then the window gets the keys back."""
    try:
        for entry in find_autosaves():
            if window.autosaver.last_file == entry.file or _running_elsewhere(entry):
                continue
            answer = ask(window, entry)
            if answer == RECOVER:
                if window.files.confirm_discard():
                    recover(window, entry)
                return  # one document per window; the others are offered at the next start
            if answer == DISCARD:
                entry.file.unlink(missing_ok=True)
    finally:
        give_keys_back(window)


def give_keys_back(window: "MainWindow") -> None:
    """A modal box at start-up leaves no window active: F1, Ctrl+Z and J would go nowhere."""
    window.raise_()
    window.activateWindow()
    window.current_panel().view.setFocus()
