"""IPTC Media Topics for an article.

Placeholder until the suggestion-engine issue builds it; ``find_topics`` is the interface.
"""

from __future__ import annotations

from typing import Sequence

from .base import EntitySuggestion, TopicSuggestion


def find_topics(text: str, entities: Sequence[EntitySuggestion] = ()) -> list[TopicSuggestion]:
    return []
