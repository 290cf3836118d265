"""ISO 8601 dates in the date metadata field: validate reports any other form."""

import datetime as dt

from hypothesis import given, strategies as st

from annotator.model import AnnotationDocument, MetaField, validate_document
from annotator.model.dates import is_iso_date


@given(st.dates(min_value=dt.date(1, 1, 1)))
def test_every_calendar_date_in_iso_form_is_accepted(day):
    assert is_iso_date(day.isoformat()) and is_iso_date(day.isoformat()[:7]) and is_iso_date(day.isoformat()[:4])


@given(st.datetimes(timezones=st.just(dt.timezone.utc)))
def test_dates_with_a_time_are_accepted(moment):
    assert is_iso_date(moment.isoformat())


def test_other_forms_and_impossible_dates_are_refused():
    for value in ("20 March 2025", "March 20, 2025", "2025-13-01", "2025-02-30", "20/03/2025", "2025-3-20", ""):
        assert not is_iso_date(value), value


def test_validate_reports_a_date_that_is_not_iso():
    doc = AnnotationDocument(text="x", metadata={"date": MetaField(name="date", value="20 March 2025")})
    problems = [str(p) for p in validate_document(doc)]
    assert problems == ["metadata.date: date '20 March 2025' is not ISO 8601 (e.g. 2025-03-20)"]
    doc.set_meta(MetaField(name="date", value="2025-03-20"))
    assert validate_document(doc) == []
