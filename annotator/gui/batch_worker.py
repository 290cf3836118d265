"""Batch suggestion of a workspace's documents in a child process, seen from the window.

``corpus.batch_process`` runs the batch in a process of its own that writes to the store itself;
this object polls its pipe from a timer (a few small messages a second, nothing to unpack but
document ids) and turns them into signals.  Cancel asks the child to stop between documents, so
what finished stays in the store; a child that dies is reported through ``failed``.
"""

from __future__ import annotations

import time
from typing import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 100  # how often the pipe is read: progress and saved rows show this late at most


class BatchRun(QObject):
    progress = Signal(int, int, object)  # done, total, seconds left (None until there is a rate)
    saved = Signal(object)  # the ids of documents the batch stored (a tuple)
    succeeded = Signal(object)  # corpus.batch_process.Finished
    failed = Signal(str)
    finished = Signal()  # after succeeded or failed

    def __init__(self, location: str, lock_token: str | None, doc_ids: Sequence[str] | None, *,
                 jobs: int = 2, parent=None):
        from ..corpus.batch_process import BatchProcess

        super().__init__(parent)
        self._first: tuple[float, int] | None = None  # (time, done) at the first report after the start-up
        self.cancelling = False
        self.process = BatchProcess(location, lock_token, doc_ids, jobs=jobs)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self.process.running

    def cancel(self) -> None:
        self.cancelling = True
        self.process.cancel()

    def stop(self, timeout: float = 30.0) -> None:
        """Cancel, wait for the child, and report what it said (closing the workspace)."""
        self.cancelling = True
        self.process.stop(timeout)
        self._poll()

    def _poll(self) -> None:
        from ..corpus.batch_process import Failed, Finished, Progress

        messages = self.process.messages()
        # Several messages may have come since the last poll: one signal each for all of them.
        saved = tuple(doc_id for message in messages if not isinstance(message, Failed) for doc_id in message.saved)
        if saved:
            self.saved.emit(saved)
        progress = [message for message in messages if isinstance(message, Progress)]
        if progress:
            last = progress[-1]
            self.progress.emit(last.done, last.total, self._seconds_left(last.done, last.total, time.monotonic()))
        for message in messages:
            if isinstance(message, Finished):
                self.succeeded.emit(message)
            elif isinstance(message, Failed):
                self.failed.emit(message.message)
        if not self.process.running and self._timer.isActive():
            self._timer.stop()
            self.finished.emit()

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
