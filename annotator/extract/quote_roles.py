"""Role nouns: "the spokesperson said" is the person the article named with that role.

A role is given before a name ("Environment Minister Anna Berg", "company spokesperson Joe Smith")
or in an apposition after it ("Joe Smith, the company's spokesperson,", "Lars Holm, a lawyer for
the union"). Only the words of the name's own phrase count: a role at the end of the sentence
before ("… the company's spokesperson. Volumes at rival Halden Ports rose") names nobody after it.
"""

from __future__ import annotations

import re

from .base import EntitySuggestion
from .quote_names import NOUN_HEADS

ROLE_REACH_BEFORE = 40  # characters before a name that may hold its title
ROLE_REACH_AFTER = 80  # characters of an apposition after a name
_PHRASE_BREAK = re.compile(r"[.!?;:,\n“”\"]")
# ", the company's spokesperson", ", a lawyer for the union", ", who is the minister": up to the next break
# (not ", his son said": a possessive after a comma more often opens a clause than an apposition).
_APPOSITION = re.compile(r",[ \t\xa0]+(?:who[ \t\xa0]+(?:is|was)[ \t\xa0]+)?(?:the|a|an)[ \t\xa0]+([^,.;:!?()\n“”\"]*)")
# The head of an apposition is its last word before a preposition: "a lawyer for the union" -> lawyer.
_AFTER_HEAD = re.compile(r"\s(?:for|of|at|in|with|to|from|on|who|and|since|under)\s")
_WORD = re.compile(r"[a-z]+")
# Speaker nouns that are no person's role: "the campaign said" is not "Nick Merrill, a campaign spokesman".
_NOT_ROLES = frozenset("""campaign company agency department ministry government administration committee group
organization organisation court board union party team police statement report study survey poll ruling letter
memo filing lawsuit complaint document release website article editorial analysis authority newspaper paper
magazine network outlet publication tabloid blog documents records transcript
man woman""".split())  # "said the woman" is as often someone never named


# Role nouns that tell the holder's gender: "the actress said" is no man named before.
ROLE_GENDERS = {"actress": "f", "businesswoman": "f", "congresswoman": "f", "spokeswoman": "f",
                "chairwoman": "f", "actor": "m", "businessman": "m", "congressman": "m",
                "spokesman": "m", "chairman": "m"}

# Roles of a person in a race, whose party or office is only a modifier: "the GOP front-runner" is a
# person, where "a Justice Department spokesman" speaks for the department.
CONTENDER_ROLES = frozenset("front-runner frontrunner nominee candidate contender challenger hopeful incumbent".split())


def is_role(noun: str) -> bool:
    """A noun one person holds as a role: "spokesperson", "minister"; not "officials", "the poll", "the"."""
    if noun not in NOUN_HEADS or noun in _NOT_ROLES or noun.endswith("men"):
        return False
    return not (noun.endswith("s") and noun[:-1] in NOUN_HEADS)


def has_role(text: str, person: EntitySuggestion, role: str) -> bool:
    """Whether the article gives ``person`` the role ``role`` (a lower-case noun, or "vice" and one) as the
    title right before the name ("company spokesperson Joe Smith", "Secretary of State John Kerry") or as the
    head of an apposition right after it ("Joe Smith, the company's spokesperson").  A vice-role is its own:
    "the vice president" is not "President Obama", "the president" not "Vice President Biden"."""
    vice, _, noun = role.rpartition(" ")
    before = text[max(0, person.start - ROLE_REACH_BEFORE):person.start]
    breaks = list(_PHRASE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = before.split()
    for i in range(len(words) - 1, -1, -1):  # the title: capitalised words (and "of") up to one lower-case word
        if words[i].lower() == noun:
            return (i > 0 and words[i - 1].lower() == "vice") == bool(vice)
        if not (words[i][:1].isupper() or words[i] == "of"):
            break
    apposition = _APPOSITION.match(text, person.end, person.end + ROLE_REACH_AFTER)
    if apposition is None:
        return False
    head = _AFTER_HEAD.split(" " + apposition.group(1) + " ", maxsplit=1)[0]
    words = _WORD.findall(head.lower())
    return bool(words) and words[-1] == noun and (len(words) > 1 and words[-2] == "vice") == bool(vice)
