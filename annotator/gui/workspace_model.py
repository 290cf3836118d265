"""The documents dock's table: a thin Qt adapter over the store's ``DocumentInfo`` rows.

The store is the source of truth; the model holds the rows of the last query (the filter is a
store query, not a proxy) and replaces one row when the store says that document was saved.
Sorting (a header click) orders the rows themselves, so Ctrl+PgDn walks them as shown; column -1
is the workspace's own order.  A saved row keeps its place until the next listing, so rows do
not jump away under the person while a batch changes their status.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..corpus.records import STATUSES
from .qt_compat import no_data

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the document's id in the store
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_ORDER = {status: i for i, status in enumerate(STATUSES)}  # sorting by status: by progress, not by name
STATUS_MARK = {"new": "· new", "suggested": "? suggested", "in progress": "✎ in progress",
               "done": "✓ done", "reviewed": "✓✓ reviewed"}
_STATUS_COLOUR = {"done": QColor("#2e7d32"), "reviewed": QColor("#1565c0"), "in progress": QColor("#b26a00")}
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, STATUS_ROLE})


class DocumentTableModel(QAbstractTableModel):
    COL_STATUS, COL_TITLE, COL_SUGGESTED, COL_REVIEWED = range(4)
    HEADERS = ("status", "title", "to review", "reviewed")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []  # DocumentInfo, ordered by ordinal
        self._row_of: dict[str, int] = {}
        self._current: str | None = None  # the document shown in the window (bold)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._row_of = {info.id: i for i, info in enumerate(self._rows)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column if 0 <= column < len(self.HEADERS) else -1, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[index.row()].id, index.column()) for index in persistent]
        self._rows = self._sorted(self._rows)
        self._row_of = {info.id: i for i, info in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(self._row_of[doc_id], column) for doc_id, column in kept])
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[Any]) -> list[Any]:
        column, order = self._sort
        keys = {self.COL_STATUS: lambda info: STATUS_ORDER.get(info.status, len(STATUS_ORDER)),
                self.COL_TITLE: lambda info: (info.title or info.source or info.id).casefold(),
                self.COL_SUGGESTED: lambda info: info.suggested,
                self.COL_REVIEWED: lambda info: (info.reviewed, info.total)}
        key = keys.get(column, lambda info: info.ordinal)
        # Ties stay in the workspace's order, whichever way the column is sorted.
        ordered = sorted(rows, key=lambda info: info.ordinal)
        return sorted(ordered, key=key, reverse=column >= 0 and order == Qt.SortOrder.DescendingOrder)

    def update_row(self, info: Any) -> bool:
        """Replace the row of ``info.id`` (False if the current filter does not show it)."""
        row = self._row_of.get(info.id)
        if row is None:
            return False
        self._rows[row] = info
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True

    def set_current(self, doc_id: str | None) -> None:
        before, self._current = self._current, doc_id
        for changed in (before, doc_id):
            row = self._row_of.get(changed) if changed else None
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1),
                                      [Qt.ItemDataRole.FontRole])

    def info(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, doc_id: str) -> int | None:
        return self._row_of.get(doc_id)

    def ids(self) -> list[str]:
        return [info.id for info in self._rows]

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return no_data()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return no_data()
        column = index.column()
        if not 0 <= column < len(self.HEADERS):
            return no_data()
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == ID_ROLE:
            return info.id
        if role == STATUS_ROLE:
            return info.status
        if role == Qt.ItemDataRole.ToolTipRole:
            who = f" · {info.annotator}" if info.annotator else ""
            return f"{info.title or info.source}\n{info.source}\n{info.status}{who} · modified {info.modified}"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and info.status in _STATUS_COLOUR:
            return QBrush(_STATUS_COLOUR[info.status])
        if role == Qt.ItemDataRole.FontRole and info.id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_SUGGESTED, self.COL_REVIEWED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return no_data()

    def _display(self, info: Any, column: int) -> str:
        if column == self.COL_STATUS:
            return STATUS_MARK.get(info.status, info.status)
        if column == self.COL_TITLE:
            return info.title or info.source or info.id
        if column == self.COL_SUGGESTED:
            return f"{info.suggested:,}"
        return f"{info.reviewed:,} / {info.total:,}"


def progress_text(counts: dict[str, int]) -> str:
    """'312 / 1,483 done' — finished (done or reviewed) out of all documents in the workspace."""
    total = sum(counts.values())
    finished = counts.get("done", 0) + counts.get("reviewed", 0)
    return f"{finished:,} / {total:,} done"
