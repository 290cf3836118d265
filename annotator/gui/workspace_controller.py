"""A workspace in the window: open it (or be told who holds it), walk its documents, and keep
every change in the store within a second, so there is nothing to save.

Saving is throttled, not debounced: the first unsaved change starts a timer that is not
restarted by later ones, so someone editing without pause is still stored every
``STORE_WITHIN_MS``.  The window's file autosave stays as the fallback: each successful store
write discards it, so it only writes when the store cannot be written.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel

from ..corpus.records import FINISHED
from ..model import AnnotationDocument, Change
from .dialogs import show_error
from . import workspace_layout
from .settings import save_settings
from .workspace_batch import BatchController
from .workspace_lock import ask_read_only
from .workspace_rows import DockRows
from .workspace_undo import DocumentHistories, History

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
STORE_WITHIN_MS = 500  # a change is in the store at most this long (plus the write) after it was made


def status_for(doc: AnnotationDocument, stored: str) -> str:
    """The workspace status of a document as the window leaves it (``stored``: its status before)."""
    state = doc.annotation.state
    if state in FINISHED:
        return state
    items = [*doc.entities, *doc.quotes, *doc.topics, *doc.metadata.values()]
    if any(item.status != "suggested" for item in items) or stored in FINISHED:
        return "in progress"  # a person reviewed something, or took the "done" mark back
    return "suggested" if items else stored


class WorkspaceController(QObject):
    store_changed = Signal(str)  # a document was saved (from the store's listener, any thread)
    workspace_opened = Signal()
    workspace_closed = Signal()
    batch_started = Signal()

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.w = window
        self.store: Any = None
        self.location = ""  # as it was opened (a folder, or a URL with its password: for helpers)
        self.dock: Any = None  # made on the first open
        self.current_id: str | None = None
        self._current_status = "new"
        self._version = ""  # the stored version of the shown document that the window has
        self._dirty = False
        self._listened: AnnotationDocument | None = None
        self.rows = DockRows(self)
        self.histories = DocumentHistories(window.undo_group)
        self._store_timer = QTimer(self, singleShot=True, interval=STORE_WITHIN_MS)
        self._store_timer.timeout.connect(self.save_now)
        self.read_only_label = QLabel("workspace read-only: changes are not stored")
        self.read_only_label.setStyleSheet("color: #b00020")
        self.batch = BatchController(self)

    @property
    def active(self) -> bool:
        return self.store is not None

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    def slots(self) -> dict:
        return {"open_workspace": self.open_dialog, "next_document": lambda: self.step(+1),
                "previous_document": lambda: self.step(-1), "mark_done": self.mark_done}

    def connect_signals(self) -> None:
        self.store_changed.connect(lambda doc_id: self.rows.note_saved([doc_id]))
        self.w.document_changed.connect(self._follow_document)

    # -- open and close ------------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = str(Path(self.store.location).parent) if self.store is not None else ""
        folder = QFileDialog.getExistingDirectory(self.w, "Open a workspace folder", start)
        if folder:
            self.open(folder)

    def open(self, location: str | Path) -> bool:
        """Open the workspace at a folder or URL; False (after saying why) if it cannot be."""
        from ..corpus.store import StoreError, StoreLocked, open_store  # SQLAlchemy only when needed

        if not self.w.files.confirm_discard():
            return False
        try:
            try:
                store = open_store(location)
            except StoreLocked as locked:
                if not ask_read_only(self.w, str(location), locked.holder):
                    return False
                store = open_store(location, read_only=True)
        except StoreError as error:
            show_error(self.w, "Cannot open the workspace", error)
            return False
        self.close()
        self.store, self.location = store, str(location)
        store.add_listener(self.store_changed.emit)  # the window's own saves (the batch process reports its own)
        self._show_dock()
        self.w.actions.workspace_open = True
        self.rows.reload()
        rows = self.dock.model.ids()
        infos = [self.dock.model.info(row) for row in range(len(rows))]
        first = next((info.id for info in infos if info.status not in FINISHED), rows[0] if rows else None)
        self.w.statusBar().showMessage(f"Workspace {store.location}: {len(rows):,} documents", 6000)
        if first is not None:
            self.go_to(first)
        self.workspace_opened.emit()
        return True

    def _show_dock(self) -> None:
        from ..corpus.store import STATUSES
        from .workspace_dock import WorkspaceDock

        if self.dock is None:
            self.dock = WorkspaceDock(STATUSES, self.w)
            self.w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)  # size: workspace_layout
            self.w.actions.menus["&View"].addAction(self.dock.toggleViewAction())
            self.dock.document_activated.connect(self.go_to)
            self.dock.filter_changed.connect(self.rows.set_filter)
            self.batch.connect_dock(self.dock)
        self.dock.show()
        layout = workspace_layout.remembered(self.w.settings, self.location) or workspace_layout.DockLayout()
        workspace_layout.restore(self.w, self.dock, layout)
        self.rows.filter = self.dock.current_filter()
        self.dock.set_read_only(self.read_only)
        if self.read_only:
            self.w.statusBar().addPermanentWidget(self.read_only_label)
            self.read_only_label.show()

    def close(self) -> None:
        """Store what is pending and let the workspace go (the shown document stays until replaced)."""
        if self.store is None:
            return
        self.batch.stop()
        self.save_now()
        if self._listened is not None:
            self._listened.remove_listener(self._on_change)
            self._listened = None
        self.rows.forget()
        self.histories.clear()
        self.store.close()
        self.store, self.current_id, self._dirty = None, None, False
        self.w.actions.workspace_open = False
        self.w.statusBar().removeWidget(self.read_only_label)
        if self.dock is not None:
            self.w.settings = workspace_layout.remember(self.w.settings, self.location,
                                                        workspace_layout.capture(self.w, self.dock))
            save_settings(self.w.settings)
            self.dock.model.set_rows([])
            self.dock.hide()
        self.workspace_closed.emit()

    # -- documents -------------------------------------------------------------------------------

    def go_to(self, doc_id: str) -> bool:
        """Show one of the workspace's documents, storing the one shown first."""
        from ..corpus.store import StoreError

        if self.store is None or not doc_id or doc_id == self.current_id:
            return False
        if not self.save_now() and not self.w.files.confirm_discard():
            return False  # read-only (or the store failed) and the person kept the edits
        if self._dirty and self.current_id is not None:
            self.histories.forget(self.current_id)  # edits discarded: that object no longer is the stored one
        try:
            version = self.store.version(doc_id)
            history = self.histories.resume(doc_id, version)  # the document as left, with its undo history
            doc = history.doc if history is not None else None
            if doc is None:
                doc, version = self.store.load_versioned(doc_id)
            info = self.store.info(doc_id)
        except StoreError as error:
            show_error(self.w, "Cannot open the document", error)
            return False
        self._show(doc, version, info, history)
        self.dock.show_current(doc_id)
        if self._current_status == "new" and doc.text and not self.read_only:
            self.w.files.suggest_current()
        else:
            self.w.suggestions_shown.emit()
            self.w.editing.go(+1)
        return True

    def _show(self, doc: AnnotationDocument, version: str, info: Any, history: History | None = None) -> None:
        """Show ``doc`` with its undo history (a new one unless ``history``)."""
        self.w.files.suggester.cancel()  # a run for the previous document must not land here
        self.current_id, self._current_status, self._version = info.id, info.status, version
        if history is None:
            history = self.histories.start(info.id, doc, version)
        learned = self._learned(doc) if self._current_status not in FINISHED else 0
        self.w.set_document(doc, Path(info.source) if info.source else None, None, undo_stack=history.stack)
        self._dirty = learned > 0
        if self._dirty:
            self._store_timer.start()
        if learned:
            self.w.statusBar().showMessage(f"{learned} suggestions learned from other documents", 4000)

    def batch_saved(self, doc_ids: tuple[str, ...]) -> None:
        """The batch process stored these documents: their rows change, and the one shown may
        have changed under the person (they opened it while the batch was writing it)."""
        self.rows.note_saved(doc_ids)
        if self.store is None or self.current_id not in doc_ids or self._dirty or self.read_only:
            return  # unsaved edits win: save_now stores them and has the batch redo this one later
        from ..corpus.store import StoreError

        try:
            if self.store.version(self.current_id) == self._version:
                return  # what the window shows already (it opened the document after the batch wrote it)
            doc, version = self.store.load_versioned(self.current_id)
            info = self.store.info(self.current_id)
        except StoreError as error:
            self.w.statusBar().showMessage(f"The batch's suggestions for this document are not shown: {error}", 8000)
            return
        self._show(doc, version, info)
        self.w.suggestions_shown.emit()
        self.w.editing.go(+1)
        self.w.statusBar().showMessage("The batch stored suggestions for this document: shown now (everything "
                                       "you had reviewed is kept; its undo history starts again)", 6000)

    def _learned(self, doc: AnnotationDocument) -> int:
        """Add what people accepted elsewhere (origin "learned"); how many were new here."""
        from ..corpus.learned import learned_suggestions
        from ..extract import apply_suggestions
        from ..extract.base import EntitySuggestion

        entities = learned_suggestions(self.store, doc)
        if not entities:
            return 0
        suggestions = [EntitySuggestion(start=e.start, end=e.end, label=e.label, score=e.score, canonical=e.canonical)
                       for e in entities]
        return apply_suggestions(doc, suggestions, "learned", notify=False)

    def step(self, delta: int) -> bool:
        """Ctrl+PgDn / Ctrl+PgUp: the next / previous document in the dock's list."""
        if self.store is None:
            self.w.editing.no_other_document()
            return False
        ids = self.dock.model.ids()
        if not ids:
            return False
        here = self.dock.model.row_of(self.current_id) if self.current_id else None
        target = 0 if here is None else here + delta
        if not 0 <= target < len(ids):
            self.w.statusBar().showMessage("This is the last document" if delta > 0 else "This is the first document", 4000)
            return False
        return self.go_to(ids[target])

    def mark_done(self) -> None:
        """Ctrl+Enter: mark the document done (undoable), store it, and move on to the next."""
        self.w.editing.mark_done()  # says so if it already was, and the person still moves on
        if self.store is not None and self.w.doc.annotation.state == "done":
            done_title = self.w.path.name if self.w.path else "the document"
            if self.save_now() and self.step(+1):  # the undo history stayed with that document
                self.w.statusBar().showMessage(f"{done_title} is done and stored; on to the next", 4000)

    # -- storing ---------------------------------------------------------------------------------

    def _follow_document(self) -> None:
        """Listen to the shown document's changes (the window replaced it)."""
        if self._listened is not None:
            self._listened.remove_listener(self._on_change)
        self._listened = self.w.doc if self.store is not None else None
        if self._listened is not None:
            self._listened.add_listener(self._on_change)

    def _on_change(self, _change: Change) -> None:
        self._dirty = True
        if not self._store_timer.isActive():  # throttle: a later change does not push the write back
            self._store_timer.start()

    def stored(self) -> bool:
        """True if a workspace is open and the shown document is in the store as it is now."""
        return self.store is not None and self.save_now()

    def save_now(self) -> bool:
        """Write the shown document to the store now; False if it could not (read-only, an error)."""
        from ..corpus.store import StoreError

        self._store_timer.stop()
        if self.store is None or self.current_id is None or not self._dirty:
            return True
        if self.read_only:
            return False
        from ..corpus.store import StaleDocument

        status = status_for(self.w.doc, self._current_status)
        who = self.w.settings.annotator or None
        try:
            try:
                version = self.store.save(self.current_id, self.w.doc, annotator=who, status=status,
                                          if_unchanged=self._version)
            except StaleDocument:  # the batch stored it while the person edited: the person's version wins
                version = self.store.save(self.current_id, self.w.doc, annotator=who, status=status, resuggest=True)
                self.w.statusBar().showMessage("The batch suggested this document while you edited it: your edits "
                                               "are kept, and the next batch suggestion does it again", 8000)
        except Exception as error:  # noqa: BLE001 - StoreError is the contract; anything else must not lose the work
            reason = str(error) if isinstance(error, StoreError) else f"{self.store.location}: {type(error).__name__}: {error}"
            log.warning("not stored: %s", reason)
            self.w.statusBar().showMessage(f"Not stored (kept here and in the autosave; trying again): {reason}", 10_000)
            self._store_timer.start()  # a busy or briefly failing store gets the work later, unasked
            return False
        self._dirty, self._current_status, self._version = False, status, version
        self.histories.stored(self.current_id, version)
        self.w.recovered = False
        self.w.undo_stack.setClean()  # undo still works: the stack only moves its clean mark
        self.w.autosaver.discard()
        self.w.saved_label.setText(f"stored {dt.datetime.now():%H:%M:%S}")
        return True
