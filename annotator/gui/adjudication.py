"""The adjudication window: two or more annotations of one article as a list of differences.

The current difference shows every annotator's version in the text (the first version shaded,
the others underlined in their own colour).  One key each: A, B, C … take that annotator's
version (an annotator with nothing there: take nothing), N takes neither; the next difference
comes up; the label keys (1 … 9) relabel the version taken.  Every choice is an undo step.  Ctrl+S writes the gold: what everyone agreed on plus
the chosen versions, each item naming the annotators it came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QTextEdit, QVBoxLayout, QWidget

from .. import APP_NAME
from ..evaluation.differences import Comparison, Difference, adjudicated, compare
from ..model import AnnotationDocument, AnnotationInfo
from ..model.offsets import Utf16Index

UNDECIDED = -1
NEITHER = None
LETTERS = "ABCDEFGHI"  # J and K move, N is neither: at most nine annotators get a key
COLORS = ("#9ecbff", "#f28c28", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#17becf")


def version_of(difference: Difference, annotator: str) -> int | None:
    """The index of the version ``annotator`` has in ``difference`` (None: they have nothing there)."""
    return next((i for i, v in enumerate(difference.versions) if annotator in v.annotators), None)


def item_text(item) -> str:
    if hasattr(item, "label") and hasattr(item, "start"):
        return f"«{item.text}» {item.label}"
    if hasattr(item, "kind"):
        who = item.speaker.name or item.speaker.text if item.speaker is not None else "no speaker"
        short = item.text if len(item.text) <= 40 else item.text[:37] + "…"
        return f"«{short}» said by {who}"
    return f"{item.code} {item.label}"


class ChooseCommand(QUndoCommand):
    def __init__(self, window: "AdjudicationWindow", index: int, choice: int | None):
        super().__init__(f"choose for difference {index + 1}")
        self.window, self.index, self.new, self.old = window, index, choice, window.choices[index]

    def redo(self) -> None:
        self.window.set_choice(self.index, self.new)

    def undo(self) -> None:
        self.window.set_choice(self.index, self.old)


class LabelCommand(QUndoCommand):
    def __init__(self, window: "AdjudicationWindow", index: int, label: str | None):
        super().__init__(f"relabel difference {index + 1}")
        self.window, self.index, self.new, self.old = window, index, label, window.labels.get(index)

    def redo(self) -> None:
        self.window.set_label(self.index, self.new)

    def undo(self) -> None:
        self.window.set_label(self.index, self.old)


class AdjudicationWindow(QMainWindow):
    saved = Signal(str)  # the path written

    def __init__(self, comparison: Comparison, output: Path, doc_id: str | None = None, parent=None):
        super().__init__(parent)
        self.comparison, self.output, self.doc_id = comparison, Path(output), doc_id
        self.choices: list[int | None] = [UNDECIDED] * len(comparison.differences)
        self.labels: dict[int, str] = {}  # difference -> the label its chosen entities get instead
        self.undo_stack = QUndoStack(self)
        self._offsets = Utf16Index(comparison.text)
        self.article = QTextEdit(readOnly=True)
        self.article.setObjectName("adjudicationArticle")
        self.article.setPlainText(comparison.text)
        self.list = QListWidget()
        self.list.setObjectName("differences")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addWidget(self.legend)
        layout.addWidget(self.list)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.article)
        splitter.addWidget(side)
        splitter.setSizes([700, 600])
        self.setCentralWidget(splitter)
        self.resize(1300, 800)
        self._build_actions()
        for n in range(len(comparison.differences)):
            self.list.addItem(self._row_text(n))
        self.list.currentRowChanged.connect(self._show_difference)
        self.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setWindowTitle(f"Adjudicate {' · '.join(comparison.names)} -> {self.output.name}[*] — {APP_NAME}")
        self.legend.setText(self._legend_text())
        if comparison.differences:
            self.list.setCurrentRow(0)
        else:
            self.statusBar().showMessage("The annotations agree everywhere: Ctrl+S saves them as gold")

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu("&Adjudicate")
        def add(text: str, keys: Sequence[str], slot) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            menu.addAction(action)
            return action
        self.choose_actions = [add(f"Take {name}'s version", [LETTERS[k]], lambda _=False, k=k: self.choose_annotator(k))
                               for k, name in enumerate(self.comparison.names[:len(LETTERS)])]
        add("Take &neither", ["N"], lambda: self.choose(NEITHER))
        from .settings import load_settings

        for style in load_settings().labels:  # the same keys relabel as in the main window
            add(f"Relabel the chosen version as {style.name}", [style.key] if style.key else [],
                lambda _=False, label=style.name: self.relabel(label))
        add("&Next difference", ["J", "Down"], lambda: self._move(1))
        add("&Previous difference", ["K", "Up"], lambda: self._move(-1))
        menu.addSeparator()
        undo, redo = self.undo_stack.createUndoAction(self, "&Undo"), self.undo_stack.createRedoAction(self, "&Redo")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addActions([undo, redo])
        add("&Save the gold", ["Ctrl+S"], self.save)
        add("&Close", ["Ctrl+W"], self.close)

    def current(self) -> int:
        return self.list.currentRow()

    def choose_annotator(self, annotator: int) -> None:
        if self.current() >= 0:
            difference = self.comparison.differences[self.current()]
            self.choose(version_of(difference, self.comparison.names[annotator]))

    def choose(self, choice: int | None) -> None:
        index = self.current()
        if index < 0:
            return
        if self.choices[index] != choice:
            self.undo_stack.push(ChooseCommand(self, index, choice))
        self._move(1)

    def set_choice(self, index: int, choice: int | None) -> None:
        """Called by the undo commands only."""
        self.choices[index] = choice
        self.list.item(index).setText(self._row_text(index))
        self.list.setCurrentRow(index)
        self._show_difference(index)

    def relabel(self, label: str) -> None:
        """Edit the chosen version: its entities get ``label`` in the gold."""
        index = self.current()
        if index < 0:
            return
        choice = self.choices[index]
        difference = self.comparison.differences[index]
        if choice in (UNDECIDED, None) or difference.collection != "entities":
            self.statusBar().showMessage("Take an entity version first (A, B, …), then relabel it", 6000)
            return
        if self.labels.get(index) != label:
            self.undo_stack.push(LabelCommand(self, index, label))

    def set_label(self, index: int, label: str | None) -> None:
        """Called by the undo commands only."""
        if label is None:
            self.labels.pop(index, None)
        else:
            self.labels[index] = label
        self.list.item(index).setText(self._row_text(index))
        self.list.setCurrentRow(index)

    def _move(self, step: int) -> None:
        row = self.current() + step
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def result(self) -> AnnotationDocument:
        choices = [None if c == UNDECIDED else c for c in self.choices]
        doc = adjudicated(self.comparison, choices, self.doc_id, self.labels)
        doc.annotation = AnnotationInfo(state="adjudicated", annotator="adjudication of " + ", ".join(self.comparison.names))
        return doc

    def save(self) -> bool:
        from ..formats import FormatError, write_document

        try:
            write_document(self.output, self.result())
        except FormatError as error:
            from .dialogs import show_error

            show_error(self, "Cannot save the gold", error)
            return False
        self.undo_stack.setClean()
        open_ = self.choices.count(UNDECIDED)
        note = f"; {open_} undecided differences left out" if open_ else ""
        self.statusBar().showMessage(f"Saved {self.output}{note}", 8000)
        self.saved.emit(str(self.output))
        return True

    # -- showing ---------------------------------------------------------------------------

    def _legend_text(self) -> str:
        keys = ", ".join(f"<b>{LETTERS[k]}</b> <span style='color:{COLORS[k % len(COLORS)]}'>■</span> {name}"
                         for k, name in enumerate(self.comparison.names[:len(LETTERS)]))
        return (f"{len(self.comparison.differences)} differences, {len(self.comparison.agreed)} items agreed. "
                f"Take a version: {keys}; <b>N</b> neither; then 1…9 relabel it; J/K next/previous; "
                f"Ctrl+Z undo; Ctrl+S save.")

    def _row_text(self, index: int) -> str:
        difference = self.comparison.differences[index]
        versions = " | ".join(f"{'+'.join(LETTERS[self.comparison.names.index(a)] if self.comparison.names.index(a) < len(LETTERS) else a for a in v.annotators)}: "
                              f"{'; '.join(item_text(i) for i in v.items)}" for v in difference.versions)
        choice = self.choices[index]
        taken = ("?" if choice == UNDECIDED else "neither" if choice is None
                 else "+".join(difference.versions[choice].annotators))
        relabelled = f" as {self.labels[index]}" if index in self.labels else ""
        return f"{index + 1}. {difference.collection} {difference.describe()} — {versions}  → {taken}{relabelled}"

    def _show_difference(self, index: int) -> None:
        if not 0 <= index < len(self.comparison.differences):
            return
        difference = self.comparison.differences[index]
        selections = []
        for v, version in enumerate(difference.versions):
            color = QColor(COLORS[self.comparison.names.index(version.annotators[0]) % len(COLORS)])
            for item in version.items:
                if not hasattr(item, "start") or item.start is None or item.start < 0:
                    continue
                fmt = QTextCharFormat()
                if v == 0:
                    shade = QColor(color)
                    shade.setAlpha(120)
                    fmt.setBackground(shade)
                else:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(color)
                    fmt.setForeground(color.darker(150))
                    fmt.setFontWeight(700)
                fmt.setToolTip(", ".join(version.annotators))
                selections.append(self._selection(item.start, item.end, fmt))
        self.article.setExtraSelections(selections)
        if selections:
            at = QTextCursor(selections[0].cursor)
            at.clearSelection()  # a selection would paint over the versions' own marks
            self.article.setTextCursor(at)
            self.article.ensureCursorVisible()
        self.statusBar().showMessage(f"{index + 1} of {len(self.comparison.differences)}: {difference.describe()}"
                                     f"{' · nothing from ' + ', '.join(difference.missing) if difference.missing else ''}")

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.article.document())
        u_start, u_end = self._offsets.span_to_utf16(start, end)
        cursor.setPosition(u_start)
        cursor.setPosition(u_end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor, selection.format = cursor, fmt
        return selection

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.undo_stack.isClean():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self, "Unsaved choices", "Save the adjudicated gold before closing?",
                                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                                          | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        event.accept()


def adjudication_window(named_docs: Sequence[tuple[str, AnnotationDocument]], output: Path) -> AdjudicationWindow:
    names = unique_names([name for name, _doc in named_docs])
    docs = [doc for _name, doc in named_docs]
    return AdjudicationWindow(compare(names, docs), output, docs[0].id)


def unique_names(names: Sequence[str]) -> list[str]:
    """Annotator names as given, numbered where two are the same (two files both called gold)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}-{seen[name]}")
    return out


def run_adjudication(named_docs: Sequence[tuple[str, AnnotationDocument]], output: Path) -> int:
    from .app import application

    app = application()
    window = adjudication_window(named_docs, output)
    window.show()
    return app.exec()
