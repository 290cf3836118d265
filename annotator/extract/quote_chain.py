"""The attribution chain: who the article is quoting at a given point, for resolving "he" and "she".

News text names people in passing between one speaker's quotes ("…,” Obama said after meeting
with Russian President Vladimir Putin. He didn’t suggest retaliation."): the latest person of the
right gender is then the wrong antecedent, and the speaker quoted just before (the paragraph's
topic) is the right one.  The chain holds the speakers of the quotes found so far; a person named
after that speaker takes the topic over unless named in passing, as an object ("with … Putin",
"to Clinton", "defeated Cruz").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from .base import EntitySuggestion, SpeakerSuggestion
from .quote_cues import is_speech
from .quote_names import NOUN_HEADS, TITLES as _TITLE_WORDS

CHAIN_PARAGRAPHS = 1  # the topic speaker carries into the next paragraph, not further
CHAIN_REACH = 1500  # characters: and never further back than this
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# The word before a name ("the", titles and other capitalised words skipped): a preposition, a list's "and" or a
# past-tense verb name someone as an object, in passing ("after meeting with President Vladimir Putin", "an
# adviser to then-President George W. Bush").
# A capitalised word ends in a stop only when short, a title or an initial ("Gov.", "W.", "U.S."): "… on Monday.
# Lind said" has a sentence end between "on" and the name.
_WORD_BEFORE_NAME = re.compile(r"\b([a-z]+)[ \t\xa0]+(?:the[ \t\xa0]+)?(?:\d+-year-old[ \t\xa0]+)?(?:(?:then-|ex-|former-)?[A-Z](?:[\w’'-]*|[\w.’'-]{0,4}\.)[ \t\xa0]+)*\Z")
_TAG_END = re.compile(r"[ \t\xa0]*(?:[,.;:!?]|\Z)")  # an inverted speaker's name ends its clause ("admitted Lind.")
_POSSESSIVE_AFTER = re.compile(r"[’']s?(?:\W|\Z)")
# A name right after these opens a clause inside the sentence, reported or subordinate: its subject is not
# the sentence's ("… said that President Obama hopes …", "… because Trump won").
_CLOSING = frozenset(",”\"'’")
CLAUSE_WORDS = frozenset("that because if whether when while although though unless since as".split())
# Not "of": it sits inside titles ("Secretary of State John Kerry said").
PASSING_WORDS = frozenset("with to from by about against for at on in into behind than like including and or "
                          "between over under after before toward towards among beside versus vs".split())

# A lower-case word after a name that is no preposition or relative: the name's verb ("said Trump had won").
# Capitalised words opening a sentence, up to a possessive's apostrophe: "Media Research Center" in "… ¶ Media
# Research Center’s Bozell".
_OPENING_NAMES = re.compile(r"(?:\A|[.!?][\"”’']?[ \t\xa0]+|\n\s*)(?:[A-Z][\w.-]*[ \t\xa0]+)*[A-Z][\w.-]*\Z")
_VERB_AFTER = re.compile(r"[ \t\xa0]+(?!(?:of|at|from|in|on|for|with|who|whose|which|and|or|to|by)\b)[a-z]")


class AttributionChain:
    """Speakers of the quotes found so far, by where their mention is."""

    def __init__(self, text: str):
        self.text = text
        self._positions: list[int] = []
        self._speakers: dict[int, tuple[int, int]] = {}

    def note(self, pos: int, speaker: tuple[int, int]) -> None:
        """The speaker whose entity spans ``speaker`` is quoted, named (or referred to) at ``pos``."""
        if pos not in self._speakers:
            insort(self._positions, pos)
        self._speakers[pos] = speaker

    def topic(self, pos: int) -> tuple[int, tuple[int, int]] | None:
        """The latest quoted speaker before ``pos``, in this paragraph or the one before."""
        i = bisect_right(self._positions, pos - 1) - 1
        if i < 0:
            return None
        at = self._positions[i]
        if pos - at > CHAIN_REACH or len(_PARAGRAPH_BREAK.findall(self.text, at, pos)) > CHAIN_PARAGRAPHS:
            return None
        return at, self._speakers[at]

    def paragraphs_between(self, start: int, end: int) -> int:
        return len(_PARAGRAPH_BREAK.findall(self.text, start, end))

    def named_in_passing(self, person: EntitySuggestion) -> bool:
        """Whether a mention is an object inside a clause ("to Clinton", "defeated Cruz"), not a new subject."""
        before = _WORD_BEFORE_NAME.search(self.text, max(0, person.start - 80), person.start)
        return before is not None and (before.group(1) in PASSING_WORDS or before.group(1).endswith("ed") and not (
            self._inverted_tag(before, person) and _TAG_END.match(self.text, person.end)))  # "…,” admitted Lind."

    def _inverted_tag(self, before: re.Match, person: EntitySuggestion) -> bool:
        """Whether the word before a name is a speech verb right after a quotation or a comma ("…,” said Tom
        Lind"), and no clause follows the name ("…, said Mr. Trump had …" is a reported clause)."""
        word = before.group(1)
        return (is_speech(word) and self.text[max(0, before.start(1) - 3):before.start(1)].rstrip()[-1:] in _CLOSING
                and not _VERB_AFTER.match(self.text, person.end))

    def not_a_subject(self, person: EntitySuggestion) -> bool:
        """Whether a mention cannot be what a later "he" or "she" continues: named in passing, a possessor
        ("Trump’s threats") or the subject of a reported clause ("Earnest said that President Obama …")."""
        if self.named_in_passing(person) or _POSSESSIVE_AFTER.match(self.text, person.end):
            return True
        before = _WORD_BEFORE_NAME.search(self.text, max(0, person.start - 80), person.start)
        if before is None:
            return False
        word = before.group(1)
        if word == "s" and self.text[before.start(1) - 1] in "’'":
            # "told CNN’s Jake Tapper": a reporter named with the outlet is most often the one asked, unless
            # the possessive opens the sentence ("Media Research Center’s Bozell agrees …")
            return not _OPENING_NAMES.search(self.text, max(0, before.start(1) - 80), before.start(1) - 1)
        if word in CLAUSE_WORDS:
            return True
        if word in _TITLE_WORDS or word in NOUN_HEADS or word in _NAME_OPENERS:
            return self._object_before_description(before.start(1))
        # "met Tom Lind": an object after a verb; not "campaign manager Tom Lind", "…,” said Tom Lind" (inverted)
        return not self._inverted_tag(before, person)

    def _object_before_description(self, end: int) -> bool:
        """Whether the words describing a name ("former campaign manager Barry Bennett") follow a preposition
        or a verb that makes the whole an object ("the exodus of former campaign manager …"), looking back
        past at most four describing words and a title's "of" ("Secretary of State John Kerry said")."""
        words = _WORDS_BEFORE.findall(self.text, max(0, end - 80), end)
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
            word = words[k]
            if word == "of" and k > 0 and words[k - 1][:1].isupper():
                continue  # "Secretary of State": inside the title
            if word[:1].isupper() or word in _TITLE_WORDS or word in NOUN_HEADS or word in _DESCRIBING:
                continue
            return word in PASSING_WORDS or word == "of" or (word.endswith("ed") and not is_speech(word))
        return False


_WORDS_BEFORE = re.compile(r"[\w’'-]+|[^\w\s]")
# Words right before a name that describe it rather than govern it ("the former Gov. Lind"), and the wider set
# of modifiers inside a description ("former campaign manager", "the new top aide").
_NAME_OPENERS = frozenset("the former then late longtime".split())
_DESCRIBING = _NAME_OPENERS | frozenset("a an new top senior chief campaign deputy acting".split())


class TopicSpeaker:
    """The speaker resolver's use of the chain (a mix-in of :class:`quote_speakers.SpeakerResolver`, which
    provides ``chain``, ``persons``, ``person_starts``, ``name_of`` and ``_gender``)."""

    def note_quoted(self, speaker: SpeakerSuggestion | None) -> None:
        """A quote's speaker, for the attribution chain (``_topic_over``): its entity span, looked up only
        when a pronoun needs it (most articles never build the person list)."""
        if speaker is not None and speaker.entity_start is not None and speaker.start is not None:
            self.chain.note(speaker.start, (speaker.entity_start, speaker.entity_end))

    def _topic_over(self, latest: EntitySuggestion | None, pos: int, wanted: str) -> EntitySuggestion | None:
        """The speaker quoted just before ``pos`` rather than ``latest`` when everyone of that gender named
        since was named in passing, as an object ("… after meeting with President Vladimir Putin. He …")."""
        found = self.chain.topic(pos)
        if found is None:
            return latest
        at, (topic_start, _end) = found
        i = bisect_left(self.person_starts, topic_start)
        if i == len(self.persons) or self.persons[i].start != topic_start:
            return latest  # an organisation quoted: "he" is no organisation
        topic = self.persons[i]
        if latest is not None and (latest.start < at or self.name_of(latest) == self.name_of(topic)):
            return latest
        if self._gender(topic) not in ("", wanted):
            return latest
        i = bisect_left(self.person_starts, at)
        for e in self.persons[i:bisect_left(self.person_starts, pos)]:
            same_gender = self._gender(e) in ("", wanted)
            if same_gender and self.name_of(e) != self.name_of(topic) and not self.chain.named_in_passing(e):
                return latest  # a new subject of that gender since the quote: the topic has moved on
        return topic
