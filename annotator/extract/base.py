"""Suggestion records, the suggester registry, and turning suggestions into document items.

A suggester is a plain function ``text -> Iterable[Suggestion]`` with a name.  It never raises
on odd text; it just suggests less.  Third-party suggesters register through the entry-point
group ``annotator.suggesters``: the entry point names a :class:`Suggester` (or a zero-argument
callable returning one).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Union

from ..model import AnnotationDocument, Cue, Entity, MetaField, Quote, Speaker, Topic
from ..model.graphemes import snap_span, through_word

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "annotator.suggesters"


@dataclass(frozen=True, kw_only=True, slots=True)
class EntitySuggestion:
    start: int
    end: int
    label: str
    score: float | None = None
    canonical: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class SpeakerSuggestion:
    """The mention that says a quote ("he"), and the entity mention it resolves to.

    ``entity_start``/``entity_end`` point at an entity suggestion's span (the antecedent,
    "Christian Leuprecht"), so the quote can be linked to that entity's id once it exists.
    """

    start: int | None = None
    end: int | None = None
    name: str | None = None
    entity_start: int | None = None
    entity_end: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class QuoteSuggestion:
    start: int
    end: int
    kind: str = "direct"
    speaker: SpeakerSuggestion | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    score: float | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class TopicSuggestion:
    code: str
    label: str
    score: float | None = None
    primary: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class MetaSuggestion:
    name: str
    value: str
    start: int | None = None
    end: int | None = None
    score: float | None = None


Suggestion = Union[EntitySuggestion, QuoteSuggestion, TopicSuggestion, MetaSuggestion]


@dataclass(frozen=True, kw_only=True, slots=True)
class Suggester:
    name: str  # recorded as each item's ``origin``
    run: Callable[[str], Iterable[Suggestion]]
    kinds: frozenset[str] = field(default_factory=lambda: frozenset({"entities", "quotes", "topics", "metadata"}))
    description: str = ""
    default: bool = True  # runs when no suggester is named


_REGISTRY: dict[str, Suggester] = {}
_entry_points_loaded = False


def register(suggester: Suggester) -> Suggester:
    _REGISTRY[suggester.name] = suggester
    return suggester


def _load_entry_points(force: bool = False) -> None:
    global _entry_points_loaded
    if _entry_points_loaded and not force:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points  # ~20 ms to import: paid on first look-up, not at start-up

    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = point.load()
            suggester = loaded() if callable(loaded) and not isinstance(loaded, Suggester) else loaded
            if not isinstance(suggester, Suggester):
                raise TypeError(f"{point.value} gave {type(suggester).__name__}, not a Suggester")
            _REGISTRY.setdefault(suggester.name, suggester)
        except ImportError as error:  # an optional extra that is not installed (e.g. spaCy)
            log.info("suggester plug-in %s not available: %s", point.name, error)
        except Exception as error:  # a broken plug-in must not stop the app
            log.warning("suggester plug-in %s could not be loaded: %s", point.name, error)


def reload_plugins() -> dict[str, Suggester]:
    """Look at the installed entry points again (after installing a plug-in); built-ins stay."""
    _load_entry_points(force=True)
    return dict(_REGISTRY)


def suggesters() -> dict[str, Suggester]:
    _load_entry_points()
    return dict(_REGISTRY)


def get_suggester(name: str) -> Suggester:
    found = suggesters()
    if name not in found:
        raise KeyError(f"no suggester {name!r}; available: {', '.join(sorted(found))}")
    return found[name]


def default_suggesters() -> list[Suggester]:
    return [s for s in suggesters().values() if s.default]


def run_suggester(suggester: Suggester, text: str) -> list[Suggestion]:
    """Run one suggester; a failure is logged and yields nothing, never an exception."""
    try:
        return list(suggester.run(text))
    except Exception:  # a suggester bug must not cost the user the article
        log.exception("suggester %s failed", suggester.name)
        return []


# -- applying suggestions to a document -----------------------------------------------------

def apply_suggestions(doc: AnnotationDocument, suggestions: Iterable[Suggestion], origin: str,
                      notify: bool = True) -> int:
    """Add suggestions as ``suggested`` items; skips what the document already has.

    Existing items win: re-running suggestions on a reviewed document never overrides a
    decision a person made.  Returns how many items were added.  With ``notify=False`` the
    caller applying several batches sends the one ``reset_notify`` itself.
    """
    suggestions = [_on_graphemes(doc.text, s) for s in suggestions]
    added = 0
    new_id = doc.id_maker()
    # No set of every span (on a 50 MB article that set alone is ~90 MB): a suggestion after the
    # last one added cannot repeat an added one, so only the spans there were before are looked up,
    # until a suggester goes out of text order -- then every span is.
    existing = {(e.start, e.end) for e in doc.entities}
    complete = False  # whether ``existing`` holds the spans added in this run too
    last = (-1, -1)
    for s in suggestions:
        if isinstance(s, EntitySuggestion) and s.end > s.start:
            if not (0 <= s.start < s.end <= len(doc.text)):
                continue
            span = (s.start, s.end)
            if span <= last and not complete:  # out of text order: it may repeat one added before
                existing = {(e.start, e.end) for e in doc.entities}
                complete = True
            if span in existing:
                continue
            if complete:
                existing.add(span)
            last = max(last, span)
            covered = doc.text[s.start:s.end]
            canonical = covered if s.canonical == covered else s.canonical  # one string, not two equal ones
            doc.entities.append(Entity(id=new_id("e"), start=s.start, end=s.end, text=covered,
                                       label=s.label, canonical=canonical, score=s.score, origin=origin))
            added += 1
    doc.entities.sort(key=lambda e: (e.start, e.end))

    quote_spans = {(q.start, q.end) for q in doc.quotes}
    for s in suggestions:
        if isinstance(s, QuoteSuggestion) and (s.start, s.end) not in quote_spans:
            if not (0 <= s.start < s.end <= len(doc.text)):
                continue
            cue = None
            if s.cue_start is not None and s.cue_end is not None and 0 <= s.cue_start < s.cue_end <= len(doc.text):
                cue = Cue(start=s.cue_start, end=s.cue_end, text=doc.text[s.cue_start:s.cue_end])
            doc.quotes.append(Quote(id=new_id("q"), start=s.start, end=s.end, text=doc.text[s.start:s.end],
                                    kind=s.kind, speaker=_speaker(doc, s.speaker), cue=cue,
                                    score=s.score, origin=origin))
            quote_spans.add((s.start, s.end))
            added += 1
    doc.quotes.sort(key=lambda q: (q.start, q.end))

    codes = {t.code for t in doc.topics}
    has_primary = any(t.primary for t in doc.topics)
    for s in suggestions:
        if isinstance(s, TopicSuggestion) and s.code not in codes:
            primary = s.primary and not has_primary
            has_primary = has_primary or primary
            doc.topics.append(Topic(code=s.code, label=s.label, score=s.score, primary=primary, origin=origin))
            codes.add(s.code)
            added += 1

    for s in suggestions:
        if isinstance(s, MetaSuggestion) and s.name not in doc.metadata:
            anchored = s.start is not None and s.end is not None and 0 <= s.start <= s.end <= len(doc.text)
            doc.metadata[s.name] = MetaField(name=s.name, value=s.value, start=s.start if anchored else None,
                                             end=s.end if anchored else None, score=s.score, origin=origin)
            added += 1
    if added and notify:
        doc.reset_notify()
    return added




def _entity_at(entities: list[Entity], start: int | None, end: int | None) -> Entity | None:
    """The entity with exactly this span in a list sorted by span (a bisection, not a dict of all)."""
    if start is None or end is None:
        return None
    i = bisect_left(entities, (start, end), key=lambda e: (e.start, e.end))
    return entities[i] if i < len(entities) and (entities[i].start, entities[i].end) == (start, end) else None


def _on_graphemes(text: str, s: Any) -> Any:
    """``s`` with every span edge on a grapheme-cluster boundary (an entity ending before a
    combining accent takes the accent, and the rest of its word), so no export splits a letter
    from its mark."""
    def snapped(start: int | None, end: int | None) -> tuple[int | None, int | None]:
        return (start, end) if start is None or end is None else snap_span(text, start, end)

    if isinstance(s, (EntitySuggestion, QuoteSuggestion)):
        start, end = through_word(text, s.start, s.end) if isinstance(s, EntitySuggestion) else snapped(s.start, s.end)
        changes: dict[str, Any] = {"start": start, "end": end}
        if isinstance(s, EntitySuggestion) and (start, end) != (s.start, s.end) and s.canonical == text[s.start:s.end]:
            changes["canonical"] = text[start:end]  # the name was the cut-off text: take the whole one
        if isinstance(s, QuoteSuggestion):
            changes["cue_start"], changes["cue_end"] = snapped(s.cue_start, s.cue_end)
            if s.speaker is not None:
                sp_start, sp_end = snapped(s.speaker.start, s.speaker.end)
                # The speaker's entity is found by its span: snap it as entity suggestions are.
                en_start, en_end = (s.speaker.entity_start, s.speaker.entity_end) if None in (
                    s.speaker.entity_start, s.speaker.entity_end) else through_word(text, s.speaker.entity_start,
                                                                                   s.speaker.entity_end)
                changes["speaker"] = replace(s.speaker, start=sp_start, end=sp_end,
                                             entity_start=en_start, entity_end=en_end)
        if all(getattr(s, key) == value for key, value in changes.items()):
            return s  # on boundaries already (nearly always): no copy of every suggestion of a large article
        return replace(s, **changes)
    return s


def _speaker(doc: AnnotationDocument, s: SpeakerSuggestion | None) -> Speaker | None:
    if s is None:
        return None
    entity = _entity_at(doc.entities, s.entity_start, s.entity_end)
    name = s.name or (entity.canonical or entity.text if entity is not None else None)
    has_span = s.start is not None and s.end is not None and 0 <= s.start <= s.end <= len(doc.text)
    return Speaker(start=s.start if has_span else None, end=s.end if has_span else None,
                   text=doc.text[s.start:s.end] if has_span else None,
                   entity=entity.id if entity is not None else None, name=name)


def suggest_document(doc: AnnotationDocument, names: Iterable[str] | None = None) -> int:
    """Run the named suggesters (default: all default ones) over ``doc`` and add what they find."""
    chosen = [get_suggester(name) for name in names] if names is not None else default_suggesters()
    added = 0
    for suggester in chosen:
        added += apply_suggestions(doc, run_suggester(suggester, doc.text), suggester.name)
    return added
