"""Shortcuts the entity recognizer takes before a costly look-up: each must give what the look-up gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.extract.entities_document import _DEFINED_BEFORE
from annotator.extract.entities_lexicon import fold_accents, lexicon

_PIECES = st.lists(st.sampled_from(["(", "(\n", ")", " ", "\xa0", "\n", "Energy", "of", "’s", "-", "x", "IEA"]), max_size=30)


@given(_PIECES, st.integers(min_value=0, max_value=200))
def test_a_spelled_out_name_is_only_found_where_a_bracket_ends_the_window(pieces, cut):
    text = "".join(pieces)
    end = min(cut, len(text))
    found = _DEFINED_BEFORE.search(text, max(0, end - 80), end)
    if not text.endswith(("(", "(\n"), max(0, end - 2), end):  # what _settle_acronym checks first
        assert found is None


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=12))
def test_folding_accents_leaves_an_ascii_word_alone(word):
    assert fold_accents(word) == word


def test_an_accented_given_name_is_still_known_by_its_folding():
    lex = lexicon()
    assert lex.is_given_name("Mélanie") and lex.is_given_name("Melanie")
    assert not lex.is_given_name("Mélaniez")
