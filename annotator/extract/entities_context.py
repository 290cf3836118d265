"""What the words around a name say it is: a person's title or speech, a firm's shares, a country.

Anchored regular expressions over a few characters each side of a candidate, used by the document
pass (``entities_document``) to label names a run alone could not settle.
"""

from __future__ import annotations

import re

from .entities_lexicon import Lexicon
from .entities_rules import COUNTRY, Candidate
from .entities_teams import SCORE_AFTER

_WORD_BEFORE = re.compile(r"([\w-]+)[ \xa0]$")
_WORD_AFTER = re.compile(r"[ \xa0]([\w-]+)")
# "Jansher Khan ( Pakistan )": a competitor and the country they represent, in results lists.
_COUNTRY_AFTER = re.compile(r"[ \xa0]?\([ \xa0]?([A-Z][\w. ]{1,24}?)[ \xa0]?\)")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]$")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according[ \xa0]to|Mr|Mrs|Ms|Dr)\.?[ \xa0]$")
# Company talk around a name: "Volkswagen said its ...", "shares in Rolls-Royce", "the IG Metall union".
_SAID_ITS = r"[ \xa0](?:said|says|reported|announced|posted)[ \xa0]its\b"
# "Electrolux saw its shares rise", "Nike raised its forecast": only a firm has these.
_ITS_FINANCES = (r"[ \xa0](?:saw|sees|raised|raises|cut|cuts|lifted|lowered|trimmed|boosted)[ \xa0]its[ \xa0]"
                 r"(?:shares|share[ \xa0]price|profits?|revenues?|sales|earnings|forecasts?|outlook|dividend)\b")
_SHARES_IN = r"\b(?:[Ss]hares[ \xa0](?:in|of)|stake[ \xa0]in|shareholders[ \xa0]in)[ \xa0]$"
_ORG_AFTER = re.compile(_SAID_ITS + "|" + _ITS_FINANCES + r"|[’']s[ \xa0](?:shares|shareholders|"
                        r"share[ \xa0]price|profits?|revenues?|chief[ \xa0]executive)\b|[ \xa0](?:union|party|"
                        r"group|company|firm|bank|club|newspaper|agency|ministry|airline|carmaker|retailer|leaders?|members|"
                        r"MPs|MEPs|councillors)\b")
# "the daily Le Monde", "publisher VNU", "provincial side Boland", "a spokesman for Merrill Lynch", "polling company
# Mori", "the band Free": the name's kind said just before it (a bare "a group" is as often a relative clause's:
# "a group Barack Obama won").
_OUTLET_KINDS = r"daily|newspaper|weekly|magazine|news[ \xa0]agency|publisher|broadcaster"
_KIND_BEFORE = (r"\b(?:" + _OUTLET_KINDS + r"|(?:car|auto|chip|drug|steel|plane|phone|tyre|tire|toy|software)maker|retailer|company|firm|giant|(?<!\ba )(?<!\bthe )group|band|bank|chain|operator|"
                r"provider|consultancy|supermarket|lender|insurer|airline|club|side|[Ss]pokes(?:man|woman|person)[ \xa0]for|subsidiary[ \xa0]of|"
                r"(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Tt]raders?|[Dd]ealers?)[ \xa0](?:at|with))[ \xa0]$")
_ORG_BEFORE = re.compile(_SHARES_IN + "|" + _KIND_BEFORE)
# "Gennifer Flowers, who once ...", "Flowers and her husband": words only people take.
# "Macron’s wife", "Sunak’s predecessor": kin belong to people, never to firms (which have lawyers too).
_PERSONAL_AFTER = re.compile(r"[ \xa0]?,[ \xa0]who[ \xa0](?!(?:beat|lost|won|drew|play|face|host|lead|trail)\w*)|"
                             r"[ \xa0]and[ \xa0](?:his|her)[ \xa0](?:wife|husband|partner|son|daughter|family)\b|"
                             r"[’'‘]s[ \xa0](?:wife|husband|widow|widower|mother|father|son|daughter|brother|sister|"
                             r"children|parents|girlfriend|boyfriend|fiancée?|predecessor|successor|biographer)\b")

_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
_PROSE_REACH = 120  # characters each side of the name, within its line: bounded, so reading stays linear
_PROSE_WORDS = 5  # lower-case words in reach that make the line running prose


def in_prose(text: str, c: Candidate) -> bool:
    """Whether the name stands in running prose rather than a table, list or results row.

    In prose a lone unknown name with nothing around it that says what it is is as often a person, a
    place, a product or an event as an organisation (a third of such guesses were right on CoNLL train),
    so it is left unlabelled; in rows of names and numbers it is mostly a club or a firm (two thirds)."""
    start = max(text.rfind("\n", max(0, c.start - _PROSE_REACH), c.start) + 1, c.start - _PROSE_REACH)
    end = text.find("\n", c.end, c.end + _PROSE_REACH)
    end = min(len(text), c.end + _PROSE_REACH) if end < 0 else end
    words = 0
    for _ in _PROSE_WORD.finditer(text, start, end):
        words += 1
        if words >= _PROSE_WORDS:
            return True
    return False


def is_country(lex: Lexicon, canonical: str | None) -> bool:
    place = lex.places.get(canonical) if canonical else None
    return place is not None and place[2] >= COUNTRY


def org_context(text: str, c: Candidate) -> bool:
    if len(c.text) < 2:
        return False  # "Shrs offered by company N / A": a lone letter is no name a kind word introduces
    return bool(_ORG_AFTER.match(text, c.end) or _ORG_BEFORE.search(text, max(0, c.start - 20), c.start)
                or (" " not in c.text and _HEAD_OF_BEFORE.search(text, max(0, c.start - 20), c.start)
                    and not _NAME_GOES_ON.match(text, c.end)))


# "the national president of Unifor", "the chief executive of Intel": a one-word name a body's head heads
# (not "chairman of Trump's campaign", "founder of Correct the Record": the name goes on).
_HEAD_OF_BEFORE = re.compile(r"\b(?:president|chair|chairman|chairwoman|chief[ \xa0]executive|founder)"
                             r"[ \xa0]of[ \xa0]$")
_NAME_GOES_ON = re.compile(r"[ \xa0]?[’']s?\b|[ \xa0]the[ \xa0]")


# A news outlet's kind said next to its name (a club's is left to the sport rules, which spread it to every mention).
# ("the Maputo daily Noticias", "a Sarajevo newspaper": a city before "daily" or "newspaper" is where it appears)
_OUTLET_AFTER = re.compile(r"[ \xa0]news[ \xa0]agency\b")
_OUTLET_BEFORE = re.compile(r"\b(?:" + _OUTLET_KINDS + r")[ \xa0]$")


def named_as_outlet(text: str, c: Candidate) -> bool:
    """A news outlet's kind said next to the name, strong enough to outweigh a gazetteer's town: "the Xinhua
    news agency" (a county in China), "the official newspaper Granma"."""
    return bool(_OUTLET_AFTER.match(text, c.end) or _OUTLET_BEFORE.search(text, max(0, c.start - 20), c.start))


_FIRM_BEFORE = re.compile(r"\b(?:[Bb]ankers)[ \xa0]at[ \xa0]$|" + _SHARES_IN + "|" + _KIND_BEFORE)
_FIRM_AFTER = re.compile(r"[ \xa0](?:analysts?|economists?|strategists?|shares|stock)\b|,[ \xa0]the[ \xa0](?:US[ \xa0])?"
                         r"(?:investment[ \xa0]|private[ \xa0])?(?:bank|broker|firm|company|lender)\b|"
                         + _SAID_ITS + "|" + _ITS_FINANCES + r"|[’']s[ \xa0](?:shares|profits?|revenues?)\b")


def firm_context(text: str, c: Candidate) -> bool:
    """Talk only a firm gets: shares, analysts at it, "X, the investment bank"."""
    return len(c.text) > 1 and bool(_FIRM_BEFORE.search(text, max(0, c.start - 20), c.start) or _FIRM_AFTER.match(text, c.end))


def person_context(lex: Lexicon, text: str, c: Candidate, strong: bool = False) -> bool:
    """A lower-case title before ("president Suharto"), speech around, or a country after in brackets."""
    window = max(0, c.start - 24)
    before = _WORD_BEFORE.search(text, window, c.start)
    if before is not None and before.group(1).lower() in lex.titles:
        return True
    # "said Electrolux chief executive ...": a name after "said" is weak evidence; after "Mr" it is strong;
    # before a title it qualifies the title ("said House Minority Leader Nancy Pelosi")
    if _SPEECH_BEFORE.search(text, window, c.start) and (not strong or _HONORIFIC_BEFORE.search(text, window, c.start)):
        after = _WORD_AFTER.match(text, c.end)
        if after is None or after.group(1).lower() not in lex.titles:
            return True
    if _PERSONAL_AFTER.match(text, c.end):
        return True
    after = _COUNTRY_AFTER.match(text, c.end)
    # "Benetton ( Italy ) 92": a club and its country before a score is no person
    return after is not None and is_country(lex, after.group(1).strip()) and not SCORE_AFTER.match(text, after.end())
