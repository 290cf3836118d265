"""ISO 8601 dates, the form the ``date`` metadata field is stored in."""

from __future__ import annotations

import datetime as dt
import re

# 2025, 2025-03, 2025-03-20, 2025-03-20T14:05[:30[.123]][Z|+01:00]
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")
DATE_FIELDS = frozenset({"date"})


def is_iso_date(value: str) -> bool:
    """True for a calendar year, year-month, date or date and time in ISO 8601 that exists."""
    if not _ISO.fullmatch(value):
        return False
    try:
        if len(value) == 4:
            return int(value) >= 1
        if len(value) == 7:
            return 1 <= int(value[5:]) <= 12
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
