"""Direct and reported quotes with their cue and resolved speaker.

Placeholder until the suggestion-engine issue builds it; ``find_quotes`` is the interface.
"""

from __future__ import annotations

from typing import Sequence

from .base import EntitySuggestion, QuoteSuggestion


def find_quotes(text: str, entities: Sequence[EntitySuggestion] = ()) -> list[QuoteSuggestion]:
    return []
