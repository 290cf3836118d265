"""Small dialogs: speaker picker, canonical name, new metadata field, key sheet, review
summary, errors.  Each returns plain values; the controllers turn them into undo commands."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from html import escape
from typing import Iterator

import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..model import AnnotationDocument, Entity, Quote, review_summary

NO_SPEAKER = "(no speaker)"


@dataclass(frozen=True, kw_only=True)
class SpeakerChoice:
    entity_id: str | None = None  # a mention in the article
    name: str | None = None  # or a name typed in; neither: no speaker


def people(doc: AnnotationDocument) -> list[Entity]:
    """PERSON mentions that are not rejected (every entity if nobody is labelled PERSON yet)."""
    alive = [e for e in doc.entities if e.status != "rejected"]
    return [e for e in alive if e.label == "PERSON"] or alive


def nearest_mentions(doc: AnnotationDocument, quote: Quote) -> list[tuple[str, Entity]]:
    """One (name, mention) per person, the mention nearest the quote; nearest people first."""
    def distance(entity: Entity) -> int:
        return min(abs(entity.start - quote.end), abs(quote.start - entity.end))

    best: dict[str, Entity] = {}
    for entity in people(doc):
        name = entity.canonical or entity.text
        kept = best.get(name)
        if kept is None or distance(entity) < distance(kept):
            best[name] = entity
    return sorted(best.items(), key=lambda item: distance(item[1]))


class SpeakerPicker(QDialog):
    """Type to filter the article's people; Enter picks.  A name matching nobody is taken as typed."""

    def __init__(self, parent: QWidget, doc: AnnotationDocument, quote: Quote):
        super().__init__(parent)
        self.setObjectName("speakerPicker")
        self.setWindowTitle("Who said it?")
        self.choice = SpeakerChoice()
        self.filter = QLineEdit(placeholderText="type a name…")
        self.list = QListWidget()
        none = QListWidgetItem(NO_SPEAKER)
        none.setData(Qt.ItemDataRole.UserRole, "")
        self.list.addItem(none)
        for name, entity in nearest_mentions(doc, quote):
            item = QListWidgetItem(name if name == entity.text else f"{name}  (“{entity.text}”)")
            item.setData(Qt.ItemDataRole.UserRole, entity.id)
            self.list.addItem(item)
        current = quote.speaker.entity if quote.speaker else None
        self.list.setCurrentRow(next((i for i in range(self.list.count())
                                      if self.list.item(i).data(Qt.ItemDataRole.UserRole) == current), min(1, self.list.count() - 1)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<i>{escape(quote.text[:160])}</i>", wordWrap=True))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(420, 360)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        self.list.setCurrentRow(-1)
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None and i > 0:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def accept(self) -> None:
        item = self.list.currentItem()
        typed = self.filter.text().strip()
        if item is not None and not item.isHidden():
            self.choice = SpeakerChoice(entity_id=item.data(Qt.ItemDataRole.UserRole) or None)
        elif typed:
            self.choice = SpeakerChoice(name=typed)
        else:
            return
        super().accept()


@contextmanager
def focus_returned() -> Iterator[None]:
    """Give the keyboard focus back to the widget that had it (a table, the article) once a
    dialog closes.  Without a window manager to reactivate the main window (offscreen, some X
    setups), the focus was left nowhere and the next J, A or digit did nothing until a click.
    Applied around every menu action, so it leaves alone a focus the action itself moved within
    the window (a tab switch, the filter box)."""
    widget = QApplication.focusWidget()
    try:
        yield
    finally:
        now = QApplication.focusWidget()
        moved_within = now is not None and now is not widget and widget is not None and shiboken6.isValid(widget) \
            and now.window() is widget.window()
        if widget is not None and not moved_within and shiboken6.isValid(widget) and widget.isVisible():
            widget.window().activateWindow()
            widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def run_modal(dialog: QDialog) -> bool:
    """Show ``dialog`` until it closes; True if accepted.  Then Qt deletes it: dialogs kept as
    children of the window piled up at each use, and a few Preferences dialogs made PySide 6.12
    abort when the window closed ("shared QObject was deleted directly")."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def pick_speaker(parent: QWidget, doc: AnnotationDocument, quote: Quote) -> SpeakerChoice | None:
    dialog = SpeakerPicker(parent, doc, quote)
    return dialog.choice if run_modal(dialog) else None


def ask_canonical(parent: QWidget, entities: list[Entity]) -> str | None:
    names = sorted({e.canonical or e.text for e in entities} | {e.text for e in entities}, key=lambda n: (-len(n), n))
    # Name the mentions: with no title bar (or a glance), "3 mention(s)" does not say which.
    mentions = ", ".join(f"“{text}”" for text in dict.fromkeys(e.text for e in entities))
    count = f"{len(entities)} mentions" if len(entities) != 1 else "1 mention"
    name, ok = QInputDialog.getItem(parent, "Merge mentions", f"One canonical name for {mentions} ({count}):",
                                    names, 0, True)
    return name.strip() if ok else None


class MetadataFieldDialog(QDialog):
    """A new field's name and value; OK refuses an empty or taken name and says why."""

    def __init__(self, parent: QWidget, taken: set[str]):
        super().__init__(parent)
        self.setWindowTitle("Add a metadata field")
        self.setMinimumWidth(420)  # room for a value such as a headline or a URL
        self._taken = taken
        self.name, self.value = QLineEdit(placeholderText="e.g. author"), QLineEdit()
        form = QFormLayout(self)
        form.addRow("Field", self.name)
        form.addRow("Value", self.value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.choice: tuple[str, str] | None = None

    def accept(self) -> None:
        field = self.name.text().strip()
        if not field or field in self._taken:
            QMessageBox.warning(self.parentWidget(), "Add a metadata field",
                                f"“{field}” is already there." if field else "The field needs a name.")
            return
        self.choice = (field, self.value.text())
        super().accept()


def ask_metadata_field(parent: QWidget, taken: set[str]) -> tuple[str, str] | None:
    dialog = MetadataFieldDialog(parent, taken)
    return dialog.choice if run_modal(dialog) else None


def key_sheet_html(rows: list[tuple[str, str]]) -> str:
    """The keys in two side-by-side columns, so the sheet fits a small screen."""
    half = (len(rows) + 1) // 2
    cells = []
    for left, right in zip(rows[:half], rows[half:] + [("", "")]):
        cells.append("<tr>" + "".join(f"<td style='padding:2px 10px 2px 0'><b>{escape(keys)}</b></td>"
                                      f"<td style='padding:2px 28px 2px 0'>{escape(what)}</td>" for keys, what in (left, right))
                     + "</tr>")
    return (f"<table>{''.join(cells)}</table><p>Select text in the article, then a label key to add an entity "
            "or Q for a quote. Enter also accepts in the tables.</p>")


def show_key_sheet(parent: QWidget, rows: list[tuple[str, str]]) -> None:
    dialog = QDialog(parent)
    dialog.setObjectName("keySheet")
    dialog.setWindowTitle("Keys")
    browser = QTextBrowser()
    browser.setHtml(key_sheet_html(rows))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    # Tall enough for the whole sheet (it grows with the actions and labels), within the screen.
    browser.document().setTextWidth(820)
    wanted = int(browser.document().size().height()) + 2 * browser.frameWidth() + buttons.sizeHint().height() + 40
    screen = (parent.screen() if parent is not None else QApplication.primaryScreen()).availableGeometry()
    dialog.resize(860, max(360, min(wanted, screen.height() - 60)))
    run_modal(dialog)


def summary_html(doc: AnnotationDocument) -> str:
    summary = review_summary(doc)
    head = "<tr><th></th><th>waiting</th><th>accepted as is</th><th>edited</th><th>rejected</th><th>added by hand</th></tr>"
    rows = "".join(f"<tr><td><b>{name}</b></td><td align=right>{s.suggested}</td><td align=right>{s.accepted}</td>"
                   f"<td align=right>{s.edited}</td><td align=right>{s.rejected}</td><td align=right>{s.added}</td></tr>"
                   for name, s in summary.items())
    return f"<table cellpadding=4>{head}{rows}</table>"


def show_summary(parent: QWidget, doc: AnnotationDocument) -> None:
    box = QMessageBox(parent)
    box.setObjectName("reviewSummary")
    box.setWindowTitle("Review summary")
    box.setTextFormat(Qt.TextFormat.RichText)
    from .review_report import extractor_html

    box.setText(summary_html(doc) + extractor_html(doc))
    run_modal(box)


def show_error(parent: QWidget, title: str, error: Exception) -> None:
    """A file problem: names the file and what is wrong; the open document is untouched."""
    if not parent.window().isVisible():  # a file given on the command line: the box alone, on a
        parent.window().show()  # bare screen, looked like the app had not started
    QMessageBox.warning(parent, title, f"{error}\n\nNothing you annotated was lost.")
