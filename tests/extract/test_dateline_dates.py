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


def test_a_month_named_alone_after_a_preposition_or_time_word_is_a_date():
    text = ("The poll came out in late August, another in March and one last September. Theresa May spoke, "
            "the March on Halden was in August 1963, and May Holm left.")
    dates = sorted(text[e.start:e.end] for e in find_entities(text) if e.label == "DATE")
    assert dates == ["August 1963", "March", "last September", "late August"]


def test_a_month_is_no_speaker():
    text = "A Halden University poll released in late August found that most riders want the ferry."
    quote = next(q for q in find_quotes(text, find_entities(text)) if "riders" in text[q.start:q.end])
    assert quote.speaker is None or text[quote.speaker.start:quote.speaker.end] != "August"
