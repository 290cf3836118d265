"""UTF-16 positions (Qt, JavaScript) <-> the model's code-point offsets."""

from __future__ import annotations

from hypothesis import given, strategies as st

from annotator.model.offsets import Utf16Index


@given(st.text(alphabet=st.sampled_from("ab é😀🇨🇦")))
def test_exact_codepoint_matches_the_utf16_encoding(text):
    index = Utf16Index(text)
    units = len(text.encode("utf-16-le")) // 2
    starts = {len(text[:i].encode("utf-16-le")) // 2: i for i in range(len(text) + 1)}
    for u16 in range(-1, units + 2):
        assert index.exact_codepoint(u16) == starts.get(u16)
