"""Shortcuts the entity recognizer takes before a costly look-up: each must give what the look-up gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from annotator.extract.entities_document import _DEFINED_BEFORE
from annotator.extract.entities_lexicon import fold_accents, lexicon
from annotator.extract.entities_numeric import _MONEY_CODE

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


_CODE_BEFORE = re.compile(r"\b(?:USD|EUR|GBP|CAD|JPY)[ \xa0]?\d+(?:[.,]\d+)*"
                          r"(?:[ \xa0](?:million|billion|trillion|thousand|bn|mn|m)\b|(?:bn|m|k)\b)?")  # "\b" first


@given(st.lists(st.sampled_from(["USD", "EUR", "GBP", "JPY", "CAD", " ", "\xa0", "5", "3,000", ".5", "m", "bn",
                                 " million", "x", "é", "_", "(", "-"]), max_size=20))
def test_a_currency_code_is_found_where_a_word_boundary_comes_before_it(pieces):
    text = "".join(pieces)
    assert [m.span() for m in _MONEY_CODE.finditer(text)] == [m.span() for m in _CODE_BEFORE.finditer(text)]


def test_currency_codes_in_and_out_of_words():
    text = "It cost USD 5 million, not xUSD 5 or USD5bn; EUR 3,000 (GBP 4m) and _JPY 9."
    assert [m.group() for m in _MONEY_CODE.finditer(text)] == ["USD 5 million", "USD5bn", "EUR 3,000", "GBP 4m"]
