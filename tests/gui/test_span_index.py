from hypothesis import given, strategies as st

from annotator.gui.span_index import SpanIndex

SPANS = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 12)), max_size=30)


@given(SPANS, st.integers(0, 60), st.integers(0, 20))
def test_overlapping_finds_exactly_the_spans_that_overlap(raw, lo, width):
    spans = [(s, s + n, f"k{i}") for i, (s, n) in enumerate(raw)]
    index = SpanIndex(spans)
    hi = lo + width
    expected = sorted(s for s in spans if s[0] < hi and s[1] > lo)
    if width == 0:
        expected = []
    assert [s for s in index.overlapping(lo, hi) if width] == expected


@given(SPANS, st.data())
def test_moving_and_removing_keep_the_index_right(raw, data):
    spans = {f"k{i}": (s, s + n) for i, (s, n) in enumerate(raw)}
    index = SpanIndex((a, b, k) for k, (a, b) in spans.items())
    for key in list(spans)[: len(spans) // 2]:
        if data.draw(st.booleans()):
            start = data.draw(st.integers(0, 50))
            spans[key] = (start, start + data.draw(st.integers(1, 30)))
            index.put(key, *spans[key])
        else:
            del spans[key]
            index.remove(key)
    point = data.draw(st.integers(0, 80))
    expected = {k for k, (a, b) in spans.items() if a <= point < b}
    assert {k for _, _, k in index.at(point)} == expected
    assert len(index) == len(spans)
