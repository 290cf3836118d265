"""Speaker mentions and what they resolve to, on sentences written for these tests."""

from __future__ import annotations

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def speaker(text: str, words: str) -> tuple[str | None, str | None]:
    """(speaker mention, resolved name) of the quote holding ``words``."""
    quote = next(q for q in find_quotes(text, find_entities(text)) if words in text[q.start:q.end])
    if quote.speaker is None or quote.speaker.start is None:
        return None, None
    return text[quote.speaker.start:quote.speaker.end], quote.speaker.name


# -- the clause subject of a gerund cue ("…, saying …") ---------------------------------------

def test_a_noun_phrase_opening_the_clause_is_its_subject_not_the_person_named_after_it():
    text = "The former harbour director left Paul Brennan in no doubt, saying the ferry would run in May."
    mention, name = speaker(text, "ferry would run")
    assert mention == "The former harbour director" and name != "Paul Brennan"


def test_a_possessive_phrase_opening_the_clause_is_its_subject():
    text = "Brennan’s lawyers wrote to Maria Lindqvist on Monday, arguing that the ferry contract was void."
    assert speaker(text, "contract was void")[0] == "Brennan’s lawyers"


def test_a_name_in_apposition_to_the_opening_phrase_is_the_speaker():
    text = "The party chairman, Lena Holm, visited the harbour on Monday, saying the ferry would run in May."
    assert speaker(text, "ferry would run") == ("Lena Holm", "Lena Holm")


def test_an_opening_phrase_stops_at_its_verb():
    text = "An early tweet quoted the harbour director, saying the ferry would run in May."
    assert speaker(text, "ferry would run")[0] != "An early tweet quoted the harbour director"


# -- words between a subject and its cue -------------------------------------------------------

def test_a_reflexive_or_a_sentence_adverb_between_the_subject_and_its_cue():
    for text in ("Maria Lindqvist herself said the ferry would run in May.",
                 "Maria Lindqvist however said the ferry would run in May.",
                 "Maria Lindqvist has since said the ferry would run in May."):
        assert speaker(text, "ferry would run") == ("Maria Lindqvist", "Maria Lindqvist"), text


def test_the_subject_of_an_infinitive_s_verb_speaks():
    for text in ("Maria Lindqvist continued to insist that the ferry would run in May.",
                 "Maria Lindqvist had to explain that the ferry would run in May.",
                 "Maria Lindqvist wants to stress that the ferry would run in May."):
        assert speaker(text, "ferry would run") == ("Maria Lindqvist", "Maria Lindqvist"), text


def test_a_determined_subject_ends_before_the_infinitive_s_verb():
    text = "The harbour board continues to insist that the ferry would run in May."
    assert speaker(text, "ferry would run")[0] == "The harbour board"


def test_a_participle_after_a_comma_takes_the_clause_subject():
    text = "Maria Lindqvist said the plan was sound, going on to say that the ferry would run in May."
    assert speaker(text, "ferry would run") == ("Maria Lindqvist", "Maria Lindqvist")


# -- relative pronouns ---------------------------------------------------------------------------

def test_who_after_an_unnamed_person_is_the_mention_and_names_no_one():
    text = "The council heard from an architect who said the harbour tower was unsafe."
    assert speaker(text, "tower was unsafe") == ("who", None)


def test_that_after_an_unnamed_thing_leaves_the_thing_as_the_mention():
    text = "The council published a new harbour report that warns the tower is unsafe."
    assert speaker(text, "unsafe")[0] == "a new harbour report"
