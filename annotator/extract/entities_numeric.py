"""DATE, MONEY and PERCENT mentions by regular expressions (OntoNotes labels)."""

from __future__ import annotations

import re
from typing import Iterator

from .dates import find_dates

_NUMBER = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:[ \xa0](?:million|billion|trillion|thousand|bn|mn|m)\b|(?:bn|m|k)\b)?"
_MONEY = re.compile(
    rf"(?:(?:US|C|A|NZ|HK)?[$£€¥]|\b(?:USD|EUR|GBP|CAD|JPY)[ \xa0]?){_NUMBER}{_SCALE}"
    rf"|\b{_NUMBER}(?:[ \xa0](?:million|billion|trillion))?[ \xa0](?:dollars|euros|pounds|yen|yuan|rupees|francs|marks)\b")
_PERCENT = re.compile(rf"(?<![\w.]){_NUMBER}(?:[ \xa0]?%|[ \xa0](?:per[ \xa0]?cent|percent)\b)")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def find_numeric(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """(start, end, label, canonical) for dates (canonical: ISO 8601), weekdays, money and percentages."""
    for date in find_dates(text):
        yield date.start, date.end, "DATE", date.iso
    for match in _WEEKDAY.finditer(text):
        yield match.start(), match.end(), "DATE", None
    for match in _MONEY.finditer(text):
        yield match.start(), match.end(), "MONEY", None
    for match in _PERCENT.finditer(text):
        yield match.start(), match.end(), "PERCENT", None
