"""Dates written out in news text, with their ISO 8601 form ("March 20, 2025" -> 2025-03-20)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator

# Each month's full name, then its abbreviations; the other modules derive their month words from these.
_MONTH_FORMS = [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
                ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
                ("october", "oct"), ("november", "nov"), ("december", "dec")]
MONTHS = {name: number for number, names in enumerate(_MONTH_FORMS, start=1) for name in names}
MONTH_NAMES = tuple(names[0].title() for names in _MONTH_FORMS)  # "January" … "December"
MONTH_ABBREVIATIONS = tuple(short.title() for names in _MONTH_FORMS for short in names[1:])  # "Jan" … "Sept" … "Dec"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year in news text: 1800-2099
_MONTH = r"(?P<{0}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = rf"(?P<{{0}}>{YEAR})"

_PATTERNS = [
    # March 20, 2025 / Mar. 20 2025
    re.compile(rf"\b{_MONTH.format('m1')}\s+{_DAY.format('d1')},?\s+{_YEAR.format('y1')}\b"),
    # 20 March 2025 / 20th March, 2025
    re.compile(rf"\b{_DAY.format('d2')}\s+(?:of\s+)?{_MONTH.format('m2')},?\s+{_YEAR.format('y2')}\b"),
    # 2025-03-20
    re.compile(rf"\b{_YEAR.format('y3')}-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b"),
    # March 2025
    re.compile(rf"\b{_MONTH.format('m4')}\s+{_YEAR.format('y4')}\b"),
]


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str


def _month(value: str) -> int | None:
    return MONTHS.get(value.lower().rstrip("."))


def _iso(groups: dict[str, str | None]) -> str | None:
    for suffix in "1234":
        year = groups.get(f"y{suffix}")
        if not year:
            continue
        raw_month = groups.get(f"m{suffix}")
        month = int(raw_month) if raw_month and raw_month.isdigit() else _month(raw_month or "")
        if month is None:
            return None
        day = groups.get(f"d{suffix}")
        if day is None:
            return f"{int(year):04d}-{month:02d}"
        try:
            return date(int(year), month, int(day)).isoformat()
        except ValueError:
            return None
    return None


def find_dates(text: str) -> Iterator[DateMatch]:
    """Non-overlapping dates in text order; full dates win over month-and-year."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            iso = _iso(match.groupdict())
            if iso:
                taken.append((match.start(), match.end()))
                found.append(DateMatch(match.start(), match.end(), iso))
    yield from sorted(found, key=lambda d: d.start)


# A day of a month without the year ("April 9", "9 April", "Sept. 30th"): a DATE too, written in
# ISO 8601's form for a month and day without a year, "--04-09".
_NO_YEAR_AFTER = rf"\b(?!,?[ \xa0]*(?:\d|{YEAR}))"
_MONTH_THEN_DAY = re.compile(rf"{_MONTH.format('m')}[ \xa0]{_DAY.format('d')}{_NO_YEAR_AFTER}")
_DAY_THEN_MONTH = re.compile(rf"{_DAY.format('d')}[ \xa0]{_MONTH.format('m')}{_NO_YEAR_AFTER}")
# Cheap first looks that start with a literal (the full patterns tried at every position are 8x slower).
_MONTH_START = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \xa0][0-3]?\d")
_DAY_START = re.compile(r"\d(?:st|nd|rd|th)?[ \xa0](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def find_month_days(text: str) -> Iterator[DateMatch]:
    """Month-and-day dates without a year (those with one come from :func:`find_dates`), in text order."""
    found = []
    for look in _MONTH_START.finditer(text):
        found.append(_MONTH_THEN_DAY.match(text, look.start()))
    for look in _DAY_START.finditer(text):
        start = look.start() - 1 if look.start() and text[look.start() - 1].isdigit() else look.start()
        found.append(_DAY_THEN_MONTH.match(text, start))
    for match in sorted((m for m in found if m is not None), key=lambda m: m.start()):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in ".,-/"):
            continue  # inside a word or a number ("12.9 April", "1-9 May" ranges are left alone)
        month = _month(match.group("m"))
        day = int(match.group("d"))
        if month is not None and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            yield DateMatch(match.start(), match.end(), f"--{month:02d}-{day:02d}")
