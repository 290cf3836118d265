"""What a person types into a metadata field, checked before it is stored."""

from __future__ import annotations

from ..extract.dates import WEEKDAYS, find_dates
from ..model import ModelError
from ..model.dates import DATE_FIELDS, is_iso_date


def checked_meta_value(name: str, value: str) -> str:
    """``value`` as the field stores it: a date becomes ISO 8601 ("20 March 2025" -> 2025-03-20);
    ModelError, saying what is expected, for a date that cannot be read."""
    value = value.strip()
    if name not in DATE_FIELDS or not value or is_iso_date(value):
        return value
    found = list(find_dates(value))
    before = value[:found[0].start].strip(" ,") if len(found) == 1 else "-"
    if len(found) == 1 and before.title() in ("", *WEEKDAYS) and not value[found[0].end:].strip(" .,"):
        return found[0].iso
    raise ModelError(f"“{value}” is not a date I can read; type it as ISO 8601, e.g. 2025-03-20")
