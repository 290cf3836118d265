"""Batch suggestion of a workspace's documents off the GUI thread.

``corpus.batch.suggest_documents`` reports through plain callbacks; this thread turns them into
signals (queued to the GUI thread), and Cancel sets a flag the batch polls between documents, so
what finished stays in the store.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Sequence

from PySide6.QtCore import QThread, Signal


class BatchSuggestThread(QThread):
    progress = Signal(int, int, object)  # done, total, seconds left (None until there is a rate)
    succeeded = Signal(object)  # the BatchResult
    failed = Signal(str)

    def __init__(self, run_batch: Callable[..., Any], store: Any, doc_ids: Sequence[str] | None, *,
                 jobs: int = 2, parent=None):
        super().__init__(parent)
        self._run_batch, self._store, self._ids = run_batch, store, None if doc_ids is None else list(doc_ids)
        self._jobs = jobs
        self._cancel = threading.Event()
        self._started = 0.0
        self._first: tuple[float, int] | None = None  # (time, done) at the first report after the start-up

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        self._started = time.monotonic()
        try:
            result = self._run_batch(self._store, self._ids, jobs=self._jobs, progress=self._progress,
                                     cancelled=self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 - reported in the window, never a traceback
            self.failed.emit(f"{type(error).__name__}: {error}" if not str(error) else str(error))
            return
        self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total, self._seconds_left(done, total, time.monotonic()))

    def _seconds_left(self, done: int, total: int, now: float) -> float | None:
        """From the rate since the first finished document (worker start-up is not a rate)."""
        if done <= 0:
            return None
        if self._first is None:
            self._first = (now, done)
            return None
        since, done_then = self._first
        if done <= done_then or now <= since:
            return None
        rate = (done - done_then) / (now - since)
        return (total - done) / rate
