"""Reported-speech forms and bugs of issue 12, on sentences written for these tests."""

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker.name if q.speaker else None)
            for q in find_quotes(text, find_entities(text)) if q.kind != "direct"]


def test_content_after_pledged_or_agreed_starts_at_to():
    text = "Premier Dana Whitfield pledged to repair every bridge in the county before winter."
    assert _reported(text) == [("to repair every bridge in the county before winter", "Dana Whitfield")]
    text = "The board of Harbour Logistics agreed to a three-year freeze on fees."
    assert [content for content, _ in _reported(text)] == ["to a three-year freeze on fees"]


def test_a_temperature_before_the_full_stop_is_no_initial():
    text = ("Lena Ortiz said temperatures would fall to -35 C. Schools stayed open all week, "
            "and the buses ran late.")
    assert _reported(text) == [("temperatures would fall to -35 C", "Lena Ortiz")]


def test_content_without_a_sentence_end_is_never_cut_inside_a_word():
    clause = "the new rail line would carry freight and passengers between the two ports"
    for shift in range(1, 12):  # the cut falls at every position of a word in turn
        text = "Mayor Ruth Abara said " + "a" * shift + " and " + " and ".join([clause] * 12)
        (content, speaker), = _reported(text)
        end = text.index(content) + len(content)
        assert speaker == "Ruth Abara" and content.startswith("a" * shift + " and the new")
        assert end == len(text) or (not text[end].isalnum() and content[-1].isalnum()), (shift, content[-20:])


def test_a_clause_opening_with_a_number_after_said_is_reported():
    text = "Councillor Mia Torres said 112 cars is too many for one residential street."
    assert _reported(text) == [("112 cars is too many for one residential street", "Mia Torres")]


def test_link_lines_and_time_clauses_are_not_speech():
    text = ("READ MORE: Premier says the new bridge will open early\n\n"
            "Prices at the pumps jumped when the carbon levy was announced by the province last spring.")
    assert _reported(text) == []


def test_a_role_noun_speaker_is_the_organisation_named_just_before():
    text = ("Harbour Transit spokesperson Lane Ferris confirmed the closure on Monday. Buses will replace the "
            "ferries on the morning routes until the end of the month, and the evening crossings stay cancelled.\n\n"
            "Shares of Coastal Power Inc. fell. The company said it expected a loss this quarter. "
            "“We will recover,” the utility said.")
    speakers = {text[q.start:q.end]: q.speaker.name for q in find_quotes(text, find_entities(text))}
    assert speakers == {"the closure on Monday": "Lane Ferris", "it expected a loss this quarter": "Coastal Power Inc.",
                        "“We will recover,”": "Coastal Power Inc."}


def test_a_clause_with_a_pronoun_subject_after_the_cue_is_all_said_not_from_a_later_that():
    text = "Most riders in the survey say they feel that way about the new ferry timetable."
    assert [content for content, _ in _reported(text)] == ["they feel that way about the new ferry timetable"]
    text = "Councillor Mia Torres said she hopes that the ferry will run all winter."
    assert _reported(text)[0] == ("she hopes that the ferry will run all winter", "Mia Torres")
    text = "Councillor Mia Torres said on Tuesday that the ferry will run all winter."
    assert _reported(text) == [("that the ferry will run all winter", "Mia Torres")]


def test_a_subject_before_an_inverted_tag_with_its_verb_after_the_aside_makes_one_content():
    text = "And the ferry, said Mia Torres, who chairs the harbour board, never runs on time in winter."
    assert _reported(text) == [(text[:-1], "Mia Torres")]


def test_a_quotation_after_a_tag_set_off_mid_sentence_is_the_predicate_of_one_mixed_content():
    text = ("The ferry company's new timetable, Ms. Jane Holm said, “is a perfect example of listening” to "
            "the island's workers. She left after that.")
    (content, speaker), = _reported(text)
    assert content == text[:text.index(". She")] and speaker == "Jane Holm"
    # a quotation that opens its own sentence after a fronted phrase keeps its capital and stays direct
    text = "In Halifax on Monday, Jane Holm said, “We are ready for the storm.” She left after that."
    assert _reported(text) == []


def test_the_mixed_content_stops_before_a_later_quotation_with_its_own_cue():
    text = ("The plan, a council aide said, “is very sound” for the harbour, and since May the mayor has told "
            "every visitor, “We will build it.” Omar Lind agreed.")
    quotes = find_quotes(text, find_entities(text))
    assert [(text[q.start:q.end], q.kind) for q in quotes] == [
        ("The plan, a council aide said, “is very sound” for the harbour", "mixed"),
        ("“We will build it.”", "direct")]


def test_a_short_adjunct_after_the_cue_is_no_content_but_quoted_words_after_as_still_are():
    for text in ("The mayor declined through a spokesman. The council met on Friday.",
                 "Jane Holm said for instance. Then she left the hall."):
        assert _reported(text) == [], text
    text = "Mayor Jane Holm described the blast as “an intentional act.” Police are searching the area."
    (content, speaker), = _reported(text)
    assert content.endswith("as “an intentional act.”") and speaker == "Jane Holm"


def test_a_lowercase_quotation_with_its_own_subject_after_a_mid_sentence_tag_stays_direct():
    text = "But, Mr. Omar Lind said, “democracy is a series of choices.” He left after that."
    quotes = find_quotes(text, find_entities(text))
    assert [(text[q.start:q.end], q.kind) for q in quotes][0] == ("“democracy is a series of choices.”", "direct")
