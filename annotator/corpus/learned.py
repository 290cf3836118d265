"""Learning from corrections: strings people accepted or added in other documents, suggested here.

A string-matching recommender (INCEpTION's name for it): an entity text a person accepted (or
typed in) with a label is suggested wherever the same text stands as whole words in another
document, with ``origin`` "learned".  Only strings people decided on consistently are learned
(see ``_consistent``), because one stray acceptance repeated over a whole corpus costs more
precision than it gains recall.  A match is skipped when it overlaps an entity the document
already has, when it touches another capitalised word (then it is part of a longer name the
reviewers never saw), when a capitalised string occurs in lower case in this document (a
common word capitalised at a sentence start), and when it was rejected in this very document.
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
_NEIGHBOUR_NAME = re.compile(r"[A-Z][\w.&'-]*")


def _consistent(totals) -> dict[str, str]:
    """text -> label for the strings worth suggesting elsewhere: accepted under one label only,
    at least twice with rejections the clear minority, or once and never rejected."""
    by_text: dict[str, list[tuple[str, int, int]]] = {}
    for text, label, accepted, rejected in totals:
        by_text.setdefault(text, []).append((label, accepted, rejected))
    labels = {}
    for text, votes in by_text.items():
        accepted_labels = [(label, a, r) for label, a, r in votes if a > 0]
        if len(accepted_labels) != 1 or not text.strip():
            continue
        label, accepted, _ = accepted_labels[0]
        rejected = sum(r for _, _, r in votes)  # a rejection under any label says the string is doubtful
        if (accepted >= 2 and accepted > 2 * rejected) or (accepted == 1 and rejected == 0):
            labels[text] = label
    return labels


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after text[start:end] (one space apart)."""
    before = text[max(0, start - 40):start]
    if before.endswith(" ") and re.search(r"[A-Z][\w.&'-]* $", before):
        return True
    after = text[end:end + 40]
    return after.startswith(" ") and _NEIGHBOUR_NAME.match(after, 1) is not None


def _lexicon(store: Store, excluding: str | None) -> _Lexicon:
    cached = _cache.get(id(store))
    if cached is not None and cached.generation == store.generation and cached.excluding == excluding:
        return cached
    labels = _consistent(store.decision_totals(excluding=excluding))
    ordered = sorted(labels, key=len, reverse=True)  # the longest string wins where several match
    patterns = tuple(re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered[i:i + _MAX_PATTERN])) + r")(?!\w)")
                     for i in range(0, len(ordered), _MAX_PATTERN))
    lexicon = _Lexicon(generation=store.generation, excluding=excluding, labels=labels, patterns=patterns)
    _cache[id(store)] = lexicon
    return lexicon


def learned_suggestions(store: Store, document: AnnotationDocument, *, doc_id: str | None = None) -> list[Entity]:
    """New ``suggested`` entities for ``document`` from what people decided elsewhere in ``store``
    (``doc_id``: this document's id in the store, so its own decisions do not count as "elsewhere")."""
    return suggestions_from(_lexicon(store, doc_id), document)


def batch_lexicon(store: Store) -> _Lexicon:
    """What people decided anywhere in ``store``, read once for a whole batch (each save of the
    batch bumps the store's generation, so the per-document cache would re-read it every time)."""
    return _lexicon(store, None)


def suggestions_from(lexicon: _Lexicon, document: AnnotationDocument) -> list[Entity]:
    """New ``suggested`` entities for ``document`` from ``lexicon``."""
    if not lexicon.patterns:
        return []
    rejected_here = {(e.text, e.label) for e in document.entities if e.status == "rejected"}
    taken = [(e.start, e.end) for e in document.entities]
    lower_words = set(re.findall(r"\b[a-z][\w'-]*\b", document.text))
    new_id = document.id_maker()
    found: list[Entity] = []
    for pattern in lexicon.patterns:
        for match in pattern.finditer(document.text):
            start, end = match.span()
            label = lexicon.labels[match.group()]
            if ((match.group(), label) in rejected_here or any(s < end and start < e for s, e in taken)
                    or (match.group() != match.group().lower() and match.group().lower() in lower_words)
                    or _inside_longer_name(document.text, start, end)):
                continue
            taken.append((start, end))
            found.append(Entity(id=new_id("e"), start=start, end=end, text=match.group(), label=label,
                                origin=ORIGIN, status="suggested"))
    return sorted(found, key=lambda e: (e.start, e.end))
