"""Suggesters: pure functions from article text to suggested entities, quotes, topics, metadata."""

from . import layout, rules  # noqa: F401  (registers the built-in suggesters)
from .base import (
    ENTRY_POINT_GROUP,
    EntitySuggestion,
    MetaSuggestion,
    QuoteSuggestion,
    SpeakerSuggestion,
    Suggester,
    Suggestion,
    TopicSuggestion,
    apply_suggestions,
    default_suggesters,
    get_suggester,
    register,
    reload_plugins,
    run_suggester,
    suggest_document,
    suggesters,
)

__all__ = [
    "ENTRY_POINT_GROUP", "EntitySuggestion", "MetaSuggestion", "QuoteSuggestion", "SpeakerSuggestion",
    "Suggester", "Suggestion", "TopicSuggestion", "apply_suggestions", "default_suggesters", "get_suggester",
    "register", "reload_plugins", "run_suggester", "suggest_document", "suggesters",
]
