"""The documents dock's rows: kept up to date with the store, row by row.

Listing 10,000 documents takes a good part of a second's worth of frames (about 150 ms); while a
batch saves a document every few tens of milliseconds, doing that after every save made edits
wait.  So after saves (the window's own, or the ids a batch reports) only the rows of the saved
documents are queried, on this thread (a handful of rows: about a millisecond), at most every
``REFRESH_MS``.  Only when a saved document joins or leaves the filter is the whole list asked
for again, and that query runs off the GUI thread (``RowsLoader``: its own read-only store in a
pool thread; the newest answer replaces the rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from .workspace_model import progress_text

if TYPE_CHECKING:
    from .workspace_controller import WorkspaceController

REFRESH_MS = 300  # saved documents update the dock at most this often
MOST_ROWS_BY_ID = 500  # more saved documents than this between refreshes: list them all again


class _Signals(QObject):
    loaded = Signal(int, object, object)  # generation, rows, counts
    failed = Signal(int, str)


class _Query(QRunnable):
    def __init__(self, signals: _Signals, generation: int, location: str, status: str | None, text: str | None):
        super().__init__()
        self._signals, self._generation = signals, generation
        self._location, self._status, self._text = location, status, text

    def run(self) -> None:
        from ..corpus.store import StoreError, open_store

        try:
            store = open_store(self._location, read_only=True)
            try:
                rows = store.documents(status=self._status, text=self._text)
                counts = store.counts()
            finally:
                store.close()
        except StoreError as error:
            self._signals.failed.emit(self._generation, str(error))
            return
        self._signals.loaded.emit(self._generation, rows, counts)


class RowsLoader(QObject):
    """``request()`` a listing; ``loaded`` gives the rows of the newest request only."""

    loaded = Signal(object, object)  # rows, counts
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._loaded)
        self._signals.failed.connect(self._failed)
        self._generation = 0
        self.busy = False

    def request(self, location: str, status: str | None, text: str | None) -> None:
        self._generation += 1
        self.busy = True
        self._pool.start(_Query(self._signals, self._generation, location, status, text))

    def forget(self) -> None:
        """Answers to requests made so far are dropped (the workspace was closed)."""
        self._generation += 1
        self.busy = False

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _loaded(self, generation: int, rows: Any, counts: Any) -> None:
        if generation == self._generation:
            self.busy = False
            self.loaded.emit(rows, counts)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.busy = False
            self.failed.emit(message)


class DockRows(QObject):
    """The workspace's documents as the dock shows them: the filter, a full listing when the
    person asks for one, and row-by-row updates after saves."""

    def __init__(self, workspace: "WorkspaceController"):
        super().__init__(workspace)
        self.ws = workspace
        self.filter = ("", "")  # status ("" for all), text
        self._counts: dict[str, int] = {}  # documents per status, as the progress label shows them
        self._changed: set[str] = set()
        self._loader = RowsLoader(self)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(lambda message: self.ws.w.statusBar().showMessage(message, 8000))
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self._refresh)

    def set_filter(self, status: str, text: str) -> None:
        self.filter = (status, text)
        self.reload()
        self.ws.dock.show_current(self.ws.current_id)

    def reload(self) -> None:
        """At once, on this thread: the person is waiting for this list (opening, a new filter)."""
        status, text = self.filter
        self._loader.forget()  # an answer to an older filter must not replace this one
        self._changed.clear()
        self.ws.dock.model.set_rows(self.ws.store.documents(status=status or None, text=text or None))
        self._show_counts(self.ws.store.counts())

    def note_saved(self, doc_ids: Iterable[str]) -> None:
        self._changed.update(doc_ids)
        if not self._timer.isActive() and not self._loader.busy:
            self._timer.start()

    def forget(self) -> None:
        """The workspace is closing: drop pending refreshes and wait for a listing in flight."""
        self._timer.stop()
        self._changed.clear()
        self._loader.forget()
        self._loader.wait()

    def _refresh(self) -> None:
        store, model = self.ws.store, self.ws.dock.model if self.ws.dock is not None else None
        if store is None or model is None or not self._changed:
            return
        changed, self._changed = self._changed, set()
        status, text = self.filter
        if len(changed) > MOST_ROWS_BY_ID:
            self._loader.request(self.ws.location, status or None, text or None)
            return
        matching = store.documents(status=status or None, text=text or None, ids=changed)
        shown = {doc_id for doc_id in changed if model.row_of(doc_id) is not None}
        if shown != {info.id for info in matching}:  # a saved document joined or left the filter
            self._loader.request(self.ws.location, status or None, text or None)
            return
        counts = dict(self._counts)
        for info in matching:
            before = model.info(model.row_of(info.id))
            if info != before:
                model.update_row(info)
                counts[before.status] = counts.get(before.status, 0) - 1
                counts[info.status] = counts.get(info.status, 0) + 1
        # Every saved document had its row here, so the counts follow from the rows' statuses;
        # else one that the filter hides may have changed status: ask the store (~4 ms at 10,000).
        self._show_counts(counts if shown == changed else store.counts())

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.ws.dock.progress_label.setText(progress_text(counts))

    def _loaded(self, rows: list, counts: dict) -> None:
        if self.ws.store is None:
            return
        model = self.ws.dock.model
        if [info.id for info in rows] != model.ids():
            model.set_rows(rows)
            self.ws.dock.show_current(self.ws.current_id)
        else:
            for row, info in enumerate(rows):
                if info != model.info(row):
                    model.update_row(info)
        self._show_counts(counts)
        if self._changed:  # saved meanwhile
            self._timer.start()
