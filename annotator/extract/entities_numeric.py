"""DATE, MONEY and PERCENT mentions by regular expressions (OntoNotes labels)."""

from __future__ import annotations

import re
from typing import Iterator

from .dates import find_dates

_NUMBER = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:[ \xa0](?:million|billion|trillion|thousand|bn|mn|m)\b|(?:bn|m|k)\b)?"
_UNITS = r"(?:dollars|euros|pounds|yen|yuan|rupees|francs|marks)"
# One pass for all three: money, percentages and weekdays ("Monday").
_NUMERIC = re.compile(
    rf"(?P<money>(?:\b(?:US|C|A|NZ|HK))?[$£€¥][ \xa0]?{_NUMBER}{_SCALE}|\b(?:USD|EUR|GBP|CAD|JPY)[ \xa0]?{_NUMBER}{_SCALE})"
    rf"|(?<![\w.])(?P<number>{_NUMBER})(?:(?P<percent>[ \xa0]?%|[ \xa0](?:per[ \xa0]?cent|percent)\b)"
    rf"|(?P<units>(?:[ \xa0](?:million|billion|trillion))?[ \xa0]{_UNITS}\b))?"
    r"|\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def find_numeric(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """(start, end, label, canonical) for dates (canonical: ISO 8601), weekdays, money and percentages."""
    for date in find_dates(text):
        yield date.start, date.end, "DATE", date.iso
    for match in _NUMERIC.finditer(text):
        if match.group("money") or match.group("units"):
            yield match.start(), match.end(), "MONEY", None
        elif match.group("percent"):
            yield match.start(), match.end(), "PERCENT", None
        elif match.group("day"):
            yield match.start(), match.end(), "DATE", None
