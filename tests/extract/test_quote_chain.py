"""The attribution chain, on paragraphs written for these tests: the speaker quoted just before a
pronoun or an unattributed quote, over people named in passing."""

from __future__ import annotations

import pytest

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quoted or reported text, speaker's resolved name) in text order."""
    return [(text[q.start:q.end], q.speaker.name if q.speaker is not None else None)
            for q in find_quotes(text, find_entities(text))]


def speaker_of(text: str, words: str) -> str | None:
    return next(name for span, name in speakers(text) if words in span)


OKAFOR = "\"We will not retaliate for now,\" Daniel Okafor said"
LINDQVIST = "The council may delay the vote until spring, Maria Lindqvist said."
RUSH = "\"Nobody wants to rush a decision of this size.\""
# (paragraphs, words of the quote, the speaker a reader names): each rule, and where it stops.
CASES = [
    pytest.param(OKAFOR + " after meeting with Finance Minister Paul Brennan.\n\nHe added that the talks would go on. "
                 "\"We are patient people,\" he said.", "We are patient", "Daniel Okafor", id="he-past-a-name-in-passing"),
    pytest.param(OKAFOR + ".\n\nPaul Brennan, the finance minister, disagreed. \"That is a mistake,\" he said.",
                 "That is a mistake", "Paul Brennan", id="a-new-subject-takes-the-chain-over"),
    pytest.param(OKAFOR + ".\n\nThe harbour reopened.\n\nShips waited for Paul Brennan. \"The queue is long,\" he said.",
                 "The queue is long", "Paul Brennan", id="the-chain-stops-after-a-paragraph"),
    pytest.param("Daniel Okafor said on Monday that Paul Brennan ignored the warnings.\n\n\"Nobody listened to us,\" he said.",
                 "Nobody listened", "Daniel Okafor", id="he-continues-the-subject-not-a-reported-clause's"),
    pytest.param("Daniel Okafor spoke first. Paul Brennan’s plan came next. \"It is far too late,\" he said.",
                 "far too late", "Daniel Okafor", id="he-continues-the-subject-not-a-possessor"),
    pytest.param("Daniel Okafor spoke first. Paul Brennan then took the floor. \"It is far too late,\" he said.",
                 "far too late", "Paul Brennan", id="a-later-subject-is-the-one-he-continues"),
    pytest.param("Daniel Okafor spoke first.\n\nThe harbour reopened.\n\nPaul Brennan’s plan came next. "
                 "\"It is far too late,\" he said.", "far too late", "Paul Brennan", id="no-subject-in-reach-the-latest-name"),
    pytest.param("Daniel Okafor, an adviser to then-President Paul Brennan, doubted the plan.\n\n\"We are patient "
                 "people,\" he said.", "We are patient", "Daniel Okafor", id="he-past-a-name-after-then-a-title"),
    pytest.param("Daniel Okafor met Paul Brennan on Monday. \"We are patient people,\" he said.",
                 "We are patient", "Daniel Okafor", id="he-continues-the-subject-not-an-object"),
    pytest.param("Daniel Okafor opened the meeting. \"The vote was fair,\" said Paul Brennan. \"We are patient people,\" "
                 "he said.",
                 "We are patient", "Paul Brennan", id="a-speaker-after-an-inverted-cue-is-a-subject"),
    pytest.param("Democrats noted that Tom Lind refused to testify before the Harbour Oversight Committee. They said "
                 "his lawyer offered a closed session.", "his lawyer offered", "Democrats", id="they-continues-a-subject-group"),
    pytest.param("The Harbour Oversight Committee met on Monday. They said the lawyer offered a closed session.",
                 "the lawyer offered", "Harbour Oversight Committee", id="they-an-organisation-as-subject"),
    pytest.param(LINDQVIST + " " + RUSH, "Nobody wants", "Maria Lindqvist", id="a-quote-takes-its-paragraph's-voice"),
    pytest.param("Maria Lindqvist chairs the council. The vote was delayed. " + RUSH, "Nobody wants", None,
                 id="no-cue-before-the-quote-no-voice"),
    pytest.param(LINDQVIST + "\n\n" + RUSH, "Nobody wants", "Maria Lindqvist", id="a-paragraph-opening-with-a-quote-goes-on"),
    pytest.param(LINDQVIST + "\n\nThe harbour reopened.\n\n" + RUSH, "Nobody wants", None, id="the-voice-reaches-one-paragraph"),
    pytest.param(LINDQVIST + "\n\nThe harbour reopened. " + RUSH, "Nobody wants", None, id="the-voice-stays-in-its-paragraph"),
    pytest.param("Maria Lindqvist backed the plan by saying she would help if asked. " + RUSH, "Nobody wants",
                 "Maria Lindqvist", id="the-latest-cue-with-a-subject-speaks"),
    pytest.param("On Monday, Maria Lindqvist -- the mayor since 2019 -- said the vote would be close.", "vote would",
                 "Maria Lindqvist", id="an-appositive-between-dashes"),
    pytest.param("On Monday, Lindqvist — who had backed the plan — said the vote would be close.", "vote would",
                 "Lindqvist", id="a-relative-clause-between-dashes"),
    pytest.param("Tomas Berg, a developer from Leeds, England, said the tower would be finished by June.",
                 "tower would be", "Tomas Berg", id="the-person-before-several-appositives"),
    pytest.param("The builder, based in Leeds, England, said the tower would be finished by June.",
                 "tower would be", None, id="no-person-before-the-appositives-no-person"),
    pytest.param("HARBOUR TRAFFIC - Maria Lindqvist: " + RUSH, "Nobody wants", "Maria Lindqvist", id="a-name-and-a-colon"),
    pytest.param("Later that week on the network Harbour Radio: " + RUSH, "Nobody wants", None, id="no-colon-name-after-on"),
    pytest.param("\"It was a fair vote,\" Maria Lindqvist told reporters, as a dozen states held elections. " + RUSH,
                 "Nobody wants", "Maria Lindqvist", id="a-noun-read-as-a-cue-ends-no-quote-run"),
    pytest.param("\"We will cut the budget,\" Maria Lindqvist said. \"Nobody wants to rush it.\" The council has said it "
                 "is committed to the harbour.", "Nobody wants", "Maria Lindqvist",
                 id="a-next-sentence-with-its-own-content-is-no-tag"),
    pytest.param("Daniel Okafor told reporters: \"The queue is long.\" Maria Lindqvist, who chairs the harbour board, said "
                 "she was surprised. " + RUSH, "Nobody wants", "Maria Lindqvist",
                 id="a-voice-across-an-appositive-ends-the-quote-run"),
    pytest.param("\"The queue is long,\" said Daniel Okafor, who noted that the harbour had reopened. " + RUSH,
                 "Nobody wants", "Daniel Okafor", id="a-who-going-on-from-the-tag-keeps-the-quote-run"),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_along_the_attribution_chain(text, words, expected):
    assert speaker_of(text, words) == expected


def test_the_quote_that_starts_the_chain_keeps_its_own_speaker():
    text = CASES[0].values[0]
    assert speaker_of(text, "We will not retaliate") == "Daniel Okafor"


def test_a_relative_pronoun_is_the_mention_and_its_noun_the_speaker():
    text = "The mayor praised Maria Lindqvist, who warned that the vote would be close."
    quote = next(q for q in find_quotes(text, find_entities(text)) if "vote would be close" in text[q.start:q.end])
    assert text[quote.speaker.start:quote.speaker.end] == "who"
    assert quote.speaker.name == "Maria Lindqvist"  # not the sentence's subject, the mayor


def test_who_is_never_the_sentence_subject():
    text = "Maria Lindqvist inspired young idealists who said the old order was finished."
    quote = next(q for q in find_quotes(text, find_entities(text)) if "old order" in text[q.start:q.end])
    assert text[quote.speaker.start:quote.speaker.end] == "who"
    assert quote.speaker.name is None  # the idealists, whom nobody names: not Maria Lindqvist


def test_a_described_name_after_a_preposition_is_named_in_passing_not_the_next_he():
    text = ("Ben Carson brought in a new campaign manager last month, leading to the exodus of former campaign "
            "manager Barry Bennett and two other aides. He praised those who left but said, “We are in a "
            "different ballgame now.”")
    quote = next(q for q in find_quotes(text, find_entities(text)) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name == "Ben Carson"


def test_a_described_name_opening_a_clause_is_still_the_next_he():
    text = ("Secretary of State John Kerry met the envoys on Monday. He said, “We are close.” "
            "Campaign manager Barry Bennett spoke next. He said, “We are ready.”")
    names = [q.speaker.name for q in find_quotes(text, find_entities(text)) if q.kind == "direct"]
    assert names == ["John Kerry", "Barry Bennett"]


def test_they_after_two_people_joined_as_the_subject_is_the_first_of_them():
    text = ("In their new book, Stephen Cohen and Bradford DeLong of the University of California suggest that "
            "policy was at fault. The country might have leaned against the strategy, they argue, by insisting "
            "on more trade.")
    quote = next(q for q in find_quotes(text, find_entities(text)) if "leaned" in text[q.start:q.end])
    assert quote.speaker is not None and quote.speaker.name == "Stephen Cohen"
