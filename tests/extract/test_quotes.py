"""Quotes with cues and resolved speakers: the seed article, the issue's cases, odd text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.extract.base import EntitySuggestion
from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes
from tests.conftest import GOLD, SEED, shared_path

# The seed's six quotes from its hand-made gold: opening words, speaker, cue.
SEED_GOLD = [
    ("“We’ve been in talks", "Mélanie Joly", "stated"),
    ("“We live in the most", "Ursula von der Leyen", "proclaimed"),
    ("“If Europe goes it alone", "Christian Leuprecht", "warned"),
    ("“We know that we have", "Mélanie Joly", "pointed out"),
    ("“It would be to the advantage", "Roderich Kiesewetter", "asserting"),
    ("“You’ve got to manufacture", "Christian Leuprecht", "mentioned"),
]


def entity(text: str, words: str, label: str = "PERSON", nth: int = 0, canonical: str | None = None):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return EntitySuggestion(start=start, end=start + len(words), label=label, canonical=canonical)


def test_seed_quotes_have_their_speakers_and_cues_with_the_pipeline_entities():
    text = SEED.read_text(encoding="utf-8")
    direct = [q for q in find_quotes(text, find_entities(text)) if q.kind == "direct"]
    assert len(direct) == 6
    for quote, (opening, speaker, cue) in zip(direct, SEED_GOLD):
        assert text[quote.start:quote.end].startswith(opening)
        assert text[quote.end - 1] == "”"
        assert quote.speaker is not None and quote.speaker.name == speaker
        assert text[quote.cue_start:quote.cue_end] == cue


def test_seed_against_its_gold_file():
    gold = json.loads(shared_path("gold", GOLD.name).read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    entities = [EntitySuggestion(start=e["start"], end=e["end"], label=e["label"]) for e in gold["entities"]]
    found = {(q.start, q.end): q for q in find_quotes(text, entities)}
    for g in gold["quotes"]:
        quote = found[(g["start"], g["end"])]
        assert quote.speaker.name == g["speaker"]
        assert text[quote.cue_start:quote.cue_end] == g["cue"]


def test_a_pronoun_resolves_to_the_person_named_before_and_links_the_full_name_mention():
    text = ("Christian Leuprecht, a defense expert, spoke first. Then Leuprecht sat down. "
            "He warned, “It’s going to need Canada even less than it does now.”")
    people = [entity(text, "Christian Leuprecht"), entity(text, "Leuprecht", nth=1)]
    [quote] = find_quotes(text, people)
    assert text[quote.speaker.start:quote.speaker.end] == "He"
    assert quote.speaker.name == "Christian Leuprecht"
    assert (quote.speaker.entity_start, quote.speaker.entity_end) == (people[0].start, people[0].end)
    assert text[quote.cue_start:quote.cue_end] == "warned"


def test_a_surname_mention_is_its_own_entity_with_the_full_name():
    text = ("Foreign Affairs Minister Mélanie Joly spoke in Ottawa. "
            "“We’ve been in talks with the European Union,” Joly stated during an interview.")
    people = [entity(text, "Mélanie Joly"), entity(text, "Joly", nth=1)]
    [quote] = find_quotes(text, people)
    assert quote.kind == "direct"
    assert (quote.speaker.start, quote.speaker.end) == (people[1].start, people[1].end)
    assert (quote.speaker.entity_start, quote.speaker.entity_end) == (people[1].start, people[1].end)
    assert quote.speaker.name == "Mélanie Joly"


def test_inverted_cue_with_a_title_before_the_name():
    text = ("“We live in the most significant and dangerous time,” proclaimed European Commission "
            "President Ursula von der Leyen, highlighting the need.")
    entities = [entity(text, "European Commission", "ORG"), entity(text, "Ursula von der Leyen")]
    [quote] = find_quotes(text, entities)
    assert text[quote.speaker.start:quote.speaker.end] == "Ursula von der Leyen"
    assert text[quote.cue_start:quote.cue_end] == "proclaimed"
    # Without any entity the capitalised run after the title still names the speaker, unlinked.
    [bare] = find_quotes(text, [])
    assert bare.speaker.name == "Ursula von der Leyen" and bare.speaker.entity_start is None


def test_a_quote_split_around_its_cue_gives_two_quotes_with_one_speaker():
    text = "“We will not back down,” she said. “Not now, not ever.”\n\nShe is Anita Anand, the minister."
    first, second = find_quotes(text, [])
    assert text[first.start:first.end] == "“We will not back down,”"
    assert text[second.start:second.end] == "“Not now, not ever.”"
    assert first.speaker == second.speaker and text[first.speaker.start:first.speaker.end] == "she"
    assert (first.cue_start, first.cue_end) == (second.cue_start, second.cue_end)


def test_a_quote_without_a_findable_speaker_is_still_suggested():
    # ("The banner read: “…”" names its source now: "read" is the tag of what a text says)
    text = "Above the gate, in red letters: “No more wars for anyone, anywhere, ever.”"
    [quote] = find_quotes(text, [])
    assert quote.kind == "direct" and quote.speaker is None


def test_reported_speech_with_that_and_according_to():
    text = ("Joly said that the talks with Europe were going well. "
            "Prices will rise next year, according to the central bank. "
            "Mr. Smith told reporters the deal was dead.")
    people = [entity(text, "Joly"), entity(text, "Smith")]
    quotes = find_quotes(text, people)
    found = {text[q.start:q.end]: q for q in quotes}
    assert set(found) == {"that the talks with Europe were going well", "Prices will rise next year",
                          "the deal was dead"}
    assert all(q.kind == "indirect" for q in quotes)
    assert found["that the talks with Europe were going well"].speaker.name == "Joly"
    assert text[found["the deal was dead"].cue_start:found["the deal was dead"].cue_end] == "told"
    assert found["the deal was dead"].speaker.name == "Smith"
    bank = found["Prices will rise next year"].speaker
    assert text[bank.start:bank.end] == "the central bank"


def test_reported_speech_holding_a_partial_quote_is_mixed_and_replaces_the_fragment():
    text = "Kiesewetter said the offer was “a real advantage for both of us” in the long run."
    [quote] = find_quotes(text, [entity(text, "Kiesewetter")])
    assert quote.kind == "mixed"
    assert text[quote.start:quote.end] == "the offer was “a real advantage for both of us” in the long run"


def test_a_quote_continuing_in_the_next_paragraph_keeps_its_speaker():
    text = ("“The first part of what I said is here,” Smith said.\n\n"
            "“And this paragraph is more of the same thing.”\n\nThe end of the story came later.")
    first, second = find_quotes(text, [entity(text, "Smith")])
    assert second.speaker == first.speaker and second.speaker.name == "Smith"


_PIECES = st.sampled_from(["“", "”", '"', "''", "’", "He", " said", " Joly", " told", " that ", ", ", ". ",
                           "\n", "\n\n", "according to", " the minister", "Mr.", " Smith", "word", " —", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.data())
def test_odd_text_never_raises_and_gives_valid_spans(text, data):
    entities = []
    if text:
        for _ in range(data.draw(st.integers(0, 4))):
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start + 1, len(text)))
            entities.append(EntitySuggestion(start=start, end=end, label=data.draw(st.sampled_from(["PERSON", "ORG"]))))
    for quote in find_quotes(text, entities):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.kind in ("direct", "indirect", "mixed")
        if quote.cue_start is not None:
            assert 0 <= quote.cue_start < quote.cue_end <= len(text)
        speaker = quote.speaker
        if speaker is not None and speaker.start is not None:
            assert 0 <= speaker.start < speaker.end <= len(text)
        if speaker is not None and speaker.entity_start is not None:
            assert (speaker.entity_start, speaker.entity_end) in {(e.start, e.end) for e in entities}


def test_a_title_that_is_also_a_surname_after_mr():
    text = "“It’s all about creating some enthusiasm around this race,” Mr. King added."
    [quote] = find_quotes(text, [])
    assert text[quote.speaker.start:quote.speaker.end] == "King"
    assert text[quote.cue_start:quote.cue_end] == "added"


def test_reported_content_stops_before_another_voice_quoted_in_the_same_sentence():
    text = ("When Clinton noted that Trump had not paid federal income taxes ― Trump boasted, "
            "“That makes me smart.” Later the debate ended.")
    entities = [entity(text, "Clinton"), entity(text, "Trump"), entity(text, "Trump", nth=1)]
    quotes = {text[q.start:q.end]: q for q in find_quotes(text, entities)}
    assert quotes["“That makes me smart.”"].speaker.name == "Trump"
    assert "that Trump had not paid federal income taxes" in quotes


def test_a_cue_with_a_colon_reports_the_next_paragraph():
    text = "The governor added:\n\nIt is typical of her. She knows nothing about it.\n\nThe end."
    [quote] = find_quotes(text, [])
    # Reported content leaves out the closing full stop, as for every reported quote.
    assert text[quote.start:quote.end] == "It is typical of her. She knows nothing about it"
    assert text[quote.speaker.start:quote.speaker.end] == "The governor"


def test_a_relative_pronoun_points_back_to_its_noun_phrase():
    text = "Trump refused to pay an architect who said he was stiffed after the work."
    refused, quote = find_quotes(text, [entity(text, "Trump")])  # Trump's refusal ends at "who"
    assert text[refused.start:refused.end] == "to pay an architect"
    assert text[quote.start:quote.end] == "he was stiffed after the work"
    # an unnamed person's "who" is the mention (as PolNeAR marks it), naming no one
    assert text[quote.speaker.start:quote.speaker.end] == "who" and quote.speaker.name is None


def test_a_plural_noun_that_looks_like_a_cue_is_not_reported_speech():
    text = "Leaders will campaign in battleground states around issues such as criminal justice."
    assert find_quotes(text, []) == []


def test_attribution_closing_or_inside_a_sentence_without_quotation_marks():
    text = ("But the new plan is still tilted toward the rich, the Tax Foundation said. "
            "The museum, Mr. Bush said, celebrated several of his heroes. "
            "The losses would outstrip the gains, said Batchelder, a tax expert.")
    entities = [entity(text, "Tax Foundation", "ORG"), entity(text, "Bush")]
    found = {text[q.start:q.end]: q for q in find_quotes(text, entities)}
    assert found["But the new plan is still tilted toward the rich"].speaker.name == "Tax Foundation"
    assert found["The museum, Mr. Bush said, celebrated several of his heroes"].speaker.name == "Bush"
    assert found["The losses would outstrip the gains"].speaker.name == "Batchelder"


def test_said_before_a_clause_is_reported_even_when_the_subject_is_not_resolved():
    text = "Experts on nuclear nonproliferation said the latest test could change that. It is hard to say."
    [quote] = find_quotes(text, [])
    assert text[quote.start:quote.end] == "the latest test could change that"
    assert quote.kind == "indirect"
    # the speaker is the sentence's opening phrase, a speaker noun and what it is on, with no one's name
    assert text[quote.speaker.start:quote.speaker.end] == "Experts on nuclear nonproliferation"
    assert quote.speaker.name is None


def test_inverted_cue_with_an_abbreviated_title_and_a_sentence_initial_said():
    text = ('"It is ominous," said Del. Stacey Plaskett of the Virgin Islands. '
            "The costs keep rising. Said Ellis: “It would make the code more complicated.”")
    first, second = find_quotes(text, [])
    assert first.speaker.name == "Stacey Plaskett"
    assert text[second.cue_start:second.cue_end] == "Said" and second.speaker.name == "Ellis"


def test_a_common_noun_speaker_with_capitalised_modifiers():
    text = "The New York businessman says of Clinton, “She is a disaster for the country.”"
    [quote] = find_quotes(text, [entity(text, "Clinton")])
    assert text[quote.speaker.start:quote.speaker.end] == "The New York businessman"


def test_a_gerund_cue_takes_the_clause_subject_even_without_entities():
    text = "During a speech in Ohio, Trump attacked Clinton for her record, saying, “She failed us all.”"
    attack, quote = find_quotes(text, [])
    assert text[attack.start:attack.end] == "Clinton for her record" and attack.speaker.name == "Trump"
    assert quote.speaker.name == "Trump" and text[quote.cue_start:quote.cue_end] == "saying"


# Who speaks when other names stand next to the speaker's (sentences written for these tests):
# (text, words of the quote, the resolved speaker name).
NAMES_NEXT_TO_THE_SPEAKER = [
    ("“We are ready,” said Berg campaign manager Lena Holm.", "We are ready", "Lena Holm"),  # a name modifying a role
    ("“We are ready,” said Lena Holm and Tom Lind.", "We are ready", "Lena Holm"),  # two speakers: the first
    ("Lena Holm of the Nordic Policy Institute said the tax would fail.", "tax would fail", "Lena Holm"),
    ("Marta Olsen of Bergen, Norway, said the tax would fail.", "tax would fail", "Marta Olsen"),
    ("The Ministry of Finance said the tax would fail.", "tax would fail", "Ministry of Finance"),  # no person: the body
    ("Republicans said the tax would fail.", "tax would fail", "Republicans"),  # a group as written, not "Republican"
    ("“We will win,” said Rep. J.R. Holloway (D-Ore.), head of the caucus.", "We will win", "J.R. Holloway"),
]


def test_the_speaker_among_names_next_to_it():
    for text, words, expected in NAMES_NEXT_TO_THE_SPEAKER:
        quote = next(q for q in find_quotes(text, find_entities(text)) if words in text[q.start:q.end])
        assert quote.speaker is not None and quote.speaker.name == expected, text


def test_sentence_ends_after_punctuation_runs_closing_marks_and_line_breaks():
    from annotator.extract.quotes import sentence_ends

    text = "He left. She stayed!\nMr. Smith spoke?! “Fine.” Then\nend"
    cuts = [0, *sentence_ends(text), len(text)]
    assert [text[a:b] for a, b in zip(cuts, cuts[1:])] == [
        "He left. ", "She stayed!\n", "Mr. Smith spoke?! ", "“Fine.” ", "Then\n", "end"]


def test_a_pronoun_after_an_abbreviation_opens_a_new_sentence_but_a_name_does_not():
    from annotator.extract.quotes import sentence_ends

    text = "He moved to the U.S. He says it was cold. She met Mr. Holm and the U.S. Senate."
    cuts = [0, *sentence_ends(text), len(text)]
    assert [text[a:b] for a, b in zip(cuts, cuts[1:])] == [
        "He moved to the U.S. ", "He says it was cold. ", "She met Mr. Holm and the U.S. Senate."]


def test_an_unlabelled_full_name_before_appositives_is_the_subject():
    # No entities at all, as when the recognizer leaves an unknown name unlabelled.
    text = "Voters lined up early. Dana Whitcomb, 34, a nurse from Carson City, said she came out to back the mayor."
    [quote] = find_quotes(text, [])
    assert "came out to back the mayor" in text[quote.start:quote.end]
    assert quote.speaker is not None and quote.speaker.name == "Dana Whitcomb"


def test_a_lone_title_word_that_is_the_surname_of_a_person_named_before():
    text = "Tennis great Mary Ann King spoke first. King says Lindqvist “walked the walk.”"
    [quote] = find_quotes(text, [entity(text, "Mary Ann King")])
    assert text[quote.speaker.start:quote.speaker.end] == "King" and quote.speaker.name == "Mary Ann King"
    # with no one of that surname named, a bare title is still no speaker
    other = "Tennis great Mary Ann Holt spoke first. King says Lindqvist “walked the walk.”"
    [quote] = find_quotes(other, [entity(other, "Mary Ann Holt")])
    assert quote.speaker is None or quote.speaker.name != "King"


def test_a_determined_singular_party_word_is_an_unnamed_member_not_the_party():
    text = "Aides left the defence to others. “The campaign has been slow to respond,” one senior Republican said."
    [quote] = find_quotes(text, [entity(text, "Republican", "NORP")])
    assert text[quote.speaker.start:quote.speaker.end] == "one senior Republican"
    # a plural stays the group that speaks
    text = "Aides left the defence to others. “The campaign has been slow to respond,” Republicans said."
    [quote] = find_quotes(text, [entity(text, "Republicans", "NORP")])
    assert text[quote.speaker.start:quote.speaker.end] == "Republicans" and quote.speaker.name == "Republicans"


# An inverted tag right after its quote, with a determined phrase whose noun no list holds
# (sentences written for these tests): (text, the speaker mention, or None).
UNLISTED_TAG_SPEAKERS = [
    ('"It is hard to come back to work," said the designer, who works for another label.', "the designer"),
    ("“Now he will work for you,” said the 46-year-old.", "the 46-year-old"),
    ("“It was a weak argument,” said one Democrat familiar with the talks.", "one Democrat"),
    ("“It was a weak argument,” said the next day.", None),  # when, not who
]


def test_a_determined_phrase_after_an_inverted_tag_speaks_even_with_an_unlisted_noun():
    for text, expected in UNLISTED_TAG_SPEAKERS:
        [quote] = [q for q in find_quotes(text, find_entities(text)) if q.kind == "direct"]
        found = text[quote.speaker.start:quote.speaker.end] if quote.speaker is not None else None
        assert found == expected, text


def test_an_object_after_a_verb_that_is_no_tag_is_no_speaker():
    text = "Several candidates, including Lena Holm and Tom Lind, criticized the trade."
    for quote in find_quotes(text, find_entities(text)):
        assert quote.speaker is None or text[quote.speaker.start:quote.speaker.end] != "the trade"


# A quote after a colon closing a clause that opens with its subject and a verb no cue list holds
# (sentences written for these tests): (text, speaker mention, cue), or None for no such speaker.
COLON_CLAUSE_SPEAKERS = [
    ("Lena Holm spoke later. And Mr. Lindqvist gloated: “I told you he would fail.”", ("Lindqvist", "gloated")),
    ("Asked which town was his favourite, he demurred: “Whichever one I am in.”", ("he", "demurred")),
    ("When the ferry sank, Mayor Tom Berg released the following statement: “Our hearts are with them.”",
     ("Tom Berg", "released")),
    ("The crowd cheered. Dressed in blue: “Our hearts are with them.”", None),  # no subject and verb
]


def test_a_quote_after_a_colon_takes_the_clause_subject_and_its_verb():
    for text, expected in COLON_CLAUSE_SPEAKERS:
        [quote] = [q for q in find_quotes(text, find_entities(text)) if q.kind == "direct"]
        if expected is None:
            assert quote.speaker is None, text
            continue
        assert quote.speaker is not None, text
        found = (text[quote.speaker.start:quote.speaker.end], text[quote.cue_start:quote.cue_end])
        assert found == expected, text


def test_a_gerund_after_a_quote_tag_in_the_same_sentence_keeps_the_tag_speaker():
    text = 'Lena Holm ran the office. "They are not part of the team," she said, adding, "Mr. Lind is grateful."'
    first, second = find_quotes(text, [entity(text, "Lena Holm"), entity(text, "Lind")])
    assert first.speaker.name == "Lena Holm" and second.speaker == first.speaker
    assert text[second.cue_start:second.cue_end] == "adding"
    # in the next sentence the gerund has no tag to go on from
    text = 'Lena Holm ran the office. "They are not part of the team," she said. Adding, "Mr. Lind is grateful."'
    quotes = find_quotes(text, [entity(text, "Lena Holm"), entity(text, "Lind")])
    assert all(q.cue_start is None or text[q.cue_start:q.cue_end] != "Adding" or q.speaker is None for q in quotes)


def test_a_dash_line_under_a_quote_paragraph_names_its_author():
    text = 'Tax was a theme.\n\n"Almost all new income is going to the top."\n\n- Lena Holm.\n\nShe is wrong.'
    [quote] = find_quotes(text, [entity(text, "Lena Holm")])
    assert quote.speaker.name == "Lena Holm" and text[quote.cue_start:quote.cue_end] == "-"
    # a line of prose under the quote is no author line, dash or not
    text = 'Tax was a theme.\n\n"Almost all new income is going to the top, and it keeps going there."\n\nThe senator is wrong.'
    [quote] = find_quotes(text, [])
    assert quote.speaker is None


def test_a_gerund_does_not_take_the_object_of_the_clause_verb_as_speaker():
    text = 'In June, several farm unions granted Mr. Halvorsen an extension, saying his "budget was smaller than planned."'
    [quote] = find_quotes(text, [entity(text, "Halvorsen")])
    assert quote.speaker is None or quote.speaker.name != "Halvorsen"
    # the subject of the clause still speaks for it
    text = 'In June, Mr. Halvorsen granted the unions an extension, saying his "budget was smaller than planned."'
    [quote] = find_quotes(text, [entity(text, "Halvorsen")])
    assert quote.speaker.name == "Halvorsen"


def test_the_gap_before_a_cue_starts_where_a_search_of_the_gap_itself_starts():
    import re

    from annotator.extract.quote_mentions import _BETWEEN_SUBJECT_AND_CUE, _GAP_BEFORE_CUE

    plain = re.compile(_GAP_BEFORE_CUE)
    texts = ["Lena Holm also said", "Holm (the harbour master) has repeatedly argued", "Holm\n  later\nsaid",
             "Holm said", "The council on Monday said", "Holm on Monday evening said", "(Holm) then said", "Holm  (aside) (again) said",
             "Holm wasn’t said", "Holm\tsaid", "said"]
    for text in texts:
        cue = text.rindex("said") if "said" in text else len(text)
        cue = text.index("argued") if "argued" in text else cue
        for lo in range(cue + 1):
            expected = plain.search(text, lo, cue).start()
            found = _BETWEEN_SUBJECT_AND_CUE.search(text, lo, cue)
            assert (found.start() if found else cue) == expected, (text, lo)
    assert plain.search("Holm also said", 0, 10).start() == 4  # the gap " also " is found at all


def test_chanted_and_screamed_words_are_quotes_with_their_speaker():
    # Vocal verbs beyond "say" tag a quotation too (sentences written for this test).
    for text in ("The crowd outside the hall chanted “Open the port!” until dawn, Mara Lind wrote.",
                 "“Get out of the water,” Mara Lind screamed at the swimmers."):
        cues = {text[q.cue_start:q.cue_end] for q in find_quotes(text, find_entities(text)) if q.cue_start is not None}
        assert cues & {"chanted", "screamed"}, text
    text = "“Get out of the water,” Mara Lind screamed at the swimmers."
    quote = next(q for q in find_quotes(text, find_entities(text)) if "water" in text[q.start:q.end])
    assert quote.speaker is not None and quote.speaker.name == "Mara Lind"


def test_a_quote_closing_with_three_apostrophes_keeps_its_inverted_tag():
    # NYT style: the inner single quote and the outer '' close together, then "said X" attributes it.
    text = "''Neighbours tell me, 'Keep the ferry,''' said Ada Quill, who runs the harbour."
    [quote] = find_quotes(text, [entity(text, "Ada Quill")])
    assert (quote.kind, quote.speaker.name, text[quote.cue_start:quote.cue_end]) == ("direct", "Ada Quill", "said")


def test_a_person_entity_over_blanks_has_no_surname_and_breaks_nothing():
    # found by the property test above: two PERSON entities, one of them a single space
    text = "“ the minister”He said said"
    entities = [EntitySuggestion(start=22, end=23, label="PERSON"), EntitySuggestion(start=0, end=1, label="PERSON")]
    for quote in find_quotes(text, entities):
        assert 0 <= quote.start < quote.end <= len(text)


def test_a_quotation_followed_by_its_author_is_a_stories_title_not_a_quote():
    text = ('SHORT READS: "Ferry board strives to confront the winter timetable, at last," by the Harbour News’s '
            'Jane Holm. "We will keep it running all winter," said Omar Lind.')
    quotes = find_quotes(text, find_entities(text))
    assert [text[q.start:q.end] for q in quotes] == ['"We will keep it running all winter,"']
