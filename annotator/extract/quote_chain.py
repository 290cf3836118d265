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
from bisect import bisect_right, insort

from .base import EntitySuggestion

CHAIN_PARAGRAPHS = 1  # the topic speaker carries into the next paragraph, not further
CHAIN_REACH = 1500  # characters: and never further back than this
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# The word before a name (titles and other capitalised words skipped): a preposition, a list's "and" or a
# past-tense verb name someone as an object, in passing ("after meeting with President Vladimir Putin").
_WORD_BEFORE_NAME = re.compile(r"\b([a-z]+)[ \t\xa0]+(?:[A-Z][\w.’'-]*[ \t\xa0]+)*\Z")
# Not "of": it sits inside titles ("Secretary of State John Kerry said").
PASSING_WORDS = frozenset("with to from by about against for at on in into behind than like including and or "
                          "between over under after before toward towards among beside versus vs".split())


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

    def named_in_passing(self, person: EntitySuggestion) -> bool:
        """Whether a mention is an object inside a clause ("to Clinton", "defeated Cruz"), not a new subject."""
        before = _WORD_BEFORE_NAME.search(self.text, max(0, person.start - 80), person.start)
        return before is not None and (before.group(1) in PASSING_WORDS or before.group(1).endswith("ed"))
