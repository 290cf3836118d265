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
from dataclasses import dataclass
from typing import Sequence

from .base import EntitySuggestion, SpeakerSuggestion

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PRONOUNS = {"he": "m", "she": "f", "they": "", "it": "", "i": "", "we": ""}
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # "it said" is too often not speech

# Words that are part of a title, never of a name: stripped from the front of a name run.
TITLES = frozenset("""
president minister prime foreign affairs secretary senator sen. sen rep. rep representative gov. gov
governor mayor chancellor chairman chairwoman chair ceo director commissioner ambassador general
gen. col. lt. capt. sgt. dr. dr mr. mr mrs. mrs ms. ms miss prof. professor judge justice attorney
speaker leader spokesman spokeswoman spokesperson deputy vice chief officer king queen prince
princess pope rev. father sir lord lady dame candidate nominee republican republicans democrat
democratic democrats gop sec. supt. commander coach house senate state defense defence
""".split())
_FEMALE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame", "queen", "princess"})
_MALE_TITLES = frozenset({"mr.", "mr", "sir", "lord", "king", "prince", "father"})

# Heads of common-noun speaker phrases ("the minister said", "officials said").
NOUN_HEADS = frozenset("""
spokesman spokeswoman spokesperson official officials minister president secretary senator governor
mayor police officer officers analyst analysts expert experts campaign company aide aides source
sources lawyer lawyers attorney attorneys critics critic supporters supporter agency department
ministry government administration committee group organization organisation researchers
scientists leader leaders chief director executive economist economists doctor doctors witness
witnesses residents representative candidate nominee chairman prosecutor prosecutors judge court
board union party team manager coach professor author statement report study survey poll pollster
investigators authorities officials spokespeople strategist strategists adviser advisers advisor
ruling letter memo filing lawsuit complaint document release website article editorial analysis
""".split())
# Words that make a capitalised run an organisation or place, not a person (fallback only).
_ORG_WORDS = frozenset("""
College University School Union States Kingdom Party Department Ministry Commission Council Committee
Congress House Senate Court Company Corporation Corp Inc Ltd Bank Agency Association Institute News
Times Post Journal Group Foundation Club Network Army Navy Force Forces Office Service Services Center
Centre Church Hospital Airlines Republic Federation Nations Organization Organisation Assembly Bureau
Parliament Bundestag Government Administration Campaign Street City County State Road River
""".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those some many several one two three "
                         "another each every".split())
# Words that end no speaker phrase ("the plan that said", "which said").
_NOT_HEADS = frozenset("that which who whom what it this there then and or but not also has have had was were is "
                       "are be been being will would could should can may might must did does do".split())

# A capitalised name run: words, initials, and lower-case particles inside names (von der Leyen).
# A word keeps a period only as an abbreviation or initial (Mr., Sen., J.), so a run stops at a full stop.
_NAME_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w’'-]*)"
_NAME_RUN = re.compile(_NAME_WORD + r"(?:[ \t\xa0]+(?:(?:von|van|der|den|de|da|del|di|du|la|le|al|bin|ibn|dos|das)"
                       r"[ \t\xa0]+)*" + _NAME_WORD + ")*")
_NAME_RUN_AT_END = re.compile(_NAME_RUN.pattern + r"\Z")
_STOP_CAPITALS = frozenset("""
The A An But And Or So Yet In On At For With By From As After Before When While If Although Though
This That These Those It Its He She They We I You His Her Their Our My Your There Here Then Now Still
However Meanwhile Also Asked Speaking Despite Since Because During Under Over Into Later Earlier Last
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
""".split())
# Words that may stand between a subject and its cue: "Joly also said", "he has repeatedly argued".
_BETWEEN_SUBJECT_AND_CUE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:also|later|then|again|once|has|had|have|would|will|could|did|does|do|is|was|were|are|"
    r"previously|recently|repeatedly|publicly|reportedly|further|never|often|long|subsequently|"
    r"already|even|still|[a-z]+ly))*\s*\Z")
_WORD = re.compile(r"\S+")
_LEAD_WORD = re.compile(r"\s*(?:(?:But|And|However|Still|Meanwhile|Later|Then|Also|Yet|So),?\s+)?(\w+)")
_POSSESSIVE = re.compile(r"[’']s?\Z")


@dataclass(frozen=True, kw_only=True)
class Mention:
    start: int
    end: int
    entity: EntitySuggestion | None = None
    pronoun: str = ""


class SpeakerResolver:
    """Finds and resolves speaker mentions in one text; built once per article."""

    def __init__(self, text: str, entities: Sequence[EntitySuggestion], quote_spans: Sequence[tuple[int, int]]):
        self.text = text
        usable = sorted((e for e in entities if e.label in SPEAKER_LABELS and 0 <= e.start < e.end <= len(text)),
                        key=lambda e: (e.start, -e.end))
        self.entities = usable
        self.starts = [e.start for e in usable]
        self.by_end = {e.end: e for e in usable}
        self.by_start: dict[int, EntitySuggestion] = {}
        for e in usable:
            self.by_start.setdefault(e.start, e)
        self.quote_spans = sorted(quote_spans)
        self.quote_starts = [s for s, _ in self.quote_spans]
        self._persons: list[EntitySuggestion] | None = None
        self.pseudo: set[tuple[int, int]] = set()  # names found here, not entities: no entity span to link
        self.orgs = [e for e in usable if e.label == "ORG" and not self.in_quote(e.start)]
        self.org_starts = [e.start for e in self.orgs]
        self._full_name_index: dict[str, EntitySuggestion] | None = None
        self._genders: dict[str, str] | None = None

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
        """Person-like capitalised runs: titled or of several words, and later mentions of their surnames."""
        runs = []
        for run in _NAME_RUN.finditer(self.text):
            start = _strip_titles(self.text, run.start(), run.end())
            if start is not None and not self.in_quote(start):
                end = _name_end(self.text, start, run.end())
                if not _ORG_WORDS.intersection(self.text[start:end].split()):
                    runs.append((start, end, start > run.start()))
        surnames = {self.text[s:e].split()[-1] for s, e, titled in runs if titled or " " in self.text[s:e]}
        return [EntitySuggestion(start=s, end=e, label="PERSON") for s, e, titled in runs
                if titled or " " in self.text[s:e] or self.text[s:e] in surnames]

    # -- where things are -------------------------------------------------------------------

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] < pos < self.quote_spans[i][1]

    def entity_ending_at(self, end: int) -> EntitySuggestion | None:
        entity = self.by_end.get(end)
        if entity is None:  # "Trump’s" — the entity stops before the possessive
            possessive = _POSSESSIVE.search(self.text, max(0, end - 2), end)
            if possessive:
                entity = self.by_end.get(possessive.start())
        return entity

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
        if entity is not None and entity.start >= lo and not _is_pronoun_entity(self.text, entity):
            titled = _strip_titles(self.text, entity.start, entity.end) if entity.label != "PERSON" else None
            if titled is not None and titled > entity.start:  # "Foreign Affairs Minister Mélanie Joly" as one ORG
                return Mention(start=titled, end=entity.end)
            return Mention(start=entity.start, end=entity.end, entity=entity)
        name = _NAME_RUN_AT_END.search(self.text, max(lo, end - 80), end)
        if name:
            start = _strip_titles(self.text, name.start(), name.end())
            if start is not None:
                return Mention(start=start, end=_name_end(self.text, start, end))
        return self._noun_phrase_ending_at(lo, word_start, end)

    def mention_after(self, pos: int, hi: int, allow_it: bool = False) -> Mention | None:
        """The speaker after an inverted cue: "said Joly", "proclaimed Commission President Ursula von der Leyen"."""
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
        name = _NAME_RUN.match(text, pos)
        if not persons and name and name.end() <= stop + 1:
            start = _strip_titles(text, name.start(), name.end())
            if start is not None and start > pos:  # "Commission President Ursula von der Leyen": a titled person
                end = _name_end(text, start, name.end())
                entity = next((e for e in found if e.start == start and e.end == end), None)
                return Mention(start=start, end=end, entity=entity)
        if persons or found:
            entity = persons[0] if persons else found[0]
            if persons or entity.start == pos or text[pos:entity.start].islower():
                return Mention(start=entity.start, end=entity.end, entity=entity)
        if name and name.end() <= stop + 1:
            start = _strip_titles(text, name.start(), name.end())
            if start is not None:
                return Mention(start=start, end=_name_end(text, start, name.end()))
        if word.lower() in _DETERMINERS:
            head = _first_head(text, word_end, min(stop, word_end + 60))
            if head is not None:
                return Mention(start=pos, end=head)
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
                if e.label == "PERSON":
                    return Mention(start=e.start, end=e.end, entity=e)
                if e.label == "ORG" and first_org is None:
                    first_org = e
            i += 1
        if first_org is not None:
            return Mention(start=first_org.start, end=first_org.end, entity=first_org)
        return None

    def _noun_phrase_ending_at(self, lo: int, head_start: int, end: int) -> Mention | None:
        """A common-noun phrase ending at ``end``: "the minister", "a friend", "Obama's former strategist"."""
        head = self.text[head_start:end]
        if not head.isalpha() or not head.islower() or head in _NOT_HEADS or head.endswith("ly"):
            return None
        start, words = head_start, 0
        while words < 4:
            j = start - 1
            while j > lo and self.text[j] in " \t\xa0":
                j -= 1
            k = j
            while k > lo and (self.text[k - 1].isalnum() or self.text[k - 1] in "-’'"):
                k -= 1
            word = self.text[k:j + 1]
            if not word or not _POSSESSIVE.sub("", word).replace("-", "").isalnum():
                break
            start, words = k, words + 1
            if word.lower() in _DETERMINERS or _POSSESSIVE.search(word):
                return Mention(start=start, end=end)
            if word[:1].isupper() or word.lower() in _NOT_HEADS:
                break
        return Mention(start=head_start, end=end) if head in NOUN_HEADS and head.endswith("s") else None

    # -- resolving a mention ----------------------------------------------------------------

    def speaker(self, mention: Mention | None) -> SpeakerSuggestion | None:
        if mention is None:
            return None
        entity = mention.entity
        if mention.pronoun:
            entity = self._antecedent(mention.start, mention.pronoun)
            if entity is None:
                return SpeakerSuggestion(start=mention.start, end=mention.end)
            return self._linked(mention, entity)
        words = self.text[mention.start:mention.end]
        if entity is None and words[:1].islower():
            # "A Justice Department spokesman": the organisation inside; "the minister": the
            # latest person carrying that title.
            entity = self._entity_inside(mention.start, mention.end)
            if entity is None:
                entity = self._titled_person(words.split()[-1].lower(), mention.start)
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
                known = self._full_name_index.get(_surname(words[-1]))
                if known is None or known.end - known.start < e.end - e.start:
                    self._full_name_index[_surname(words[-1])] = e
        return self._full_name_index

    def _full_name_text(self, words: str) -> str:
        parts = words.split()
        if not parts:
            return words
        full = self._full_name_map().get(_surname(parts[-1]))
        if full is not None and full.canonical:
            return full.canonical
        longer = self.text[full.start:full.end] if full is not None else ""
        return longer if len(longer) > len(words) and longer.endswith(parts[-1]) else words

    def _full_mention(self, entity: EntitySuggestion) -> EntitySuggestion:
        """The mention spelling out the entity's full name (what a reader would link to)."""
        name = self.name_of(entity)
        if self.text[entity.start:entity.end] == name:
            return entity
        full = self._full_name_map().get(_surname(name.split()[-1])) if entity.label == "PERSON" and name.split() else None
        return full if full is not None and self.text[full.start:full.end] == name else entity

    def _antecedent(self, pos: int, pronoun: str) -> EntitySuggestion | None:
        """The latest person (he/she) or organisation (they/it) named before ``pos``, outside quotes."""
        if pronoun in ("he", "she"):
            persons = self.persons
            i = bisect_left(self.person_starts, pos) - 1
            wanted = PRONOUNS[pronoun]
            for j in range(i, max(-1, i - 12), -1):
                gender = self._gender(self.persons[j])
                if not gender or gender == wanted:
                    return self.persons[j]
            return self.persons[i] if i >= 0 else None
        if pronoun in ("they", "it"):
            i = bisect_left(self.org_starts, pos) - 1
            return self.orgs[i] if i >= 0 and pos - self.orgs[i].end < 600 else None
        return None

    def _gender(self, entity: EntitySuggestion) -> str:
        """"m"/"f" when the article calls this person Mr./Mrs./Ms. somewhere, else ""."""
        if self._genders is None:
            self._genders = {}
            for e in self.persons:
                title = self.text[max(0, e.start - 6):e.start].split()
                if title:
                    word = title[-1].lower()
                    surname = _surname(self.text[e.start:e.end].split()[-1]) if self.text[e.start:e.end].split() else ""
                    if word in _FEMALE_TITLES:
                        self._genders.setdefault(surname, "f")
                    elif word in _MALE_TITLES:
                        self._genders.setdefault(surname, "m")
        words = self.text[entity.start:entity.end].split()
        return self._genders.get(_surname(words[-1]), "") if words else ""

    def _titled_person(self, title: str, pos: int) -> EntitySuggestion | None:
        persons = self.persons
        i = bisect_left(self.person_starts, pos) - 1
        for j in range(i, max(-1, i - 30), -1):
            e = self.persons[j]
            if title in self.text[max(0, e.start - 40):e.start].lower():
                return e
        return None


def _surname(word: str) -> str:
    return _POSSESSIVE.sub("", word).lower()


def _is_pronoun_entity(text: str, entity: EntitySuggestion) -> bool:
    """Entities a crude recognizer may give that cannot speak: "He", "The", "Mr"."""
    words = text[entity.start:entity.end]
    return words.lower() in PRONOUNS or words in _STOP_CAPITALS or words.lower().rstrip(".") in TITLES


_PHRASE_STOP = re.compile(r"[,;:!?()\n“”\"—–]|''|\.(?!\w)")


def phrase_end(text: str, pos: int, hi: int) -> int:
    """Where the noun phrase starting at ``pos`` ends: punctuation, but not a title's or initial's period."""
    for stop in _PHRASE_STOP.finditer(text, pos, hi):
        if stop.group() == ".":
            word = text[max(pos, stop.start() - 5):stop.start()].split()
            if word and (word[-1].lower() in TITLES or len(word[-1]) == 1 or word[-1].lower() in ("jr", "sr", "st")):
                continue
        return stop.start()
    return hi


def _strip_titles(text: str, start: int, end: int) -> int | None:
    """Where the name proper starts in a capitalised run, after any titles; None if it is no name."""
    words = list(_WORD.finditer(text, start, end))
    keep = 0
    for i, word in enumerate(words):
        if word.group().lower() in TITLES or word.group() in _STOP_CAPITALS:
            keep = i + 1
    if keep >= len(words):
        return None
    return words[keep].start()


def _name_end(text: str, start: int, end: int) -> int:
    """Drop a sentence's full stop and a possessive from the end of a name run ("Caddell." -> "Caddell")."""
    possessive = _POSSESSIVE.search(text, max(start, end - 2), end)
    if possessive and possessive.start() > start:
        end = possessive.start()
    if text[end - 1:end] == "." and end - start > 2 and text[end - 3:end - 2].isalpha():
        end -= 1
    return end


def _first_head(text: str, pos: int, stop: int) -> int | None:
    """End of the first speaker noun in ``text[pos:stop]`` ("a spokesman for …")."""
    for word in re.finditer(r"[A-Za-z]+", text[pos:stop]):
        if word.group().lower() in NOUN_HEADS:
            return pos + word.end()
    return None
