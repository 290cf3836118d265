"""Lone names read from the article around them: names that are also ordinary words to a case-folded
word list ("Trump", "Musk", "Tesla"), lone surnames with a person's context, short names of firms.
Sentences written for these tests; the expected labels are what a reader marks."""

from __future__ import annotations

from annotator.extract.entities import find_entities


def mentions(text: str) -> list[tuple[str, str]]:
    """(mention text, label) in text order."""
    return [(text[s.start:s.end], s.label) for s in find_entities(text)]


def test_name_that_is_an_ordinary_word_opens_a_sentence():
    text = ("The rally in Ohio was loud and long. Musk said he would stay on as chief executive. "
            "Critics said Musk had ignored the board.")
    assert mentions(text).count(("Musk", "PERSON")) == 2


def test_firm_that_is_an_ordinary_word_opens_a_sentence():
    text = ("Investors were nervous on Monday. Tesla said it would cut prices again. "
            "Analysts expect Tesla to report lower margins.")
    assert mentions(text).count(("Tesla", "ORG")) == 2


def test_word_used_in_lower_case_elsewhere_stays_ordinary():
    # "Trump" as a name mid-sentence, but "trump" as a verb too: the capital opening a sentence proves nothing
    text = "Voters met Trump in Ohio. Trump cards were played. Fears trump hopes in the polls."
    assert ("Trump", "PERSON") not in mentions(text)[1:]


def test_institutions_after_the_are_no_evidence():
    text = "Ministers praised the Budget on Monday. Budget cuts follow, and the Budget passed."
    assert all(mention != "Budget" for mention, _ in mentions(text))


def test_lone_surname_with_a_pronoun_after_its_verb_is_a_person_everywhere():
    text = "Macron’s plan was rejected by the assembly. Later Macron said he would try again."
    assert mentions(text) == [("Macron", "PERSON"), ("Macron", "PERSON")]


def test_curly_apostrophe_variant_and_a_kin_noun():
    text = "Critics attacked Scholz‘s wife over the dinner in Berlin."
    assert ("Scholz", "PERSON") in mentions(text)


def test_firm_that_says_it_is_an_organisation_everywhere():
    text = "Qantas flights were cancelled in Sydney. Passengers said Qantas said it would refund them."
    assert [m for m in mentions(text) if m[0] == "Qantas"] == [("Qantas", "ORG"), ("Qantas", "ORG")]


def test_said_before_a_name_and_title_after_does_not_make_a_person_everywhere():
    text = ('"Jobs are at risk," said Electrolux chief executive Hans Straberg. Electrolux makes fridges '
            "in Sweden. Electrolux shares fell.")
    assert ("Electrolux", "PERSON") not in mentions(text)[1:]


def test_first_word_of_a_firm_alone_is_the_firm():
    text = ("The mine belonged to Patriot Coal until 2012. Unlike Patriot, the new owner has "
            "few lenders.")
    assert ("Patriot", "ORG") in mentions(text)


def test_party_members_make_an_organisation():
    text = "He met Ukip leaders on Monday in Kent."
    assert ("Ukip", "ORG") in mentions(text)


def test_bank_named_like_a_person_in_firm_talk():
    text = ("Analysts at Morgan Stanley expect rates to rise in June. Morgan Stanley cut its forecast for "
            "Germany.")
    assert [label for mention, label in mentions(text) if mention == "Morgan Stanley"] == ["ORG", "ORG"]


def test_person_with_a_given_name_stays_a_person_without_firm_talk():
    text = "Tory leader Michael Howard spoke in Leeds. Voters who met Michael Howard leader of the party cheered."
    assert [label for mention, label in mentions(text) if mention == "Michael Howard"] == ["PERSON", "PERSON"]


def test_words_between_said_and_a_title_qualify_the_title_and_are_no_person():
    text = "“The ferry stays,” said Senate Majority Leader Jane Holm. “It is late,” said Assembly Minority Leader Omar Lind."
    found = mentions(text)
    assert ("Jane Holm", "PERSON") in found and ("Omar Lind", "PERSON") in found
    assert not any(label == "PERSON" and ("Majority" in m or "Minority" in m) for m, label in found)


def test_a_language_alone_is_no_place_or_organisation():
    text = "The Mass was said in Latin. Her mother speaks Mandarin at home in Halifax."
    assert mentions(text) == [("Halifax", "GPE")]


def test_armed_groups_with_name_shaped_words_are_organisations():
    text = "Boko Haram and Al Qaeda claimed attacks, and Abu Sayyaf denied one, officials in Halifax said."
    assert {label for m, label in mentions(text) if m in ("Boko Haram", "Al Qaeda", "Abu Sayyaf")} == {"ORG"}


def test_a_title_word_after_an_initial_is_a_surname():
    text = "It is not easy, said Representative Omar T. King of Nova Scotia. N. Knight scored 113 in Halifax."
    found = mentions(text)
    assert ("Omar T. King", "PERSON") in found and ("Nova Scotia", "GPE") in found and ("N. Knight", "PERSON") in found


def test_a_titled_surname_two_people_share_is_the_one_of_the_titles_gender():
    text = ("Omar Lind and his wife, Jane Lind, opened the ferry office in 1990. Mrs. Lind ran the books. "
            "Mr. Lind fixed the engines. Ms. Lind said the office would close.")
    surnames = [e.canonical for e in find_entities(text) if text[e.start:e.end] == "Lind"]
    assert surnames == ["Jane Lind", "Omar Lind", "Jane Lind"]


def test_a_name_right_after_an_opening_mark_of_apostrophes_is_found_but_not_inside_a_word():
    text = "Omar Lind said: ''Jane Holm has announced it.'' The paper called it 'Halifax gold'. O'Brien agreed."
    found = mentions(text)
    assert ("Jane Holm", "PERSON") in found and ("Halifax", "GPE") in found
    assert not any(m == "Brien" for m, _ in found)


def test_social_platforms_are_organisations():
    text = "Jane Holm wrote on Twitter that the ferry was late, and posted a video on YouTube."
    assert ("Twitter", "ORG") in mentions(text) and ("YouTube", "ORG") in mentions(text)


def test_news_agencies_and_bodies_named_like_places_or_people_are_organisations():
    text = "Xinhua and Interfax reported the talks. The Treasury said the Commonwealth would meet in Halifax."
    found = mentions(text)
    assert {m: label for m, label in found if m != "Halifax"} == {
        "Xinhua": "ORG", "Interfax": "ORG", "Treasury": "ORG", "Commonwealth": "ORG"}


def test_a_short_surname_ending_a_sentence_keeps_its_stop_out_of_the_name():
    text = "The ferry was run by Jane Lee. The council agreed with Omar Cox. Halifax agreed. Gov. Omar Holm met Jane Lee in St. Louis."
    assert mentions(text) == [("Jane Lee", "PERSON"), ("Omar Cox", "PERSON"), ("Halifax", "GPE"), ("Omar Holm", "PERSON"),
                              ("Jane Lee", "PERSON"), ("St. Louis", "GPE")]


def test_an_acronym_spoken_as_a_word_in_title_case_is_the_organisation():
    # British style ("Nato", "Uefa", "Opec"); a three-letter one stays a word ("Who" is no WHO)
    text = "Jane Holm told Uefa and Opec that Nato and UKIP would meet. Who asked Ukip?"
    assert mentions(text) == [("Jane Holm", "PERSON"), ("Uefa", "ORG"), ("Opec", "ORG"), ("Nato", "ORG"),
                              ("UKIP", "ORG"), ("Ukip", "ORG")]


def test_a_nationality_noun_before_a_full_name_is_the_person_s_nationality():
    # the noun ("Spaniard", "Frenchman"), not the adjective: "British Retail Consortium" stays one body, and
    # "Scot Ross" (a given name) is not split
    text = ("Spaniard Conchita Marvella beat Frenchman Jean-Luc Fardier. The British Retail Consortium agreed. "
            "Scot Ross said so.")
    found = mentions(text)
    assert found[:4] == [("Spaniard", "NORP"), ("Conchita Marvella", "PERSON"), ("Frenchman", "NORP"),
                         ("Jean-Luc Fardier", "PERSON")]
    assert ("British Retail Consortium", "ORG") in found and ("Scot", "NORP") not in found


def test_a_media_or_advocacy_role_before_a_name_makes_a_person():
    # a role noun in lower case before capitalised words names someone, even when the first word is
    # an ordinary word ("Rush") or the name is unknown ("Megyn")
    text = ("Radio talk host Rush Limbaugh spoke on Monday. Fox News anchor Megyn Kelly asked the first question, "
            "and Republican pollster Whit Ayres was not surprised.")
    found = mentions(text)
    for name in ("Rush Limbaugh", "Megyn Kelly", "Whit Ayres"):
        assert (name, "PERSON") in found
