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


def test_a_stance_verb_takes_its_object_as_content_after_a_named_subject():
    text = "Senator Ada Quill opposes the pipeline expansion through the valley, which starts in May."
    assert _reported(text) == [("the pipeline expansion through the valley", "Ada Quill")]
    text = "The mayor, Omar Lindqvist, defended his decision to close the library on Sundays."
    assert _reported(text) == [("his decision to close the library on Sundays", "Omar Lindqvist")]


def test_an_opinion_verb_takes_a_bare_clause_only_with_its_holder():
    text = "Ada Quill believes the council will approve the budget next week."
    assert _reported(text) == [("the council will approve the budget next week", "Ada Quill")]


def test_stance_words_used_as_nouns_or_in_the_passive_are_no_speech():
    for text in ("Quill’s plan would cut bus fares for students and pensioners.",
                 "The proposal was supported by most residents of the northern districts.",
                 "The new rail bridge will carry trains across the harbour by spring.",
                 "Hundreds of volunteers came to support the clean-up on the beach."):
        assert _reported(text) == [], text


def test_a_headline_naming_its_speaker_before_a_colon_is_a_turn():
    text = ("Quill: The Council Will Rebuild the Harbour Wall.\n\n"
            "Senator Ada Quill told residents on Monday that work would start in the spring.")
    turn = next(q for q in find_quotes(text, find_entities(text)) if q.start == 0 or text[q.cue_start:q.cue_end] == ":")
    assert text[turn.start:turn.end] == "The Council Will Rebuild the Harbour Wall"
    assert turn.speaker.name == "Ada Quill" and turn.kind == "indirect"


def test_transcript_turns_replace_the_quotation_around_them():
    text = ("Senator Ada Quill spoke to the host on the radio on Sunday. The exchange went as follows:\n\n"
            "\"HOST: Will the wall be finished before the storms of next winter?\n\n"
            "\"QUILL: We have the money, and the crews start in March.\n\n"
            "\"HOST: And if the money runs out before the work is done?\n\n"
            "\"QUILL: Then we will ask the province for the rest.\"")
    turns = [(text[q.start:q.end], text[q.speaker.start:q.speaker.end], q.speaker.name)
             for q in find_quotes(text, find_entities(text))]
    assert turns == [("Will the wall be finished before the storms of next winter?", "HOST", "HOST"),
                     ("We have the money, and the crews start in March", "QUILL", "Ada Quill"),
                     ("And if the money runs out before the work is done?", "HOST", "HOST"),
                     ("Then we will ask the province for the rest", "QUILL", "Ada Quill")]


def test_a_colon_after_a_word_naming_nobody_is_no_turn():
    text = "UPDATE: The coastal road reopened at noon after the storm.\n\nThe Latest: Ferries resume their crossings."
    assert find_quotes(text, find_entities(text)) == []


def test_reported_content_stops_where_the_next_attribution_starts():
    text = ("The family of Ada Quill called on the city to release the footage and called on "
            "neighbours to stay calm during the inquiry.")
    contents = [content for content, _ in _reported(text)]
    assert contents == ["the city to release the footage", "neighbours to stay calm during the inquiry"]
    text = "Omar Lindqvist said the ferry would run all winter, and the harbour board rejected the timetable."
    assert _reported(text)[0] == ("the ferry would run all winter", "Omar Lindqvist")


def test_that_after_the_object_of_a_stance_verb_is_a_relative_clause():
    text = "Senator Ada Quill attacked loopholes that benefit large landlords in the capital."
    assert _reported(text) == [("loopholes that benefit large landlords in the capital", "Ada Quill")]


def test_plural_speaker_nouns_are_subjects():
    text = "Several polls showed the mayor was ahead by a wide margin in the eastern districts."
    assert [content for content, _ in _reported(text)] == ["the mayor was ahead by a wide margin in the eastern districts"]


def test_according_to_takes_the_content_on_the_side_that_holds_it():
    text = "Ferry traffic, according to the harbour authority, has doubled since the bridge closed."
    assert [content for content, _ in _reported(text)] == [text.rstrip(".")]
    text = "Ferry traffic has doubled since the bridge closed, according to the harbour authority, a rise of a third."
    assert [content for content, _ in _reported(text)] == ["Ferry traffic has doubled since the bridge closed"]
    text = "In addition, according to early counts by the three regional electoral boards, turnout rose sharply."
    assert [content for content, _ in _reported(text)] == ["turnout rose sharply"]


def test_an_attribution_opening_with_as_takes_the_clause_after_it():
    text = "As the Harbour Gazette reported on Friday, the ferry company had already cancelled the contract."
    assert [content for content, _ in _reported(text)] == ["the ferry company had already cancelled the contract"]
    text = "As Ada Quill talked about the harbour, the crowd grew restless."
    assert _reported(text) == []


def test_the_writers_own_first_person_views_are_not_reported_speech():
    text = "I think the council should rebuild the harbour wall before the winter storms arrive."
    assert _reported(text) == []
    text = "We believe the ferry timetable is a mistake for the northern islands."
    assert _reported(text) == []


def test_the_subject_before_a_parenthetical_speaks():
    text = ("Omar Lindqvist opened the meeting with Ada Quill, who spoke next. Quill, at the start of her "
            "speech, criticised the new timetable for the northern ferries.")
    (content, speaker), = _reported(text)
    assert content == "the new timetable for the northern ferries" and speaker == "Ada Quill"


def test_a_long_noun_phrase_or_a_negation_before_the_cue_still_names_the_speaker():
    text = "A former regional transport board chairman says the ferries should run all night."
    assert [content for content, _ in _reported(text)] == ["the ferries should run all night"]
    text = "Ada Quill has not said when the harbour wall will be finished."
    assert _reported(text) == [("when the harbour wall will be finished", "Ada Quill")]


def test_a_speech_noun_after_a_possessive_is_its_possessors_content():
    text = "Senator Ada Quill’s latest statement that the cranes were safe was challenged by the dock workers."
    (content, speaker), = _reported(text)[:1]  # where a subject clause ends is not found: to the sentence end
    assert content.startswith("that the cranes were safe") and speaker == "Ada Quill"
    text = "The harbour board met on Monday after Ada Quill’s call for a public inquiry into the ferry contract."
    assert _reported(text) == [("a public inquiry into the ferry contract", "Ada Quill")]
    text = "Ada Quill spoke first. The board met on Monday after her call for a public inquiry into the contract."
    assert _reported(text) == [("a public inquiry into the contract", "Ada Quill")]


def test_a_possessive_subject_before_a_verb_cue_is_the_speaker_not_a_possessor():
    text = "Ada Quill’s lawyer said the harbour board had broken the contract twice."
    (content, speaker), = _reported(text)
    assert content == "the harbour board had broken the contract twice"
    assert speaker is None or "lawyer" in speaker or speaker == "Ada Quill"


def test_a_colon_after_a_cue_on_the_same_line_opens_the_content():
    text = "Senator Ada Quill said: The harbour wall will be rebuilt by the spring."
    assert _reported(text) == [("The harbour wall will be rebuilt by the spring", "Ada Quill")]
    text = "Editor’s note: The ferry timetable in this story was changed on Monday."
    assert _reported(text) == []


def test_says_no_opens_a_clause_but_a_bare_no_is_a_refusal():
    text = "Ada Quill says no decision on the ferry contract has been taken yet."
    assert _reported(text) == [("no decision on the ferry contract has been taken yet", "Ada Quill")]
    text = "Ada Quill said no to the new ferry contract at the meeting on Monday."
    assert _reported(text) == []


def test_a_final_attribution_may_follow_a_modified_subject_and_an_adjunct():
    text = "The ferries will run all winter, the island’s longtime harbour master said on Monday, as the storms eased."
    assert [content for content, _ in _reported(text)] == ["The ferries will run all winter"]
    text = "The ferries will run all winter, the new island plan."
    assert _reported(text) == []
