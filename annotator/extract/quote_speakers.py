"""Who says it: the speaker mention next to a cue, resolved to a person or organisation.

A mention is an entity suggestion (PERSON, ORG, or a GPE acting as a government), a pronoun
("he" -> the latest person named before it), a common-noun phrase ("the minister", "a
spokesman") or, when no entity covers it, a run of capitalised words found here, so quotes
still get a speaker while the entity recognizer misses a name.  Names resolve to the fullest
form the article uses ("Joly" -> "Mélanie Joly"), preferring the entity's ``canonical``.

The resolver is three parts: finding a mention (:mod:`quote_mentions`), finding what a pronoun or
role noun stands for (:mod:`quote_antecedents`, with the attribution chain of :mod:`quote_chain`),
and here the entities, names and the resolution of a mention to a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from typing import Sequence

from .base import EntitySuggestion, SpeakerSuggestion
from .quote_antecedents import AntecedentFinder
from .quote_chain import AttributionChain, TopicSpeaker
from .quote_mentions import APPOSITIVES_REACH, Mention, MentionFinder, counts_people, is_plural
from .quote_names import (CAPITALISED_WORD, DETERMINERS, MULTI_NAME_RUN, NOUN_HEADS, ORG_NOUN_PHRASE, ORG_WORDS,
                          OUTLET_NAME_WORDS, OUTLET_PHRASE,
                          POSSESSIVE, STOP_CAPITALS, is_plural_noun, name_end, strip_titles, surname)
from .quote_roles import CONTENDER_ROLES, OWN_VOICES, ROLE_GENDERS, holds_another_office, is_ranked, is_role, role_of

__all__ = ["Mention", "SpeakerResolver"]  # Mention lives in quote_mentions; the quote finders import it from here

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})  # a determiner introducing someone new
# A relative pronoun or a past-tense verb: the words after a name run on in a clause, not in appositives.
_CLAUSE_BETWEEN = re.compile(r"\b(?:which|who|that|[a-z]+ed)\b")


_AGE_EPITHET = re.compile(r"[Tt]he[ \xa0]+\d+-year-old")  # "said the 20-year-old"
_NEXT_WORD = re.compile(r"[ \xa0]+([a-z]+)")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \xa0]+\Z")
_POSSESSED = re.compile(r"[’']s?[ \xa0]")  # "Nova Scotia's health minister"
_INTRODUCTION_REACH = 400  # characters after a lead's role within which the person holding it is named
_LEAD_PARAGRAPHS = 2  # paragraph breaks before the lead's role at most (a headline, a dateline)


class SpeakerResolver(MentionFinder, AntecedentFinder, TopicSpeaker):
    """Finds and resolves speaker mentions in one text; built once per article."""

    def __init__(self, text: str, entities: Sequence[EntitySuggestion], quote_spans: Sequence[tuple[int, int]]):
        self.text = text
        usable = sorted((e for e in entities if e.label in SPEAKER_LABELS and 0 <= e.start < e.end <= len(text)),
                        key=lambda e: (e.start, -e.end))
        self.entities = usable
        self.starts = [e.start for e in usable]
        self.by_end = {e.end: e for e in usable}
        self.quote_spans = sorted(quote_spans)
        self.quote_starts = [s for s, _ in self.quote_spans]
        self._persons: list[EntitySuggestion] | None = None
        self.pseudo: set[tuple[int, int]] = set()  # names found here, not entities: no entity span to link
        self.orgs = [e for e in usable if e.label == "ORG" and not self.in_quote(e.start)]
        self.org_starts = [e.start for e in self.orgs]
        self._full_name_index: dict[str, EntitySuggestion] | None = None
        self._genders: dict[str, str] | None = None
        self._said_pronouns: dict[str, str] | None = None
        self._shared: frozenset[str] | None = None
        self._groups: list[EntitySuggestion] | None = None  # organisations and plural groups, for "they"
        self._group_starts: list[int] = []
        self.chain = AttributionChain(text)

    @property
    def persons(self) -> list[EntitySuggestion]:
        """People named outside quotes, in text order; built on first need (most articles need none)."""
        if self._persons is None:
            self._persons = [e for e in self.entities if e.label == "PERSON" and not self.in_quote(e.start)]
            if not self._persons:  # no person recognised at all: fall back to capitalised name runs
                self._persons = self._name_runs()
                self.pseudo = {(e.start, e.end) for e in self._persons}
            self.person_starts = [e.start for e in self._persons]
        return self._persons

    def _name_runs(self) -> list[EntitySuggestion]:
        """Person-like capitalised runs of several words (titles stripped), and later mentions of their surnames."""
        found = []
        for run in MULTI_NAME_RUN.finditer(self.text):
            start = strip_titles(self.text, run.start(), run.end())
            if start is not None and not self.in_quote(start):
                end = name_end(self.text, start, run.end())
                if not ORG_WORDS.intersection(self.text[start:end].split()):
                    found.append(EntitySuggestion(start=start, end=end, label="PERSON"))
        surnames = {self.text[e.start:e.end].split()[-1] for e in found}
        surnames = {w for w in surnames if w.isalpha() and w not in STOP_CAPITALS}
        if surnames:
            known = {e.end for e in found}
            found += [EntitySuggestion(start=m.start(), end=m.end(), label="PERSON")
                      for m in CAPITALISED_WORD.finditer(self.text)
                      if m.group() in surnames and m.end() not in known and not self.in_quote(m.start())]
            found.sort(key=lambda e: e.start)
        return found

    # -- where things are -------------------------------------------------------------------

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] < pos < self.quote_spans[i][1]

    def entity_ending_at(self, end: int) -> EntitySuggestion | None:
        entity = self.by_end.get(end)
        if entity is None:  # "Trump’s" — the entity stops before the possessive
            possessive = POSSESSIVE.search(self.text, max(0, end - 2), end)
            if possessive:
                entity = self.by_end.get(possessive.start())
        return entity

    def entity_at(self, start: int, end: int) -> EntitySuggestion | None:
        """The speaker-label entity spanning exactly ``[start, end)``."""
        i = bisect_left(self.starts, start)
        while i < len(self.entities) and self.entities[i].start == start:
            if self.entities[i].end == end:
                return self.entities[i]
            i += 1
        return None

    def most_named_person(self) -> EntitySuggestion | None:
        """The fullest mention of the person the article names most often (by surname, first of equals)."""
        counts = Counter(surname(words[-1]) for e in self.persons if (words := self.text[e.start:e.end].split()))
        return self._full_name_map().get(counts.most_common(1)[0][0]) if counts else None

    def person_named(self, word: str) -> EntitySuggestion | None:
        """The fullest mention of the person whose surname is ``word`` ("WALLACE" -> Chris Wallace)."""
        return self._full_name_map().get(surname(word))

    # -- resolving a mention ----------------------------------------------------------------

    def _introduced_after(self, pos: int) -> EntitySuggestion | None:
        """The person a lead's role stands for before anyone is named: "Nova Scotia's health minister says …
        ¶ Michelle Thompson made the announcement …" (the first person named, as a subject, soon after)."""
        if not self.persons or self.persons[0].start < pos or self.pseudo:
            return None
        head_start = self.text.rfind(" ", 0, pos) + 1
        past_the_lead = self.text.count("\n\n", 0, pos) > _LEAD_PARAGRAPHS
        if past_the_lead or self.text.find(self.text[head_start:pos], 0, head_start) >= 0:
            return None  # or the role came up before ("a spokesperson for … said … the spokesperson")
        first = self.persons[0]
        if first.start - pos > _INTRODUCTION_REACH or self.chain.not_a_subject(first):
            return None
        return first

    def speaker(self, mention: Mention | None) -> SpeakerSuggestion | None:
        if mention is None:
            return None
        if mention.antecedent is not None:
            # "Mr. Kamin, who emphasized": the relative pronoun is the mention, linked like "he" to the name.
            # An unnamed person ("an architect who said") is the "who" too, as PolNeAR marks it, naming no one;
            # an unnamed thing ("a new ad that urges") stays the mention, it says more than "that"
            resolved = self.speaker(mention.antecedent)
            who = self.text[mention.start:mention.end] == "who"
            if resolved is None or not resolved.name and not who:
                return resolved
            if who and _a_place_or_body(mention.antecedent):
                # "Howard Rubel, a senior analyst at Jefferies, who notes": "who" is the person the appositives
                # describe, not the firm or place ending them; none named before them, no one
                start = mention.antecedent.start
                person = self.person_before_appositives(self._sentence_start(start), start, ",", recognised=True)
                if person is not None and _CLAUSE_BETWEEN.search(self.text, person.end, start):
                    person = None  # "Pfizer's deal with Allergan, which …, sparked criticism from … Congress who"
                resolved = self.speaker(person) if person is not None else None
                if resolved is None or not resolved.name:
                    return SpeakerSuggestion(start=mention.start, end=mention.end)
            return replace(resolved, start=mention.start, end=mention.end)
        entity = mention.entity
        if mention.pronoun:
            entity = self._antecedent(mention.start, mention.pronoun)
            if entity is None:
                return SpeakerSuggestion(start=mention.start, end=mention.end)
            return self._linked(mention, entity)
        words = self.text[mention.start:mention.end]
        if self._epithet(mention, words):
            # "…,” said the 20-year-old. / said the New Zealander: the person the text is about
            entity = self._epithet_of(mention.start, "")
            if entity is None:
                return SpeakerSuggestion(start=mention.start, end=mention.end)
            return self._linked(mention, entity)
        if entity is None and counts_people(words):  # "Twenty-four percent", "all but two": nobody by name
            return SpeakerSuggestion(start=mention.start, end=mention.end)
        outlet = entity is None and OUTLET_PHRASE.fullmatch(words)
        if outlet or entity is None and ORG_NOUN_PHRASE.fullmatch(words):
            # "the newspaper reported": the outlet quoted just before; "the company said": the firm named last
            entity = (self._quoted_outlet(mention.start) if outlet
                      else self._recent_org(words.split()[-1].lower(), mention.start))
            if entity is None:
                return SpeakerSuggestion(start=mention.start, end=mention.end)
            return self._linked(mention, entity)
        if entity is None and (words[:1].islower() or words.split()[0].lower() in DETERMINERS):
            # "A Justice Department spokesman": the organisation inside; "the minister": the
            # latest person carrying that title.  A sentence's capital ("Several polls") is no name.
            entity = self._entity_inside(mention.start, mention.end)
            split = words.split()
            head = split[-1].lower()
            if entity is not None and entity.label == "ORG" and (
                    head in CONTENDER_ROLES or head in OWN_VOICES and " of " not in words):  # (not "a YouGov poll of voters")
                # "The GOP presidential front-runner", "a top GOP strategist": a person in a race or a trade of
                # their own, whom the party only describes (a spokesman speaks for it)
                entity = None
            elif entity is not None and entity.label == "PERSON" and self.text[entity.end:entity.end + 1] in ("’", "'"):
                entity = None  # "one of Carson's advisers": someone around the person, not the person
            if entity is None:
                # (not for "a former defense official said": an unnamed newcomer, not the official named before;
                # but "Geoff Garin, a strategist for …, who" describes the name before it)
                indefinite = (split[0].lower() in _INDEFINITE
                              and not self.text[max(0, mention.start - 3):mention.start].rstrip().endswith(","))
                role = role_of(split)  # "the vice president", "the prime minister"
                entity = None if indefinite else self._titled_person(role, mention.start)
                definite_role = split[0].lower() == "the" and is_role(head)
                if entity is None and definite_role and not is_ranked(role) and not self._met_unnamed(head, mention.start):
                    # "The Florida senator said": who the text is about
                    entity = self._epithet_of(mention.start, ROLE_GENDERS.get(head, ""))
                    if entity is not None and holds_another_office(self.text, entity, role):
                        entity = None  # "the prime minister" after "Deputy Prime Minister Mr Prescott": not him
                if entity is None and definite_role and not is_plural_noun(head):
                    entity = self._introduced_after(mention.end)  # "The health minister says …" in a lead
                if entity is None:
                    return SpeakerSuggestion(start=mention.start, end=mention.end)
                return self._linked(mention, entity)
        if (entity is None and _POSSESSED.search(words) and is_role(head := words.rsplit(None, 1)[-1].lower())
                and not is_plural_noun(head)):
            # "Nova Scotia's health minister says …": the person the article gives that role, before or just after
            entity = self._titled_person(role_of(words.split()), mention.start) or self._introduced_after(mention.end)
            if entity is not None:
                return self._linked(mention, entity)
        if entity is None and words.rsplit(None, 1)[-1] in NOUN_HEADS:
            return SpeakerSuggestion(start=mention.start, end=mention.end)  # "Clinton supporters": a group, no name
        owner = self._entity_inside(mention.start, mention.end) if entity is None and _POSSESSED.search(words) else None
        if owner is not None and owner.label == "ORG":  # "Ericsson's research": the organisation's own
            return self._linked(mention, owner)
        if entity is None and words.rsplit(None, 1)[-1].islower():
            return SpeakerSuggestion(start=mention.start, end=mention.end)  # "Recent polling": a noun, no name
        if entity is None:  # a name no entity covers: named, not linked
            return SpeakerSuggestion(start=mention.start, end=mention.end, name=self._full_name_text(words))
        return SpeakerSuggestion(start=mention.start, end=mention.end, name=self.name_of(entity),
                                 entity_start=entity.start, entity_end=entity.end)

    def _met_unnamed(self, head: str, pos: int) -> bool:
        """Whether the text brought in someone unnamed with this noun shortly before ``pos``: "A Bayern spokesman
        said … “…,” the spokesman said" is that spokesman, not the person the text is about."""
        pattern = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)[ \xa0]+(?:[\w’'-]+[ \xa0]+){{0,3}}{re.escape(head)}\b")
        return pattern.search(self.text, max(0, pos - _INTRODUCTION_REACH), pos) is not None

    def _epithet(self, mention: Mention, words: str) -> bool:
        """Whether a mention is a definite description by age or nationality ("the 20-year-old", "the New
        Zealander"): no name of its own, it takes up a person already named."""
        if _AGE_EPITHET.fullmatch(words):
            return True
        entity = mention.entity or self.entity_ending_at(mention.end)  # ("The Spaniard believed")
        if entity is None or entity.label != "NORP" or entity.end != mention.end or entity.start < mention.start:
            return False
        noun_after = _NEXT_WORD.match(self.text, entity.end)
        if noun_after is not None and noun_after.group(1) in NOUN_HEADS:
            return False  # "wrote the American ambassador": the nationality describes the noun after it
        return (not is_plural(self.text, entity)
                and _THE_BEFORE.search(self.text, max(0, entity.start - 4), entity.start) is not None)

    def _sentence_start(self, pos: int) -> int:
        """Roughly where the sentence holding ``pos`` starts (an abbreviation's ". " may cut it short), at most
        twice ``APPOSITIVES_REACH`` back: the appositives searched from it lie within that reach, and a
        bounded search keeps a text without sentence marks linear."""
        floor = max(0, pos - 2 * APPOSITIVES_REACH)
        return max(floor, *(self.text.rfind(mark, floor, pos) + len(mark) for mark in (". ", "? ", "! ", "\n")))

    def _quoted_outlet(self, pos: int) -> EntitySuggestion | None:
        """The news outlet quoted last before ``pos``, in this paragraph or the one before ("the Times",
        "CNN", not "the IMF": the paper reporting what the IMF said is not the IMF)."""
        found = self.quoted_org(pos)
        if found is None or not OUTLET_NAME_WORDS.intersection(self.text[found.start:found.end].split()):
            return None
        return found

    def _linked(self, mention: Mention, antecedent: EntitySuggestion) -> SpeakerSuggestion:
        """A pronoun or common noun resolved to ``antecedent``: linked to its full-name mention."""
        full = self._full_mention(antecedent)
        if (full.start, full.end) in self.pseudo:
            return SpeakerSuggestion(start=mention.start, end=mention.end, name=self.name_of(antecedent))
        return SpeakerSuggestion(start=mention.start, end=mention.end, name=self.name_of(antecedent),
                                 entity_start=full.start, entity_end=full.end)

    def name_of(self, entity: EntitySuggestion) -> str:
        if entity.label == "NORP":  # a group speaks as written ("Republicans said"), not as its folded canonical
            return self.text[entity.start:entity.end]
        if entity.canonical:
            return entity.canonical
        words = self.text[entity.start:entity.end]
        # A crude recognizer may label a surname ORG: still complete it from a person's full name.
        return self._full_name_text(words) if entity.label == "PERSON" or " " not in words else words

    def _entity_inside(self, start: int, end: int) -> EntitySuggestion | None:
        i = bisect_left(self.starts, start)
        best = None
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end <= end and e.label in ("PERSON", "ORG") and (best is None or e.label == "PERSON"):
                best = e
            i += 1
        return best

    def _full_name_map(self) -> dict[str, EntitySuggestion]:
        """Last word of a person's name -> its longest mention (first of equals)."""
        if self._full_name_index is None:
            self._full_name_index = {}
            for e in self.persons:
                words = self.text[e.start:e.end].split()
                if not words:
                    continue
                known = self._full_name_index.get(surname(words[-1]))
                if known is None or known.end - known.start < e.end - e.start:
                    self._full_name_index[surname(words[-1])] = e
        return self._full_name_index

    def _full_name_text(self, words: str) -> str:
        parts = words.split()
        if not parts:
            return words
        full = self._full_name_map().get(surname(parts[-1]))
        if full is not None and full.canonical:
            return full.canonical
        longer = self.text[full.start:full.end] if full is not None else ""
        return longer if len(longer) > len(words) and longer.endswith(parts[-1]) else words

    def _full_mention(self, entity: EntitySuggestion) -> EntitySuggestion:
        """The mention spelling out the entity's full name (what a reader would link to)."""
        name = self.name_of(entity)
        if self.text[entity.start:entity.end] == name:
            return entity
        full = self._full_name_map().get(surname(name.split()[-1])) if entity.label == "PERSON" and name.split() else None
        return full if full is not None and self.text[full.start:full.end] == name else entity


def _a_place_or_body(mention: Mention) -> bool:
    """A mention of an organisation or place, which "who" does not stand for."""
    return mention.entity is not None and mention.entity.label in ("ORG", "GPE", "LOC")
