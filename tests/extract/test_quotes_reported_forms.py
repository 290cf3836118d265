"""Reported-speech forms added for issue 12 (stance verbs, speech nouns, colons, sources apart from
the content, first person), each on sentences written for these tests, not taken from any data set."""

import pytest

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes

from .test_quotes_forms import _reported


# (text, the reported quotes expected: content and resolved speaker name)
FORMS = {
    "stance verb and its object": (
        "Senator Ada Quill opposes the pipeline expansion through the valley, which starts in May.",
        [("the pipeline expansion through the valley", "Ada Quill")]),
    "stance verb after a named appositive": (
        "The mayor, Omar Lindqvist, defended his decision to close the library on Sundays.",
        [("his decision to close the library on Sundays", "Omar Lindqvist")]),
    "opinion verb and a bare clause": (
        "Ada Quill believes the council will approve the budget next week.",
        [("the council will approve the budget next week", "Ada Quill")]),
    "a relative 'that' after a stance verb's object": (
        "Senator Ada Quill attacked loopholes that benefit large landlords in the capital.",
        [("loopholes that benefit large landlords in the capital", "Ada Quill")]),
    "a coordinated second cue": (
        "The family of Ada Quill called on the city to release the footage and called on "
        "neighbours to stay calm during the inquiry.",
        [("the city to release the footage", "Ada Quill"), ("neighbours to stay calm during the inquiry", "Ada Quill")]),
    "a plural speaker noun": (
        "Several polls showed the mayor was ahead by a wide margin in the eastern districts.",
        [("the mayor was ahead by a wide margin in the eastern districts", None)]),
    "according to, around the sentence": (
        "Ferry traffic, according to the harbour authority, has doubled since the bridge closed.",
        [("Ferry traffic, according to the harbour authority, has doubled since the bridge closed", None)]),
    "according to a source with an appositive, around the sentence": (
        "At the heart of it, according to Ada Quill, a former harbour master, was a decision to close the dock.",
        [("At the heart of it, according to Ada Quill, a former harbour master, was a decision to close the dock",
          "Ada Quill")]),
    "according to, inside a parenthesis": (
        "The harbour is busy. (According to the harbour police, fines for speeding rose by a third.)",
        [("fines for speeding rose by a third", None)]),
    "according to, content before": (
        "Ferry traffic has doubled since the bridge closed, according to the harbour authority, a rise of a third.",
        [("Ferry traffic has doubled since the bridge closed", None)]),
    "according to, content after a lead": (
        "In addition, according to early counts by the three regional electoral boards, turnout rose sharply.",
        [("turnout rose sharply", None)]),
    "as X reported": (
        "As the Harbour Gazette reported on Friday, the ferry company had already cancelled the contract.",
        [("the ferry company had already cancelled the contract", "Harbour Gazette")]),
    "a long noun phrase subject": (
        "A former regional transport board chairman says the ferries should run all night.",
        [("the ferries should run all night", None)]),
    "a negated cue": (
        "Ada Quill has not said when the harbour wall will be finished.",
        [("when the harbour wall will be finished", "Ada Quill")]),
    "a speech noun with a particle after a possessive": (
        "The harbour board met on Monday after Ada Quill’s call for a public inquiry into the ferry contract.",
        [("a public inquiry into the ferry contract", "Ada Quill")]),
    "a speech noun after a possessive pronoun": (
        "Ada Quill spoke first. The board met on Monday after her call for a public inquiry into the contract.",
        [("a public inquiry into the contract", "Ada Quill")]),
    "a colon after a cue on the same line": (
        "Senator Ada Quill said: The harbour wall will be rebuilt by the spring.",
        [("The harbour wall will be rebuilt by the spring", "Ada Quill")]),
    "says no and a clause": (
        "Ada Quill says no decision on the ferry contract has been taken yet.",
        [("no decision on the ferry contract has been taken yet", "Ada Quill")]),
    "a final attribution after a modified subject and an adjunct": (
        "The ferries will run all winter, the island’s longtime harbour master said on Monday, as the storms eased.",
        [("The ferries will run all winter", None)]),
    "a relative 'that' after an object noun phrase": (
        "Ada Quill described a 2019 flood that closed the harbour for a month.",
        [("a 2019 flood that closed the harbour for a month", "Ada Quill")]),
    "a time adjunct before 'that'": (
        "Ada Quill said this week that the harbour would reopen in May.",
        [("that the harbour would reopen in May", "Ada Quill")]),
    "a passive cue with its source after by, then that": (
        "It was announced by the harbour authority on Monday that the ferries would stop in March.",
        [("that the ferries would stop in March", None)]),
    "a passive cue with its source after by": (
        "The closure of the northern ferry route was first reported by the Island Courier.",
        [("The closure of the northern ferry route", "Island Courier")]),
    "an object ends before a second verb of its subject": (
        "The governor threatened a veto of the ferry bill and attempted to delay the vote until spring.",
        [("a veto of the ferry bill", None)]),
    "a participle after a comma starts the same speaker's next attribution": (
        "Ada Quill criticised the slow repairs to the harbour wall, warning that the storms would return.",
        [("the slow repairs to the harbour wall", "Ada Quill"), ("that the storms would return", "Ada Quill")]),
    "content ends where another speaker's clause starts": (
        "Ada Quill said the crews worked nights to finish the wall, though she noted costs had doubled.",
        [("the crews worked nights to finish the wall", "Ada Quill"), ("costs had doubled", "Ada Quill")]),
    "a noun-like cue form after a named subject": (
        "Ada Quill claims the harbour wall is safe for another decade.",
        [("the harbour wall is safe for another decade", "Ada Quill")]),
    "an adverb between subject and cue": (
        "Omar Lindqvist now says the harbour wall will cost twice as much as planned.",
        [("the harbour wall will cost twice as much as planned", "Omar Lindqvist")]),
    "a nationality before a speaker noun is no name of its own": (
        "At the summit on Monday, Nordic leaders praised the new ferry timetable, calling it a model for the islands.",
        [("the new ferry timetable", None), ("it a model for the islands", None)]),
    "the subject before a parenthetical": (
        "Omar Lindqvist opened the meeting with Ada Quill, who spoke next. Quill, at the start of her "
        "speech, criticised the new timetable for the northern ferries.",
        [("the new timetable for the northern ferries", "Ada Quill")]),
    "content stops where another speaker takes over": (
        "Omar Lindqvist said the ferry would run all winter, and the harbour board rejected the timetable.",
        [("the ferry would run all winter", "Omar Lindqvist")]),
    "a question put to the speaker": (
        "When asked whether the wall would hold, Ada Quill said nobody could know.",
        [("whether the wall would hold", None), ("nobody could know", "Ada Quill")]),
    "an appositive between the speaker and 'said' and a clause after it": (
        "Ada Quill, a geologist at the harbour board, said the survey did not settle the matter.",
        [("the survey did not settle the matter", "Ada Quill")]),
    "a bare clause after a time or medium adjunct": (
        "Omar Lindqvist said on Friday the ferry would run again. Ada Quill said in a statement Tuesday "
        "the wall was safe.",
        [("the ferry would run again", "Omar Lindqvist"), ("the wall was safe", "Ada Quill")]),
    "a second attribution whose subject names nobody": (
        "Most residents said they back the ferry plan, and nearly half of the shop owners said they back it too.",
        [("they back the ferry plan", None), ("they back it too", None)]),
    "an inverted speaker no entity covers": (
        "Her rise surprised the harbour town more than anyone else, said several observers.",
        [("Her rise surprised the harbour town more than anyone else", None)]),
    "an inverted speaker after a title and its modifier": (
        "The ferry fund is two million short, said former governor Omar Lindqvist, who chairs the board.",
        [("The ferry fund is two million short", "Omar Lindqvist")]),
    "a speaker set off by commas before a final 'said'": (
        "The bridge will close in May, a former spokesman for the ministry, Omar Lindqvist, said.",
        [("The bridge will close in May", "Omar Lindqvist")]),
    "the newspaper told is the addressee, and the content comes before": (
        "The union will sit out the vote, union director Omar Lindqvist told the Harbour Post.",
        [("The union will sit out the vote", "Omar Lindqvist")]),
    "a noun-like cue after a determiner is no tag for the quotation after it": (
        "Omar Lindqvist called the plan “a disaster for the islands.”",
        [("the plan “a disaster for the islands.”", "Omar Lindqvist")]),
    "'states that' as a verb": (
        "The harbour board's report states that the sea wall is too weak to last another winter.",
        [("that the sea wall is too weak to last another winter", None)]),
    "an aside between the verb and 'that'": (
        "Omar Lindqvist said — on the radio, as it happens — that the ferry raised four million.",
        [("that the ferry raised four million", "Omar Lindqvist")]),
    "an aside between the verb and its clause": (
        "Ada Quill says, rain or shine, she will open the market on Sunday.",
        [("rain or shine, she will open the market on Sunday", "Ada Quill")]),
    "a colon and a lower-case clause": (
        "Ada Quill said: the sea wall will be rebuilt before the winter storms.",
        [("the sea wall will be rebuilt before the winter storms", "Ada Quill")]),
    "a quoted object ends before the subject's next verb": (
        "Omar Lindqvist called the merger “a terrible deal” and ranked the board among the worst in years.",
        [("the merger “a terrible deal”", "Omar Lindqvist")]),
    "a yes or no answer": (
        "Asked whether the wall would hold, Ada Quill said no.",
        [("whether the wall would hold", None), ("no", "Ada Quill")]),
    "a mixed quote whose clause starts with a name": (
        "Ada Quill says Ross “talked the talk and walked the walk.”",
        [("Ross “talked the talk and walked the walk.”", "Ada Quill")]),
    "a mixed quote whose quotation runs over two sentences": (
        "Ada Quill says the board “knows the wall is weak. Still, it spends nothing on it.”",
        [("the board “knows the wall is weak. Still, it spends nothing on it.”", "Ada Quill")]),
    "an inverted speaker followed by an adjunct": (
        "The ferry will run twice a day, said Omar Lindqvist on Tuesday.",
        [("The ferry will run twice a day", "Omar Lindqvist")]),
    "'that' after a long adjunct": (
        "Omar Lindqvist said during this week’s televised harbour debate that the ferry would run all winter.",
        [("that the ferry would run all winter", "Omar Lindqvist")]),
    "a pronoun after a subject's appositive and its cue": (
        "Omar Lindqvist, who has sent letters on the town’s behalf, said he may campaign for the ferry.",
        [("he may campaign for the ferry", "Omar Lindqvist")]),
    "a question with its asker after 'by'": (
        "Asked by Ada Quill whom he would back, Omar Lindqvist only smiled.",
        [("whom he would back", "Ada Quill")]),
    "a question inside the sentence, after the answer's tag": (
        "“We will see,” Omar Lindqvist said when asked whether he would run again.",
        [("whether he would run again", None)]),
    "a clause after a subject's relative-clause appositive and its cue": (
        "Economist Ada Quill, who studies fares at the institute, said the mayor’s statement settled nothing.",
        [("the mayor’s statement settled nothing", "Ada Quill")]),
    "an inverted speaker with an appositive after a sentence with commas": (
        "In a dry year, islanders have more room to leave the ferry, said Omar Lindqvist, an aide to the mayor.",
        [("In a dry year, islanders have more room to leave the ferry", "Omar Lindqvist")]),
    "a time adjunct and a clause of when after a final tag": (
        "The ferry plan is an insult to islanders, harbour officials said Friday afternoon, as they met the mayor.",
        [("The ferry plan is an insult to islanders", None)]),
    "an object ends before a coordinated perfect or irregular past": (
        "Ada Quill attacked the harbour board’s ties to shipping firms and has called for an inquiry.",
        [("the harbour board’s ties to shipping firms", "Ada Quill"), ("an inquiry", "Ada Quill")]),
    "a bare clause opening with an approximate quantity": (
        "Omar Lindqvist said about half of the new fares went to the harbour fund.",
        [("about half of the new fares went to the harbour fund", "Omar Lindqvist")]),
    "'to say' after a verb that takes it, its subject speaking": (
        "Even after the vote, Omar Lindqvist continued to say he had never sold the ferry.",
        [("he had never sold the ferry", "Omar Lindqvist")]),
    "a quotation continuing the reported clause, after a cue of no one's": (
        "Omar Lindqvist says he spent the day yelling at people saying “Vote for the ferry.”",
        [("he spent the day yelling at people saying “Vote for the ferry.”", "Omar Lindqvist")]),
}

# Texts with no reported speech at all, each a trap for one of the forms above.
NOT_SPEECH = {
    "a stance word as a noun": "Quill’s plan would cut bus fares for students and pensioners.",
    "a stance verb in the passive": "The proposal was supported by most residents of the northern districts.",
    "a cue form inside a noun phrase": "The new rail bridge will carry trains across the harbour by spring.",
    "an infinitive without a speaker": "Hundreds of volunteers came to support the clean-up on the beach.",
    "a cue form that is a noun": "The vote in several coastal states could decide a close election.",
    "a cue form that is a noun before a relative 'that'": "Volunteers visited those states that the storm hit hardest.",
    "a temporal 'as'": "As Ada Quill talked about the harbour, the crowd grew restless.",
    "the writer's own view (I)": "I think the council should rebuild the harbour wall before the winter storms arrive.",
    "the writer's own view (we)": "We believe the ferry timetable is a mistake for the northern islands.",
    "an editor's note": "Editor’s note: The ferry timetable in this story was changed on Monday.",
    "a refusal": "Ada Quill said no to the new ferry contract at the meeting on Monday.",
    "a noun-like cue after a bare noun phrase": "The ferries will run all winter, the new island plan.",
    "what was said about, not what was said": "Here are nine things the mayor has said about the ferry this year.",
    "'state' as a noun": "Ada Quill won her home state of Maine, and state senator Omar Lindqvist lost his seat.",
    "'states' as a noun before a relative 'that'": "Ada Quill campaigned in Maine and Iowa, states that vote next week.",
    "'continues' as an aspect verb": "Ada Quill continues to lead the race in the northern districts.",
    "a reflexive object": "The harbour board has found itself at the centre of the storm over the ferries.",
    "'maintained' with an object": "Ada Quill maintained an energetic pace well into her eighties.",
    "a cue form that is a title before a name": ("Double Olympic champion Ada Quill is set to race in the harbour "
                                                 "relay, and general counsel Omar Lindqvist will watch."),
    "colons naming nobody": ("UPDATE: The coastal road reopened at noon after the storm.\n\n"
                             "The Latest: Ferries resume their crossings."),
}


@pytest.mark.parametrize("text, expected", FORMS.values(), ids=FORMS.keys())
def test_reported_forms(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize("text", NOT_SPEECH.values(), ids=NOT_SPEECH.keys())
def test_no_reported_speech(text):
    assert _reported(text) == []


def test_a_speech_noun_heading_the_subject_runs_to_the_sentence_end():
    text = "Senator Ada Quill’s latest statement that the cranes were safe was challenged by the dock workers."
    (content, speaker), = _reported(text)[:1]  # where a subject clause ends is not found: to the sentence end
    assert content.startswith("that the cranes were safe") and speaker == "Ada Quill"


def test_a_possessive_subject_before_a_verb_cue_is_the_speaker_not_a_possessor():
    text = "Ada Quill’s lawyer said the harbour board had broken the contract twice."
    (content, speaker), = _reported(text)
    assert content == "the harbour board had broken the contract twice"
    assert speaker is None or "lawyer" in speaker or speaker == "Ada Quill"


def test_a_headline_naming_its_speaker_before_a_colon_is_a_turn():
    text = ("Quill: The Council Will Rebuild the Harbour Wall.\n\n"
            "Senator Ada Quill told residents on Monday that work would start in the spring.")
    turn = next(q for q in find_quotes(text, find_entities(text)) if text[q.cue_start:q.cue_end] == ":")
    assert text[turn.start:turn.end] == "The Council Will Rebuild the Harbour Wall"
    assert turn.speaker.name == "Ada Quill" and turn.kind == "indirect"


def test_a_headline_turn_may_put_a_title_before_the_speakers_name():
    text = ("Dr. Ada Quill: The Ferry Will Run All Winter.\n\n"
            "MALMO — The harbour board met on Monday, and Ada Quill spoke for an hour.")
    turn = next(q for q in find_quotes(text, find_entities(text)) if text[q.cue_start:q.cue_end] == ":")
    assert text[turn.start:turn.end] == "The Ferry Will Run All Winter"
    assert turn.speaker.name == "Ada Quill"
    assert text[turn.speaker.start:turn.speaker.end] == "Ada Quill"


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


def test_interview_answers_are_the_interviewees_and_questions_name_no_one():
    text = ("Harbour master Ada Quill has run the Halifax port for ten years. Quill spoke to us about the ferry, "
            "and Quill's successor Omar Lind sat in.\n\n"
            "Q: Will the ferry run all winter this year?\n\n"
            "A: It will, unless the harbour freezes over again.\n\n"
            "Q: What about the fares for students?\n\n"
            "A: They stay the same until the budget is passed.")
    turns = [(text[q.start:q.end], q.speaker.name if q.speaker else None) for q in find_quotes(text, find_entities(text))]
    assert turns == [("Will the ferry run all winter this year?", None),
                     ("It will, unless the harbour freezes over again", "Ada Quill"),
                     ("What about the fares for students?", None),
                     ("They stay the same until the budget is passed", "Ada Quill")]
    one_answer = text[:text.index("Q: What")]  # one question and one answer make no interview
    assert not any(one_answer[q.start:q.end].startswith("It will") for q in find_quotes(one_answer, find_entities(one_answer)))


def test_a_subordinate_lead_is_not_the_content_of_the_cue_after_it():
    text = "But when the province cut the ferry grant, the island council said enough."
    assert not any(content.startswith("But when") for content, _ in _reported(text))
    text = "If the wall fails, the lower town will flood, Ada Quill said."
    assert _reported(text) == [("If the wall fails, the lower town will flood", "Ada Quill")]


def test_a_relative_clause_after_said_ends_at_its_comma():
    text = "The new ferry rules, which the harbour board said will take effect in May, do not cover the islands."
    assert [content for content, _ in _reported(text)] == ["will take effect in May"]


def test_a_stance_verb_after_an_appositive_keeps_its_object():
    text = "Omar Lindqvist, a former harbour master, criticized President Ada Quill's plan for the ferries."
    assert _reported(text) == [("President Ada Quill's plan for the ferries", "Omar Lindqvist")]


def test_a_tag_inside_the_sentence_splits_the_content_in_two():
    text = "The ferry will run all winter, Omar Lindqvist says, and the fares will stay the same."
    assert _reported(text) == [("The ferry will run all winter", "Omar Lindqvist"),
                               ("and the fares will stay the same", "Omar Lindqvist")]


def test_a_short_part_after_the_tag_keeps_the_sentence_whole():
    text = "The new ferry will run every day of the year, Omar Lindqvist says, except on Sundays."
    assert [content for content, _ in _reported(text)] == [text[:-1]]


def test_the_reported_cue_scan_leaves_out_only_quoted_text():
    """The scan for reported speech skips the text inside quotation marks: it must find every cue a
    scan of the whole text finds outside them, at a quote's edges too and after an unclosed quote."""
    from annotator.extract.quote_cues import reported_cue_re
    from annotator.extract.quotes import _QuoteFinder

    text = ("Lee said the plan was dead. “We said no,” Kim told reporters. Ana Ruiz argued “the deal "
            "says little” and warned that costs would rise.\n“An unclosed quote says nothing\n"
            "Park says it will pass, ''as he said'' before.")
    finder = _QuoteFinder(text, find_entities(text))
    outside = [m.span() for m in reported_cue_re().finditer(text) if not finder.resolver.in_quote(m.start())]
    scanned = [m.span() for m in finder._cues_outside_quotes() if not finder.resolver.in_quote(m.start())]
    assert scanned == outside
    assert [text[s:e] for s, e in scanned] == ["said", "plan", "told", "argued", "warned", "says"]


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, text[q.start:q.end], q.speaker.name if q.speaker else None)
            for q in find_quotes(text, find_entities(text))]


def test_a_quotation_set_off_after_its_own_gerund_cue_is_a_direct_quote_of_the_tag_speaker():
    """"…, Lindqvist said, adding, “…”": the quotation is direct (not a mixed quote "adding, “…”"), and the
    gerund goes on from the tag before it, so its speaker is Lindqvist, not the first name in the sentence."""
    text = ('The council and Ada Quill will meet next week, Omar Lindqvist said, adding, '
            '"They need to sit down and talk it through."')
    assert _kinds(text) == [("indirect", "The council and Ada Quill will meet next week", "Omar Lindqvist"),
                            ("direct", '"They need to sit down and talk it through."', "Omar Lindqvist")]


def test_an_exclamation_set_off_after_telling_someone_is_direct_and_belongs_to_the_tag_before():
    """“…!” She replied: the capitalised pronoun after a set-off exclamation starts the next sentence."""
    text = ("Omar Lindqvist emailed his condolences, addressing her as “Ada” and telling her, “you are the best "
            "harbour master we have had!” She replied to him the next day.")
    assert ("direct", "“you are the best harbour master we have had!”", "Omar Lindqvist") in _kinds(text)


def test_a_quotation_right_after_its_addressee_without_a_comma_stays_mixed():
    text = "Omar Lindqvist called him “a floating disgrace of a harbour master.”"
    assert [(kind, content) for kind, content, _ in _kinds(text)] == [
        ("mixed", "him “a floating disgrace of a harbour master.”")]


def test_a_scare_quote_inside_a_clause_ending_in_an_inverted_tag_takes_the_tag_speaker():
    """The clause runs on past the quotation to ", said X": X speaks, not the person named in between."""
    text = ('That would create a "summer of misery" for Ada Quill leading up to the vote, forcing her to fight '
            'on two fronts, said Omar Lindqvist, a pollster in the capital.')
    assert _kinds(text) == [("mixed", 'That would create a "summer of misery" for Ada Quill leading up to the vote, '
                                      'forcing her to fight on two fronts', "Omar Lindqvist")]


@pytest.mark.parametrize("text", [
    "Ada Quill thinks the ferry will need more money, former Mayor Omar Lindqvist said on Tuesday.",
    "Ada Quill believes the ferry will need more money, said Omar Lindqvist, director of the harbour board.",
])
def test_a_content_running_on_from_its_cue_stops_at_a_final_tag_whose_content_is_the_sentence(text):
    """The sentence before the final tag is what Lindqvist said; Quill's belief inside it ends at the tag."""
    assert sorted(_reported(text)) == [("Ada Quill " + text.split()[2] + " the ferry will need more money", "Omar Lindqvist"),
                                       ("the ferry will need more money", "Ada Quill")]


@pytest.mark.parametrize("text", [
    "Nearly 12,000 voters showed up at the harbour hall on Tuesday to hear Ada Quill speak.",
    "The council called off the vote on the new ferry after Omar Lindqvist resigned.",
])
def test_a_cue_verb_with_up_or_off_is_another_verb(text):
    assert _reported(text) == []


def test_where_a_cue_was_told_after_its_addressee_leaves_the_content_before():
    text = "The ferry was only doing what ten other ports already do, Omar Lindqvist told the court in his filing."
    assert _reported(text) == [("The ferry was only doing what ten other ports already do", "Omar Lindqvist")]


def test_the_object_of_added_is_no_content():
    assert _reported("The sound system, cycling through songs by Ada Quill, added Latin hits including two old ballads.") == []


def test_the_one_quoted_as_saying_speaks_not_the_outlet_that_quotes():
    """A decision where PolNeAR differs (it marks the outlet): the words are the official's, and the outlet is
    where they were reported, so the suggested speaker is the one quoted."""
    text = ("The Harbour Gazette reported the deal was close. “Nothing is signed yet,” the newspaper quoted an "
            "official as saying. Reuters quoted one of Lindqvist's advisers as saying the ferry would run.")
    speakers = [(q.kind, text[q.speaker.start:q.speaker.end], q.speaker.name) for q in find_quotes(text, find_entities(text))]
    assert speakers[1:] == [("direct", "an official", None), ("indirect", "one of Lindqvist's advisers", None)]


def test_a_that_inside_the_quotation_is_not_the_cues_complementizer():
    """NYT-style '' marks: "said it was ''unfortunate that …''" is one mixed quote, not a content starting at
    the quotation's "that" with an unpaired mark."""
    text = "Mr. Lindqvist said it was ''unfortunate that the council chose to delay the vote.'' He left soon after."
    assert _kinds(text) == [("mixed", "it was ''unfortunate that the council chose to delay the vote.''", "Lindqvist")]


def test_a_quotation_inside_the_speakers_appositive_keeps_the_tag():
    text = ("“We have had better conventions than this one,” harbour delegate Omar Lindqvist, wearing a cap and "
            "“Ada Quill” pins, said matter-of-factly as confetti fell around him.")
    assert _kinds(text) == [("direct", "“We have had better conventions than this one,”", "Omar Lindqvist")]


def test_as_someone_put_it_is_the_tag_of_the_quotation_after_it():
    text = "Or, as Omar Lindqvist, a former harbour master, put it: “The ferries are no longer at the gate.”"
    assert _kinds(text) == [("direct", "“The ferries are no longer at the gate.”", "Omar Lindqvist")]


def test_what_a_text_reads_is_its_quotation_but_reading_a_report_is_no_speech():
    text = ("“If she wants to lead, she should come to the harbour,” the editorial read. "
            "Omar Lindqvist read the harbour report twice before the vote on the new ferry.")
    assert _kinds(text) == [("direct", "“If she wants to lead, she should come to the harbour,”", None)]
    quote = find_quotes(text, find_entities(text))[0]
    assert text[quote.speaker.start:quote.speaker.end] == "the editorial"


def test_the_subject_of_a_verb_taking_to_say_speaks_in_a_direct_quote_too():
    text = "The harbour columnist Omar Lindqvist went so far as to say: “The ferry as we know it is over.”"
    assert _kinds(text) == [("direct", "“The ferry as we know it is over.”", "Omar Lindqvist")]


def test_a_place_and_a_party_member_after_an_inverted_cue_is_the_speaker_not_the_place():
    text = "“Look, the mayor needed to win the first two votes,” added a Nova Scotia Liberal. “She has done that.”"
    found = [(text[e.start:e.end], e.label) for e in find_entities(text)]
    assert ("Nova Scotia", "GPE") in found and ("Liberal", "NORP") in found
    speakers = {text[q.speaker.start:q.speaker.end] for q in find_quotes(text, find_entities(text))}
    assert speakers == {"a Nova Scotia Liberal"}


def test_a_stance_verb_and_its_object_after_a_comma_is_no_tag_of_the_clause_before():
    """"…, Joly said." tags the clause before the comma; "…, Holm praised the plan" does not (the plan is what
    she praised), and neither does "…, Holm welcomed the ferry."."""
    for text in ("In a letter to Bob Lind, Jane Holm praised the harbour plan on Monday.",
                 "At one point, Jane Holm welcomed the ferry to the harbour."):
        assert not any(content.startswith(("In a letter", "At one point")) for content, _ in _reported(text))
    text = "The ferry will be late again, Jane Holm told the council."
    assert _reported(text) == [("The ferry will be late again", "Jane Holm")]


def test_a_stance_verb_and_a_named_object_is_no_tag_but_a_day_after_the_verb_is():
    text = "In a video posted to her account, Jane Holm criticized Singer and challenged him to a debate."
    assert not any(content.startswith("In a video") for content, _ in _reported(text))
    text = "The ferry will be late again, officials announced Monday."
    assert [content for content, _ in _reported(text)] == ["The ferry will be late again"]


def test_a_title_in_quotation_marks_is_no_quote_but_shouting_and_questions_are():
    text = ("Holm was speaking on the talk radio program, “Harbour Watch Morning Radio Hour,” broadcast on "
            "Fridays. She starred in “Orange Is the New Black Tide” too.")
    assert find_quotes(text, find_entities(text)) == []
    text = "The ferry board posted a sign. “THIS IS NOT OK AT ALL.” Then a note: “Is the ferry Late Again Today?”"
    assert len([q for q in find_quotes(text, find_entities(text)) if q.kind == "direct"]) == 2


def test_an_inverted_speaker_may_have_a_place_or_party_before_the_title():
    """"…, said Ohio Gov. Jane Holm.": the place qualifies the title; the speaker is the person."""
    text = ("The ferry will run all winter, said Nova Scotia Premier Jane Holm. The fares will rise, said "
            "former Halifax Mayor Omar Lind. The bridge is safe, said Liberal Sen. Ada Quill.")
    assert _reported(text) == [("The ferry will run all winter", "Jane Holm"), ("The fares will rise", "Omar Lind"),
                               ("The bridge is safe", "Ada Quill")]
    text = "Commuters complain about the ferry, Halifax polls show."  # a place alone is no title
    assert ("Commuters complain about the ferry", "polls") not in _reported(text)


def test_when_or_where_it_was_said_after_a_final_tag_is_no_content():
    text = "The fares will rise again in May, Jane Holm said during a visit to the harbour on Monday."
    assert _reported(text) == [("The fares will rise again in May", "Jane Holm")]
    text = "Ferry workers will strike, Omar Lind said through a spokesman for the union."
    assert _reported(text) == [("Ferry workers will strike", "Omar Lind")]
    text = "Jane Holm said after the vote on Monday she would resign from the board."
    assert [content for content, _ in _reported(text)] == ["after the vote on Monday she would resign from the board"]


def test_a_coordinated_subject_after_the_cue_does_not_end_the_content_at_its_and():
    text = "Jane Holm said both she and Omar Lind promised to keep the ferry running all winter."
    assert _reported(text) == [("both she and Omar Lind promised to keep the ferry running all winter", "Jane Holm")]
    text = "Jane Holm has not talked about fares and Omar Lind did not respond to a request for comment."
    assert not any(content.startswith("fares and") for content, _ in _reported(text))


def test_reported_content_before_a_second_verb_with_its_own_direct_quote_ends_at_the_conjunction():
    text = 'Jane Holm said it was too early to raise the fares but added, "The ferry costs more every year."'
    found = _kinds(text)
    assert ("indirect", "it was too early to raise the fares", "Jane Holm") in found
    assert ("direct", '"The ferry costs more every year."', "Jane Holm") in found


def test_an_abbreviation_ending_a_paragraph_ends_the_reported_content():
    text = "Jane Holm says the ferry will take tourists away from the U.S.\n\nOmar Lind runs the harbour in Halifax."
    assert _reported(text) == [("the ferry will take tourists away from the U.S", "Jane Holm")]


def test_a_headline_subject_may_be_a_bare_singular_role():
    """Headlines drop the article: "…, analyst says.", "Former rival says …"; in running text a bare role
    after a relative pronoun ("…, whose campaign said …") is no speaker."""
    def mentions(text):
        return [(text[q.start:q.end], text[q.speaker.start:q.speaker.end] if q.speaker else None)
                for q in find_quotes(text, find_entities(text))]
    text = ("Ferry fares will double by spring, analyst says\n\nFormer councillor says harbour plan is doomed\n\n"
            "The ferry, official says, will run all winter.")
    assert mentions(text) == [("Ferry fares will double by spring", "analyst"), ("harbour plan is doomed", "Former councillor"),
                              ("The ferry, official says, will run all winter", "official")]
    text = "The bridge was built by Omar Lind, whose company said the toll will rise again."
    assert all(mention != "whose company" for _, mention in mentions(text))


def test_a_poll_opening_the_sentence_is_the_source_of_what_follows():
    def found(text):
        return [(text[q.start:q.end], text[q.speaker.start:q.speaker.end]) for q in find_quotes(text, find_entities(text))]
    text = ("Holm leads the race. In the latest Harbour Herald poll, conducted in May, she led Omar Lind 52 percent "
            "to 31 percent. In Halifax, the ferry runs all winter.")
    assert found(text) == [("she led Omar Lind 52 percent to 31 percent", "the latest Harbour Herald poll")]


def test_an_addressee_may_be_a_capitalised_modifier_and_its_noun():
    text = ("The ferry will run all winter, Transport Minister Jane Holm told a Senate panel Wednesday. "
            "Omar Lind told a Harbour Board meeting in Halifax the fares would rise. Ada Quill told the Herald that "
            "the bridge is safe.")
    assert _reported(text) == [("The ferry will run all winter", "Jane Holm"), ("the fares would rise", "Omar Lind"),
                               ("that the bridge is safe", "Ada Quill")]


def test_an_object_pronoun_after_the_cue_is_no_content():
    text = ("Holm tried to take back her words a day after she said them, but the damage was done. "
            "The solution, the harbour master told them, was simple.")
    assert _reported(text) == [("The solution, the harbour master told them, was simple", None)]


def test_remembered_tags_a_quotation_but_a_memory_is_no_reported_speech():
    text = ('"The harbour froze solid that winter," remembered Omar Lind, a retired ferry captain. '
            "Islanders who remember the storms of 1998 stayed home.")
    assert _kinds(text) == [("direct", '"The harbour froze solid that winter,"', "Omar Lind")]


def test_a_gerund_coordinated_with_an_earlier_gerund_keeps_that_gerunds_own_subject():
    text = ('Liberals were quick to respond, with Jane Holm writing that the plan was a "disgrace" and asking, '
            '"Who will pay for the ferry now?"')
    assert ("direct", '"Who will pay for the ferry now?"', "Jane Holm") in _kinds(text)


def test_according_to_after_a_conjunction_or_with_a_listed_source_opens_the_content():
    text = ("But according to reports in the Harbour Herald, the ferry will not run this winter. "
            "According to interviews with Holm's friends, aides and neighbours, she wants to run again.")
    assert [content for content, _ in _reported(text)] == ["the ferry will not run this winter", "she wants to run again"]


def test_agents_speak_and_an_object_pronoun_with_an_adjunct_is_no_content():
    def found(text):
        return [(text[q.start:q.end], text[q.speaker.start:q.speaker.end] if q.speaker else None)
                for q in find_quotes(text, find_entities(text))]
    text = "Border Patrol agents said the ground under the harbour is hollow."
    assert found(text) == [("the ground under the harbour is hollow", "Border Patrol agents")]
    text = "Jane Holm thanked him in a speech on Monday. Omar Lind criticized them during the debate."
    assert found(text) == []


def test_a_capitalised_cue_after_a_quotation_ending_its_sentence_opens_the_next_sentence():
    text = ('"The ferry stays," Jane Holm said. "It has run for fifty years and it will run for fifty more." '
            'Asked what that might cost, she said the province would pay.')
    found = _kinds(text)
    assert ("direct", '"It has run for fifty years and it will run for fifty more."', "Jane Holm") in found
    assert ("indirect", "what that might cost", None) in found


def test_a_fronted_condition_after_that_leads_to_the_contents_own_main_clause():
    text = ("Jane Holm said that, if elected, she would refuse to approve the ferry contract. "
            "Prosecutors said that although Omar Lind confessed, he showed no remorse for the fraud.")
    assert _reported(text) == [("that, if elected, she would refuse to approve the ferry contract", "Jane Holm"),
                               ("that although Omar Lind confessed, he showed no remorse for the fraud", "Prosecutors")]


def test_a_question_opening_the_sentence_before_a_scare_quote_is_no_mixed_quote_of_the_answer():
    text = 'Asked if the ferry contract was "fair and open", Jane Holm replied: "It was tendered twice."'
    assert _kinds(text) == [("mixed", 'if the ferry contract was "fair and open"', None),
                            ("direct", '"It was tendered twice."', "Jane Holm")]


def test_a_broadcaster_named_with_its_kind_is_the_addressee_not_the_content():
    text = ("Jane Holm told Canadian TV network Harbour News on Sunday that her son was innocent. "
            "Omar Lind told broadcaster CHNS the ferry would run.")
    assert _reported(text) == [("that her son was innocent", "Jane Holm"), ("the ferry would run", "Omar Lind")]


def test_a_contents_own_both_and_coordination_is_not_the_speakers_second_verb():
    text = "The rival ferry lines say Harbour Ferries has both broken the tender rules and threatened competition."
    assert _reported(text) == [("Harbour Ferries has both broken the tender rules and threatened competition", None)]


def test_a_gerund_after_a_quotation_inside_a_reported_clause_goes_on_from_the_sentences_speaker():
    text = ('Speaking to supporters in Halifax after the vote, Holm said that there is “only one strong candidate '
            'in a position to win this race,” adding that it is why Omar Lind “relentlessly attacks us.”')
    assert _kinds(text) == [("mixed", "that there is “only one strong candidate in a position to win this race,”", "Holm"),
                            ("mixed", "that it is why Omar Lind “relentlessly attacks us.”", "Holm")]


@pytest.mark.parametrize("text, expected", [
    ("The ferry plan is a mistake, said city councillor Waye Lind.", [("The ferry plan is a mistake", "Waye Lind")]),
    ("The tender was rigged from the start, says longtime harbour activist Jane Holm.",
     [("The tender was rigged from the start", "Jane Holm")]),
])
def test_an_inverted_tag_with_a_lowercase_description_before_the_name(text, expected):
    # the words between the verb and the name describe the speaker; they are not what was said
    assert _reported(text) == expected


def test_a_short_object_cut_by_the_next_speakers_tag_is_no_content_of_its_own():
    text = ("Many ferry workers did not recognize themselves in the report and found it offensive, "
            "harbour journalist Jane Holm said in an interview.")
    assert _reported(text) == [("Many ferry workers did not recognize themselves in the report and found it offensive",
                                "Jane Holm")]


def test_a_short_object_before_the_same_speakers_gerund_is_kept():
    text = "Omar Lind defended the closure, calling it the only way to save the ferry."
    assert [content for content, _ in _reported(text)][:1] == ["the closure"]


@pytest.mark.parametrize("text, expected", [
    ("Jane Holm took to Twitter to say the ferry tender was rigged.", ("indirect", "the ferry tender was rigged", "Jane Holm")),
    ('Omar Lind rose to say: "The tender was rigged."', ("direct", '"The tender was rigged."', "Omar Lind")),
    ("Jane Holm took the stage to announce, “We won the ferry contract.”",
     ("direct", "“We won the ferry contract.”", "Jane Holm")),
    ('Omar Lind used his keynote speech to say the ferry would run all winter.',
     ("indirect", "the ferry would run all winter", "Omar Lind")),
])
def test_an_act_done_to_say_it_has_the_acts_subject_as_speaker(text, expected):
    assert _kinds(text) == [expected]


def test_reacted_and_interjected_tag_a_quotation_but_take_no_content_of_their_own():
    text = ('“Is the ferry board asleep?” reacted Jane Holm. Omar Lind, who chairs the board, interjected: '
            '"It is not." Holm reacted to the news with anger.')
    assert _kinds(text) == [("direct", "“Is the ferry board asleep?”", "Jane Holm"),
                            ("direct", '"It is not."', "Omar Lind")]


def test_a_quotation_closing_with_the_clauses_comma_ends_the_content_before_the_next_tag():
    text = ('Omar Lind admitted to the newspaper that he and Jane Holm had “been friends for some time,” he '
            'claimed they had never met in person.')
    assert _kinds(text) == [("mixed", "that he and Jane Holm had “been friends for some time,”", "Omar Lind"),
                            ("indirect", "they had never met in person", "Omar Lind")]


def test_according_to_after_a_fronted_clause_reports_the_whole_sentence():
    text = ("While most of the ferries were refitted in May, according to a harbour official, two in the "
            "newest fleet were never inspected.")
    assert [content for content, _ in _reported(text)] == [text[:-1]]


def test_a_headline_turn_of_a_named_persons_camp():
    text = "Holm camp: Ferry tender was rigged from the start.\n\nHALIFAX — Jane Holm spoke to reporters on Monday."
    assert _kinds(text)[:1] == [("indirect", "Ferry tender was rigged from the start", None)]


@pytest.mark.parametrize("text, expected", [
    ("The ferry is vital, she said after meeting Thursday with harbour officials, because the bridge is closed.",
     ["The ferry is vital"]),
    ("Omar Lind pledged Saturday to keep the ferry running but said little about how.",
     ["to keep the ferry running"]),
    ("Though they speak barely a word of English, their smiles said a lot.", []),
])
def test_when_a_tag_was_said_and_how_much_is_no_content(text, expected):
    assert [content for content, _ in _reported(text)] == expected


def test_much_of_opens_a_content():
    text = "Omar Lind said much of his talk with the board was about the ferry."
    assert _reported(text) == [("much of his talk with the board was about the ferry", "Omar Lind")]


def test_a_content_in_a_who_aside_ends_where_the_subject_s_own_verb_of_saying_comes():
    text = ("Lena Holm, who did not say that the mayor was unfit for office, said on Wednesday "
            "that he had not read the port report.")
    quotes = find_quotes(text, find_entities(text))
    contents = {text[q.start:q.end]: q for q in quotes}
    assert "that the mayor was unfit for office" in contents
    main = contents.get("that he had not read the port report")
    assert main is not None and main.speaker is not None and main.speaker.name == "Lena Holm"
