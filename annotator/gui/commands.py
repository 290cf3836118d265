"""Undo commands.  Each ``redo``/``undo`` calls the document's own edit methods; items are
frozen, so undo simply puts the old item back.  One command may cover many items (bulk accept),
which is one step on the undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Sequence

from PySide6.QtGui import QUndoCommand

from ..model import HUMAN, AnnotationDocument, Entity, MetaField, Quote, Speaker, Topic
from ..model.graphemes import step
from ..model.words import move_edges_by_words

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


class NudgeSpan(EditItems):
    """Span keys pressed in a row on the same items: one undo step, back to where they started."""

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return 1301

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, NudgeSpan) or other._keys != self._keys:
            return False
        return True  # self._old still holds the items as they were before the first nudge


def changed_item(command: QUndoCommand | None) -> tuple[str, str] | None:
    """(collection, key) of the first item an undo command changes, if it says."""
    if isinstance(command, EditItems) and command._keys:
        return command._collection, command._keys[0]
    if isinstance(command, AddItem) and not isinstance(command.item, (Topic, MetaField)):
        return ("entities" if isinstance(command.item, Entity) else "quotes"), command.item.id
    if isinstance(command, AddQuote):
        return "quotes", command.quote.id
    return None


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


def move_span_by_words(start_words: int, end_words: int) -> Edit:
    def edit(doc: AnnotationDocument, key: str) -> Entity:
        entity = doc.entity(key)
        return doc.set_entity_span(key, *move_edges_by_words(doc.text, entity.start, entity.end, start_words, end_words))
    return edit


def set_span(start: int, end: int) -> Edit:
    return lambda doc, key: doc.set_entity_span(key, start, end)


def set_canonical(canonical: str | None) -> Edit:
    def edit(doc: AnnotationDocument, key: str) -> Entity:
        old = doc.entity(key)
        doc.set_canonical([key], canonical)
        return old
    return edit


def speaker_for(doc: AnnotationDocument, quote_id: str, entity_id: str | None, name: str | None = None) -> Speaker | None:
    """Speaker = that entity mention; or a typed name.  A typed name resolves the mention the
    quote already has ("experts" -> "unnamed experts") rather than dropping it: the span and
    its link are what exports carry as the quote -> speaker relation."""
    if entity_id:
        return doc.speaker_for_entity(entity_id)
    if not name:
        return None
    old = doc.quote(quote_id).speaker
    return replace(old, name=name) if old is not None and old.has_span else Speaker(name=name)


def link_speaker(entity_id: str | None, name: str | None = None) -> Edit:
    def edit(doc: AnnotationDocument, key: str) -> Quote:
        return doc.link_speaker(key, speaker_for(doc, key, entity_id, name))
    return edit


def edit_quote(**changes: Any) -> Edit:
    """A person changed a quote's kind or cue: flagged edited like any correction."""
    def edit(doc: AnnotationDocument, key: str) -> Quote:
        old = doc.quote(key)
        return doc.replace_quote(replace(old, edited=old.origin != HUMAN or old.edited, **changes))
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
        # The old primary lost the flag because another was chosen, not because anyone reviewed
        # it: it stays as it was (a suggestion still waiting), so the counts and its row agree.
        for old in self._before:
            now = self._doc.topic(old.code)
            if old.code != self._code and now.edited != old.edited:
                self._doc.replace_topic(replace(now, edited=old.edited))
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


class AddQuote(DocCommand):
    """Add a quote, rejecting the quotes it replaces (they stay, as decided suggestions); undo
    puts everything back."""

    def __init__(self, doc: AnnotationDocument, quote: Quote, replaces: Sequence[str], text: str):
        super().__init__(text)
        self._doc, self.quote, self._replaces = doc, quote, list(replaces)
        self._old: list[Quote] = []

    def apply(self) -> None:
        self._old = [self._doc.set_status("quotes", key, "rejected") for key in self._replaces]  # type: ignore[misc]
        try:
            self._doc.add_quote(self.quote)
        except Exception:
            self._put_back()
            raise

    def undo(self) -> None:
        self._doc.remove_quote(self.quote.id)
        self._put_back()

    def _put_back(self) -> None:
        for old in reversed(self._old):
            self._doc.replace_quote(old)


class AddEntities(DocCommand):
    """Add several entities as one undo step (every occurrence of a name)."""

    def __init__(self, doc: AnnotationDocument, entities: Sequence[Entity], text: str):
        super().__init__(text)
        self._doc, self.entities = doc, list(entities)

    def apply(self) -> None:
        done = []
        try:
            for entity in self.entities:
                self._doc.add_entity(entity)
                done.append(entity)
        except Exception:
            for entity in reversed(done):
                self._doc.remove_entity(entity.id)
            raise

    def undo(self) -> None:
        for entity in reversed(self.entities):
            self._doc.remove_entity(entity.id)
