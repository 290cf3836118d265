"""Span edges moved by a word: whole words, never the spaces between them, never inside a letter."""

from hypothesis import given, strategies as st

from annotator.model.graphemes import is_boundary
from annotator.model.words import move_edges_by_words, word_step

TEXT = "Canadian Foreign Affairs Minister Mélanie Joly — Trump‘s co-operated U.S. plan, (LNG)."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _text(span: tuple[int, int]) -> str:
    return TEXT[span[0]:span[1]]


def test_the_end_grows_and_shrinks_by_whole_words():
    start, end = _span("Mélanie")
    assert _text(move_edges_by_words(TEXT, start, end, 0, 1)) == "Mélanie Joly"
    assert _text(move_edges_by_words(TEXT, start, end, 0, 2)) == "Mélanie Joly —"
    assert _text(move_edges_by_words(TEXT, start, end, 0, 3)) == "Mélanie Joly — Trump‘s"
    start, end = _span("Foreign Affairs Minister")
    assert _text(move_edges_by_words(TEXT, start, end, 0, -1)) == "Foreign Affairs"


def test_the_start_grows_and_shrinks_by_whole_words():
    start, end = _span("Minister Mélanie Joly")
    assert _text(move_edges_by_words(TEXT, start, end, 1, 0)) == "Mélanie Joly"
    assert _text(move_edges_by_words(TEXT, start, end, -2, 0)) == "Foreign Affairs Minister Mélanie Joly"


def test_joined_words_and_punctuation():
    start, end = _span("co-operated")
    assert _text(move_edges_by_words(TEXT, start, end, 0, 1)) == "co-operated U.S"
    assert _text(move_edges_by_words(TEXT, start, end, 0, 2)) == "co-operated U.S."
    start, end = _span("(LNG")
    assert _text(move_edges_by_words(TEXT, start, end, 1, 0)) == "LNG"
    assert _text(move_edges_by_words(TEXT, start, end, -1, 0)) == ", (LNG"  # a comma is a word of its own
    assert _text(move_edges_by_words(TEXT, start, end, -2, 0)) == "plan, (LNG"


WORDS = st.lists(st.sampled_from(["Joly", "e\u0301t\u00e9", "—", "U.S.", "🇨🇦", "co-op", ",", "“", "42"]), max_size=8)
SPACES = st.sampled_from([" ", "  ", "\n", " \n "])


@given(WORDS, st.lists(SPACES, min_size=8, max_size=8), st.data())
def test_a_word_step_lands_on_a_boundary_next_to_a_word(words, spaces, data):
    text = "".join(w + s for w, s in zip(words, spaces))
    position = data.draw(st.integers(0, len(text)))
    while not is_boundary(text, position):
        position -= 1
    forward, back = word_step(text, position, 1), word_step(text, position, -1)
    assert is_boundary(text, forward) and is_boundary(text, back)
    assert back <= position <= forward
    assert forward == len(text) or forward == position == len(text) or not text[forward - 1].isspace()
    assert back == 0 or not text[back].isspace()


@given(WORDS.filter(lambda w: len(w) >= 2))
def test_growing_the_end_by_a_word_then_shrinking_it_comes_back(words):
    text = " ".join(words)
    end = len(words[0])
    grown = move_edges_by_words(text, 0, end, 0, 1)
    assert grown[1] > end
    assert move_edges_by_words(text, *grown, 0, -1) == (0, end)
