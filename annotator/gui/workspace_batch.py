"""Batch suggestion from the documents dock: all or the selected documents, in a child process
(``batch_worker``), with a progress bar, the time left and Cancel.  The document shown when it
starts is left out (the window suggests a new one itself); one the person opens while the batch
runs is handled by the workspace controller (``batch_saved``): the store never lets the batch
overwrite a save of the window, and the window reloads the batch's version only when the person
has no unsaved edits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from .batch_worker import BatchRun

if TYPE_CHECKING:
    from .workspace_controller import WorkspaceController

BATCH_JOBS = 2  # both cores: the window's process only reads a few messages meanwhile


class BatchController(QObject):
    def __init__(self, workspace: "WorkspaceController"):
        super().__init__(workspace)
        self.ws = workspace
        self.run: BatchRun | None = None

    @property
    def running(self) -> bool:
        return self.run is not None and self.run.running

    def connect_dock(self, dock: Any) -> None:
        dock.suggest_requested.connect(self.start)
        dock.cancel_requested.connect(self.cancel)

    def start(self, selected_only: bool) -> bool:
        ws = self.ws
        if ws.store is None or ws.read_only or self.running:
            return False
        ws.save_now()
        ids = ws.dock.selected_ids() if selected_only else [info.id for info in ws.store.documents()]
        ids = [doc_id for doc_id in ids if doc_id != ws.current_id]
        if not ids:
            ws.w.statusBar().showMessage("No documents to suggest (the one shown is left out)", 5000)
            return False
        try:
            self.run = BatchRun(ws.location, ws.store.lock_token, ids, jobs=BATCH_JOBS, parent=self)
        except (OSError, RuntimeError) as error:  # no process could be started (resources, a frozen app)
            ws.w.statusBar().showMessage(f"Batch suggestion could not start: {error}", 10_000)
            return False
        self.run.progress.connect(self._progress)
        self.run.saved.connect(ws.batch_saved)
        self.run.succeeded.connect(self._succeeded)
        self.run.failed.connect(self._failed)
        self.run.finished.connect(self._finished)
        ws.dock.show_batch(True)
        ws.dock.show_batch_progress(0, len(ids), None)
        ws.w.statusBar().showMessage(f"Suggesting {len(ids):,} documents…", 4000)
        ws.batch_started.emit()
        return True

    def cancel(self) -> None:
        if self.running:
            self.run.cancel()
            self.ws.dock.cancel.setEnabled(False)
            self.ws.w.statusBar().showMessage("Cancelling: the documents already suggested stay", 5000)

    def stop(self, wait_ms: int = 30_000) -> None:
        """Cancel and wait (closing the workspace or the window)."""
        if self.run is not None and self.run.running:
            self.run.saved.disconnect(self.ws.batch_saved)  # the workspace is going: nothing to show
            self.run.stop(wait_ms / 1000)

    def _progress(self, done: int, total: int, seconds_left: object) -> None:
        if self.ws.dock is not None:
            self.ws.dock.show_batch_progress(done, total, seconds_left)  # type: ignore[arg-type]

    def _succeeded(self, result: Any) -> None:
        parts = [f"{_count(result, 'done')} suggested"]
        for name in ("skipped", "failed"):
            if _count(result, name):
                parts.append(f"{_count(result, name)} {name}")
        cancelled = " (cancelled)" if result.cancelled else ""
        self.ws.w.statusBar().showMessage("Batch: " + ", ".join(parts) + cancelled, 10_000)

    def _failed(self, message: str) -> None:
        self.ws.w.statusBar().showMessage(f"Batch suggestion stopped: {message}", 30_000)

    def _finished(self) -> None:
        if self.ws.dock is not None:
            self.ws.dock.show_batch(False)


def _count(result: Any, name: str) -> int:
    value = getattr(result, name, 0)
    return value if isinstance(value, int) else len(value)
