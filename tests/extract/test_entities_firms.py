"""Firms' legal forms, place adjectives before names, and demonyms the country tables lack (issue 12)."""

import pytest

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.label) for e in find_entities(text)]


def test_a_legal_form_closes_the_name_before_of_and_a_place():
    found = _found("The Brantley Chemical Co of the United States bought Harlow Pharmaceuticals Inc of St. Petersburg.")
    assert ("Brantley Chemical Co", "ORG") in found and ("United States", "GPE") in found
    assert ("Harlow Pharmaceuticals Inc", "ORG") in found and ("St. Petersburg", "GPE") in found


def test_a_bank_of_a_place_stays_one_name():
    assert ("Bank of Canada", "ORG") in _found("The Bank of Canada held its rate.")


def test_foreign_legal_forms_make_organisations():
    found = _found("Shares of Veltrano S.A. fell, while Kordell AB and Mistral Bros rose.")
    assert ("Veltrano S.A.", "ORG") in found and ("Kordell AB", "ORG") in found and ("Mistral Bros", "ORG") in found


def test_a_legal_name_opening_a_sentence_keeps_its_first_word():
    assert ("Parsons Medical Industries Inc", "ORG") in _found("Parsons Medical Industries Inc said it would buy a rival.")


def test_a_place_adjective_is_cut_off_the_name_after_it():
    found = _found("Minneapolis-based Northfield Bank Corp. and Ohio-based Kestrel Corp. talked to a Dublin-born singer.")
    assert ("Northfield Bank Corp.", "ORG") in found and ("Kestrel Corp.", "ORG") in found
    assert not any("based" in text or "born" in text for text, _ in found)


def test_short_and_former_demonyms_are_nationalities():
    found = dict(_found("Zairean troops met Yugoslav envoys, two Swedes and a Tajik commander."))
    assert found == {"Zairean": "NORP", "Yugoslav": "NORP", "Swedes": "NORP", "Tajik": "NORP"}


def test_the_kind_of_organisation_said_before_a_name_makes_it_one():
    labels = dict(_found("The daily Le Vexant reported it, and a spokesman for Merrill Lynch said the bank agreed."))
    assert labels["Le Vexant"] == "ORG" and labels["Merrill Lynch"] == "ORG"


def test_a_company_firm_group_or_band_said_before_a_name_makes_it_an_organisation():
    labels = dict(_found("Polling company Marivo asked 800 adults, security firm Preventor agreed, lobby group Halvet "
                         "objected and the band Crestwell played. Omar Lind led a group Jane Holm won by two points."))
    assert [labels[name] for name in ("Marivo", "Preventor", "Halvet", "Crestwell")] == ["ORG"] * 4
    assert labels["Jane Holm"] == "PERSON"  # a bare "a group" opens a relative clause


def test_a_lone_letter_after_a_kind_word_is_no_organisation():
    found = _found("Estimated price range N / A\nShares offered by company N / A\nTotal N / A")
    assert not [name for name, _ in found if name == "N"]


def test_initials_joined_by_an_ampersand_are_one_name():
    assert _found("Sales at retailer M&S fell, and P&G agreed.") == [("M&S", "ORG"), ("P&G", "ORG")]


def test_an_institution_named_by_its_head_after_the_is_an_organisation():
    found = dict(_found("Farmers said the Commission would act, and the Ministry agreed."))
    assert found == {"Commission": "ORG", "Ministry": "ORG"}


def test_a_capitalised_plural_opening_a_sentence_is_an_ordinary_word():
    found = dict(_found("Prices rose. Payrolls grew in July. Wages and salaries came under pressure."))
    assert "Payrolls" not in found and "Wages" not in found


def test_abbreviations_like_time_zones_are_no_organisations():
    found = dict(_found("The market closed at 1400 GMT after GDP data, and NYSX traders left."))
    assert "GMT" not in found and "GDP" not in found
    assert found["NYSX"] == "ORG"  # an unknown acronym is still read as one


def test_a_head_of_a_place_opening_a_sentence_keeps_its_head():
    assert ("Bank of Vandoria", "ORG") in _found("Markets were calm.\nBank of Vandoria said it would cut rates.")


def test_adjectives_made_of_names_and_plain_abbreviations_are_no_organisations():
    found = dict(_found("The Eurosceptic wing grew, two soldiers went AWOL, and the Orwellian plan failed."))
    assert found == {}


def test_one_ordinary_field_before_and_belongs_to_the_bodys_name():
    found = _found("Inspectors from the Food and Drug Administration visited the Fish and Wildlife Service.")
    assert ("Food and Drug Administration", "ORG") in found and ("Fish and Wildlife Service", "ORG") in found


def test_a_name_before_and_stays_a_name_of_its_own():
    found = _found("Shares of Zentrix and Palomar Holdings rose while Norway and Sweden Shipping Council met. Shell and BP Plc fell.")
    assert ("Palomar Holdings", "ORG") in found and ("BP Plc", "ORG") in found
    assert not any(text.startswith(("Zentrix and", "Norway and")) for text, _ in found)


def test_a_founders_possessive_opens_a_firms_name():
    found = _found("The bonds were cut by Brindley's Credit Service on Monday, and Tolland 's Rating Agency agreed.")
    assert ("Brindley's Credit Service", "ORG") in found and ("Tolland 's Rating Agency", "ORG") in found


def test_a_countrys_possessive_stays_apart_from_the_body():
    found = _found("Ruritania's Labour Party won, and John Marsh said Marsh's Trust would help.")
    assert ("Labour Party", "ORG") in found
    assert not any(text.endswith("Labour Party") and text != "Labour Party" for text, _ in found)
    assert not any(text.startswith("Marsh's") for text, _ in found)


def test_a_possessive_that_owns_nothing_ends_a_firms_name():
    found = _found("The notes were rated A2 by Brindley's. Later Corrigan's said sales rose.")
    assert ("Brindley's", "ORG") in found and ("Corrigan's", "ORG") in found


def test_a_vehicle_makers_name_before_a_models_is_a_product_not_the_firm():
    found = _found("She drove a Subaru Tundrel to work, while Nissan Motor Co and Volkswagen AG reported sales.")
    assert not any("Tundrel" in text for text, _ in found)
    assert ("Nissan Motor Co", "ORG") in found and ("Volkswagen AG", "ORG") in found


def test_a_given_name_is_no_vehicle_maker():
    assert ("Lincoln Marsh", "PERSON") in _found("The senator Lincoln Marsh spoke to reporters on Monday.")


@pytest.mark.parametrize("name", ["Irving Shipbuilding", "Sierra Semiconductor", "Henry Realty"])
def test_an_industry_word_ending_a_name_makes_it_a_firm_even_after_a_given_name(name):
    assert (name, "ORG") in _found(f"{name} welcomed the decision on Monday.")


def test_a_given_name_before_a_surname_like_organisation_head_is_a_person():
    found = _found("Jim Courier beat Tomas Post in straight sets, the Denver Post reported.")
    assert ("Jim Courier", "PERSON") in found and ("Tomas Post", "PERSON") in found
    assert ("Denver Post", "ORG") in found


@pytest.mark.parametrize("name", ["Ansar al-Sharia", "Jabhat al-Nusra", "Jaish al-Islam", "Lashkar-e-Taiba",
                                  "Jemaah Islamiyah"])
def test_the_lead_word_of_an_armed_group_s_name_makes_it_an_organisation(name):
    assert (name, "ORG") in _found(f"Officials said {name} carried out the attack on Monday.")


def test_a_one_word_name_a_body_s_head_heads_is_an_organisation():
    found = _found("Lana Payne, the national president of Unifor, who called on the council to act, spoke first.")
    assert ("Unifor", "ORG") in found and ("Lana Payne", "PERSON") in found
    found = _found("He became chairman of Donald Trump's campaign in the spring.")
    assert ("Donald Trump", "PERSON") in found


def test_a_name_that_saw_or_raised_its_shares_or_forecast_is_a_firm():
    for text in ("Halvorsen saw its shares rise 14% on Tuesday after the announcement.",
                 "Brekke raised its forecast for the year on Monday."):
        assert [(text[e.start:e.end], e.label) for e in find_entities(text)][0][1] == "ORG", text


@pytest.mark.parametrize("outlet", ["Globe and Mail", "La Presse", "Le Devoir", "Radio-Canada", "Vancouver Sun"])
def test_news_outlets_the_name_scanner_cannot_read_alone_are_organisations_and_speakers(outlet):
    text = f"The port will close for a week, the {outlet} reported on Monday."
    assert (outlet, "ORG") in [(text[e.start:e.end], e.label) for e in find_entities(text)]
    (quote,) = find_quotes(text, find_entities(text))
    assert quote.speaker is not None and quote.speaker.name.removeprefix("The ") == outlet


def test_an_office_named_by_the_title_that_holds_it_is_one_organisation():
    text = ("The Prime Minister's Office said the trip would go ahead. A spokesman for the Information "
            "Commissioner’s Office declined to comment, and Smith's Office was closed.")
    found = {text[e.start:e.end]: e.label for e in find_entities(text)}
    assert found["Prime Minister's Office"] == "ORG" and found["Information Commissioner’s Office"] == "ORG"
    assert "Smith's Office" not in found  # a person's office is no title's
    speakers = [q.speaker.name for q in find_quotes(text, find_entities(text))]
    assert speakers[0] == "Prime Minister's Office"
