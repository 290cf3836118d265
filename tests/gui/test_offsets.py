"""UTF-16 <-> code point conversion, checked against Python's own UTF-16 encoder."""

from hypothesis import given, strategies as st

from annotator.gui.offsets import Utf16Index

TEXTS = st.text(alphabet=st.sampled_from(["a", "é", "\n", "—", "😀", "𝒳", "中", " "]), max_size=60)


def _u16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@given(TEXTS, st.data())
def test_code_point_to_utf16_matches_the_encoder(text, data):
    index = Utf16Index(text)
    cp = data.draw(st.integers(0, len(text)))
    assert index.to_utf16(cp) == _u16_len(text[:cp])
    assert index.to_codepoint(index.to_utf16(cp)) == cp
    assert index.length_u16 == _u16_len(text)


@given(TEXTS, st.data())
def test_a_position_inside_a_surrogate_pair_rounds_up(text, data):
    index = Utf16Index(text)
    u16 = data.draw(st.integers(0, index.length_u16))
    cp = index.to_codepoint(u16)
    # The smallest code point whose UTF-16 position is at or after u16.
    expected = next(i for i in range(len(text) + 1) if _u16_len(text[:i]) >= u16)
    assert cp == expected


@given(TEXTS, st.data())
def test_a_selection_keeps_every_character_it_touches(text, data):
    index = Utf16Index(text)
    a = data.draw(st.integers(0, index.length_u16))
    b = data.draw(st.integers(a, index.length_u16))
    lo, hi = index.span_to_codepoints(a, b)
    assert index.to_utf16(lo) <= a and index.to_utf16(hi) >= b
    assert lo <= hi


def test_emoji_shift_positions_after_them():
    index = Utf16Index("😀 Joly")
    assert index.span_to_utf16(2, 6) == (3, 7)
    assert index.span_to_codepoints(3, 7) == (2, 6)
