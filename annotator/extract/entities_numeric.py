"""DATE, MONEY and PERCENT mentions by regular expressions (OntoNotes labels)."""

from __future__ import annotations

import re
from typing import Iterator

from .dates import MONTH_NAMES, WEEKDAYS, YEAR, find_dates, find_month_days

_NUMBER = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:[ \xa0](?:million|billion|trillion|thousand|bn|mn|m)\b|(?:bn|m|k)\b)?"
_UNITS = r"(?:dollars|euros|pounds|yen|yuan|rupees|francs|marks)"
# Separate patterns that each start with a fixed character set: Python's re then skips ahead quickly,
# where one alternation of all three tried every position (six times slower).
_MONEY_SYMBOL = re.compile(rf"[$£€¥][ \xa0]?{_NUMBER}{_SCALE}")
_CURRENCY_PREFIX = re.compile(r"(?:\b(?:US|C|A|NZ|HK))$")
# The word boundary before the code is checked behind it, so the pattern starts with the codes' letters
# and the search skips ahead (with "\b" first it was tried at every position, five times slower).
_CODES = "(?:USD|EUR|GBP|CAD|JPY)"
_MONEY_CODE = re.compile(rf"{_CODES}(?<!\w{_CODES})[ \xa0]?{_NUMBER}{_SCALE}")
_AMOUNT = re.compile(rf"[0-9][0-9.,]*(?:(?P<percent>[ \xa0]?%|[ \xa0](?:per[ \xa0]?cent|percent)\b)"
                     rf"|(?:[ \xa0](?:million|billion|trillion))?[ \xa0]{_UNITS}\b)")
_WEEKDAY = re.compile(rf"(?:{'|'.join(WEEKDAYS)})\b")
# A month named alone ("in August", "late August", "last September"): a DATE when a preposition or a time
# word comes before it (not "Theresa May", "the March on Washington") and no day, year or name after it
# (those are the full dates' or a person's).  The month is found first, the words before it looked at.
_MONTH_ALONE = re.compile(rf"(?:{'|'.join(MONTH_NAMES)})\b(?![ \xa0]*(?:[A-Z0-9]|of\b))")
_MONTH_LEAD = re.compile(r"\b(?:(?P<modifier>(?:early|late|mid|last|next|this)[- \xa0]?(?:(?:early|late|mid)[- \xa0]?)?)"
                         r"|(?:in|since|until|till|by|from|through|during|before|after)[ \xa0]+)\Z")
# Every date pattern has a year; dates are looked for only in the few words around one.
_YEAR = re.compile(YEAR + r"(?!\d)")
_DATE_REACH = 24  # characters before a year that a date can start ("20th of September, ")


def _dates(text: str) -> Iterator[tuple[int, int, str]]:
    windows: list[list[int]] = []
    for year in _YEAR.finditer(text):
        start = text.rfind(" ", 0, max(0, year.start() - _DATE_REACH)) + 1
        end = year.end() + 6
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    for start, end in windows:
        for date in find_dates(text[start:end]):
            yield start + date.start, start + date.end, date.iso


def find_numeric(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """(start, end, label, canonical) for dates (canonical: ISO 8601), weekdays, money and percentages."""
    for start, end, iso in _dates(text):
        yield start, end, "DATE", iso
    for found in find_month_days(text):  # a full date at the same place is longer and wins
        yield found.start, found.end, "DATE", found.iso
    for match in _MONTH_ALONE.finditer(text):
        lead = _MONTH_LEAD.search(text, max(0, match.start() - 16), match.start())
        if lead is not None:
            yield lead.start() if lead.group("modifier") else match.start(), match.end(), "DATE", None
    for match in _WEEKDAY.finditer(text):
        if match.start() == 0 or not text[match.start() - 1].isalnum():
            yield match.start(), match.end(), "DATE", None
    for match in _MONEY_SYMBOL.finditer(text):
        prefix = _CURRENCY_PREFIX.search(text, max(0, match.start() - 2), match.start())
        yield prefix.start() if prefix else match.start(), match.end(), "MONEY", None
    for match in _MONEY_CODE.finditer(text):
        yield match.start(), match.end(), "MONEY", None
    for match in _AMOUNT.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in ".,"):
            continue
        yield match.start(), match.end(), "MONEY" if match.group("percent") is None else "PERCENT", None
