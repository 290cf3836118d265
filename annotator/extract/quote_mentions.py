"""Finding a speaker mention: the subject before a cue ("Joly also said"), the speaker after an inverted
cue ("said Joly"), a clause's subject, or a common-noun phrase ("the minister", "officials").

A mention is where the speaker is named or referred to (an entity, a pronoun, a noun phrase, or a run
of capitalised words no entity covers); :mod:`quote_speakers` resolves it to who it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice

from .base import EntitySuggestion
from .entities_lexicon import lexicon
from .dates import MONTH_NAMES, WEEKDAYS
from .quote_names import (AUXILIARIES, CLAUSE_LINKS, DETERMINERS, NAME_RUN, NAME_RUN_AT_END, NOT_HEADS, NOUN_HEADS, POSSESSIVE,
                          STOP_CAPITALS, TITLES, first_head, is_plural_noun, name_end, only_titles, phrase_end,
                          strip_titles)

PRONOUNS = {"he": "m", "she": "f", "they": "", "it": "", "i": "", "we": ""}
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # "it said" is too often not speech
_TITLE_QUALIFIERS = frozenset({"GPE", "LOC", "NORP", "ORG"})  # "Ohio Gov.", "Republican Sen.", "Senate Majority Leader"
MAX_DESCRIPTOR_WORDS = 3  # "longtime party activist"; longer lowercase runs before a name are clauses
_DESCRIPTOR_HEADS = NOUN_HEADS | TITLES  # the role a description before a name ends in
_DESCRIPTOR_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Lowercase words that open or join clauses, never describe the person named next.
DESCRIPTOR_STOPS = DETERMINERS | AUXILIARIES | CLAUSE_LINKS | frozenset(
    "and to of in on at by for with from about after before said says told".split())

# Words that may stand between a subject and its cue: "Joly also said", "he has repeatedly argued", "Joly
# herself said", "Joly, however, said" (the commas are the caller's: "Joly however said"), and the verb of
# an infinitive whose subject speaks: "Joly continued to assert", "Joly went on to say", "Joly had to explain".
_GAP_BEFORE_CUE = (
    r"(?:\s*\([^()]{1,30}\)|\s+(?:—|–|--)\s[^—–.;:!?“”\"]{2,80}?\s(?:—|–|--))?"  # "(aside)", "— an aside —"
    r"(?:\s+(?:also|later|then|again|once|has|had|have|would|will|could|did|does|do|is|was|were|are|"
    r"not|(?:has|have|had|did|does|do|is|was|were|are|would|could|will|wo)n[’']t|"
    r"previously|recently|repeatedly|publicly|reportedly|further|never|often|long|subsequently|now|just|only|first|all|both|"
    r"already|even|still|yesterday|today|earlier|[a-z]+ly|however|instead|meanwhile|since|too|"
    r"himself|herself|themselves|itself|"
    r"(?:[a-z]+(?:ed|s)|had|have|went|go|going|want|need|try|seem|appear|continue|refuse|decline|begin|began|used|able)(?:\s+on)?\s+to|"
    r"(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|night|morning|evening|afternoon)|"
    r"[A-Z][a-z]+day|(?<=day\s)(?:morning|afternoon|evening|night)|"
    r"in\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|e-?mail|letter|tweet|post|op-ed|essay|column|video|message|release|briefing|"
    r"appearance|book|memo|note|past)))*\s*\Z")
# The leftmost start of a non-empty gap, searched for faster: a gap starts at a space or "(", so the
# search opens with that class and the regex engine skips to those characters in C, then looks back to
# see the gap run from there to the cue (a search of the gap itself tried every position of the window;
# ~55 % fewer instructions).  No match: the gap is empty, as the gap's own search would find at the cue.
_BETWEEN_SUBJECT_AND_CUE = re.compile(rf"[\s(](?<=(?={_GAP_BEFORE_CUE})[\s(])")
# A title's possessive inside an organisation's name: "the Prime Minister's Office" is the office, no title.
_TITLE_POSSESSIVE = re.compile(r"[’']s[ \xa0]")
_PARTICIPLE = re.compile(r"\s+[a-z]+ing\s")  # a gap opening with one: "…, going on to say", "…, seeking to explain"
_SUBJECT_VERB = re.compile(r" (?:[a-z]+ly )?[a-z]+(?:ed|s)\b")  # "Trump attacked", "Ellis says"
# A fronted adverbial: a preposition's phrase of a few words, no verb of its own, up to the comma after it.
_FRONTED = re.compile(r"\s*(?:(?:In|On|At|After|Before|During|Since|Until|By|With|To|For|From|Under|Despite|Following|"
                      r"Amid|Earlier|Later|Last|This|Next|Asked|Speaking)\b|"
                      r"(?:[A-Z][a-z]+|\d+)[ \xa0]+(?:years?|months?|weeks?|days?|decades?)[ \xa0]+(?:ago|later|earlier)\b)"
                      r"[^,.;:!?\"“”]{0,50},\s+")  # ("Eight years ago, he …")
_LEAD_WORD = re.compile(r"\s*(?:(?:But|And|However|Still|Meanwhile|Later|Then|Also|Yet|So),?\s+)?(\w+)")


@dataclass(frozen=True, kw_only=True)
class Mention:
    start: int
    end: int
    entity: EntitySuggestion | None = None
    pronoun: str = ""
    antecedent: Mention | None = None  # a relative pronoun's noun: "Mr. Kamin, who emphasized" -> "Mr. Kamin"


class MentionFinder:
    """Mention finding, a mix-in of :class:`quote_speakers.SpeakerResolver`, which provides ``text``, the
    sorted speaker-label ``entities`` and their ``starts``, ``chain``, ``in_quote``, ``entity_ending_at``
    and ``person_named``."""

    def mention_before(self, lo: int, cue_start: int, allow_it: bool = False, coordinated: bool = True) -> Mention | None:
        """The subject right before a cue ("Joly also said"), allowing a few adverbs between; ``coordinated``:
        with the persons joined to it ("Holm and Lind said"), not for the noun a "who" stands for."""
        gap = _BETWEEN_SUBJECT_AND_CUE.search(self.text, max(lo, cue_start - 60), cue_start)
        end = gap.start() if gap else cue_start
        if end <= lo:
            return None
        if gap and self.text[end - 1] == "," and _PARTICIPLE.match(self.text, end, cue_start):
            # "Sanders said …, going on to say that": the participle's subject is the clause's
            return self.sentence_subject(lo, end)
        word_start = end
        while word_start > lo and (self.text[word_start - 1].isalnum() or self.text[word_start - 1] in "’'-."):
            word_start -= 1
        word = self.text[word_start:end]
        pronoun = _CONTRACTION.sub("", word)  # "He’s claiming", "she’d said", "they’ve argued"
        if pronoun.lower() in SPEAKING_PRONOUNS and pronoun != "we" or pronoun.lower() == "it" and allow_it:
            return Mention(start=word_start, end=word_start + len(pronoun), pronoun=pronoun.lower())
        opening = _SPACES.match(self.text, lo, end).end()
        first = self.text[opening:opening + 1]
        if first in _SHARE_INITIALS or first.isdigit():
            group = _GROUP_SHARE.fullmatch(self.text, lo, end)
            if group is not None:  # "Nearly eight in 10 Democratic voters overall said": the group, not a name in it
                return Mention(start=group.start(1), end=group.start(1) + len(group.group(1).rstrip(", \xa0")))
        entity = self.entity_ending_at(end)
        if entity is not None and entity.label != "PERSON" and entity.start >= lo:
            entity = self._person_of(entity, lo)  # "Lena Holm of the Nordic Policy Institute said"
        if entity is not None and entity.label == "NORP" and entity.start >= lo and not is_plural(self.text, entity):
            member = _DETERMINED_MEMBER.search(self.text, max(lo, entity.start - 50), entity.start)
            if member is not None:  # "one senior Democrat said": an unnamed member, not the party
                return Mention(start=member.start(), end=entity.end)
        if coordinated and entity is not None and entity.label in ("GPE", "LOC") and entity.start >= lo:
            attached = self._placed_subject(lo, entity)
            if attached is not None:  # "Officials in Halifax said", "the mayor of Halifax said": not the place
                return attached
        if entity is not None and entity.start >= lo and not is_pronoun_entity(self.text, entity):
            titled = strip_titles(self.text, entity.start, entity.end) if entity.label != "PERSON" else None
            if (titled is not None and titled > entity.start  # "Foreign Affairs Minister Mélanie Joly" as one ORG
                    and self.text[titled:entity.end].lower() not in TITLES  # not "Department of National Defence"
                    and not _TITLE_POSSESSIVE.search(self.text, titled, entity.end)  # nor "Prime Minister's Office"
                    and self.text[titled:entity.end].split()[-1] not in lexicon().org_heads):  # nor "Foreign Office"
                return Mention(start=titled, end=entity.end)
            first = self._first_conjunct(lo, entity) if coordinated else entity
            return Mention(start=first.start, end=entity.end, entity=first)
        name = NAME_RUN_AT_END.search(self.text, max(lo, end - 80), end)
        if name and (_PARTICIPLE_OPENER.fullmatch(name.group()) or name.group() in _CALENDAR_WORDS):
            # "Having announced that …, Judge Berman proceeded": a participle, no name; "a poll released in
            # late August found": a month is no one
            return None
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
        quantity = (QUANTITY_SUBJECT.search(self.text, window, end)
                    if self.text.endswith(_QUANTITY_ENDS, window, end) else None)
        if quantity is not None:  # "Twenty-four percent said", "More than six in 10 said": a poll's respondents
            return Mention(start=quantity.start(), end=end)
        share = self._share_of_respondents(lo, word_start, word)
        if share is not None:
            return Mention(start=share, end=end)
        head_of = _HEAD_OF.search(self.text, max(lo, end - 60), end)
        if (head_of is not None and head_of.group(1).lower() in NOUN_HEADS
                and _NOT_IN_OF_PHRASE.isdisjoint(head_of.group(2).split())):
            # "Supporters of the ferry argued", "Critics of the plan said": the noun before "of" speaks
            return Mention(start=self._head_phrase_start(lo, head_of.start(1), head_of.end(1)), end=end)
        return self._noun_phrase_ending_at(lo, word_start, end)

    def _share_of_respondents(self, lo: int, word_start: int, word: str) -> int | None:
        """Where a bare count or share of the people just counted starts, opening its clause: "…, and 43 said
        the same", "three-quarters said", "all but two said" (not "on March 3 said", "in 2015 said")."""
        lowered = word.lower()
        if not (word.isdigit() and len(word) < 4 or lowered in _SHARES or lowered in _SMALL_NUMBERS):
            return None
        if self.text[word_start - 1:word_start] in (",", "."):
            return None  # the end of a number ("75,000 pledged"), not a word of its own
        lead = (_SHARE_OPENING.fullmatch(self.text, lo, word_start)
                or _SHARE_LEAD.search(self.text, max(lo, word_start - 40), word_start))
        if lead is None or lowered in _SMALL_NUMBERS and not lead.group(1):
            return None  # a number word alone ("two said") is as often "the two": only after "all but"
        return lead.end() - len(lead.group(1) or "") - len(lead.group(2) or "")

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
            if not persons and (named := self._name_after_role(entity.end, stop)) is not None:
                return named  # "said Fox News anchor Megyn Kelly": the person the organisation's role names
            # "a US research think-tank": a place or nationality modifying a noun is not the speaker
            # ("added a South Carolina Democrat": the place modifies the member named right after it)
            modifier = entity.label in ("GPE", "LOC", "NORP", "ORG") and (
                _LOWER_WORD_AFTER.match(text, entity.end) or any(e.start == entity.end + 1 for e in found))
            lower = text[pos:entity.start]  # (not "said the candidate could win in states like Ohio")
            if persons or entity.start == pos or (lower.islower() and not modifier and NOT_HEADS.isdisjoint(lower.split())):
                return Mention(start=entity.start, end=entity.end, entity=entity)
        if name and name.end() <= stop + 1:
            if (named := self._name_after_role(name.end(), stop)) is not None:
                return named  # "said Radio Nord anchor Lena Holm"
            start = strip_titles(text, name.start(), name.end())
            if start is not None:
                return Mention(start=start, end=name_end(text, start, name.end()))
        if word.lower() in DETERMINERS:
            head = first_head(text, word_end, min(stop, word_end + 60))
            if head is None and tag:
                head = self._unlisted_head(found, word_end, stop)
            if head is not None and _AUXILIARY_AFTER.match(text, head):
                return None  # "said the candidate could win": the subject of the content, no inverted speaker
            if head is not None and tag and (owner := _POSSESSIVE_AFTER.match(text, head)):
                # "said the mayor's spokeswoman", "said the mayor's wife": the one the possessive owns speaks
                owned = _OWNED_WORD.match(text, owner.end(), stop)
                head = first_head(text, owner.end(), min(stop, owner.end() + 40)) or (
                    owned.end() if owned is not None else head)
            if head is not None:
                named = self._person_in_apposition(head)
                return named if named is not None else Mention(start=pos, end=head)
        return None

    def _name_after_role(self, pos: int, stop: int) -> Mention | None:
        """A full name after a few lower-case role words right after ``pos`` ("… anchor Megyn Kelly", "…
        co-host Stu Burguiere"), within the phrase ending at ``stop``."""
        role = _ROLE_WORDS.match(self.text, pos, stop)
        if role is None or not self._role_words_between(pos, role.end()):
            return None
        name = NAME_RUN.match(self.text, role.end())
        if name is None or name.end() > stop + 1 or " " not in name.group():
            return None
        return Mention(start=name.start(), end=name.end(), entity=self.entity_at(name.start(), name.end()))

    def _unlisted_head(self, found: list[EntitySuggestion], pos: int, stop: int) -> int | None:
        """End of a determined speaker phrase whose noun is not a listed speaker noun, after an inverted cue:
        a singular group word ("added a South Carolina Democrat", "said one Republican involved in …"), or
        a short lowercase phrase the punctuation closes ("said the designer, who …", "wrote one commenter.")."""
        # (a group word before a listed noun, "said the Democratic leader", was found by ``first_head``)
        member = next((e for e in found if e.label == "NORP" and not is_plural(self.text, e)), None)
        if member is not None and member.end <= stop:
            return member.end
        words = self.text[pos:stop].split()
        if (0 < len(words) <= 3 and _LOWER_WORDS.fullmatch(self.text, pos, stop)
                and words[-1] not in NOT_HEADS and words[-1] not in _TIME_NOUNS and words[-1] not in DETERMINERS):
            return stop
        return None

    def person_before_appositives(self, lo: int, opening: int, mark: str, *, recognised: bool = False) -> Mention | None:
        """The person named right before an earlier ``mark`` (a comma or dash) in ``[lo, opening)``, within
        ``APPOSITIVES_REACH``: "Tomas Berg, a developer from Leeds, England, said" is Tomas Berg.  With
        ``recognised``, only a person entity, and a name no entity covers ends the search (it is the one
        described: "clash with Megyn Kelly, a star anchor at Fox News who …" is not an earlier Trump)."""
        pos = opening
        while True:
            pos = self.text.rfind(mark, max(lo, opening - APPOSITIVES_REACH), pos)
            if pos < 0:
                return None
            mention = self.mention_before(lo, pos)
            if mention is not None and mention.entity is not None and mention.entity.label == "PERSON":
                return mention
            if recognised:
                if mention is not None and mention.entity is None and self.text[mention.start:mention.start + 1].isupper():
                    return None
                continue
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

    def _placed_subject(self, lo: int, place: EntitySuggestion) -> Mention | None:
        """A speaker noun the place is attached to ("Officials in Halifax", "the mayor of Halifax", "residents
        across Nova Scotia"): the whole phrase, else None."""
        link = _PLACE_LINK.search(self.text, max(lo, place.start - 16), place.start)
        if link is None:
            return None
        head_start = _word_start(self.text, lo, link.start())
        if self.text[head_start:link.start()].lower() not in NOUN_HEADS:
            return None
        return Mention(start=self._head_phrase_start(lo, head_start, link.start()), end=place.end)

    def _head_phrase_start(self, lo: int, head_start: int, head_end: int) -> int:
        """Where the phrase of a speaker noun with words after it starts: its determiner and modifiers
        ("the mayor" of Halifax), or the noun itself when it opens the sentence ("Critics" of the plan)."""
        phrase = self._noun_phrase_ending_at(lo, head_start, head_end) if self.text[head_start:head_end].islower() else None
        return phrase.start if phrase is not None else head_start

    def _first_conjunct(self, lo: int, person: EntitySuggestion) -> EntitySuggestion:
        """The first person of a coordinated subject ending in ``person`` ("Holm and Lind agreed", "Holm, Lind
        and Berg said"): the mention spans them all and is resolved to the first named, else ``person``."""
        if person.label != "PERSON":
            return person
        joined = [person]
        i = bisect_left(self.starts, person.start)
        link = _AND  # the last two joined by "and" ("…, Blackwell said": a comma alone ends a clause)
        while i > 0:
            before = self.entities[i - 1]
            if before.label != "PERSON" or before.start < lo or not link.fullmatch(self.text, before.end, joined[-1].start):
                break
            joined.append(before)
            i, link = i - 1, _LIST_COMMA
        if len(joined) == 2 and self.text.startswith(",", joined[1].end):
            return person  # "… with Lewandowski, and Trump said": ", and" joins two clauses, not two names
        return joined[-1]

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
            if role is None or not (role.group(1) in NOUN_HEADS or role.group(1) in TITLES
                                    or self._role_words_between(e.end, following.start)):
                return e
        return persons[-1]

    def _role_words_between(self, end: int, start: int) -> bool:
        """Only lower-case role words between two names ("Radio Nord anchor Lena Holm"), no "and", "with", "of"."""
        role = _LOWER_RUN.fullmatch(self.text, end, start)
        return role is not None and not any(w in _NOT_MODIFIERS for w in role.group().split())

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
        """The clause subject in ``[lo, hi)``: a leading pronoun or speaker-noun phrase, else the first person,
        else organisation named."""
        fronted = _FRONTED.match(self.text, lo, hi)
        if fronted is not None:  # "In December, the prince called …", "To wit, Trump told …": past the adverbial
            lo = fronted.end()
        lead = _LEAD_WORD.match(self.text, lo, hi)
        if lead and lead.group(1).lower() in SPEAKING_PRONOUNS:
            return Mention(start=lead.start(1), end=lead.end(1), pronoun=lead.group(1).lower())
        phrase = (self._opening_noun_phrase(lead.start(1), hi) or self._opening_group(lead.start(1), hi)) if lead else None
        if phrase is not None:
            return phrase
        i = bisect_left(self.starts, lo)
        first_org = None
        while i < len(self.entities) and self.entities[i].start < hi:
            e = self.entities[i]
            if (not self.in_quote(e.start) and e.end <= hi and not is_pronoun_entity(self.text, e)
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

    def _opening_group(self, start: int, hi: int) -> Mention | None:
        """A group with no determiner opening the clause: "Republicans, who hold …, have blocked …, saying",
        "Other advisers to the governor have been urging …, saying" (a plural speaker noun after modifiers)."""
        # a one-word group: the entity ending at the first space or comma
        entity = self.by_end.get(self.text.find(" ", start, hi)) or self.by_end.get(self.text.find(",", start, hi))
        if entity is not None and entity.start == start and entity.label == "NORP" and is_plural(self.text, entity):
            return Mention(start=entity.start, end=entity.end, entity=entity)
        for word in islice(_WORD.finditer(self.text, start, hi), 3):
            bare = word.group().rstrip(",")
            if bare.lower() in _NOT_MODIFIERS or not _is_word(bare) or bare in STOP_CAPITALS:
                return None
            if bare in NOUN_HEADS and (is_plural_noun(bare) or bare in _BARE_HEADS):
                return Mention(start=start, end=word.start() + len(bare))
            if bare != word.group():
                return None  # "Therefore, Gulf sources": a comma before the noun
        return None

    def _opening_noun_phrase(self, start: int, hi: int) -> Mention | None:
        """A determined speaker-noun phrase opening a clause at ``start``, its verb after it: "The former
        secretary of state mocked Trump …, noting" is the secretary (the first person named, Trump, is the
        object), as are "His chief aide doubled down …" and "Berg’s lawyers argued …".  Only modifiers
        stand between the determiner and the noun: a function word or a second determiner means the words
        ran past a verb ("An early tweet quoted the president").  A name in apposition ("The party
        chairman, Lena Holm, said") is the speaker."""
        words = list(islice(_WORD.finditer(self.text, start, hi), MAX_NOUN_PHRASE_WORDS + 2))
        if len(words) < 3:
            return None
        first = words[0].group()
        if first.lower() not in DETERMINERS and not (first[:1].isupper() and POSSESSIVE.search(first)):
            return None
        for word, following in zip(words[1:], words[2:]):
            bare = word.group().rstrip(",")
            if not POSSESSIVE.sub("", bare).replace("-", "").isalnum() or bare.lower() in _NOT_MODIFIERS:
                return None  # "The report, which …", "Clinton’s attacks were echoed by her campaign"
            nxt = following.group().rstrip(",").lower()
            if bare.lower() not in NOUN_HEADS or nxt in NOUN_HEADS and bare == word.group():  # "campaign manager"
                if bare != word.group():
                    return None  # a comma before any speaker noun
                continue
            named = self._person_after_description(word.end(), hi)
            if named is not None:
                return named
            if bare != word.group() or not following.group()[:1].islower():
                return None  # a comma after the noun naming no one, or no lower-case verb right after it
            return Mention(start=start, end=word.end())
        return None

    def titles_between(self, start: int, end: int) -> bool:
        """Only titles before a name, the places, parties or bodies they are of counted as titles too:
        "said Ohio Gov. John Kasich", "said former New York Mayor Rudy Giuliani"."""
        return _only_titles_left(*self._unqualified(start, end))

    def descriptors_between(self, start: int, end: int) -> bool:
        """Titles, or a short lowercase description ending in a role, before a name: "said city councillor
        Waye Mason", "…, journalist Martha Raddatz said", "said Halifax party activist Jane Doe"."""
        rest, qualified = self._unqualified(start, end)
        if _only_titles_left(rest, qualified):
            return True
        words = rest.split()
        return (0 < len(words) <= MAX_DESCRIPTOR_WORDS and words[-1].lower() in _DESCRIPTOR_HEADS
                and all(_DESCRIPTOR_WORD.fullmatch(word) and word not in DESCRIPTOR_STOPS for word in words))

    def _unqualified(self, start: int, end: int) -> tuple[str, bool]:
        """The words between ``start`` and ``end`` without the places, parties and bodies named there, and
        whether there were any."""
        words, pos = [], start
        for i in range(bisect_left(self.starts, start), len(self.entities)):
            entity = self.entities[i]
            if entity.start >= end:
                break
            if entity.end <= end and entity.label in _TITLE_QUALIFIERS:
                words.append(self.text[pos:entity.start])
                pos = entity.end
        words.append(self.text[pos:end])
        return " ".join(words), pos != start

    def _person_after_description(self, pos: int, hi: int) -> Mention | None:
        """The person named in apposition after a description ending at or running on from ``pos``: "The
        director of the institute, Lena Holm," is Lena Holm (titles allowed before the name)."""
        comma = phrase_end(self.text, pos, min(hi, pos + APPOSITION_REACH))
        if not self.text.startswith(",", comma):
            return None
        i = bisect_left(self.starts, comma)
        if i == len(self.entities) or self.entities[i].label != "PERSON":
            return None
        entity = self.entities[i]
        between = self.text[comma + 1:entity.start].split()
        if not only_titles(" ".join(word for word in between if word != "of")):  # "former Secretary of State"
            return None
        return Mention(start=entity.start, end=entity.end, entity=entity)

    def _noun_phrase_ending_at(self, lo: int, head_start: int, end: int) -> Mention | None:
        """A common-noun phrase ending at ``end``: "the minister", "a friend", "Obama's former strategist"."""
        head = self.text[head_start:end]
        if (not (head.isalpha() or head in NOUN_HEADS or AGE_HEAD.fullmatch(head)) or not head.islower() or head in _NOT_MODIFIERS
                or head.endswith("ly")) and head not in _NUMBERS:
            # no head: "the speech to", "the deal includes a", "the center-left" (but "the mother of three")
            return None
        start, words = head_start, 0
        modified, modifying = head_start, True  # where the modifiers right before the head start ("refugee advocates")
        while words < MAX_NOUN_PHRASE_WORDS:
            j = start - 1
            while j > lo and self.text[j] in " \t\xa0":
                j -= 1
            k = _word_start(self.text, lo, j + 1)
            word = self.text[k:j + 1]
            if not word or not _is_word(POSSESSIVE.sub("", word)):
                break
            start, words = k, words + 1
            if word.lower() in DETERMINERS or POSSESSIVE.search(word):
                owner = self.entity_ending_at(k + len(POSSESSIVE.sub("", word))) if word[:1].isupper() else None
                if owner is not None and lo <= owner.start < start:
                    start = owner.start  # "Nova Scotia's health minister": the whole name owns it
                return Mention(start=start, end=end)
            if word.lower() in NOT_HEADS or word in STOP_CAPITALS:
                break
            modifying = modifying and word.lower() not in _NOT_MODIFIERS  # not "with experts", "eight of 10 voters"
            modified = start if modifying else modified
        bare = is_plural_noun(head) or head in _BARE_HEADS  # "officials said", "police warned"
        if (head in NOUN_HEADS and not bare and _HEADLINE_SUBJECT_BEFORE.search(self.text, max(0, modified - 3), modified)
                and self.text[modified:end].split()[0].lower() not in _NOT_HEADLINE_OPENERS):
            return Mention(start=modified, end=end)  # a headline's "…, analyst says.", "Former rival says …"
        if head not in NOUN_HEADS or not bare:
            return None
        # Modifiers that open the clause belong to the phrase ("Abortion opponents said"); mid-clause, the
        # words before a bare head are as often the end of something else ("after the vote critics said").
        return Mention(start=modified if not self.text[lo:modified].strip() else head_start, end=end)


def _word_start(text: str, lo: int, end: int) -> int:
    """Where the word ending at ``end`` starts (letters, digits, hyphens and apostrophes), not before ``lo``."""
    while end > lo and (text[end - 1].isalnum() or text[end - 1] in "-’'"):
        end -= 1
    return end


APPOSITIVES_REACH = 200  # characters of appositives between a subject and its cue ("X, a …, of …, said")
MAX_NOUN_PHRASE_WORDS = 6  # "A former Democratic National Committee chairman": modifiers before the head
# "Critics of the plan", "Insiders in the next two states": a noun and its short "of", "in", "at", "across" or
# "from" phrase, with no function word in it (not "opponents of taking in migrants", "player of the year after").
_HEAD_OF = re.compile(r"\b([A-Za-z]+)[ \xa0]+(?:of|in|at|across|from)[ \xa0]+((?:[a-z-]+[ \xa0]+){0,3}[a-z-]+)\Z")
_NOT_IN_OF_PHRASE = frozenset("after before in on at to for with from by as than and or but who which that when "
                              "where while if because since until about into over under".split())
_PLACE_LINK_WORDS = r"[ \xa0]+(?:in|of|from|across|around|throughout|near|outside)[ \xa0]+"
_PLACE_LINK = re.compile(_PLACE_LINK_WORDS + r"(?:the[ \xa0]+)?\Z")
# Where a speaker noun's attached place starts in a mention ("the government| in Beijing"): its head is before.
PLACE_ATTACHMENT = re.compile(_PLACE_LINK_WORDS + r"(?=(?:the[ \xa0]+)?[A-Z]\S*(?:[ \xa0]+[A-Z]\S*)*\Z)")
_HEADLINE_SUBJECT_BEFORE = re.compile(r"(?:\A|\n|,[ \xa0])\Z")  # a bare singular subject only opens a line or follows a comma
_NOT_HEADLINE_OPENERS = frozenset({"whose", "no", "which", "what", "any", "every"})  # ", whose campaign said"
_BARE_HEADS = frozenset({"police", "staff", "management", "military"})  # speak without "the", yet not plural in -s
# A share of people as a subject: "46 percent", "Twenty-four percent", "about three in 10", "42%".
# Words before a count of people: "about 40 percent", "Nearly eight in 10".
_APPROXIMATORS = ("about", "nearly", "almost", "more than", "less than", "fewer than", "only", "just", "roughly", "over")
QUANTITY_SUBJECT = re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _APPROXIMATORS) + ")"
    r"[ \xa0]+)?(?:(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)[ \xa0]+(?:percent|per[ \xa0]cent|in[ \xa0]+(?:10|ten))|\d[\d.,]*%)\Z")
# A determiner and lowercase modifiers before a singular group word: "one senior Democrat", "a Briton".
_DETERMINED_MEMBER = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ee]ach)(?:[ \xa0]+[a-z][a-z-]*){0,3}[ \xa0]+\Z")
_LOWER_WORDS = re.compile(r"(?:[ \xa0]+[a-z0-9][a-z0-9-]*)*[ \xa0]*")  # " senior", " 46-year-old"
# Nouns of time ending a phrase after a cue: "said the next day" names when, not who.
_TIME_NOUNS = frozenset("day days week weeks month months year years morning evening night afternoon time "
                        "weekend moment while".split())
# A past-tense verb or "over"/"against" right before a name (titles allowed between): the name is its object,
# "granted Mr. Clarke", "backed Obama over Clinton".
_OBJECT_AFTER_VERB = re.compile(r"(?<![\w-])(?:[a-z]{2,}ed|over|against)[ \xa0]+(?:[A-Z][a-z]{0,3}\.[ \xa0]+)?\Z")
_POSSESSIVE_AFTER = re.compile(r"[’']s[ \xa0]")
_OWNED_WORD = re.compile(r"[a-z]+\b")
_AUXILIARY_AFTER = re.compile(r"[ \xa0]+(?:%s)\b" % "|".join(sorted(AUXILIARIES)))


def counts_people(words: str) -> bool:
    """Whether a mention is a count or share of people, no one by name: "Twenty-four percent", "43", "all but two"."""
    last = words.rsplit(None, 1)[-1].lower()
    return (bool(QUANTITY_SUBJECT.fullmatch(words)) or last.isdigit() or last in _SHARES or last in _SMALL_NUMBERS
            or bool(_GROUP_SHARE.fullmatch(words)))


_SHARES = frozenset("half majority majorities minority two-thirds three-quarters one-third one-quarter "
                    "others another some many most few several".split())  # "…, but others said", "while another says"
_SMALL_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
# What opens a clause whose subject is a bare count or share: the sentence start (_SHARE_OPENING, matched
# from it), or a comma, "and", "but", "while" (_SHARE_LEAD); then "all but" (group 1) or "about"-like words
# (group 2) before the number.
_SHARE_BEFORE = (r"([Aa]ll[ \xa0]+but[ \xa0]+|[Mm]ajorities[ \xa0]+in[ \xa0]+all[ \xa0]+)?"
                 r"((?:[Oo]nly|[Jj]ust|[Aa]bout|[Nn]early|[Aa]lmost|[Aa]|[Tt]he)[ \xa0]+)?")
_SHARE_OPENING = re.compile(r"\s*(?:(?:But|And|While|Yet)[ \xa0]+)?" + _SHARE_BEFORE)
_SHARE_LEAD = re.compile(r"(?:,\s+|,?\s+(?:and|but|while|whereas)\s+)" + _SHARE_BEFORE + r"\Z")
# A sentence opening with a share of a group before its verb: "Some 20 percent of people in a recent poll",
# "A third of independents, 33%,", "Nearly eight in 10 Democratic voters overall", "Half of the members".
_GROUP_SHARE = re.compile(
    r"\s*((?:(?:" + "|".join(["Some"] + [w.capitalize() for w in _APPROXIMATORS]) + r")[ \xa0]+)?"
    r"(?:\d[\d.,]*(?:[ \xa0]+(?:percent|per[ \xa0]cent)|%)|"
    r"(?:\d+|[A-Za-z]+)[ \xa0]+(?:in|out[ \xa0]+of)[ \xa0]+(?:10|ten)|"
    r"(?:[Aa][ \xa0]+)?(?:third|quarter|fifth|majority|minority)|"
    r"[Hh]alf|[Tt]wo-thirds|[Tt]hree-quarters|[Mm]ost(?=[ \xa0]+of\b))"
    r"(?:[ \xa0]+of)?(?:[ \xa0]+[\w’'/-]+){0,8}?(?:,[ \xa0]+\d[\d.,]*(?:%|[ \xa0]+percent),)?)[ \xa0]*")
_SPACES = re.compile(r"\s*")
_SHARE_INITIALS = frozenset("SNAOJRFLMHT")  # capitals: the share opens a sentence
_QUANTITY_ENDS = ("percent", "cent", "10", "ten", "%")  # what QUANTITY_SUBJECT can end with
_LOWER_WORD_AFTER = re.compile(r"[ \xa0]+[a-z]")
_ATTACHED = re.compile(r"[ \xa0]+(?:of|at|from)[ \xa0]+(?:the[ \xa0]+)?\Z")
# A person's name used as a modifier before a role: "Berg campaign manager Lena Holm", "Berg’s spokesman Tom".
_ROLE_AFTER = re.compile(r"(?:[’']s?)?[ \xa0]+([a-z]+)")
_WORD = re.compile(r"\S+")
_CALENDAR_WORDS = frozenset(MONTH_NAMES + WEEKDAYS)
_PARTICIPLE_OPENER = re.compile(r"Having|Being")  # "Having announced …": an auxiliary, not a name (but "Sterling said")
_LOWER_RUN = re.compile(r"(?:[ \xa0]+[a-z][a-z-]*){1,3}[ \xa0]+")  # " anchor ", " chief executive "
_ROLE_WORDS = re.compile(_LOWER_RUN.pattern + "(?=[A-Z])")  # … before a capital
_NAME_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’'](?=[A-Z])")
_CONTRACTION = re.compile(r"[’'](?:s|d|ll|ve|re)\Z")
# Between the persons of a coordinated subject: "Holm and Lind", "Holm, Lind and Berg".
_AND = re.compile(r",?[ \xa0]+(?:and|&)[ \xa0]+")
_LIST_COMMA = re.compile(r",[ \xa0]+")
APPOSITION_REACH = 80  # characters from a description's head to the comma before the name it describes
# Words no modifier of a speaker noun is: a phrase running into one ran past its verb or into a clause.
_NUMBERS = frozenset("one two three four five six".split())
_PREPOSITIONS = frozenset("of in for with at to from on by as about against than like after before over under into".split())
_NOT_MODIFIERS = NOT_HEADS | DETERMINERS | _PREPOSITIONS


def _is_word(word: str) -> bool:
    """Letters and digits, hyphens and a name's inner apostrophe allowed: "O’Malley", "D'Souza", "co-host"
    (not a contraction, "hasn’t", nor a closing mark, "Colbert''")."""
    return _NAME_APOSTROPHE.sub("", word.replace("-", "")).isalnum()


AGE_HEAD = re.compile(r"\d+-year-old")  # "the 21-year-old told …": an age as a noun phrase's head


def is_plural(text: str, entity: EntitySuggestion) -> bool:
    """Whether the entity's words end in a plural "s" ("Democrats"), a group rather than one member."""
    return text[entity.end - 1:entity.end] == "s"


def is_pronoun_entity(text: str, entity: EntitySuggestion) -> bool:
    """Entities a crude recognizer may give that cannot speak: "He", "The", "Mr"."""
    words = text[entity.start:entity.end]
    return words.lower() in PRONOUNS or words in STOP_CAPITALS or words.lower().rstrip(".") in TITLES


def _only_titles_left(rest: str, qualified: bool) -> bool:
    """Whether the words left once places and bodies are taken out are titles only; a place alone is no
    title ("…, Iowa polls")."""
    return only_titles(rest) and (not qualified or rest.strip() != "")
