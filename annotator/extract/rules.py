"""The built-in "rules" suggester: entities, then quotes and topics, which use the entities."""

from __future__ import annotations

from typing import Iterator

from .base import Suggester, Suggestion, register
from .entities import find_entities
from .quotes import find_quotes
from .topics import find_topics

ORIGIN = "rules"


def suggest_rules(text: str) -> Iterator[Suggestion]:
    entities = find_entities(text)
    yield from entities
    yield from find_quotes(text, entities)
    yield from find_topics(text, entities)


SUGGESTER = register(Suggester(name=ORIGIN, run=suggest_rules, kinds=frozenset({"entities", "quotes", "topics"}),
                               description="entities, quotes with speakers, and IPTC topics by rules and lexicons"))
