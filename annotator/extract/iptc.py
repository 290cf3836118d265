"""The IPTC Media Topics vocabulary shipped with the package: concepts, tree, search.

Loaded once from ``annotator/resources/iptc/mediatopics_en.json`` (CC BY 4.0, IPTC; see the
README beside it) and cached: the topic suggester and the GUI's topic picker share it.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterator

RESOURCE = "iptc/mediatopics_en.json"
PREFIX = "medtop:"


@dataclass(frozen=True, kw_only=True)
class Concept:
    code: str  # "medtop:11000000"
    label: str  # English (en-GB) label, "politics"
    level: int  # 1 for the 17 top-level topics
    parent: str | None
    top: str  # code of the top-level topic it rolls up to (itself at level 1)
    definition: str = ""
    retired: bool = False
    wikidata: str | None = None


class Vocabulary:
    """All concepts by code, with the tree (parents, children) and a label search."""

    def __init__(self, concepts: list[Concept], release: str = "") -> None:
        self.release = release
        self.concepts: dict[str, Concept] = {c.code: c for c in concepts}
        self._children: dict[str | None, list[str]] = {}
        for c in concepts:
            self._children.setdefault(c.parent, []).append(c.code)

    @cached_property
    def _folded_labels(self) -> dict[str, str]:
        """Labels folded for comparison, by code; made on first look-up, not at load."""
        return {code: _fold(c.label) for code, c in self.concepts.items()}

    @cached_property
    def _folded_definitions(self) -> dict[str, str]:
        """Definitions folded for search: the costly part, made only when someone searches."""
        return {code: _fold(c.definition) for code, c in self.concepts.items()}

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, code: object) -> bool:
        return normalize_code(code) in self.concepts if isinstance(code, str) else False

    def get(self, code: str) -> Concept | None:
        return self.concepts.get(normalize_code(code))

    def top_level(self, include_retired: bool = False) -> list[Concept]:
        return [self.concepts[c] for c in self._children.get(None, [])
                if include_retired or not self.concepts[c].retired]

    def children(self, code: str, include_retired: bool = False) -> list[Concept]:
        return [self.concepts[c] for c in self._children.get(normalize_code(code), [])
                if include_retired or not self.concepts[c].retired]

    def ancestors(self, code: str) -> list[Concept]:
        """Parent, grandparent, … up to the top-level topic (empty for a top-level one)."""
        found = []
        current = self.get(code)
        while current is not None and current.parent is not None and len(found) < 10:
            current = self.concepts.get(current.parent)
            if current is not None:
                found.append(current)
        return found

    def path(self, code: str) -> list[Concept]:
        """Top-level topic first, the concept itself last."""
        concept = self.get(code)
        return [] if concept is None else [*reversed(self.ancestors(code)), concept]

    def by_label(self, label: str) -> Concept | None:
        """The current (not retired) concept with exactly this label, ignoring case."""
        wanted = _fold(label)
        matches = [self.concepts[code] for code, folded in self._folded_labels.items() if folded == wanted]
        matches.sort(key=lambda c: (c.retired, c.level))
        return matches[0] if matches else None

    def walk(self, include_retired: bool = False) -> Iterator[Concept]:
        """Depth-first, in the vocabulary's order: what a tree view shows."""
        stack = list(reversed(self._children.get(None, [])))
        while stack:
            concept = self.concepts[stack.pop()]
            if concept.retired and not include_retired:
                continue
            yield concept
            stack.extend(reversed(self._children.get(concept.code, [])))

    def search(self, query: str, limit: int | None = 50, include_retired: bool = False) -> list[Concept]:
        """Concepts matching every word of ``query``, best first.

        A code ("11000000", "medtop:11000000") finds that concept.  Otherwise the label counts
        more than the definition, a whole label more than part of one, a word start more than a
        substring; ties go to the broader (lower-level) concept.
        """
        words = _fold(query).split()
        if not words:
            return []
        direct = self.get(query.strip())
        ranked: list[tuple[float, int, str]] = []
        definitions = self._folded_definitions
        for code, label in self._folded_labels.items():
            definition = definitions[code]
            concept = self.concepts[code]
            if concept.retired and not include_retired:
                continue
            score = 0.0
            for word in words:
                if word in label:
                    score += 3.0 if (" " + label).find(" " + word) >= 0 else 2.0
                elif word in definition:
                    score += 1.0
                else:
                    score = 0.0
                    break
            if score:
                if label == " ".join(words):
                    score += 10.0
                ranked.append((-score, concept.level, code))
        ranked.sort()
        found = [self.concepts[code] for _s, _l, code in ranked]
        if direct is not None:
            found = [direct] + [c for c in found if c.code != direct.code]
        return found if limit is None else found[:limit]


def normalize_code(code: str) -> str:
    """"11000000" and "MEDTOP:11000000" -> "medtop:11000000"."""
    code = code.strip()
    if code.lower().startswith(PREFIX):
        return PREFIX + code[len(PREFIX):]
    return PREFIX + code if code.isdigit() else code


def _fold(text: str) -> str:
    """Lower case without accents, for matching typed queries."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    data = json.loads(resources.files("annotator.resources").joinpath(RESOURCE).read_text("utf-8"))
    concepts = [Concept(code=code, level=level, parent=parent, top=top, label=label, definition=definition,
                        retired=retired, wikidata=wikidata)
                for code, level, parent, top, label, definition, retired, wikidata in data["concepts"]]
    return Vocabulary(concepts, release=data.get("release", ""))


def search(query: str, limit: int | None = 50, include_retired: bool = False) -> list[Concept]:
    return load_vocabulary().search(query, limit=limit, include_retired=include_retired)
