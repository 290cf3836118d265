"""Unknown villages and towns read from the words around them (issue 12: lone names guessed ORG)."""

from annotator.extract.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.label) for e in find_entities(text)]


def test_a_name_before_a_comma_and_a_known_place_is_a_place_and_its_other_mentions_too():
    found = _found("Rain fell on Vorlenka, Bulgaria overnight. Later Vorlenka was quiet again.")
    assert found.count(("Vorlenka", "GPE")) == 2 and ("Bulgaria", "GPE") in found


def test_a_possessive_after_the_comma_names_no_larger_place():
    found = dict(_found("Orvanta, Bulgaria's largest dairy, cut prices."))
    assert found.get("Orvanta") != "GPE"


def test_an_all_caps_dateline_place_is_a_place_in_the_body_too():
    text = "QUIRVA , Albania 1996-08-31\nSoldiers were approaching Quirva on Saturday ."
    found = _found(text)
    assert ("QUIRVA", "GPE") in found and ("Quirva", "GPE") in found


def test_place_and_facility_nouns_after_a_name():
    found = dict(_found("The plane landed at Dunmarrow airport after crossing the Keltaran mountains near the "
                        "mining towns of Brask and Hollum."))
    assert found["Dunmarrow"] == "FAC" and found["Keltaran"] == "LOC"
    assert found["Brask"] == "GPE"


def test_state_abbreviations_of_a_dateline_are_places_but_words_and_titles_stay_words():
    found = _found("BRATTLEBORO , Vt . 1996-08-27\nA plant near Tulsa, Okla. closed, and Miss Harlow said she would wash it.")
    assert ("Vt", "GPE") in found and ("Okla", "GPE") in found
    assert not any(text in ("Miss", "wash") for text, _ in found)


def test_place_names_written_without_their_accents_are_the_places():
    text = "Montreal and Bogota signed the deal. Medellin was next, then Malmo and Krakow."
    found = {text[e.start:e.end]: (e.label, e.canonical) for e in find_entities(text)}
    assert found["Montreal"] == ("GPE", "Montréal")
    assert found["Bogota"] == ("GPE", "Bogotá")
    assert all(found[name][0] == "GPE" for name in ("Medellin", "Malmo", "Krakow"))


def test_cities_whose_names_word_lists_count_as_frequent_words_are_places():
    """wordfreq folds case, so "aberdeen" and "gloucester" are frequent words to it; they are cities of more
    than 100,000 people and no ordinary words (scripts/build_gazetteers.py keeps them)."""
    text = "Aberdeen and Dundee were cold on Monday, and Gloucester was wet."
    assert [(text[e.start:e.end], e.label) for e in find_entities(text) if e.label != "DATE"] == [
        ("Aberdeen", "GPE"), ("Dundee", "GPE"), ("Gloucester", "GPE")]


def test_a_datelines_place_in_capitals_is_a_place_in_any_spelling_but_a_body_stays_itself():
    text = "Cotton trade shut for a festival .\nBOMBAY 1996-08-28\nIndia 's cotton trade was shut on Wednesday .\n"
    assert [(text[e.start:e.end], e.label) for e in find_entities(text)][0] == ("BOMBAY", "GPE")
    text = "Council meets on the port .\nUNITED NATIONS 1996-08-29\nThe Security Council met on Thursday .\n"
    assert ("UNITED NATIONS", "GPE") not in [(text[e.start:e.end], e.label) for e in find_entities(text)]
    text = "Port strike ends\nRANGOON (Reuters) - Dock workers went back on Monday.\n"
    assert [(text[e.start:e.end], e.label) for e in find_entities(text)][0] == ("RANGOON", "GPE")
