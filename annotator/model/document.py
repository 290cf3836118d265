"""The annotation document: one immutable article text and the items that point into it.

The document is the single source of truth.  The GUI's table models and undo commands call
the edit methods here and listen for :class:`Change` notifications; nothing else mutates the
item lists.  Items themselves are frozen, so an undo command can keep the old item and put it
back with :meth:`AnnotationDocument.replace_entity` and friends.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Literal

from .items import (
    HUMAN,
    AnnotationInfo,
    Entity,
    MetaField,
    Quote,
    Speaker,
    Status,
    STATUSES,
    Topic,
)
from .graphemes import snap_span
from .ids import IdAllocator
from .validation import ModelError, Problem, span_problem, validate_document

Collection = Literal["entities", "quotes", "topics", "metadata", "annotation"]
Action = Literal["insert", "update", "remove", "reset"]


@dataclass(frozen=True)
class Change:
    """What changed: ``collection``, ``action``, the item's key and its row index."""

    collection: Collection
    action: Action
    key: str | None = None
    index: int | None = None


Listener = Callable[[Change], None]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(eq=False)
class AnnotationDocument:
    text: str
    id: str | None = None
    source: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    metadata: dict[str, MetaField] = field(default_factory=dict)
    annotation: AnnotationInfo = field(default_factory=AnnotationInfo)
    extra: dict[str, Any] = field(default_factory=dict)
    _listeners: list[Listener] = field(default_factory=list, repr=False)
    # key -> row, per item list; checked on every use, so a stale entry only costs a rebuild.
    _positions: dict[tuple[int, str], dict[str, int]] = field(default_factory=dict, repr=False)

    # -- identity and comparison -------------------------------------------------------

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    def content(self) -> tuple:
        """Everything a file stores, for comparing two documents."""
        return (self.text, self.id, self.source, self.entities, self.quotes, self.topics,
                self.metadata, self.annotation, self.extra)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AnnotationDocument):
            return NotImplemented
        return self.content() == other.content()

    # -- listeners ------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- lookup ----------------------------------------------------------------------

    def entity_ids(self) -> set[str]:
        return {entity.id for entity in self.entities}

    def _index(self, items: list, key: str, attr: str = "id") -> int:
        # A cached position is trusted only after checking the item there, so direct list edits
        # (apply_suggestions sorts in place) are safe; an edit of one item of a long list stays O(1).
        positions = self._positions.setdefault((id(items), attr), {})
        i = positions.get(key)
        if i is not None and i < len(items) and getattr(items[i], attr) == key:
            return i
        positions.clear()
        for i, item in enumerate(items):
            positions.setdefault(getattr(item, attr), i)
        if key in positions:
            return positions[key]
        raise ModelError(f"no item with {attr} {key!r}")

    def entity_index(self, entity_id: str) -> int:
        return self._index(self.entities, entity_id)

    def entity(self, entity_id: str) -> Entity:
        return self.entities[self.entity_index(entity_id)]

    def quote_index(self, quote_id: str) -> int:
        return self._index(self.quotes, quote_id)

    def quote(self, quote_id: str) -> Quote:
        return self.quotes[self.quote_index(quote_id)]

    def topic_index(self, code: str) -> int:
        return self._index(self.topics, code, "code")

    def topic(self, code: str) -> Topic:
        return self.topics[self.topic_index(code)]

    def new_id(self, prefix: str) -> str:
        """The next free id like ``e12`` / ``q3`` (ids are unique across entities and quotes);
        to add many items, make one ``id_maker()`` instead of calling this per item."""
        return self.id_maker()(prefix)

    def id_maker(self) -> IdAllocator:
        """An allocator of fresh ids that knows every id taken now; ``new_id`` gives its first."""
        return IdAllocator([item.id for item in self.entities] + [item.id for item in self.quotes])

    # -- checks ----------------------------------------------------------------------

    def check_span(self, start: int, end: int, covered: str | None = None) -> None:
        if message := span_problem(self.text, start, end, covered):
            raise ModelError(message)

    def problems(self) -> list[Problem]:
        return validate_document(self)

    def _check_entity(self, entity: Entity, replacing: str | None = None) -> None:
        self.check_span(entity.start, entity.end, entity.text)
        if entity.start == entity.end:
            raise ModelError("an entity cannot be empty")
        if not entity.label:
            raise ModelError("an entity needs a label")
        _check_status(entity.status)
        if entity.id != replacing and entity.id in self._all_ids():
            raise ModelError(f"id {entity.id!r} is already used")

    def _check_quote(self, quote: Quote, replacing: str | None = None) -> None:
        self.check_span(quote.start, quote.end, quote.text)
        _check_status(quote.status)
        if quote.id != replacing and quote.id in self._all_ids():
            raise ModelError(f"id {quote.id!r} is already used")
        self._check_speaker(quote.speaker)
        if quote.cue is not None:
            self.check_span(quote.cue.start, quote.cue.end, quote.cue.text)

    def _check_speaker(self, speaker: Speaker | None) -> None:
        if speaker is None:
            return
        if speaker.start is not None or speaker.end is not None:
            self.check_span(speaker.start, speaker.end, speaker.text)  # type: ignore[arg-type]
        if speaker.entity is not None:
            try:
                self.entity_index(speaker.entity)  # cached lookup, not a set of all entity ids
            except ModelError:
                raise ModelError(f"speaker entity {speaker.entity!r} does not exist") from None

    def _all_ids(self) -> set[str]:
        return self.entity_ids() | {quote.id for quote in self.quotes}

    # -- entities ---------------------------------------------------------------------

    def make_entity(self, start: int, end: int, label: str, **fields: Any) -> Entity:
        """A new entity over ``[start, end)`` (widened to whole grapheme clusters) with a fresh id
        (not yet added)."""
        start, end = snap_span(self.text, start, end)
        fields.setdefault("id", self.new_id("e"))
        return Entity(start=start, end=end, text=self.text[start:end], label=label, **fields)

    def add_entity(self, entity: Entity, index: int | None = None) -> int:
        """Insert ``entity`` at ``index``, or where its start keeps the list in text order."""
        self._check_entity(entity)
        if index is None:
            index = bisect.bisect_right([(e.start, e.end) for e in self.entities], (entity.start, entity.end))
        self.entities.insert(index, entity)
        self._notify(Change("entities", "insert", entity.id, index))
        return index

    def remove_entity(self, entity_id: str) -> tuple[int, Entity]:
        """Remove an entity; quotes whose speaker pointed at it keep the mention, lose the link."""
        index = self.entity_index(entity_id)
        for quote in self.quotes:
            if quote.speaker is not None and quote.speaker.entity == entity_id:
                raise ModelError(f"entity {entity_id!r} is the speaker of quote {quote.id!r}; unlink it first")
        entity = self.entities.pop(index)
        self._notify(Change("entities", "remove", entity_id, index))
        return index, entity

    def replace_entity(self, entity: Entity) -> Entity:
        """Put ``entity`` in place of the one with the same id; returns the old one."""
        index = self.entity_index(entity.id)
        self._check_entity(entity, replacing=entity.id)
        old = self.entities[index]
        self.entities[index] = entity
        self._notify(Change("entities", "update", entity.id, index))
        return old

    def relabel_entity(self, entity_id: str, label: str) -> Entity:
        old = self.entity(entity_id)
        return self.replace_entity(_edited(old, label=label))

    def set_entity_span(self, entity_id: str, start: int, end: int) -> Entity:
        old = self.entity(entity_id)
        return self.replace_entity(_edited(old, start=start, end=end, text=self.text[start:end] if 0 <= start <= end <= len(self.text) else ""))

    def set_canonical(self, entity_ids: Iterable[str], canonical: str | None) -> None:
        """Tie mentions together under one canonical name ("Joly" -> "Mélanie Joly")."""
        for entity_id in entity_ids:
            self.replace_entity(_edited(self.entity(entity_id), canonical=canonical))

    # -- quotes -----------------------------------------------------------------------

    def add_quote(self, quote: Quote, index: int | None = None) -> int:
        self._check_quote(quote)
        if index is None:
            index = bisect.bisect_right([(q.start, q.end) for q in self.quotes], (quote.start, quote.end))
        self.quotes.insert(index, quote)
        self._notify(Change("quotes", "insert", quote.id, index))
        return index

    def remove_quote(self, quote_id: str) -> tuple[int, Quote]:
        index = self.quote_index(quote_id)
        quote = self.quotes.pop(index)
        self._notify(Change("quotes", "remove", quote_id, index))
        return index, quote

    def replace_quote(self, quote: Quote) -> Quote:
        index = self.quote_index(quote.id)
        self._check_quote(quote, replacing=quote.id)
        old = self.quotes[index]
        self.quotes[index] = quote
        self._notify(Change("quotes", "update", quote.id, index))
        return old

    def link_speaker(self, quote_id: str, speaker: Speaker | None) -> Quote:
        """Set (or clear) who said a quote."""
        old = self.quote(quote_id)
        return self.replace_quote(_edited(old, speaker=speaker))

    def speaker_for_entity(self, entity_id: str) -> Speaker:
        """A speaker that resolves to ``entity_id`` and names it by its canonical name."""
        entity = self.entity(entity_id)
        return Speaker(start=entity.start, end=entity.end, text=entity.text, entity=entity.id,
                       name=entity.canonical or entity.text)

    # -- topics -----------------------------------------------------------------------

    def add_topic(self, topic: Topic, index: int | None = None) -> int:
        _check_status(topic.status)
        if any(t.code == topic.code for t in self.topics):
            raise ModelError(f"topic {topic.code!r} is already there")
        index = len(self.topics) if index is None else index
        self.topics.insert(index, topic)
        self._notify(Change("topics", "insert", topic.code, index))
        if topic.primary:
            self._clear_other_primaries(topic.code)
        return index

    def remove_topic(self, code: str) -> tuple[int, Topic]:
        index = self.topic_index(code)
        topic = self.topics.pop(index)
        self._notify(Change("topics", "remove", code, index))
        return index, topic

    def replace_topic(self, topic: Topic) -> Topic:
        index = self.topic_index(topic.code)
        _check_status(topic.status)
        old = self.topics[index]
        self.topics[index] = topic
        self._notify(Change("topics", "update", topic.code, index))
        return old

    def set_primary_topic(self, code: str | None) -> None:
        """Make ``code`` the one primary topic (``None``: no primary topic)."""
        for index, topic in enumerate(self.topics):
            want = topic.code == code
            if topic.primary != want:
                self.topics[index] = _edited(topic, primary=want)
                self._notify(Change("topics", "update", topic.code, index))

    def _clear_other_primaries(self, code: str) -> None:
        for index, topic in enumerate(self.topics):
            if topic.primary and topic.code != code:
                self.topics[index] = replace(topic, primary=False)
                self._notify(Change("topics", "update", topic.code, index))

    # -- metadata ---------------------------------------------------------------------

    def set_meta(self, meta: MetaField) -> MetaField | None:
        """Add or replace a metadata field; returns the field it replaced, if any."""
        if not meta.name:
            raise ModelError("a metadata field needs a name")
        if meta.start is not None or meta.end is not None:
            self.check_span(meta.start, meta.end)  # type: ignore[arg-type]
        _check_status(meta.status)
        old = self.metadata.get(meta.name)
        self.metadata[meta.name] = meta
        index = list(self.metadata).index(meta.name)
        self._notify(Change("metadata", "insert" if old is None else "update", meta.name, index))
        return old

    def remove_meta(self, name: str) -> MetaField:
        if name not in self.metadata:
            raise ModelError(f"no metadata field {name!r}")
        index = list(self.metadata).index(name)
        old = self.metadata.pop(name)
        self._notify(Change("metadata", "remove", name, index))
        return old

    def edit_meta_value(self, name: str, value: str) -> MetaField | None:
        """A person typed a value: keep the field's anchor and provenance, mark it edited."""
        old = self.metadata.get(name)
        if old is None:
            return self.set_meta(MetaField(name=name, value=value, status="accepted", origin=HUMAN))
        return self.set_meta(_edited(old, value=value))

    # -- status, for any kind of item -------------------------------------------------

    def set_status(self, collection: Collection, key: str, status: Status) -> object:
        """Accept / reject / reset an item; returns the old item (for undo)."""
        _check_status(status)
        if collection == "entities":
            old = self.entity(key)
            self.replace_entity(replace(old, status=status))
        elif collection == "quotes":
            old = self.quote(key)
            self.replace_quote(replace(old, status=status))
        elif collection == "topics":
            old = self.topic(key)
            self.replace_topic(replace(old, status=status))
        elif collection == "metadata":
            old = self.metadata[key]
            self.set_meta(replace(old, status=status))
        else:
            raise ModelError(f"no collection {collection!r}")
        return old

    def set_annotation(self, info: AnnotationInfo) -> AnnotationInfo:
        old, self.annotation = self.annotation, info
        self._notify(Change("annotation", "update"))
        return old

    def reset_notify(self) -> None:
        """Tell listeners that everything may have changed (after a bulk load)."""
        for collection in ("entities", "quotes", "topics", "metadata", "annotation"):
            self._notify(Change(collection, "reset"))

    # -- any collection by name (for views that show each collection the same way) ----

    def item(self, collection: str, key: str) -> Any:
        """The entity, quote, topic or metadata field with that key; ModelError if there is none."""
        if collection == "entities":
            return self.entity(key)
        if collection == "quotes":
            return self.quote(key)
        if collection == "topics":
            return self.topic(key)
        if collection == "metadata":
            if key not in self.metadata:
                raise ModelError(f"no metadata field {key!r}")
            return self.metadata[key]
        raise ModelError(f"no collection {collection!r}")

    def keys(self, collection: str) -> list[str]:
        """The keys of one collection in document order (ids, topic codes, field names)."""
        if collection == "entities":
            return [e.id for e in self.entities]
        if collection == "quotes":
            return [q.id for q in self.quotes]
        if collection == "topics":
            return [t.code for t in self.topics]
        if collection == "metadata":
            return list(self.metadata)
        raise ModelError(f"no collection {collection!r}")

    def copy(self) -> "AnnotationDocument":
        """A copy without listeners: new lists and dicts of the same frozen items (O(n) pointers)."""
        return AnnotationDocument(text=self.text, id=self.id, source=self.source, entities=list(self.entities),
                                  quotes=list(self.quotes), topics=list(self.topics), metadata=dict(self.metadata),
                                  annotation=self.annotation, extra=dict(self.extra))


def _check_status(status: object) -> None:
    if status not in STATUSES:
        raise ModelError(f"status {status!r} is not one of {', '.join(STATUSES)}")


def _edited(item, **changes):
    """``item`` with ``changes``, flagged as changed by a person (unless a person made it)."""
    return replace(item, edited=item.origin != HUMAN or item.edited, **changes)
