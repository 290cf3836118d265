"""Cell editors: the entity label is picked from the configured labels in a combo box."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class LabelDelegate(QStyledItemDelegate):
    def __init__(self, labels: Callable[[], list[str]], parent=None, editable: bool = True):
        super().__init__(parent)
        self._labels = labels  # asked each time, so new labels from Preferences show up
        self._editable = editable

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        combo = QComboBox(parent)
        combo.setEditable(self._editable)  # a label outside the set can be typed; a quote kind cannot
        combo.addItems(self._labels())
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
