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
# People who speak for themselves though an organisation is named in their description ("a top GOP strategist").
OWN_VOICES = frozenset("strategist strategists pollster pollsters consultant consultants operative operatives analyst "
                       "analysts activist activists voter voters supporter supporters donor donors insider insiders".split())


# Words that make an office another one: "the president" is not "Vice President Biden", nor "the prime
# minister" "Deputy Prime Minister John Prescott".
_RANKS = frozenset("vice deputy assistant shadow".split())
# Words that narrow an office down: "the prime minister" is not "Finance Minister Paul Brennan".
_OFFICE_WORDS = _RANKS | frozenset("prime foreign finance defence defense interior justice trade health home "
                                   "environment energy education transport".split())


def role_of(words: list[str]) -> str:
    """The role a speaker noun phrase names, its head and the words narrowing the office down: "the deputy
    prime minister" -> "deputy prime minister", "Nova Scotia's health minister" -> "health minister", "the
    Florida senator" -> "senator"."""
    return " ".join([w.lower() for w in words[:-1] if w.lower() in _OFFICE_WORDS] + [words[-1].lower()])


def is_ranked(role: str) -> bool:
    """Whether a role is a deputy's or a vice-holder's ("vice president"), not the office itself."""
    return not _RANKS.isdisjoint(role.split()[:-1])


def _fits(narrowing: list[str], title: list[str]) -> bool:
    """Whether a title's lower-case words hold a role's narrowing words, and no rank the role has not."""
    return all(w in title for w in narrowing) and all(w in narrowing for w in title if w in _RANKS)


def is_role(noun: str) -> bool:
    """A noun one person holds as a role: "spokesperson", "minister"; not "officials", "the poll", "the"."""
    if noun not in NOUN_HEADS or noun in _NOT_ROLES or noun.endswith("men"):
        return False
    return not (noun.endswith("s") and noun[:-1] in NOUN_HEADS)


def has_role(text: str, person: EntitySuggestion, role: str) -> bool:
    """Whether the article gives ``person`` the role ``role`` (:func:`role_of`) as the title right before the
    name ("company spokesperson Joe Smith", "Secretary of State John Kerry") or as the head of an apposition
    right after it ("Joe Smith, the company's spokesperson").  The title holds the role's narrowing words, and
    a rank is its own: "the vice president" is not "President Obama", "the president" not "Vice President
    Biden", "the prime minister" not "Deputy Prime Minister John Prescott" or "Finance Minister Paul Brennan"."""
    *narrowing, noun = role.split()
    title = _title_with(text, person, noun)
    return title is not None and _fits(narrowing, title)


def holds_another_office(text: str, person: EntitySuggestion, role: str) -> bool:
    """Whether the article gives ``person`` a title with the role's noun that is not the role: "Deputy Prime
    Minister John Prescott" is not who "the prime minister" stands for."""
    *narrowing, noun = role.split()
    title = _title_with(text, person, noun)
    return title is not None and not _fits(narrowing, title)


def _title_with(text: str, person: EntitySuggestion, noun: str) -> list[str] | None:
    """The lower-case words of the person's title holding ``noun``, right before the name or heading an
    apposition after it; None when there is none."""
    before = text[max(0, person.start - ROLE_REACH_BEFORE):person.start]
    breaks = list(_PHRASE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = before.split()
    for i in range(len(words) - 1, -1, -1):  # the title: capitalised words (and "of") up to one lower-case word
        if words[i].lower() == noun:
            j = i
            while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] == "of"):
                j -= 1  # the whole title: "Deputy Prime Minister Mr", "Minister of Finance"
            return [w.lower() for w in words[j:]]
        if not (words[i][:1].isupper() or words[i] == "of"):
            break
    apposition = _APPOSITION.match(text, person.end, person.end + ROLE_REACH_AFTER)
    if apposition is None:
        return None
    head = _AFTER_HEAD.split(" " + apposition.group(1) + " ", maxsplit=1)[0]
    words = _WORD.findall(head.lower())
    return words if words and words[-1] == noun else None
