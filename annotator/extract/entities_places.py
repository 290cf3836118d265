"""Lone unknown names that the words around them make places.

No gazetteer knows every village ("Tavildara", "Mahala"); news names them in ways only places are
named: a dateline ("MAHALA, Bosnia 1996-08-31"), a larger place after a comma ("Lockerbie,
Scotland"), a preposition or a place noun before ("in Velten", "the mining towns of Barentsburg"),
or a place or facility noun after ("Stansted airport", "the Pamir mountains").  Each test is an
anchored regular expression next to the name, so reading stays linear.
"""

from __future__ import annotations

import re

from .entities_lexicon import Lexicon
from .entities_rules import Candidate

# What follows a dateline's place: "BOMBAY 1996-08-28", "ELIZABETH , N.J. 1996-08-27" (a wire's date), "OTTAWA
# (Reuters) -", "HALIFAX, Nova Scotia — March 3, 2025 —" (a credit, or a dash and the story's date).
DATELINE_AFTER = re.compile(r"[ \xa0]*(?:,[ \xa0]*[A-Z][\w. ]*?)?[ \xa0]+\d{4}-\d\d-\d\d")
_DATELINE_CREDIT_AFTER = re.compile(r"(?:[ \xa0]*,[ \xa0]*[A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*){0,2})?[ \xa0]*"
                                    r"(?:\((?:AP|Reuters|AFP|CP|UPI|Bloomberg|dpa|CNN)\)|[—–][ \xa0]*[A-Z][a-z]{2,8}\.?"
                                    r"[ \xa0]\d{1,2},?[ \xa0]\d{4})")
PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside)|\b(?:town|towns|city|cities|village|villages|province|region|"
                          r"district|suburb|island|state|north|south|east|west|capital) of)[ \xa0]$")
_SETTLEMENT_AFTER = re.compile(r"[ \xa0](?:county|province|region|district|village|town|city)\b")
_GEOGRAPHY_AFTER = re.compile(r"[ \xa0](?:island|islands|mountains|valley|coast|peninsula)\b")
_FACILITY_AFTER = re.compile(r"[ \xa0](?:airport|stadium|mosque|cathedral|checkpoint|prison|sanatorium|"
                             r"refugee[ \xa0]camp)\b")
# "Lockerbie, Scotland", "TAVILDARA, Tajikistan 1996-08-30": up to three capitalised words after the comma,
# never a possessive ("Tanjug, Serbia's agency").
_COMMA_PLACE = re.compile(r"[ \xa0]?,[ \xa0]((?:[A-Z][\w.-]*)(?:[ \xa0][A-Z][\w.-]*){0,2})(?![\w’'-])(?![ \xa0]?[’']s\b)")


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a line and is a dateline's place, known to a gazetteer or not."""
    return (start == 0 or text[start - 1] == "\n") and bool(
        DATELINE_AFTER.match(text, end) or _DATELINE_CREDIT_AFTER.match(text, end))


def larger_place_after(lex: Lexicon, text: str, c: Candidate) -> bool:
    """A comma and a known place after the name: it is a place inside that one."""
    match = _COMMA_PLACE.match(text, c.end)
    if match is None:
        return False
    words = match.group(1).split()
    return any(lex.places.get(" ".join(words[:n])) is not None for n in range(len(words), 0, -1))


def place_label(text: str, c: Candidate) -> str | None:
    """GPE, LOC or FAC when the words next to the name make it a place; None when they say nothing."""
    if PLACE_BEFORE.search(text, max(0, c.start - 16), c.start) or _SETTLEMENT_AFTER.match(text, c.end):
        return "GPE"
    if _GEOGRAPHY_AFTER.match(text, c.end):
        return "LOC"
    if _FACILITY_AFTER.match(text, c.end):
        return "FAC"
    return None
