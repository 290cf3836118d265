"""Who is who: every mention of one real-world entity, and the quotes that entity said.

Entities are tied together by their canonical name ("Joly" and "Mélanie Joly" both have the
canonical name "Mélanie Joly"; an entity without one stands for its own text).  A quote's speaker
joins the group of the entity it resolves to, so its mention counts even when it is a pronoun
that is no entity of its own ("He" -> Christian Leuprecht).  Rejected items are no mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import AnnotationDocument
from .items import Entity, Quote, Span, Speaker
from .validation import ModelError


def entity_name(entity: Entity) -> str:
    """The name that identifies the entity a mention refers to."""
    return entity.canonical or entity.text


def speaker_name(doc: AnnotationDocument, speaker: Speaker) -> str | None:
    """The name of whom a speaker resolves to: its entity's name (it may have been merged under
    another canonical name since the link was made), else the name typed for it, else None."""
    if speaker.entity:
        try:
            return entity_name(doc.entity(speaker.entity))
        except ModelError:  # the entity went away; the name stored with the link still says who
            pass
    return speaker.name or None


def speaker_entity(doc: AnnotationDocument, quote: Quote) -> Entity | None:
    """The entity a quote's speaker resolves to, if it resolves to one that is not rejected."""
    speaker = quote.speaker
    if speaker is None or not speaker.entity:
        return None
    try:
        entity = doc.entity(speaker.entity)
    except ModelError:
        return None
    return None if entity.status == "rejected" else entity


@dataclass(frozen=True, kw_only=True)
class MentionGroup:
    """The mentions of one entity in text order, and the ids of the quotes it said."""

    name: str | None  # None: an unresolved speaker, a group of its one mention
    mentions: tuple[Span, ...]
    entity_ids: tuple[str, ...]  # the entities among the mentions, in text order
    quote_ids: tuple[str, ...]  # quotes whose speaker resolves to this entity, in document order

    def summary(self) -> str:
        """ "Christian Leuprecht: 4 mentions, speaker of 3 quotes" """
        count = len(self.mentions)
        said = len(self.quote_ids)
        said_text = f", speaker of {said} quote{'s' if said != 1 else ''}" if said else ""
        return f"{self.name or 'unresolved'}: {count} mention{'s' if count != 1 else ''}{said_text}"


class MentionIndex:
    """Every entity's mentions and quotes, sorted out in one pass over the document: the window
    asks on each key press, and a long article has thousands of entities.  Build a new one after
    the document changes."""

    def __init__(self, doc: AnnotationDocument):
        self._doc = doc
        self._entities: dict[str, list[Entity]] = {}
        self._quotes: dict[str, list[Quote]] = {}
        self._groups: dict[str, MentionGroup] = {}
        for entity in doc.entities:
            if entity.status != "rejected":
                self._entities.setdefault(entity_name(entity), []).append(entity)
        for quote in doc.quotes:
            name = speaker_name(doc, quote.speaker) if quote.status != "rejected" and quote.speaker else None
            if name is not None:
                self._quotes.setdefault(name, []).append(quote)

    def group(self, name: str) -> MentionGroup:
        """Every mention of the entity called ``name``: its entities and the speaker mentions that
        resolve to it (one span counted once, when a speaker mention is also an entity)."""
        group = self._groups.get(name)
        if group is None:
            group = self._groups[name] = _group(name, self._entities.get(name, []), self._quotes.get(name, []))
        return group

    def speaker_group(self, quote: Quote) -> MentionGroup | None:
        """The group of whoever said ``quote``; None if it has no speaker at all."""
        speaker = quote.speaker
        if speaker is None:
            return None
        name = speaker_name(self._doc, speaker)
        if name is not None:
            return self.group(name)
        mentions = (Span(start=speaker.start, end=speaker.end, text=speaker.text or ""),) if speaker.has_span else ()
        return MentionGroup(name=None, mentions=mentions, entity_ids=(), quote_ids=(quote.id,))


def _group(name: str, entities: list[Entity], quotes: list[Quote]) -> MentionGroup:
    spans = {(e.start, e.end): Span(start=e.start, end=e.end, text=e.text) for e in entities}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.has_span:
            spans.setdefault((speaker.start, speaker.end), Span(start=speaker.start, end=speaker.end, text=speaker.text or ""))
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    return MentionGroup(name=name, mentions=tuple(spans[key] for key in sorted(spans)),
                        entity_ids=tuple(e.id for e in ordered), quote_ids=tuple(q.id for q in quotes))


def mention_group(doc: AnnotationDocument, name: str) -> MentionGroup:
    """The mentions of ``name`` (see ``MentionIndex.group``)."""
    return MentionIndex(doc).group(name)


def speaker_group(doc: AnnotationDocument, quote: Quote) -> MentionGroup | None:
    """The group of whoever said ``quote`` (see ``MentionIndex.speaker_group``)."""
    return MentionIndex(doc).speaker_group(quote)
