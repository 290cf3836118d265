"""The documents dock's rows, queried off the GUI thread.

Listing 10,000 documents takes a good part of a second's worth of frames (about 150 ms); while a
batch saves a document every few tens of milliseconds, doing that on the GUI thread would make
edits wait.  Each refresh opens its own read-only store (no lock, its own connection) in a pool
thread, and the newest answer replaces the rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
