"""Resolving a pronoun or role noun to who it stands for: "he" -> the latest person of that gender who
was a subject (or the speaker quoted just before, :mod:`quote_chain`), "they" -> a group, "the company"
-> the one firm named, "the spokesperson" -> the person named with that role (:mod:`quote_roles`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .base import EntitySuggestion
from .entities_lexicon import lexicon
from .quote_chain import CHAIN_PARAGRAPHS, CHAIN_REACH
from .quote_mentions import PRONOUNS, is_plural
from .quote_names import ANY_KIND, KIND_HEADS, ORG_NEAR, ORG_NOUNS, ORG_REACH, surname, title_gender
from .quote_roles import has_role, is_role


# "Sanders said he", "Brewer told reporters that she": a surname, its speech verb and the pronoun taking it up.
_SAID_PRONOUN = re.compile(r"\b([A-Z][\w’'-]+)[ \xa0]+(?:said|says|told[ \xa0]+[a-z]+|added|argued|insisted|claimed|"
                           r"noted|explained|wrote|recalled|acknowledged|believes|thinks)(?:[ \xa0]+that)?[ \xa0]+(he|she)\b")

# "Sanders and his wife", "Sanders told his supporters": "his" a few words after a name ("her" is as often the
# object, someone else: "Trump attacked her").
_HIS_AFTER = re.compile(r"\b([A-Z][\w’'-]+)[ \xa0]+(?:[a-z]+[ \xa0]+){1,2}(his)\b")


class AntecedentFinder:
    """Antecedent lookup, a mix-in of :class:`quote_speakers.SpeakerResolver`, which provides ``text``,
    ``entities``, ``persons`` and ``person_starts``, ``pseudo``, ``orgs`` and ``org_starts``, ``chain``,
    ``in_quote``, ``name_of`` and ``_topic_over``."""

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

    def quoted_org(self, pos: int) -> EntitySuggestion | None:
        """The organisation quoted last before ``pos``, in this paragraph or the one before, if the latest
        speaker quoted is one."""
        topic = self.chain.topic(pos)
        if topic is None:
            return None
        j = bisect_left(self.org_starts, topic[1][0])
        return self.orgs[j] if j < len(self.orgs) and (self.orgs[j].start, self.orgs[j].end) == topic[1] else None

    def _latest_org(self, pos: int) -> EntitySuggestion | None:
        """"it": the latest organisation named within ``_ORG_REACH`` before ``pos`` as a subject, not in
        passing ("Twitter said it suspended accounts linked to ISIS. It added …" is Twitter)."""
        quoted = self.quoted_org(pos)
        if quoted is not None:  # "…,” the company wrote. It added, “…”: the organisation quoted last goes on
            return quoted
        i = bisect_left(self.org_starts, pos) - 1
        while i >= 0 and pos - self.orgs[i].end < _ORG_REACH:
            if not self.chain.not_a_subject(self.orgs[i]):
                return self.orgs[i]
            i -= 1
        return None

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
                e.label == "ORG" or e.label == "NORP" and is_plural(self.text, e))]
            self._group_starts = [e.start for e in self._groups]
        i = bisect_left(self._group_starts, pos) - 1
        pair = self._coordinated_persons_before(pos)
        for k in range(i, max(-1, i - 8), -1):
            e = self._groups[k]
            if pos - e.end >= _ORG_REACH or (pair is not None and e.end < pair.start):
                break
            if not self.chain.not_a_subject(e):
                return e
        return pair or self._latest_org(pos)

    def _coordinated_persons_before(self, pos: int) -> EntitySuggestion | None:
        """"Stephen Cohen and Bradford DeLong … suggest …; they argue": the first of two people joined by "and"
        as a subject, the latest such pair within reach before ``pos`` (PolNeAR names the first)."""
        persons = self.persons
        j = bisect_left(self.person_starts, pos) - 1
        for k in range(j, max(0, j - 8), -1):
            second, first = persons[k], persons[k - 1]
            if pos - second.end >= _ORG_REACH:
                return None
            if (_AND_BETWEEN.fullmatch(self.text, first.end, second.start) and self.name_of(first) != self.name_of(second)
                    and not self.chain.not_a_subject(first)):
                return first
        return None

    def _gender(self, entity: EntitySuggestion) -> str:
        """"m"/"f" when the article calls this person Mr./Mrs./Ms. somewhere or the full name starts with
        a given name that is clearly one ("Sarah Collins"), else ""."""
        if self._genders is None:
            self._genders = {}
            for e in self.persons:
                name = self.text[e.start:e.end].split()
                if name and (title := title_gender(self.text, e.start)):
                    self._genders.setdefault(surname(name[-1]), title)
        words = self.text[entity.start:entity.end].split()
        if not words:
            return ""
        own = title_gender(self.text, entity.start)
        if own:
            return own
        key = surname(words[-1])
        titled = self._genders.get(key)
        full = self.name_of(entity).split()
        given = lexicon().gender_of(full[0]) if len(full) > 1 else ""
        if titled and not (given and key in self._shared_surnames()):
            return titled  # (a title goes with one of two people of a surname: "Mr Jackson" and his mother Katherine)
        return given or self._pronoun_gender(key)

    def _shared_surnames(self) -> frozenset[str]:
        """Surnames of two different people in the article ("Keith Scott" and "Rakeyia Scott"): what is said of
        one surname may be the other person."""
        if self._shared is None:
            full_names: dict[str, set[str]] = {}
            for e in self.persons:
                words = self.name_of(e).split()
                if len(words) > 1:  # (a name of blanks alone, from an entity over spaces, has no surname)
                    full_names.setdefault(surname(words[-1]), set()).add(" ".join(words))
            self._shared = frozenset(key for key, names in full_names.items() if len(names) > 1)
        return self._shared

    def _pronoun_gender(self, name: str) -> str:
        """The gender the article's own "Sanders said he …", "Sanders and his …" give a surname no title or given name settles
        ("Bernie", "Jeb", "Chris" are in no list): the pronoun right after the name's speech verb, by a clear
        majority (the pronoun is now and then someone else: "Clinton said he …")."""
        if self._said_pronouns is None:
            counts: dict[str, dict[str, int]] = {}
            for pattern in (_SAID_PRONOUN, _HIS_AFTER):
                for found in pattern.finditer(self.text):
                    by = counts.setdefault(surname(found.group(1)), {"m": 0, "f": 0})
                    by["f" if found.group(2) == "she" else "m"] += 1
            self._said_pronouns = {key: gender for key, by in counts.items()
                                   for gender, other in (("m", "f"), ("f", "m")) if by[gender] > 2 * by[other]}
        return self._said_pronouns.get(name, "") if name not in self._shared_surnames() else ""

    def _recent_org(self, noun: str, pos: int) -> EntitySuggestion | None:
        """"the company said": the organisation of that kind named last before ``pos``, when only one is.

        "ministry" wants a name with "Ministry" in it; "company" and "firm" want one that names no other
        kind ("Volkswagen", not "Labour Party"); "agency" either (``ORG_NOUNS``).  Two different candidates
        in reach: none (a wrong link costs more than a missing one).
        """
        heads = ORG_NOUNS[noun]
        i = bisect_left(self.org_starts, pos) - 1
        names: set[str] = set()
        near: set[str] = set()  # named in the sentence or two before: that one, if alone, even with others further back
        latest = None
        while i >= 0 and pos - self.orgs[i].end < ORG_REACH:
            e = self.orgs[i]
            words = set(self.text[e.start:e.end].split())
            if words & heads or (ANY_KIND in heads and not words & KIND_HEADS):
                names.add(self.name_of(e))
                if pos - e.end <= ORG_NEAR:
                    near.add(self.name_of(e))
                latest = latest or e
            i -= 1
        return latest if len(names) == 1 or len(near) == 1 else None

    def _titled_person(self, title: str, pos: int) -> EntitySuggestion | None:
        """"the spokesperson said", "the vice president said": the latest person named with that role
        (:mod:`quote_roles`)."""
        if not is_role(title.rpartition(" ")[2]):
            return None
        persons = self.persons
        i = bisect_left(self.person_starts, pos) - 1
        for j in range(i, max(-1, i - 30), -1):
            if has_role(self.text, persons[j], title):
                return persons[j]
        return None



_AND_BETWEEN = re.compile(r",?[ \xa0]+(?:and|&)[ \xa0]+")
_ORG_REACH = 600  # characters back to the organisation "it" or "they" can stand for
