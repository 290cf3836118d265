"""Undo commands.  Each ``redo``/``undo`` calls the document's own edit methods; items are
frozen, so undo simply puts the old item back.  One command may cover many items (bulk accept),
which is one step on the undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Sequence

from PySide6.QtGui import QUndoCommand

from ..model import AnnotationDocument, Entity, MetaField, Quote, Speaker, Topic
from ..model.graphemes import step

# (document, key) -> the item as it was before, or None if the key did not exist (metadata).
Edit = Callable[[AnnotationDocument, str], Any]


def put_back(doc: AnnotationDocument, collection: str, key: str, old: Any) -> None:
    """Restore ``old`` (a frozen item) in place of the item with the same key."""
    if collection == "entities":
        doc.replace_entity(old)
    elif collection == "quotes":
        doc.replace_quote(old)
    elif collection == "topics":
        doc.replace_topic(old)
    elif collection == "metadata":
        if old is None:
            doc.remove_meta(key)
        else:
            doc.set_meta(old)
    else:
        raise ValueError(f"no collection {collection!r}")


class DocCommand(QUndoCommand):
    """A command tried once before it goes on the stack, so a refused edit leaves no trace.

    ``push(stack, command)`` runs it; if the document refuses (a ``ModelError``), the partial
    change is undone, nothing is pushed, and the error propagates to the caller.
    """

    _applied = False

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo; the first run already happened
            self._applied = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


def push(stack, command: DocCommand) -> None:
    command.apply()  # raises before anything is on the stack
    command._applied = True
    stack.push(command)


class EditItems(DocCommand):
    """Apply ``edit`` to each key of one collection; undo restores the old items."""

    def __init__(self, doc: AnnotationDocument, collection: str, keys: Sequence[str], edit: Edit, text: str):
        super().__init__(text)
        self._doc, self._collection, self._keys, self._edit = doc, collection, list(keys), edit
        self._old: list[tuple[str, Any]] = []

    def apply(self) -> None:
        self._old = []
        try:
            for key in self._keys:
                self._old.append((key, self._edit(self._doc, key)))
        except Exception:
            self.undo()
            raise

    def undo(self) -> None:
        for key, old in reversed(self._old):
            put_back(self._doc, self._collection, key, old)


def and_accept(collection: str, edit: Edit) -> Edit:
    """``edit``, then accept the item if it was still a suggestion: a person who corrected a
    suggestion has reviewed it, so J skips it, Accept all need not, and files say "accepted"
    rather than leaving a corrected item looking untouched.  Undo restores the item whole."""
    def accepting(doc: AnnotationDocument, key: str) -> Any:
        old = edit(doc, key)
        if doc.item(collection, key).status == "suggested":
            doc.set_status(collection, key, "accepted")  # type: ignore[arg-type]
        return old
    return accepting


def set_status(collection: str, status: str) -> Edit:
    return lambda doc, key: doc.set_status(collection, key, status)  # type: ignore[arg-type]


def relabel(label: str) -> Edit:
    return lambda doc, key: doc.relabel_entity(key, label)


def move_span(start_delta: int, end_delta: int) -> Edit:
    def edit(doc: AnnotationDocument, key: str) -> Entity:
        entity = doc.entity(key)
        # By whole grapheme clusters, so the edge never splits a letter from its accent.
        return doc.set_entity_span(key, step(doc.text, entity.start, start_delta), step(doc.text, entity.end, end_delta))
    return edit


def set_span(start: int, end: int) -> Edit:
    return lambda doc, key: doc.set_entity_span(key, start, end)


def set_canonical(canonical: str | None) -> Edit:
    def edit(doc: AnnotationDocument, key: str) -> Entity:
        old = doc.entity(key)
        doc.set_canonical([key], canonical)
        return old
    return edit


def link_speaker(entity_id: str | None, name: str | None = None) -> Edit:
    """Speaker = that entity mention; or just a typed name (someone the article never tags)."""
    def edit(doc: AnnotationDocument, key: str) -> Quote:
        speaker = doc.speaker_for_entity(entity_id) if entity_id else Speaker(name=name) if name else None
        return doc.link_speaker(key, speaker)
    return edit


def edit_meta(value: str) -> Edit:
    return lambda doc, key: doc.edit_meta_value(key, value)


class AddItem(DocCommand):
    """Add an entity, quote, topic or metadata field; undo removes it."""

    def __init__(self, doc: AnnotationDocument, item: Entity | Quote | Topic | MetaField, text: str):
        super().__init__(text)
        self._doc, self.item = doc, item

    def apply(self) -> None:
        item = self.item
        if isinstance(item, Entity):
            self._doc.add_entity(item)
        elif isinstance(item, Quote):
            self._doc.add_quote(item)
        elif isinstance(item, Topic):
            self._doc.add_topic(item)
        else:
            self._doc.set_meta(item)

    def undo(self) -> None:
        item = self.item
        if isinstance(item, Entity):
            self._doc.remove_entity(item.id)
        elif isinstance(item, Quote):
            self._doc.remove_quote(item.id)
        elif isinstance(item, Topic):
            self._doc.remove_topic(item.code)
        else:
            self._doc.remove_meta(item.name)


class SetPrimaryTopic(DocCommand):
    def __init__(self, doc: AnnotationDocument, code: str | None):
        super().__init__("set the primary topic")
        self._doc, self._code = doc, code
        self._before: list[Topic] = []

    def apply(self) -> None:
        self._before = list(self._doc.topics)
        self._doc.set_primary_topic(self._code)
        if self._code is not None and self._doc.topic(self._code).status == "suggested":
            self._doc.set_status("topics", self._code, "accepted")  # chosen as primary: reviewed

    def undo(self) -> None:
        for old in self._before:
            if self._doc.topic(old.code) != old:
                self._doc.replace_topic(old)


class SetAnnotationState(DocCommand):
    """How far the annotation got ("done"); undo puts the old state back and nothing else, so
    the save stamps (modified, tool) written meanwhile stay."""

    def __init__(self, doc: AnnotationDocument, state: str | None, text: str):
        super().__init__(text)
        self._doc, self._state = doc, state
        self._before: str | None = None

    def apply(self) -> None:
        self._before = self._doc.annotation.state
        self._doc.set_annotation(replace(self._doc.annotation, state=self._state))

    def undo(self) -> None:
        self._doc.set_annotation(replace(self._doc.annotation, state=self._before))
