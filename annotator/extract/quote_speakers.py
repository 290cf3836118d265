"""Who says it: the speaker mention next to a cue, resolved to a person or organisation.

A mention is an entity suggestion (PERSON, ORG, or a GPE acting as a government), a pronoun
("he" -> the latest person named before it), a common-noun phrase ("the minister", "a
spokesman") or, when no entity covers it, a run of capitalised words found here, so quotes
still get a speaker while the entity recognizer misses a name.  Names resolve to the fullest
form the article uses ("Joly" -> "Mélanie Joly"), preferring the entity's ``canonical``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Sequence

from .base import EntitySuggestion, SpeakerSuggestion
from .entities_lexicon import lexicon
from .quote_chain import CHAIN_PARAGRAPHS, CHAIN_REACH, AttributionChain, TopicSpeaker
from .quote_roles import ROLE_GENDERS, has_role, is_role
from .quote_names import (CAPITALISED_WORD, DETERMINERS, FEMALE_TITLES, MALE_TITLES, MULTI_NAME_RUN, NAME_RUN,
                          NAME_RUN_AT_END, NOT_HEADS, NOUN_HEADS, ORG_NEAR, ORG_NOUN_PHRASE, ORG_NOUNS,
                          ORG_REACH, ORG_WORDS, KIND_HEADS, POSSESSIVE, STOP_CAPITALS, TITLES, first_head,
                          name_end, phrase_end, strip_titles, surname)

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PRONOUNS = {"he": "m", "she": "f", "they": "", "it": "", "i": "", "we": ""}
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # "it said" is too often not speech

# Words that may stand between a subject and its cue: "Joly also said", "he has repeatedly argued".
_GAP_BEFORE_CUE = (
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:also|later|then|again|once|has|had|have|would|will|could|did|does|do|is|was|were|are|"
    r"not|(?:has|have|had|did|does|do|is|was|were|are|would|could|will|wo)n[’']t|"
    r"previously|recently|repeatedly|publicly|reportedly|further|never|often|long|subsequently|now|just|only|first|all|both|"
    r"already|even|still|yesterday|today|earlier|[a-z]+ly|"
    r"(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|night|morning|evening|afternoon)|"
    r"[A-Z][a-z]+day|in\s+an?\s+(?:statement|interview|speech|email|letter|tweet)))*\s*\Z")
# The leftmost start of a non-empty gap, searched for faster: a gap starts at a space or "(", so the
# search opens with that class and the regex engine skips to those characters in C, then looks back to
# see the gap run from there to the cue (a search of the gap itself tried every position of the window;
# ~55 % fewer instructions).  No match: the gap is empty, as the gap's own search would find at the cue.
_BETWEEN_SUBJECT_AND_CUE = re.compile(rf"[\s(](?<=(?={_GAP_BEFORE_CUE})[\s(])")
_SUBJECT_VERB = re.compile(r" (?:[a-z]+ly )?[a-z]+(?:ed|s)\b")  # "Trump attacked", "Ellis says"
_LEAD_WORD = re.compile(r"\s*(?:(?:But|And|However|Still|Meanwhile|Later|Then|Also|Yet|So),?\s+)?(\w+)")


@dataclass(frozen=True, kw_only=True)
class Mention:
    start: int
    end: int
    entity: EntitySuggestion | None = None
    pronoun: str = ""
    antecedent: Mention | None = None  # a relative pronoun's noun: "Mr. Kamin, who emphasized" -> "Mr. Kamin"


class SpeakerResolver(TopicSpeaker):
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

    def person_named(self, word: str) -> EntitySuggestion | None:
        """The fullest mention of the person whose surname is ``word`` ("WALLACE" -> Chris Wallace)."""
        return self._full_name_map().get(surname(word))

    # -- finding a mention ------------------------------------------------------------------

    def mention_before(self, lo: int, cue_start: int, allow_it: bool = False) -> Mention | None:
        """The subject right before a cue ("Joly also said"), allowing a few adverbs between."""
        gap = _BETWEEN_SUBJECT_AND_CUE.search(self.text, max(lo, cue_start - 60), cue_start)
        end = gap.start() if gap else cue_start
        if end <= lo:
            return None
        word_start = end
        while word_start > lo and (self.text[word_start - 1].isalnum() or self.text[word_start - 1] in "’'-."):
            word_start -= 1
        word = self.text[word_start:end]
        if word.lower() in SPEAKING_PRONOUNS and word != "we" or word == "it" and allow_it:
            return Mention(start=word_start, end=end, pronoun=word.lower())
        entity = self.entity_ending_at(end)
        if entity is not None and entity.label != "PERSON" and entity.start >= lo:
            entity = self._person_of(entity, lo)  # "Lena Holm of the Nordic Policy Institute said"
        if entity is not None and entity.label == "NORP" and entity.start >= lo and not _is_plural(self.text, entity):
            member = _DETERMINED_MEMBER.search(self.text, max(lo, entity.start - 50), entity.start)
            if member is not None:  # "one senior Democrat said": an unnamed member, not the party
                return Mention(start=member.start(), end=entity.end)
        if entity is not None and entity.start >= lo and not _is_pronoun_entity(self.text, entity):
            titled = strip_titles(self.text, entity.start, entity.end) if entity.label != "PERSON" else None
            if titled is not None and titled > entity.start:  # "Foreign Affairs Minister Mélanie Joly" as one ORG
                return Mention(start=titled, end=entity.end)
            return Mention(start=entity.start, end=entity.end, entity=entity)
        name = NAME_RUN_AT_END.search(self.text, max(lo, end - 80), end)
        if name:
            start = strip_titles(self.text, name.start(), name.end())
            if start is not None:
                return Mention(start=start, end=name_end(self.text, start, end))
            named = self.person_named(name.group()) if " " not in name.group() else None
            if named is not None and named.end < name.start():
                # "King says": a title word alone that is the surname of a person named before ("Billie Jean King")
                return Mention(start=name.start(), end=name.end(), entity=named)
        window = max(lo, end - 60)
        # Only a window ending in what a quantity subject ends with is searched (the search tries every
        # position of the window, and few subjects are shares of people).
        quantity = (_QUANTITY_SUBJECT.search(self.text, window, end)
                    if self.text.endswith(_QUANTITY_ENDS, window, end) else None)
        if quantity is not None:  # "Twenty-four percent said", "More than six in 10 said": a poll's respondents
            return Mention(start=quantity.start(), end=end)
        return self._noun_phrase_ending_at(lo, word_start, end)

    def mention_after(self, pos: int, hi: int, allow_it: bool = False, tag: bool = False) -> Mention | None:
        """The speaker after an inverted cue: "said Joly", "proclaimed Commission President Ursula von der Leyen".

        ``tag``: the cue follows its quote (“…,” said the designer), so a determined phrase is its speaker
        even with a noun no list holds; elsewhere such a phrase is as often the verb's object."""
        text = self.text
        while pos < hi and text[pos].isspace():
            pos += 1
        stop = phrase_end(text, pos, hi)
        word_end = pos
        while word_end < stop and text[word_end].isalpha():
            word_end += 1
        word = text[pos:word_end]
        if word.lower() in SPEAKING_PRONOUNS or (allow_it and word.lower() == "it"):
            return Mention(start=pos, end=word_end, pronoun=word.lower())
        # Entities in the phrase up to the first comma: the last PERSON wins (titles come first).
        i = bisect_left(self.starts, pos)
        found: list[EntitySuggestion] = []
        while i < len(self.entities) and self.entities[i].start < stop:
            if self.entities[i].end <= stop + 1:
                found.append(self.entities[i])
            i += 1
        persons = [e for e in found if e.label == "PERSON"]
        name = NAME_RUN.match(text, pos)
        if not persons and name and name.end() <= stop + 1:
            start = strip_titles(text, name.start(), name.end())
            if start is not None and start > pos:  # "Commission President Ursula von der Leyen": a titled person
                end = name_end(text, start, name.end())
                entity = next((e for e in found if e.start == start and e.end == end), None)
                return Mention(start=start, end=end, entity=entity)
        if persons or found:
            entity = self._head_person(persons) if persons else found[0]
            # "a US research think-tank": a place or nationality modifying a noun is not the speaker
            modifier = entity.label in ("GPE", "LOC", "NORP") and _LOWER_WORD_AFTER.match(text, entity.end)
            if persons or entity.start == pos or (text[pos:entity.start].islower() and not modifier):
                return Mention(start=entity.start, end=entity.end, entity=entity)
        if name and name.end() <= stop + 1:
            start = strip_titles(text, name.start(), name.end())
            if start is not None:
                return Mention(start=start, end=name_end(text, start, name.end()))
        if word.lower() in DETERMINERS:
            head = first_head(text, word_end, min(stop, word_end + 60))
            if head is None and tag:
                head = self._unlisted_head(found, word_end, stop)
            if head is not None:
                named = self._person_in_apposition(head)
                return named if named is not None else Mention(start=pos, end=head)
        return None

    def _unlisted_head(self, found: list[EntitySuggestion], pos: int, stop: int) -> int | None:
        """End of a determined speaker phrase whose noun is not a listed speaker noun, after an inverted cue:
        a singular group word ("added a South Carolina Democrat", "said one Republican involved in …"), or
        a short lowercase phrase the punctuation closes ("said the designer, who …", "wrote one commenter.")."""
        # (a group word before a listed noun, "said the Democratic leader", was found by ``first_head``)
        member = next((e for e in found if e.label == "NORP" and not _is_plural(self.text, e)), None)
        if member is not None and member.end <= stop:
            return member.end
        words = self.text[pos:stop].split()
        if (0 < len(words) <= 3 and _LOWER_WORDS.fullmatch(self.text, pos, stop)
                and words[-1] not in NOT_HEADS and words[-1] not in _TIME_NOUNS and words[-1] not in DETERMINERS):
            return stop
        return None

    def person_before_appositives(self, lo: int, opening: int, mark: str) -> Mention | None:
        """The person named right before an earlier ``mark`` (a comma or dash) in ``[lo, opening)``, within
        ``APPOSITIVES_REACH``: "Tomas Berg, a developer from Leeds, England, said" is Tomas Berg."""
        pos = opening
        while True:
            pos = self.text.rfind(mark, max(lo, opening - APPOSITIVES_REACH), pos)
            if pos < 0:
                return None
            mention = self.mention_before(lo, pos)
            if mention is not None and mention.entity is not None and mention.entity.label == "PERSON":
                return mention
            if mention is not None and mention.entity is None and self._opens_clause(lo, mention):
                # "Dana Whitcomb, 34, a nurse from …, said" with no entity on the name (the recognizer leaves
                # an unknown name alone): a full name opening the clause before appositives is its subject
                return mention

    def _opens_clause(self, lo: int, mention: Mention) -> bool:
        """A capitalised name of two words or more standing first in the clause ``[lo, …)``."""
        words = self.text[mention.start:mention.end].split()
        return (not self.text[lo:mention.start].strip() and len(words) > 1
                and all(w[:1].isupper() for w in words) and words[0].lower() not in DETERMINERS)

    def _person_of(self, entity: EntitySuggestion, lo: int) -> EntitySuggestion:
        """The person an organisation or place is attached to by "of", "at" or "from" right before it
        ("Lena Holm of the Nordic Policy Institute", "Marta Olsen of Bergen"), else ``entity``."""
        found = entity
        for _ in range(3):  # "X of the Patriarchate of Jerusalem": a chain of attachments
            link = _ATTACHED.search(self.text, max(lo, found.start - 12), found.start)
            if link is None:
                return entity
            before = self.entity_ending_at(link.start())
            if before is None or before.start < lo:
                return entity
            if before.label == "PERSON":
                return before
            found = before
        return entity

    def unless_in_passing(self, mention: Mention | None) -> Mention | None:
        """``mention``, or None when it names a place or body in passing ("a developer from Leeds")."""
        if mention is not None and mention.entity is not None and self.chain.named_in_passing(mention.entity):
            return None
        return mention

    def _head_person(self, persons: list[EntitySuggestion]) -> EntitySuggestion:
        """The first person of a phrase who is not a modifier of a role naming the next one: "said Berg
        campaign manager Lena Holm" is Lena Holm."""
        for e, following in zip(persons, persons[1:]):
            role = _ROLE_AFTER.match(self.text, e.end, following.start)
            if role is None or not (role.group(1) in NOUN_HEADS or role.group(1) in TITLES):
                return e
        return persons[-1]

    def _person_in_apposition(self, end: int) -> Mention | None:
        """"said one resident, Tom Baker": the name right after the description is the speaker."""
        pos = end
        if not self.text.startswith(",", pos):
            return None
        pos += 1
        while pos < len(self.text) and self.text[pos] in " \xa0":
            pos += 1
        i = bisect_left(self.starts, pos)
        if i < len(self.entities) and self.entities[i].start == pos and self.entities[i].label == "PERSON":
            entity = self.entities[i]
            return Mention(start=entity.start, end=entity.end, entity=entity)
        return None

    def sentence_subject(self, lo: int, hi: int) -> Mention | None:
        """The clause subject in ``[lo, hi)``: a leading pronoun, else the first person, else organisation named."""
        lead = _LEAD_WORD.match(self.text, lo, hi)
        if lead and lead.group(1).lower() in SPEAKING_PRONOUNS:
            return Mention(start=lead.start(1), end=lead.end(1), pronoun=lead.group(1).lower())
        i = bisect_left(self.starts, lo)
        first_org = None
        while i < len(self.entities) and self.entities[i].start < hi:
            e = self.entities[i]
            if (not self.in_quote(e.start) and e.end <= hi and not _is_pronoun_entity(self.text, e)
                    and self.text[e.end:e.end + 1] not in "’'"):
                if e.label == "PERSON" and _OBJECT_AFTER_VERB.search(self.text, max(lo, e.start - 30), e.start):
                    pass  # "several groups granted Mr. Clarke an extension, saying": the object does not speak
                elif e.label == "PERSON":
                    return Mention(start=e.start, end=e.end, entity=e)
                if e.label == "ORG" and first_org is None:
                    first_org = e
            i += 1
        if first_org is not None:
            return Mention(start=first_org.start, end=first_org.end, entity=first_org)
        for run in NAME_RUN.finditer(self.text, lo, hi):  # no entity: a name followed by a verb-like word
            start = strip_titles(self.text, run.start(), run.end())
            verb = _SUBJECT_VERB.match(self.text, run.end())
            if start is not None and not self.in_quote(start) and verb and verb.group().split()[-1] not in NOUN_HEADS:
                return Mention(start=start, end=name_end(self.text, start, run.end()))  # not "German leaders"
        return None

    def _noun_phrase_ending_at(self, lo: int, head_start: int, end: int) -> Mention | None:
        """A common-noun phrase ending at ``end``: "the minister", "a friend", "Obama's former strategist"."""
        head = self.text[head_start:end]
        if not head.isalpha() or not head.islower() or head in NOT_HEADS or head.endswith("ly"):
            return None
        start, words = head_start, 0
        while words < MAX_NOUN_PHRASE_WORDS:
            j = start - 1
            while j > lo and self.text[j] in " \t\xa0":
                j -= 1
            k = j
            while k > lo and (self.text[k - 1].isalnum() or self.text[k - 1] in "-’'"):
                k -= 1
            word = self.text[k:j + 1]
            if not word or not POSSESSIVE.sub("", word).replace("-", "").isalnum():
                break
            start, words = k, words + 1
            if word.lower() in DETERMINERS or POSSESSIVE.search(word):
                return Mention(start=start, end=end)
            if word.lower() in NOT_HEADS or word in STOP_CAPITALS:
                break
        bare = head.endswith("s") or head in _BARE_HEADS  # "officials said", "police warned"
        return Mention(start=head_start, end=end) if head in NOUN_HEADS and bare else None

    # -- resolving a mention ----------------------------------------------------------------

    def speaker(self, mention: Mention | None) -> SpeakerSuggestion | None:
        if mention is None:
            return None
        if mention.antecedent is not None:
            # "Mr. Kamin, who emphasized": the relative pronoun is the mention, linked like "he" to the name;
            # an unnamed noun ("an architect who said") stays the mention, it says more than "who"
            resolved = self.speaker(mention.antecedent)
            if resolved is None or not resolved.name:
                return resolved
            return replace(resolved, start=mention.start, end=mention.end)
        entity = mention.entity
        if mention.pronoun:
            entity = self._antecedent(mention.start, mention.pronoun)
            if entity is None:
                return SpeakerSuggestion(start=mention.start, end=mention.end)
            return self._linked(mention, entity)
        words = self.text[mention.start:mention.end]
        if entity is None and _QUANTITY_SUBJECT.fullmatch(words):  # "Twenty-four percent": nobody by name
            return SpeakerSuggestion(start=mention.start, end=mention.end)
        if entity is None and ORG_NOUN_PHRASE.fullmatch(words):  # "the company said": the firm named last
            entity = self._recent_org(words.split()[-1].lower(), mention.start)
            if entity is None:
                return SpeakerSuggestion(start=mention.start, end=mention.end)
            return self._linked(mention, entity)
        if entity is None and (words[:1].islower() or words.split()[0].lower() in DETERMINERS):
            # "A Justice Department spokesman": the organisation inside; "the minister": the
            # latest person carrying that title.  A sentence's capital ("Several polls") is no name.
            entity = self._entity_inside(mention.start, mention.end)
            if entity is None:
                head = words.split()[-1].lower()
                entity = self._titled_person(head, mention.start)
                if entity is None and words.split()[0].lower() == "the" and is_role(head):
                    # "The Florida senator said": who the text is about
                    entity = self._epithet_of(mention.start, ROLE_GENDERS.get(head, ""))
                if entity is None:
                    return SpeakerSuggestion(start=mention.start, end=mention.end)
                return self._linked(mention, entity)
        if entity is None:  # a name no entity covers: named, not linked
            return SpeakerSuggestion(start=mention.start, end=mention.end, name=self._full_name_text(words))
        return SpeakerSuggestion(start=mention.start, end=mention.end, name=self.name_of(entity),
                                 entity_start=entity.start, entity_end=entity.end)

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

    def _antecedent(self, pos: int, pronoun: str) -> EntitySuggestion | None:
        """The latest person (he/she) or organisation (they/it) named before ``pos``, outside quotes."""
        if pronoun in ("he", "she"):
            persons = self.persons
            i = bisect_left(self.person_starts, pos) - 1
            wanted = PRONOUNS[pronoun]
            latest = None
            for j in range(i, max(-1, i - 12), -1):
                gender = self._gender(persons[j])
                if not gender or gender == wanted:
                    latest = persons[j]
                    break
            # else everyone named before is the other gender: no speaker beats a wrong one
            if latest is not None and self.chain.not_a_subject(latest):
                latest = self._subject_before(j, pos, wanted) or latest
            return self._topic_over(latest, pos, wanted)
        if pronoun == "they":
            return self._group_antecedent(pos)
        if pronoun == "it":
            return self._latest_org(pos)
        return None

    def _latest_org(self, pos: int) -> EntitySuggestion | None:
        """"it": the latest organisation named within ``_ORG_REACH`` before ``pos``."""
        i = bisect_left(self.org_starts, pos) - 1
        return self.orgs[i] if i >= 0 and pos - self.orgs[i].end < _ORG_REACH else None

    def _epithet_of(self, pos: int, wanted: str) -> EntitySuggestion | None:
        """The person a definite role noun no one was given stands for ("Rubio says … ¶ The Florida senator
        is predicting …"): the latest person before ``pos`` who was a subject, not named in passing, in this
        paragraph or the one before."""
        i = bisect_left(self.person_starts, pos) if self.persons else 0
        if self.pseudo:  # no person recognised, only capitalised runs ("Halden Ports"): too weak a guess
            return None
        return self._subject_before(i, pos, wanted) if i else None

    def _subject_before(self, j: int, pos: int, wanted: str) -> EntitySuggestion | None:
        """The latest person of the wanted gender before ``persons[j]`` who was a subject, not named in
        passing, in the pronoun's paragraph or the one before: "Earnest said that President Obama has
        long called for it. He said …" is Earnest (centring: "he" continues the subject)."""
        persons = self.persons
        for k in range(j - 1, max(-1, j - 12), -1):
            e = persons[k]
            if pos - e.end > CHAIN_REACH or self.chain.paragraphs_between(e.end, pos) > CHAIN_PARAGRAPHS:
                return None
            if (not wanted or self._gender(e) in ("", wanted)) and not self.chain.not_a_subject(e):
                return e
        return None

    def _group_antecedent(self, pos: int) -> EntitySuggestion | None:
        """"they": the latest organisation or plural group ("Democrats") named before ``pos`` as a subject,
        not in passing ("Democrats noted … a session of the House committee. They noted …" is Democrats);
        else the latest organisation, as for "it"."""
        if self._groups is None:
            self._groups = [e for e in self.entities if not self.in_quote(e.start) and (
                e.label == "ORG" or e.label == "NORP" and _is_plural(self.text, e))]
            self._group_starts = [e.start for e in self._groups]
        i = bisect_left(self._group_starts, pos) - 1
        for k in range(i, max(-1, i - 8), -1):
            e = self._groups[k]
            if pos - e.end >= _ORG_REACH:
                break
            if not self.chain.not_a_subject(e):
                return e
        return self._latest_org(pos)

    def _gender(self, entity: EntitySuggestion) -> str:
        """"m"/"f" when the article calls this person Mr./Mrs./Ms. somewhere or the full name starts with
        a given name that is clearly one ("Sarah Collins"), else ""."""
        if self._genders is None:
            self._genders = {}
            for e in self.persons:
                title = self.text[max(0, e.start - 6):e.start].split()
                if title:
                    word = title[-1].lower()
                    name = self.text[e.start:e.end].split()
                    key = surname(name[-1]) if name else ""
                    if word in FEMALE_TITLES:
                        self._genders.setdefault(key, "f")
                    elif word in MALE_TITLES:
                        self._genders.setdefault(key, "m")
        words = self.text[entity.start:entity.end].split()
        if not words:
            return ""
        titled = self._genders.get(surname(words[-1]))
        if titled:
            return titled
        full = self.name_of(entity).split()
        return lexicon().gender_of(full[0]) if len(full) > 1 else ""

    def _recent_org(self, noun: str, pos: int) -> EntitySuggestion | None:
        """"the company said": the organisation of that kind named last before ``pos``, when only one is.

        "ministry" wants a name with "Ministry" in it; "company" and "firm" want one that names no other
        kind ("Volkswagen", not "Labour Party").  Two different candidates in reach: none (a wrong link
        costs more than a missing one).
        """
        head = ORG_NOUNS[noun]
        i = bisect_left(self.org_starts, pos) - 1
        names: set[str] = set()
        near: set[str] = set()  # named in the sentence or two before: that one, if alone, even with others further back
        latest = None
        while i >= 0 and pos - self.orgs[i].end < ORG_REACH:
            e = self.orgs[i]
            words = set(self.text[e.start:e.end].split())
            if (head in words) if head else not words & KIND_HEADS:
                names.add(self.name_of(e))
                if pos - e.end <= ORG_NEAR:
                    near.add(self.name_of(e))
                latest = latest or e
            i -= 1
        return latest if len(names) == 1 or len(near) == 1 else None

    def _titled_person(self, title: str, pos: int) -> EntitySuggestion | None:
        """"the spokesperson said": the latest person named with that role (:mod:`quote_roles`)."""
        if not is_role(title):
            return None
        persons = self.persons
        i = bisect_left(self.person_starts, pos) - 1
        for j in range(i, max(-1, i - 30), -1):
            if has_role(self.text, persons[j], title):
                return persons[j]
        return None


_ORG_REACH = 600  # characters back to the organisation "it" or "they" can stand for
APPOSITIVES_REACH = 200  # characters of appositives between a subject and its cue ("X, a …, of …, said")
MAX_NOUN_PHRASE_WORDS = 6  # "A former Democratic National Committee chairman": modifiers before the head
_BARE_HEADS = frozenset({"police", "staff", "management", "military"})  # speak without "the", yet not plural in -s
# A share of people as a subject: "46 percent", "Twenty-four percent", "about three in 10".
_QUANTITY_SUBJECT = re.compile(
    r"(?<![\w-])(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Oo]nly|[Jj]ust|[Rr]oughly|[Oo]ver)"
    r"[ \xa0]+)?(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)[ \xa0]+(?:percent|per[ \xa0]cent|in[ \xa0]+(?:10|ten))\Z")
# A determiner and lowercase modifiers before a singular group word: "one senior Democrat", "a Briton".
_DETERMINED_MEMBER = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ee]ach)(?:[ \xa0]+[a-z][a-z-]*){0,3}[ \xa0]+\Z")
_LOWER_WORDS = re.compile(r"(?:[ \xa0]+[a-z0-9][a-z0-9-]*)*[ \xa0]*")  # " senior", " 46-year-old"
# Nouns of time ending a phrase after a cue: "said the next day" names when, not who.
_TIME_NOUNS = frozenset("day days week weeks month months year years morning evening night afternoon time "
                        "weekend moment while".split())
# A past-tense verb right before a name (titles allowed between): the name is its object, "granted Mr. Clarke".
_OBJECT_AFTER_VERB = re.compile(r"(?<![\w-])[a-z]{2,}ed[ \xa0]+(?:[A-Z][a-z]{0,3}\.[ \xa0]+)?\Z")
_QUANTITY_ENDS = ("percent", "cent", "10", "ten")  # the last words _QUANTITY_SUBJECT can end with
_LOWER_WORD_AFTER = re.compile(r"[ \xa0]+[a-z]")
_ATTACHED = re.compile(r"[ \xa0]+(?:of|at|from)[ \xa0]+(?:the[ \xa0]+)?\Z")
# A person's name used as a modifier before a role: "Berg campaign manager Lena Holm", "Berg’s spokesman Tom".
_ROLE_AFTER = re.compile(r"(?:[’']s?)?[ \xa0]+([a-z]+)")


def _is_plural(text: str, entity: EntitySuggestion) -> bool:
    """Whether the entity's words end in a plural "s" ("Democrats"), a group rather than one member."""
    return text[entity.end - 1:entity.end] == "s"


def _is_pronoun_entity(text: str, entity: EntitySuggestion) -> bool:
    """Entities a crude recognizer may give that cannot speak: "He", "The", "Mr"."""
    words = text[entity.start:entity.end]
    return words.lower() in PRONOUNS or words in STOP_CAPITALS or words.lower().rstrip(".") in TITLES
