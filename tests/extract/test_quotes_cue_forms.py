"""Quote cues and speech forms of issue 12 (mixed quotes inside a reported clause, expressive and
inverted cues), each on sentences written for these tests, not taken from any data set."""

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker name) of every quote suggested for ``text``."""
    return [(q.kind, text[q.start:q.end], text[q.cue_start:q.cue_end] if q.cue_start is not None else None,
             q.speaker.name if q.speaker else None) for q in find_quotes(text, find_entities(text))]


def test_quoted_words_inside_a_reported_clause_are_one_mixed_quote_of_its_speaker():
    # a later noun that is also a cue form ("comment") is no tag for the quoted words
    text = ("Councillor Mia Torres said the harbour plan was “a costly mistake” for the fishing fleet and "
            "her budget comment was a warning to the board.")
    assert _quotes(text) == [("mixed", "the harbour plan was “a costly mistake” for the fishing fleet and her "
                              "budget comment was a warning to the board", "said", "Mia Torres")]


def test_quoted_words_tagged_right_after_them_stay_the_tag_speakers():
    text = "Councillor Mia Torres said the fleet was ready. Dredging the port “costs too much,” Omar Lindqvist said."
    kinds = {content: (kind, speaker) for kind, content, _, speaker in _quotes(text)}
    assert kinds["Dredging the port “costs too much,”"] == ("mixed", "Omar Lindqvist")
