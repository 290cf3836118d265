"""Batch suggestion from the documents dock: all or the selected documents, in a thread, with a
progress bar, the time left and Cancel.  The document shown in the window is left out, so the
batch and the person never write the same document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from .batch_worker import BatchSuggestThread

if TYPE_CHECKING:
    from .workspace_controller import WorkspaceController

BATCH_JOBS = 2  # both cores: the GUI thread only waits for signals meanwhile


class BatchController(QObject):
    def __init__(self, workspace: "WorkspaceController"):
        super().__init__(workspace)
        self.ws = workspace
        self.thread: BatchSuggestThread | None = None

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def connect_dock(self, dock: Any) -> None:
        dock.suggest_requested.connect(self.start)
        dock.cancel_requested.connect(self.cancel)

    def start(self, selected_only: bool) -> bool:
        ws = self.ws
        try:
            from ..corpus.batch import suggest_documents
        except ImportError as error:
            ws.w.statusBar().showMessage(f"Batch suggestion is not available: {error}", 8000)
            return False
        if ws.store is None or ws.read_only or self.running:
            return False
        ws.save_now()
        ids = ws.dock.selected_ids() if selected_only else [info.id for info in ws.store.documents()]
        ids = [doc_id for doc_id in ids if doc_id != ws.current_id]
        if not ids:
            ws.w.statusBar().showMessage("No documents to suggest (the one shown is left out)", 5000)
            return False
        self.thread = BatchSuggestThread(suggest_documents, ws.store, ids, jobs=BATCH_JOBS, parent=self)
        self.thread.progress.connect(self._progress)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._finished)
        ws.dock.show_batch(True)
        ws.dock.show_batch_progress(0, len(ids), None)
        ws.w.statusBar().showMessage(f"Suggesting {len(ids):,} documents…", 4000)
        self.thread.start()
        ws.batch_started.emit()
        return True

    def cancel(self) -> None:
        if self.running:
            self.thread.cancel()
            self.ws.dock.cancel.setEnabled(False)
            self.ws.w.statusBar().showMessage("Cancelling: the documents already suggested stay", 5000)

    def stop(self, wait_ms: int = 30_000) -> None:
        """Cancel and wait (closing the workspace or the window)."""
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait(wait_ms)

    def _progress(self, done: int, total: int, seconds_left: object) -> None:
        if self.ws.dock is not None:
            self.ws.dock.show_batch_progress(done, total, seconds_left)  # type: ignore[arg-type]

    def _succeeded(self, result: Any) -> None:
        parts = [f"{_count(result, 'done')} suggested"]
        for name in ("skipped", "failed"):
            if _count(result, name):
                parts.append(f"{_count(result, name)} {name}")
        cancelled = " (cancelled)" if self.thread is not None and self.thread.cancelling else ""
        self.ws.w.statusBar().showMessage("Batch: " + ", ".join(parts) + cancelled, 10_000)

    def _failed(self, message: str) -> None:
        self.ws.w.statusBar().showMessage(f"Batch suggestion stopped: {message}", 15_000)

    def _finished(self) -> None:
        if self.ws.dock is not None:
            self.ws.dock.show_batch(False)


def _count(result: Any, name: str) -> int:
    value = getattr(result, name, 0)
    return value if isinstance(value, int) else len(value)
