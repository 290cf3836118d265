"""The attribution chain, on paragraphs written for these tests: the speaker quoted just before a
pronoun or an unattributed quote, over people named in passing."""

from __future__ import annotations

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quoted or reported text, speaker's resolved name) in text order."""
    return [(text[q.start:q.end], q.speaker.name if q.speaker is not None else None)
            for q in find_quotes(text, find_entities(text))]


def speaker_of(text: str, words: str) -> str | None:
    return next(name for span, name in speakers(text) if words in span)


def test_he_after_a_man_named_in_passing_is_the_speaker_quoted_before():
    text = ("\"We will not retaliate for now,\" Daniel Okafor said after meeting with Finance Minister Paul Brennan.\n\n"
            "He added that the talks would go on. \"We are patient people,\" he said.")
    assert speaker_of(text, "We will not retaliate") == "Daniel Okafor"
    assert speaker_of(text, "We are patient people") == "Daniel Okafor"


def test_a_new_subject_takes_the_chain_over():
    text = ("\"We will not retaliate for now,\" Daniel Okafor said.\n\n"
            "Paul Brennan, the finance minister, disagreed. \"That is a mistake,\" he said.")
    assert speaker_of(text, "That is a mistake") == "Paul Brennan"


def test_the_chain_stops_after_a_paragraph():
    text = ("\"We will not retaliate for now,\" Daniel Okafor said.\n\n"
            "The harbour reopened on Tuesday.\n\n"
            "Ships waited for Paul Brennan. \"The queue is long,\" he said.")
    assert speaker_of(text, "The queue is long") == "Paul Brennan"


def test_a_quote_opening_a_sentence_takes_the_voice_the_paragraph_reported():
    text = ("The council may delay the vote until spring, Maria Lindqvist said. "
            "\"Nobody wants to rush a decision of this size.\"")
    assert speaker_of(text, "Nobody wants to rush") == "Maria Lindqvist"


def test_an_unattributed_quote_after_a_plain_sentence_stays_unattributed():
    text = ("Maria Lindqvist chairs the council. The vote was delayed until spring. "
            "\"Nobody wants to rush a decision of this size.\"")
    assert speaker_of(text, "Nobody wants to rush") is None


def test_the_paragraph_voice_does_not_cross_into_the_next_paragraph():
    text = ("The council may delay the vote until spring, Maria Lindqvist said.\n\n"
            "\"Nobody wants to rush a decision of this size.\"")
    assert speaker_of(text, "Nobody wants to rush") is None
