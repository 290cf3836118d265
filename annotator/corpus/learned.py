"""Learning from corrections: strings people accepted or added in other documents, suggested here.

A string-matching recommender (INCEpTION's name for it): an entity text a person accepted (or
typed in) with a label is suggested wherever the same text stands as whole words in another
document, with ``origin`` "learned".  What people rejected more often than they accepted is not
suggested, nor anything rejected in this very document, nor spans this document already has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import AnnotationDocument, Entity
from .store import Store

ORIGIN = "learned"
_MAX_PATTERN = 5000  # strings per regular expression; longer lists are split


@dataclass(frozen=True, kw_only=True)
class _Lexicon:
    generation: int
    excluding: str | None
    labels: dict[str, str]  # text -> label (the label people chose most often)
    patterns: tuple[re.Pattern, ...]


_cache: dict[int, _Lexicon] = {}


def _lexicon(store: Store, excluding: str | None) -> _Lexicon:
    cached = _cache.get(id(store))
    if cached is not None and cached.generation == store.generation and cached.excluding == excluding:
        return cached
    votes: dict[str, tuple[int, str]] = {}
    for text, label, accepted, rejected in store.decision_totals(excluding=excluding):
        if accepted > rejected and accepted > votes.get(text, (0, ""))[0]:
            votes[text] = (accepted, label)
    labels = {text: label for text, (_, label) in votes.items()}
    ordered = sorted(labels, key=len, reverse=True)  # the longest string wins where several match
    patterns = tuple(re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered[i:i + _MAX_PATTERN])) + r")(?!\w)")
                     for i in range(0, len(ordered), _MAX_PATTERN))
    lexicon = _Lexicon(generation=store.generation, excluding=excluding, labels=labels, patterns=patterns)
    _cache[id(store)] = lexicon
    return lexicon


def learned_suggestions(store: Store, document: AnnotationDocument, *, doc_id: str | None = None) -> list[Entity]:
    """New ``suggested`` entities for ``document`` from what people decided elsewhere in ``store``
    (``doc_id``: this document's id in the store, so its own decisions do not count as "elsewhere")."""
    lexicon = _lexicon(store, doc_id)
    if not lexicon.patterns:
        return []
    rejected_here = {(e.text, e.label) for e in document.entities if e.status == "rejected"}
    taken = [(e.start, e.end) for e in document.entities]
    new_id = document.id_maker()
    found: list[Entity] = []
    for pattern in lexicon.patterns:
        for match in pattern.finditer(document.text):
            start, end = match.span()
            label = lexicon.labels[match.group()]
            if (match.group(), label) in rejected_here or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Entity(id=new_id("e"), start=start, end=end, text=match.group(), label=label,
                                origin=ORIGIN, status="suggested"))
    return sorted(found, key=lambda e: (e.start, e.end))
