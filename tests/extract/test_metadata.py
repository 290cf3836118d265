"""Layout metadata on the seed and on synthetic layouts of real-world shapes."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.extract.layout import suggest_layout

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "canada-defense-partnership.txt"


def _gold() -> Path:
    # ../shared beside the clone (a git worktree may sit one folder deeper)
    for parent in REPO.parents:
        path = parent / "shared" / "gold" / "canada-defense-partnership.gold.json"
        if path.is_file():
            return path
    pytest.skip("the seed's gold annotation (../shared/gold) is not available")


def _fields(text):
    found = list(suggest_layout(text))
    assert len({s.name for s in found}) == len(found), "one suggestion per field"
    return {s.name: s for s in found}


def test_seed_metadata_matches_gold():
    gold = json.loads(_gold().read_text(encoding="utf-8"))["metadata"]
    text = SEED.read_text(encoding="utf-8")
    fields = _fields(text)
    assert {name: fields[name].value for name in gold} == gold
    assert "byline" not in fields  # the seed has none


def test_headline_with_a_full_stop_and_blank_line_is_the_title_without_it():
    text = "Obama on Climate Change: The Trends Are 'Terrifying.'\n\nThe president spoke on Monday.\n"
    title = _fields(text)["title"]
    assert title.value == "Obama on Climate Change: The Trends Are 'Terrifying'"
    assert text[title.start:title.end] == "Obama on Climate Change: The Trends Are 'Terrifying.'"


def test_two_sentence_headline_keeps_its_last_stop_and_initials_do_not_count_as_sentences():
    assert _fields("Virginian could make history. Again.\n\nBody text here.\n")["title"].value == \
        "Virginian could make history. Again."
    assert _fields("Mary J. Blige sings at rally.\n\nBody text here.\n")["title"].value == "Mary J. Blige sings at rally"


def test_headline_in_two_decks_is_one_title():
    text = "Mayor urges calm after storm; \nCity council meets on repairs as costs mount.\n\nThe mayor said...\n"
    title = _fields(text)["title"]
    assert title.value == "Mayor urges calm after storm; City council meets on repairs as costs mount"
    assert text[title.start:title.end].startswith("Mayor") and text[title.start:title.end].endswith("mount.")


def test_a_long_first_paragraph_is_not_a_title():
    sentence = "The committee met again on Tuesday to discuss the long list of amendments that were tabled. "
    assert "title" not in _fields(sentence * 4 + "\n\nMore text follows here.\n")


def test_wire_credit_in_the_dateline_is_the_byline_and_other_dashes_work():
    text = ("Storm hits coast\n\nHALIFAX, N.S., Oct. 4 (Reuters) — A storm cut power to thousands.\n")
    fields = _fields(text)
    assert fields["dateline"].value == "HALIFAX, N.S."
    assert fields["byline"].value == "Reuters"
    assert text[fields["byline"].start:fields["byline"].end] == "Reuters"
    assert _fields("Talks resume\n\nWASHINGTON ― Talks resumed today.\n")["dateline"].value == "WASHINGTON"


def test_explicit_byline_wins_over_credit_and_author_note():
    text = ("Storm hits coast\nBy Ann Lee\n\nHALIFAX (AP) — A storm cut power.\n\n"
            "Follow Bob Stone on Twitter @bob.\n")
    assert _fields(text)["byline"].value == "Ann Lee"


def test_author_note_at_the_end_names_the_author():
    text = ("Why the vote matters\n\nVoters go to the polls on Sunday.\n\nIt will be close.\n\n"
            "Jane Q. Public is a columnist for the Daily Planet.\n")
    assert _fields(text)["byline"].value == "Jane Q. Public"
    text = "Why the vote matters\n\nVoters go to the polls.\n\nFollow Sam Reed on Twitter: @samreed\n"
    assert _fields(text)["byline"].value == "Sam Reed"
    # an ordinary closing sentence about someone is not an author note
    text = "Why the vote matters\n\nVoters go to the polls.\n\nJohn Smith is expected to win easily.\n"
    assert "byline" not in _fields(text)


def test_date_line_gives_iso_date():
    text = "Business\nMarkets rally on rate cut\nUpdated 5 March 2024\n\nNEW YORK (AP) — Stocks rose.\n"
    fields = _fields(text)
    assert fields["date"].value == "2024-03-05"
    assert fields["section"].value == "Business" and fields["title"].value == "Markets rally on rate cut"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AaBbZz .,;:—―-()'’\"“”\n0123By")) | st.characters(), max_size=300))
def test_never_raises_and_spans_point_into_the_text(text):
    for field in suggest_layout(text):
        assert isinstance(field.value, str)
        if field.start is not None:
            assert 0 <= field.start <= field.end <= len(text)
