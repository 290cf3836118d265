"""A date in the dateline is the document's date and no part of a quote; "April 9" is a DATE (issue 12)."""

from annotator.extract import get_suggester, run_suggester
from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes

ARTICLE = ("Business\nDockworkers Return After Strike\n\n"
           "HALIFAX, Nova Scotia — March 3, 2025 — The terminal reopens on April 9 after the strike, "
           "the union said.\n\nTalks resume 12 April, and the contract ends Sept. 30th.\n")


def test_the_dateline_date_is_the_document_date():
    meta = {m.name: m for m in run_suggester(get_suggester("layout"), ARTICLE)}
    assert meta["dateline"].value == "HALIFAX, Nova Scotia"
    assert meta["date"].value == "2025-03-03"
    assert ARTICLE[meta["date"].start:meta["date"].end] == "March 3, 2025"


def test_a_quote_after_a_dateline_starts_after_it():
    quotes = find_quotes(ARTICLE, find_entities(ARTICLE))
    assert [ARTICLE[q.start:q.end] for q in quotes] == ["The terminal reopens on April 9 after the strike"]


def test_days_of_a_month_without_a_year_are_dates():
    dates = {ARTICLE[e.start:e.end]: e.canonical for e in find_entities(ARTICLE) if e.label == "DATE"}
    assert dates == {"March 3, 2025": "2025-03-03", "April 9": "--04-09", "12 April": "--04-12",
                     "Sept. 30th": "--09-30"}
    assert not [e for e in find_entities("Call it May 32 or April 31.") if e.label == "DATE"]
