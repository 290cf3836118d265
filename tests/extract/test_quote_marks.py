"""Pairing quotation marks: spans, apostrophes, paragraphs, unbalanced marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.extract.quote_marks import MAX_PARAGRAPH_CHARS, find_marked_quotes


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_marked_quotes(text)]


def test_curly_straight_apostrophe_pair_and_angle_marks_include_the_marks():
    text = ('He said “we will win,” then "we might lose." NYT: \'\'It is fine,\'\' Mr. Bush said. '
            "Le Monde: « C’est la vie ».")
    assert spans(text) == ["“we will win,”", '"we might lose."', "''It is fine,''", "« C’est la vie »"]


def test_apostrophes_are_not_quotation_marks():
    text = "President Donald Trump‘s plan, the ’90s, voters’ choice and ‘rock ’n’ roll’ — it’s Canada’s."
    assert spans(text) == []
    assert spans("“We’ve been in talks; it’s going well,” Joly stated.") == [
        "“We’ve been in talks; it’s going well,”"]


def test_two_apostrophes_are_a_mark_and_one_beside_them_is_not():
    assert spans("The players' ''last word'' came late, rock 'n' roll.") == ["''last word''"]
    assert spans("He wrote '''Tis the season'' on the card.") == ["'''Tis the season''"]


def test_three_apostrophes_closing_end_a_single_quote_and_then_the_quote():
    text = "''Neighbours tell me, 'Keep the ferry,''' said Ada Quill, who runs the harbour."
    assert spans(text) == ["''Neighbours tell me, 'Keep the ferry,'''"]


def test_a_quote_spanning_paragraphs_is_one_quote():
    text = "She said:\n\n“The first paragraph goes on.\n\n“The second one closes it,” she added.\n\nAfter."
    assert spans(text) == ["“The first paragraph goes on.\n\n“The second one closes it,”"]


def test_an_unclosed_quote_stops_at_its_paragraph_end():
    text = "He said “this one never closes at all.\nThe next paragraph is plain prose.\n“A real quote,” she said."
    found = spans(text)
    assert found[0] == "“this one never closes at all."
    assert found[1] == "“A real quote,”"


def test_an_unbalanced_mark_in_one_long_paragraph_does_not_swallow_the_rest():
    text = "Stray “mark. " + "Plain words follow here. " * 400 + "“Real quote,” she said."
    found = find_marked_quotes(text)
    assert all(q.end - q.start <= MAX_PARAGRAPH_CHARS for q in found)
    assert text[found[-1].start:found[-1].end] == "“Real quote,”"


def test_a_nested_quote_stays_inside_its_outer_quote():
    text = '"He asked me “why not?” and left," she said.'
    assert spans(text) == ['"He asked me “why not?” and left,"']


def test_typo_marks_are_read_from_their_context():
    # An opening ” at a paragraph start and a closing “ glued to the last word.
    text = "Intro.\n”Fear is real,” she wrote.\nThey were “Mostly False.“ Then more."
    assert spans(text) == ["”Fear is real,”", "“Mostly False.“"]


_ALPHABET = st.sampled_from(list("ab .,\n“”\"«»'’‘") + ["''", " said ", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_are_valid_ordered_and_start_at_a_mark(text):
    previous_end = 0
    for q in find_marked_quotes(text):
        assert previous_end <= q.start < q.end <= len(text)
        assert text[q.start] in "“”\"«»'"
        previous_end = q.end


def test_markup_attribute_values_are_not_quotes():
    assert spans('<tweet author="carlquintanilla" id="77825"> “Real words here,” she said.') == [
        "“Real words here,”"]


def test_a_paragraph_reopened_with_another_kind_of_mark_is_a_new_quote():
    text = '"An excerpt opens here and runs on.\n\n“Here he is, babe,” she said.'
    found = spans(text)
    assert found[-1] == "“Here he is, babe,”"
    assert all("\n" not in quote for quote in found)


def test_curly_quotes_nest_and_a_stray_opener_keeps_the_pairs_inside():
    nested = "“I’d rather live in what he calls “hell” than live in his world.” ― Veronica"
    assert spans(nested) == ["“I’d rather live in what he calls “hell” than live in his world.”"]
    stray = "He said “this never closes. Then she said “we will see,” and left.\nNext."
    assert spans(stray) == ["“we will see,”"]
