"""Add an IPTC Media Topic: a searchable tree of the vocabulary the topic suggester ships
(``annotator.extract.iptc``), retired topics left out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..extract.iptc import Concept, Vocabulary, load_vocabulary
from .dialogs import run_modal

TAKEN_ROLE = Qt.ItemDataRole.UserRole + 1


def vocabulary() -> Vocabulary:
    return load_vocabulary()


class TopicPicker(QDialog):
    def __init__(self, parent: QWidget, taken: set[str]):
        super().__init__(parent)
        self.setObjectName("topicPicker")
        self.setWindowTitle("Add an IPTC Media Topic")
        self.chosen: tuple[str, str] | None = None
        self.search = QLineEdit(placeholderText="search topics…", clearButtonEnabled=True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Topic", "Code"])
        self.tree.setColumnWidth(0, 340)
        vocab = vocabulary()

        def add(concept: Concept, parent_item: QTreeWidgetItem | None) -> None:
            item = QTreeWidgetItem([concept.label, concept.code])
            item.setData(0, Qt.ItemDataRole.UserRole, concept.code)
            if concept.code in taken:  # greyed, not disabled: Qt would disable its subtopics too
                item.setData(0, TAKEN_ROLE, True)
                item.setForeground(0, QColor("#999999"))
                item.setText(0, f"{concept.label}  (added)")
            (parent_item.addChild(item) if parent_item else self.tree.addTopLevelItem(item))
            for child in vocab.children(concept.code):
                add(child, item)

        for concept in vocab.top_level():
            add(concept, None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self.accept)
        self.tree.itemActivated.connect(lambda *_: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(520, 560)

    def filter(self, text: str) -> None:
        words = text.casefold().split()
        first: list[QTreeWidgetItem] = []

        def visit(item: QTreeWidgetItem) -> bool:
            child_match = any([visit(item.child(i)) for i in range(item.childCount())])
            own = all(w in f"{item.text(0)} {item.text(1)}".casefold() for w in words)
            if own and not first and not item.data(0, TAKEN_ROLE):
                first.append(item)
            item.setHidden(not (own or child_match))
            item.setExpanded(bool(words) and child_match)
            return own or child_match

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))
        if first:
            self.tree.setCurrentItem(first[0])

    def accept(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, TAKEN_ROLE):
            return
        self.chosen = (item.data(0, Qt.ItemDataRole.UserRole), item.text(0))
        super().accept()


def pick_topic(parent: QWidget, taken: set[str]) -> tuple[str, str] | None:
    dialog = TopicPicker(parent, taken)
    return dialog.chosen if run_modal(dialog) else None
