"""Batch suggestion in a process of its own, for the window.

In the window's process the batch's own work (unpacking the workers' results, merging, JSON
encoding, SQLite writes) held the GIL often enough to make edits wait up to 200 ms.  Here a child
process (multiprocessing, spawn) opens the store itself, joining the window's workspace lock, and
runs ``batch.suggest_documents``; the window only receives small messages through a pipe:

    Progress(done, total, saved)   saved: the ids of the documents stored since the last message
    Finished(done, skipped, failed, cancelled, saved)
    Failed(message)                the batch could not run (the store would not open, ...)

and sends one: ``"cancel"``.  The child runs at a lower priority (``nice``) than the window, so
when both want the two cores the person's edits come first.  It stops by itself if the window
goes away (the pipe closes).  No Qt here: the window polls ``messages()`` from a timer.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Sequence

CANCEL = "cancel"
NICENESS = 10  # the batch yields the CPU to the window (and to the person) when both want it


@dataclass(frozen=True, kw_only=True)
class Progress:
    done: int
    total: int
    saved: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Finished:
    done: int
    skipped: int
    failed: tuple[tuple[str, str], ...]
    cancelled: bool
    saved: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Failed:
    message: str


Message = Progress | Finished | Failed


def _run(location: str, lock_token: str | None, doc_ids: list[str] | None, jobs: int, conn: Connection) -> None:
    """The child: suggest, store, report; never raises (a failure is a message)."""
    try:
        os.nice(NICENESS)
    except OSError:
        pass  # not allowed here: the batch just competes on equal terms
    saved: list[str] = []
    cancelled = False

    def cancel_asked() -> bool:
        nonlocal cancelled
        try:
            while not cancelled and conn.poll():
                cancelled = conn.recv() == CANCEL
        except (EOFError, OSError):  # the window is gone: nobody to suggest for
            cancelled = True
        return cancelled

    def report(done: int, total: int) -> None:
        conn.send(Progress(done=done, total=total, saved=tuple(saved)))
        saved.clear()

    try:
        from .batch import suggest_documents
        from .store import open_store

        store = open_store(location, joining=lock_token)
        try:
            store.add_listener(saved.append)
            result = suggest_documents(store, doc_ids, jobs=jobs, progress=report, cancelled=cancel_asked)
        finally:
            store.close()
        conn.send(Finished(done=result.done, skipped=result.skipped, failed=tuple(result.failed),
                           cancelled=result.cancelled, saved=tuple(saved)))
    except Exception as error:  # noqa: BLE001 - the window says it; a traceback would reach nobody
        try:
            conn.send(Failed(message=str(error) or type(error).__name__))
        except (OSError, EOFError):
            pass
    finally:
        conn.close()


class BatchProcess:
    """The window's side: start the child, read its messages, ask it to stop."""

    def __init__(self, location: str, lock_token: str | None, doc_ids: Sequence[str] | None, *, jobs: int = 2):
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
        self._conn, child_end = context.Pipe(duplex=True)
        ids = None if doc_ids is None else list(doc_ids)
        # Not a daemon: the child starts worker processes of its own, which daemons may not.
        self._process = context.Process(target=_run, args=(str(location), lock_token, ids, jobs, child_end),
                                        name="annotator-batch", daemon=False)
        self._process.start()
        child_end.close()  # only the child holds it now, so its end closing reads as EOF here
        self.finished: Finished | Failed | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid

    @property
    def running(self) -> bool:
        return self.finished is None

    def messages(self) -> list[Message]:
        """What arrived since the last call, without waiting.  When the child died without
        finishing, the last message is a Failed saying so."""
        if self.finished is not None:
            return []
        alive = self._process.is_alive()  # before reading: all a dead child sent is in the pipe
        received: list[Message] = []
        try:
            while self._conn.poll():
                received.append(self._conn.recv())
        except (EOFError, OSError):
            pass
        for message in received:
            if isinstance(message, (Finished, Failed)):
                self.finished = message
        if self.finished is None and not alive:
            self._process.join()
            self.finished = Failed(message=f"the batch process stopped unexpectedly ({_exit_reason(self._process.exitcode)}); "
                                           "the documents it stored are kept")
            received.append(self.finished)
        if self.finished is not None:
            self._conn.close()
        return received

    def cancel(self) -> None:
        try:
            self._conn.send(CANCEL)
        except (OSError, ValueError):  # already gone or closed
            pass

    def stop(self, timeout: float = 30.0) -> None:
        """Cancel and wait for the child (closing the window); kill it if it will not go.
        Its last messages are still there for ``messages()``."""
        self.cancel()
        self._process.join(timeout)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        import signal

        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
