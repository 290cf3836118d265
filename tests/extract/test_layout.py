import json

from annotator.extract.base import get_suggester
from annotator.extract.dates import find_dates
from annotator.extract.layout import detect_language, suggest_layout

from ..conftest import GOLD, shared_path


def _fields(text):
    return {s.name: s for s in suggest_layout(text)}


def test_seed_layout_matches_gold(seed_path):
    gold = json.loads(shared_path("gold", GOLD.name).read_text(encoding="utf-8"))
    text = seed_path.read_text(encoding="utf-8")
    fields = _fields(text)
    for name in ("section", "title", "dateline", "language"):
        assert fields[name].value == gold["metadata"][name], name
    for name in ("section", "title", "dateline"):
        f = fields[name]
        assert text[f.start:f.end] == f.value


def test_bbc_layout_headline_blank_body():
    text = "Council votes to rebuild harbour wall\n\nThe town council voted on Tuesday to rebuild the harbour wall before winter.\n"
    fields = _fields(text)
    assert fields["title"].value == "Council votes to rebuild harbour wall"
    assert "section" not in fields and "dateline" not in fields


def test_byline_date_and_wire_dateline():
    text = ("World\nFloods Hit Coastal Towns\nBy Maria Lopez and John Smith\nPublished March 3, 2024\n\n"
            "LIMA, Peru (Reuters) - Heavy rain flooded towns on Sunday, officials said.\n")
    fields = _fields(text)
    assert fields["section"].value == "World"
    assert fields["title"].value == "Floods Hit Coastal Towns"
    assert fields["byline"].value == "Maria Lopez and John Smith"
    assert fields["date"].value == "2024-03-03"
    assert fields["dateline"].value == "LIMA, Peru"


def test_nothing_to_find_in_odd_text():
    assert list(suggest_layout("")) == []
    assert list(suggest_layout("\n\n\n")) == []
    list(suggest_layout("x" * 10000))  # must not raise


def test_dates_are_normalized_to_iso():
    text = "On March 20, 2025, and 4th July 1976; 2024-02-30 is no date; May 2019."
    found = [(d.iso, text[d.start:d.end]) for d in find_dates(text)]
    assert found == [("2025-03-20", "March 20, 2025"), ("1976-07-04", "4th July 1976"), ("2019-05", "May 2019")]


def test_language_guess():
    assert detect_language("The minister said that the talks with the union were going well for the country.") == "en"
    assert detect_language("Le ministre a dit que les négociations avec le syndicat se passent bien pour le pays.") == "fr"
    assert detect_language("12 34 56") is None


def test_language_counts_a_word_with_letters_beyond_latin1_as_one_word():
    # 40 words, two of them English stop words: just enough (5 %).  Were "Bălţi" cut at its
    # letters beyond Latin-1 ("B", "l", "i"), the text would have 116 words and no language.
    text = "The and " + " ".join(["Bălţi"] * 38)
    assert detect_language(text) == "en"
    assert detect_language(text.replace("Bălţi", "Balti")) == "en"  # the Latin-1 path agrees
    assert detect_language("“The minister said that the talks with the union went well,” she said.") == "en"


def test_layout_is_a_registered_suggester():
    assert get_suggester("layout").kinds == frozenset({"metadata"})
