"""One tab of the right-hand side: a filter bar over a sortable, multi-select table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import STATUSES
from .command_view import CommandTableView
from .table_models import KEY_ROLE, LABEL_ROLE, SEARCH_ROLE, SORT_ROLE, STATUS_ROLE, ItemTableModel

ALL = "all"


class ItemFilterProxy(QSortFilterProxyModel):
    """Filters rows by words in any column, by label (or quote kind) and by status.

    Rejected rows are hidden while "Show rejected" is off, like their highlights in the article,
    unless the status filter asks for rejected items explicitly."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._label = ALL
        self._status = ALL
        self._hide_rejected = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, words: str | None = None, label: str | None = None, status: str | None = None,
                   hide_rejected: bool | None = None) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.10+; invalidateRowsFilter is deprecated there
        if modern:
            self.beginFilterChange()
        if words is not None:
            self._words = words.casefold().split()
        if label is not None:
            self._label = label
        if status is not None:
            self._status = status
        if hide_rejected is not None:
            self._hide_rejected = hide_rejected
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def is_filtering(self) -> bool:
        return bool(self._words) or self._label != ALL or self._status != ALL or self._hide_rejected

    def hides(self, status: str) -> bool:
        """True if rows with this status are hidden whatever else they hold."""
        return (self._status != ALL and status != self._status) or (
            status == "rejected" and self._hide_rejected and self._status != "rejected")

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self.is_filtering():
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self.hides(index.data(STATUS_ROLE)):
            return False
        if self._label != ALL and index.data(LABEL_ROLE) != self._label:
            return False
        if self._words:
            haystack = index.data(SEARCH_ROLE)
            return all(word in haystack for word in self._words)
        return True


class TablePanel(QWidget):
    current_changed = Signal(str)  # key of the current row ("" when none)

    def __init__(self, model: ItemTableModel, labels: list[str] | None, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter_edit = QLineEdit(placeholderText="filter (Ctrl+F)…", clearButtonEnabled=True)
        self.label_combo = QComboBox()
        self.label_combo.setVisible(labels is not None)
        self.set_labels(labels or [])
        self.status_combo = QComboBox()
        self.status_combo.addItems([ALL, *STATUSES])
        self.status_combo.setToolTip("show only items with this status")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.label_combo)
        bar.addWidget(self.status_combo)
        self.view = CommandTableView()
        self.view.setObjectName("itemTable")
        # Which pane has the keyboard: a frame in the highlight colour (CommandTableView also greys
        # its selection while the keys are elsewhere).
        self.view.setStyleSheet("QTableView#itemTable { border: 2px solid transparent; }"
                                "QTableView#itemTable:focus { border: 2px solid palette(highlight); }")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # text order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.filter_edit.textChanged.connect(lambda text: self.proxy.set_filter(words=text))
        self.label_combo.currentTextChanged.connect(lambda text: self.proxy.set_filter(label=text or ALL))
        self.status_combo.currentTextChanged.connect(lambda text: self.proxy.set_filter(status=text))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.filter_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Escape in the filter clears it, a second Escape (or Down) goes back to the table: the
        box kept the focus, and the next A or J was typed into it ("Leuprechta")."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Down):
                self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                    self.view.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def set_labels(self, labels: list[str]) -> None:
        current = self.label_combo.currentText() or ALL
        self.label_combo.blockSignals(True)
        self.label_combo.clear()
        self.label_combo.addItems([ALL, *labels])
        self.label_combo.setCurrentText(current if current in labels else ALL)
        self.label_combo.blockSignals(False)

    def set_zoom(self, zoom: int) -> None:
        """Points added to the application's font in the table, its filter bar and row heights;
        the columns widen and narrow with the text (widths a person dragged keep their share)."""
        before = self._char_width()
        font = QFont(QApplication.font())
        font.setPointSize(max(4, font.pointSize() + zoom))
        for widget in (self.view, self.filter_edit, self.label_combo, self.status_combo, self.view.horizontalHeader()):
            widget.setFont(font)
        self.view.verticalHeader().setDefaultSectionSize(QFontMetrics(font).height() + 6)
        scale = self._char_width() / before
        header = self.view.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches over the rest
            self.view.setColumnWidth(column, round(self.view.columnWidth(column) * scale))

    def _char_width(self) -> float:
        return QFontMetricsF(self.view.font()).averageCharWidth()

    def fit_columns(self, widths: dict[int, int]) -> None:
        """Widths in pixels at the application's font size, scaled to the table's zoomed font."""
        scale = self._char_width() / QFontMetricsF(QApplication.font()).averageCharWidth()
        for column, width in widths.items():
            self.view.setColumnWidth(column, round(width * scale))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(KEY_ROLE) if current.isValid() else "")

    # -- keys <-> rows ---------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def selected_keys(self) -> list[str]:
        """Selected rows' keys in view order; the current row if nothing is selected."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        keys = [self.proxy.index(row, 0).data(KEY_ROLE) for row in rows]
        if not keys and (current := self.current_key()):
            keys = [current]
        return keys

    def visible_keys(self) -> list[str]:
        return [self.proxy.index(row, 0).data(KEY_ROLE) for row in range(self.proxy.rowCount())]

    def shows(self, key: str) -> bool:
        """True if the item's row is in the table now (not filtered out)."""
        row = self.model.row_of(key)
        return row is not None and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything rather than hide the item
            self.filter_edit.clear()
            self.label_combo.setCurrentText(ALL)
            self.status_combo.setCurrentText(ALL)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():  # a rejected item while "Show rejected" is off
                return False
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(index, self.view.selectionModel().SelectionFlag.ClearAndSelect | self.view.selectionModel().SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True
