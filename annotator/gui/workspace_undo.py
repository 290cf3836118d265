"""Undo histories of a workspace's documents, kept while the window is open.

Every visited document gets its own QUndoStack in the window's QUndoGroup, kept together with
the very document object its commands edit (a command undoes by calling that object's methods,
so a history only fits the object it was made on).  Going back to a document whose stored
version is still the one the window left reuses both, so Ctrl+Z undoes its last edit after
A -> B -> A.  A document stored by someone else meanwhile (the batch) is loaded afresh, with a
new, empty history.

Memory is bounded: the histories of the last ``KEEP`` visited documents are kept (each holds its
document and its commands: a few hundred KB for a long, heavily edited article); older ones are
dropped, oldest first.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtGui import QUndoGroup, QUndoStack

from ..model import AnnotationDocument

KEEP = 20


@dataclass(kw_only=True)
class History:
    doc: AnnotationDocument
    stack: QUndoStack
    version: str  # the stored version ``doc`` is at (after its last store)


class DocumentHistories:
    def __init__(self, group: QUndoGroup, keep: int = KEEP):
        self._group = group
        self._keep = keep
        self._kept: OrderedDict[str, History] = OrderedDict()  # least recently visited first
        self._leftover: QUndoStack | None = None  # still shown after the workspace closed
        group.activeStackChanged.connect(self._drop_leftover)

    def __len__(self) -> int:
        return len(self._kept)

    def resume(self, doc_id: str, stored_version: str) -> History | None:
        """The kept history of ``doc_id`` if the store still has the version it was left at."""
        history = self._kept.get(doc_id)
        if history is None:
            return None
        if history.version != stored_version:
            self.forget(doc_id)
            return None
        self._kept.move_to_end(doc_id)
        return history

    def start(self, doc_id: str, doc: AnnotationDocument, version: str) -> History:
        """A new, empty history for ``doc`` (replacing any kept one); the oldest beyond ``keep`` go."""
        self.forget(doc_id)
        stack = QUndoStack(self._group)
        self._group.addStack(stack)
        history = self._kept[doc_id] = History(doc=doc, stack=stack, version=version)
        while len(self._kept) > self._keep:
            self._drop(self._kept.popitem(last=False)[1].stack)
        return history

    def stored(self, doc_id: str, version: str) -> None:
        """``doc_id`` was stored as it is in the window: that is the version to come back to."""
        if doc_id in self._kept:
            self._kept[doc_id].version = version

    def forget(self, doc_id: str) -> None:
        """Drop the history of ``doc_id`` (its document changed in the store, or edits were discarded)."""
        history = self._kept.pop(doc_id, None)
        if history is not None:
            self._drop(history.stack)

    def clear(self) -> None:
        """The workspace closed: drop every history (the shown one once another document shows)."""
        while self._kept:
            self._drop(self._kept.popitem()[1].stack)

    def _drop(self, stack: QUndoStack) -> None:
        if stack is self._group.activeStack():
            self._leftover = stack  # the window still shows its document: undo keeps working there
            return
        self._group.removeStack(stack)
        stack.deleteLater()

    def _drop_leftover(self, active: QUndoStack | None) -> None:
        if self._leftover is not None and active is not self._leftover:
            stack, self._leftover = self._leftover, None
            self._drop(stack)
