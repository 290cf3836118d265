"""Named entities (OntoNotes labels) by rules and gazetteers.

Placeholder: capitalised word runs, unlabelled beyond a guess.  The suggestion-engine issue
replaces this with the real recognizer; ``find_entities`` is the interface the quote and topic
suggesters rely on.
"""

from __future__ import annotations

import re

from .base import EntitySuggestion

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def find_entities(text: str) -> list[EntitySuggestion]:
    return [EntitySuggestion(start=m.start(), end=m.end(), label="ORG", score=0.1)
            for m in _CAPITALISED_RUN.finditer(text)]
