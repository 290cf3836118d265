"""Add an IPTC Media Topic: a searchable tree of the vocabulary.

The vocabulary is the one the topic suggester ships (``annotator.extract.iptc``), else an IPTC
``mediatopics_*.csv`` in ``annotator/resources``; without either, the 17 top-level Media Topics.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from .dialogs import run_modal

TAKEN_ROLE = Qt.ItemDataRole.UserRole + 1

TOP_LEVEL = (
    ("medtop:01000000", "arts, culture, entertainment and media"), ("medtop:02000000", "crime, law and justice"),
    ("medtop:03000000", "disaster, accident and emergency incident"), ("medtop:04000000", "economy, business and finance"),
    ("medtop:05000000", "education"), ("medtop:06000000", "environment"), ("medtop:07000000", "health"),
    ("medtop:08000000", "human interest"), ("medtop:09000000", "labour"), ("medtop:10000000", "lifestyle and leisure"),
    ("medtop:11000000", "politics"), ("medtop:12000000", "religion"), ("medtop:13000000", "science and technology"),
    ("medtop:14000000", "society"), ("medtop:15000000", "sport"), ("medtop:16000000", "conflict, war and peace"),
    ("medtop:17000000", "weather"),
)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[tuple[str, str, str | None], ...]:
    """(qcode, label, parent qcode) for every current (not retired) topic."""
    try:  # the vocabulary module the topic suggester uses, where the package has it
        from ..extract.iptc import load_vocabulary

        return tuple((c.code, c.label, c.parent) for c in load_vocabulary().walk())
    except (ImportError, OSError, ValueError, AttributeError):
        pass
    try:
        root = resources.files("annotator.resources")
        candidates = [p for p in _walk(root) if p.name.startswith("mediatopic") and p.name.endswith(".csv")]
    except (OSError, ModuleNotFoundError):
        candidates = []
    for path in candidates:
        try:
            topics = read_vocabulary(path.read_text("utf-8"))
        except (OSError, UnicodeError):
            continue
        if topics:
            return topics
    return tuple((code, label, None) for code, label in TOP_LEVEL)


def read_vocabulary(csv_text: str) -> tuple[tuple[str, str, str | None], ...]:
    """The IPTC CSV export (qcode, parent_qcode, label_en_GB, retired, ...); empty if it is not one."""
    topics = []
    for row in csv.DictReader(io.StringIO(csv_text)):
        code = row.get("qcode")
        if code and not row.get("retired"):
            topics.append((code, row.get("label_en_GB") or row.get("label_en_US") or code, row.get("parent_qcode") or None))
    return tuple(topics)


def _walk(folder, depth: int = 0):
    if depth > 3:
        return
    for entry in folder.iterdir():
        if entry.is_dir():
            yield from _walk(entry, depth + 1)
        else:
            yield entry


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
        items: dict[str, QTreeWidgetItem] = {}
        pending = list(vocabulary())
        while pending:  # parents first, whatever the file's order
            rest = []
            waiting = {code for code, _, _ in pending}
            for code, label, parent_code in pending:
                if parent_code and parent_code not in items and parent_code in waiting:
                    rest.append((code, label, parent_code))
                    continue
                item = QTreeWidgetItem([label, code])
                item.setData(0, Qt.ItemDataRole.UserRole, code)
                if code in taken:  # greyed, not disabled: Qt would disable its subtopics too
                    item.setData(0, TAKEN_ROLE, True)
                    item.setForeground(0, QColor("#999999"))
                    item.setText(0, f"{label}  (added)")
                parent_item = items.get(parent_code or "")
                (parent_item.addChild(item) if parent_item else self.tree.addTopLevelItem(item))
                items[code] = item
            if len(rest) == len(pending):
                break
            pending = rest
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
