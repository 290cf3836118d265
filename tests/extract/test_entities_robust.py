"""The entity recognizer never raises and always returns valid, ordered, non-overlapping spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.extract.entities import find_entities

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "EVENT", "WORK_OF_ART", "LAW", "MONEY", "PERCENT", "FAC"}


def assert_valid(text: str) -> None:
    previous_end = 0
    for s in find_entities(text):
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        assert s.label in LABELS
        assert s.score is not None and 0.0 <= s.score <= 1.0
        assert s.canonical
        previous_end = s.end


# Text built from pieces that exercise the recognizer: names, titles, connectors, quotes, caps.
PIECES = st.sampled_from([
    "Canada", "the", "President", "Donald", "Trump‘s", "von der", "of", "and", "&", "EU", "U.S.", "(LNG)", "said",
    "OTTAWA", "University", "Mr.", "J.", "2", "1996-08-30", "March 20, 2025", "$5", "10%", "“", "”", "\n", ". ",
    ", ", "Bank", "Leeds", "😀", "É", "ǅ", "’s", "-", "Party", "Canadian", "Minister", "Joly", "  ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map(" ".join))
def test_arbitrary_text_gives_valid_spans(text):
    assert_valid(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_gives_valid_spans(text):
    assert_valid(text)


def test_odd_texts():
    for text in ["", " ", "\n\n", "😀" * 50, "A", "ALL CAPS TEXT WITH NO NAMES AT ALL", "NoSpacesAtAllCanadaOttawa",
                 "Canadian " * 2000, "Bank of " * 2000, "of the of the", "‘’“”", "\x00\x01", "U.S.U.S.U.S."]:
        assert_valid(text)


def test_one_megabyte_text():
    text = ("Prime Minister Justin Trudeau met German Chancellor Olaf Scholz in Berlin on Monday. "
            "LEEDS 2 ARSENAL 1 . “We’ve won,” Scholz said.\n") * 8000
    assert len(text) > 1_000_000
    assert_valid(text)
