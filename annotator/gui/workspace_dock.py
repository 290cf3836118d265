"""The documents dock of a workspace: filters, the documents table, progress, batch suggestion.

A view only: it emits what the person asked for and shows what the workspace controller tells it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .workspace_model import ID_ROLE, DocumentTableModel

ALL_STATUSES = "all"
FILTER_PAUSE_MS = 200  # the text filter is a store query: run it once typing pauses


def remaining_text(seconds: float | None) -> str:
    if seconds is None:
        return "estimating…"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s left"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s left"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min left"


class WorkspaceDock(QDockWidget):
    document_activated = Signal(str)  # the person chose a document (click, Enter)
    filter_changed = Signal(str, str)  # status ("" for all), text
    suggest_requested = Signal(bool)  # True: the selected documents, False: all
    cancel_requested = Signal()

    def __init__(self, statuses: tuple[str, ...], parent=None):
        super().__init__("Documents", parent)
        self.setObjectName("workspaceDock")
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.model = DocumentTableModel(self)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("workspaceStatusFilter")
        self.status_filter.addItems([ALL_STATUSES, *statuses])
        self.text_filter = QLineEdit(placeholderText="filter documents…", clearButtonEnabled=True)
        self.text_filter.setObjectName("workspaceTextFilter")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("workspaceProgress")
        self.progress_label.setToolTip("documents done or reviewed, of all in the workspace")
        self.view = QTableView()
        self.view.setObjectName("workspaceDocuments")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DocumentTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # A header click sorts; a third click goes back to the workspace's own order (column -1).
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        for column, width in ((DocumentTableModel.COL_STATUS, 110), (DocumentTableModel.COL_SUGGESTED, 75),
                              (DocumentTableModel.COL_REVIEWED, 90)):
            self.view.setColumnWidth(column, width)
        self.suggest_all = QPushButton("Suggest all")
        self.suggest_all.setToolTip("Run the suggesters on every document that is new or was suggested by an older version")
        self.suggest_selected = QPushButton("Suggest selected")
        self.batch_bar = QProgressBar()
        self.batch_bar.setObjectName("workspaceBatchProgress")
        self.batch_bar.setFormat("%v / %m")
        self.remaining_label = QLabel()
        self.cancel = QPushButton("Cancel")
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_PAUSE_MS)
        self._build_layout()
        self.show_batch(False)
        self._connect_signals()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.progress_label)
        batch = QHBoxLayout()
        batch.addWidget(self.suggest_all)
        batch.addWidget(self.suggest_selected)
        batch.addStretch(0)  # buttons keep their size while the progress bar is hidden
        batch.addWidget(self.batch_bar, 1)
        batch.addWidget(self.remaining_label)
        batch.addWidget(self.cancel)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(batch)
        self.setWidget(body)

    def _connect_signals(self) -> None:
        self.status_filter.currentTextChanged.connect(lambda _text: self._emit_filter())
        self.text_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.text_filter.returnPressed.connect(self._emit_filter)
        self._filter_timer.timeout.connect(self._emit_filter)
        self.view.activated.connect(lambda index: self.document_activated.emit(index.data(ID_ROLE)))
        self.view.clicked.connect(lambda index: self.document_activated.emit(index.data(ID_ROLE)))
        self.suggest_all.clicked.connect(lambda: self.suggest_requested.emit(False))
        self.suggest_selected.clicked.connect(lambda: self.suggest_requested.emit(True))
        self.cancel.clicked.connect(self.cancel_requested)

    def _emit_filter(self) -> None:
        self._filter_timer.stop()
        self.filter_changed.emit(*self.current_filter())

    # -- what the controller shows -----------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.info(row).id for row in rows]

    def show_current(self, doc_id: str | None) -> None:
        """Bold the shown document and keep its row in view and current."""
        self.model.set_current(doc_id)
        row = self.model.row_of(doc_id) if doc_id else None
        if row is not None:
            index = self.model.index(row, DocumentTableModel.COL_TITLE)
            if self.view.currentIndex().row() != row:
                self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def show_filter(self, status: str, text: str) -> None:
        """Show a filter in the widgets without emitting ``filter_changed`` (a restored layout)."""
        for widget in (self.status_filter, self.text_filter):
            widget.blockSignals(True)
        index = self.status_filter.findText(status or ALL_STATUSES)
        self.status_filter.setCurrentIndex(max(index, 0))
        self.text_filter.setText(text)
        for widget in (self.status_filter, self.text_filter):
            widget.blockSignals(False)

    def current_filter(self) -> tuple[str, str]:
        status = self.status_filter.currentText()
        return "" if status == ALL_STATUSES else status, self.text_filter.text().strip()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.suggest_all, self.suggest_selected):
            button.setEnabled(not read_only)
            button.setToolTip("The workspace is open read-only" if read_only else button.toolTip())
        self.setWindowTitle("Documents (read-only)" if read_only else "Documents")

    def show_batch(self, running: bool) -> None:
        self.batch_bar.setVisible(running)
        self.remaining_label.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(True)
        self.suggest_all.setVisible(not running)
        self.suggest_selected.setVisible(not running)

    def show_batch_progress(self, done: int, total: int, seconds_left: float | None) -> None:
        self.batch_bar.setRange(0, max(total, 1))
        self.batch_bar.setValue(done)
        self.remaining_label.setText(remaining_text(seconds_left))
