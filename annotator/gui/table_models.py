"""Qt table models: thin adapters over one collection of the annotation document.

The document is the source of truth.  Each model listens for the document's ``Change``
notifications and keeps only the list of keys it has announced to Qt, so ``rowCount`` always
matches what views were told (the begin/end calls follow the document's change at once).
An update touches one row: ``dataChanged`` for that row alone, whatever the table's size.
Edits typed into a cell are not applied here: ``edit_requested`` asks the window to push an
undo command, and the document's notification then refreshes the row.
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ..model import AnnotationDocument, Change, ModelError
from .qt_compat import no_data
from .settings import Settings

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's id / code / field name
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3  # entity label, quote kind: what the label filter matches
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5  # all the row's words, for the text filter

STATUS_MARK = {"suggested": "? suggested", "accepted": "✓ accepted", "rejected": "✗ rejected"}
_REJECTED_FG = QBrush(QColor("#8a8a8a"))
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                    KEY_ROLE, STATUS_ROLE, LABEL_ROLE, SORT_ROLE, SEARCH_ROLE})


def _score(score: float | None) -> str:
    return "" if score is None else f"{score:.2f}"


class ItemTableModel(QAbstractTableModel):
    """Rows of one document collection; subclasses define ``collection``, ``columns`` and ``_items``."""

    collection = ""
    columns: tuple[tuple[str, Callable[[Any], Any]], ...] = ()
    editable_columns: frozenset[int] = frozenset()
    index_method = ""  # the document's key -> position lookup ("" for metadata: a handful of fields)
    edit_requested = Signal(str, int, object)  # key, column, new value

    def __init__(self, doc: AnnotationDocument, parent=None):
        super().__init__(parent)
        self._doc = doc
        self._keys: list[str] = self._current_keys()
        doc.add_listener(self._on_change)

    # -- the document ------------------------------------------------------------------

    def _current_keys(self) -> list[str]:
        return self._doc.keys(self.collection)

    def item(self, row: int) -> Any:
        """The item behind a row, found by the key Qt was told about (so between a document
        change and its notification the rows still mean what the views think)."""
        return self._lookup(self._keys[row])

    def _lookup(self, key: str) -> Any:
        return self._doc.item(self.collection, key)

    def set_document(self, doc: AnnotationDocument) -> None:
        self.beginResetModel()
        self._doc.remove_listener(self._on_change)
        self._doc = doc
        doc.add_listener(self._on_change)
        self._keys = self._current_keys()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collection != self.collection:
            return
        if change.action == "update" and change.index is not None:
            row = change.index
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif change.action == "insert" and change.index is not None:
            self.beginInsertRows(QModelIndex(), change.index, change.index)
            self._keys.insert(change.index, change.key)
            self.endInsertRows()
        elif change.action == "remove" and change.index is not None:
            self.beginRemoveRows(QModelIndex(), change.index, change.index)
            del self._keys[change.index]
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._keys = self._current_keys()
            self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int | None:
        """The row of ``key``, from the document's own key index (rows follow document order)."""
        try:
            row = getattr(self._doc, self.index_method)(key) if self.index_method else self._keys.index(key)
        except (ModelError, ValueError):
            return None
        return row if row < len(self._keys) and self._keys[row] == key else None

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section][0]
        return no_data()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable_columns:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._keys)):
            return no_data()  # views ask for a dozen roles per cell; answer the unused ones at once
        if not (0 <= index.column() < len(self.columns)):
            return no_data()
        try:
            item = self.item(index.row())
        except (ModelError, KeyError):  # removed from the document, the removal not yet announced
            return no_data()
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.columns[column][1](item)
            return "" if value is None else str(value)
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role == STATUS_ROLE:
            return item.status
        if role == LABEL_ROLE:
            return self._label_of(item)
        if role == SORT_ROLE:
            if self.columns[column][0] == "Score":  # numerically, unscored last
                return -1.0 if item.score is None else float(item.score)
            value = self.columns[column][1](item)
            return "" if value is None else str(value).casefold()
        if role == SEARCH_ROLE:
            return " ".join(str(getter(item) or "") for _, getter in self.columns).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "rejected":
            return _REJECTED_FG
        if role == Qt.ItemDataRole.FontRole and (item.status == "accepted" or item.status == "rejected"):
            font = QFont()
            font.setStrikeOut(item.status == "rejected")
            return font
        value = self._extra_data(item, column, role)
        return no_data() if value is None else value

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.editable_columns:
            return False
        self.edit_requested.emit(self._keys[index.row()], index.column(), value)
        return True

    # -- per collection ------------------------------------------------------------------

    def _label_of(self, item: Any) -> str:
        return ""

    def _cell_tooltip(self, item: Any, column: int) -> str:
        """The cell's whole text (a long quote or value is elided in the table), then where the
        item came from.  Rich text, so that Qt wraps a long quote instead of one screen-wide line."""
        value = self.columns[column][1](item)
        full = "" if value is None else str(value)
        about = escape(self._tooltip(item))
        return f"<p>{escape(full)}</p><p><i>{about}</i></p>" if full else f"<p><i>{about}</i></p>"

    def _tooltip(self, item: Any) -> str:
        score = getattr(item, "score", None)
        edited = " · edited" if getattr(item, "edited", False) else ""
        return f"{item.status} · from {item.origin}" + (f" · score {score:.2f}" if score is not None else "") + edited

    def _extra_data(self, item: Any, column: int, role: int) -> Any:
        return None


class EntityTableModel(ItemTableModel):
    collection = "entities"
    COL_TEXT, COL_LABEL, COL_CANONICAL, COL_STATUS, COL_ORIGIN, COL_SCORE = range(6)
    index_method = "entity_index"
    columns = (
        ("Text", lambda e: e.text),
        ("Label", lambda e: e.label),
        ("Canonical", lambda e: e.canonical),
        ("Status", lambda e: STATUS_MARK.get(e.status, e.status)),
        ("Origin", lambda e: e.origin),
        ("Score", lambda e: _score(e.score)),
    )
    editable_columns = frozenset({COL_LABEL, COL_CANONICAL})

    def __init__(self, doc: AnnotationDocument, settings: Settings, parent=None):
        self._settings = settings  # the label colours; the only model that shows settings
        self._dark = False  # the swatches in the dark theme's label colours
        super().__init__(doc, parent)

    def set_theme(self, theme) -> None:
        if theme.dark != self._dark:
            self._dark = theme.dark
            self.set_settings(self._settings)

    def set_settings(self, settings: Settings) -> None:
        """New label colours: only the label column's swatches change."""
        self._settings = settings
        if self._keys:
            self.dataChanged.emit(self.index(0, self.COL_LABEL), self.index(len(self._keys) - 1, self.COL_LABEL),
                                  [Qt.ItemDataRole.DecorationRole])



    def _label_of(self, item) -> str:
        return item.label

    def _extra_data(self, item, column: int, role: int) -> Any:
        if column == self.COL_LABEL and role == Qt.ItemDataRole.DecorationRole:
            return QColor(self._settings.label(item.label).color_for(self._dark))
        return None


def _speaker_text(quote) -> str:
    speaker = quote.speaker
    if speaker is None:
        return ""
    if speaker.name and speaker.text and speaker.name != speaker.text:
        return f"{speaker.text} → {speaker.name}"
    return speaker.name or speaker.text or ""


class QuoteTableModel(ItemTableModel):
    collection = "quotes"
    COL_TEXT, COL_KIND, COL_SPEAKER, COL_CUE, COL_STATUS = range(5)
    index_method = "quote_index"
    columns = (
        ("Quote", lambda q: q.text.replace("\n", " ")),
        ("Kind", lambda q: q.kind),
        ("Speaker", _speaker_text),
        ("Cue", lambda q: q.cue.text if q.cue else ""),
        ("Status", lambda q: STATUS_MARK.get(q.status, q.status)),
    )
    editable_columns = frozenset({COL_KIND})  # the cue comes from a text selection (F2), not typing



    def _label_of(self, item) -> str:
        return item.kind


class TopicTableModel(ItemTableModel):
    collection = "topics"
    COL_LABEL, COL_CODE, COL_SCORE, COL_PRIMARY, COL_STATUS = range(5)
    index_method = "topic_index"
    columns = (
        ("IPTC topic", lambda t: t.label),
        ("Code", lambda t: t.code),
        ("Score", lambda t: _score(t.score)),
        ("Primary", lambda t: "★ primary" if t.primary else ""),
        ("Status", lambda t: STATUS_MARK.get(t.status, t.status)),
    )




class MetaTableModel(ItemTableModel):
    collection = "metadata"
    COL_NAME, COL_VALUE, COL_STATUS = range(3)
    columns = (
        ("Field", lambda m: m.name),
        ("Value", lambda m: m.value),
        ("Status", lambda m: STATUS_MARK.get(m.status, m.status)),
    )
    editable_columns = frozenset({COL_VALUE})


