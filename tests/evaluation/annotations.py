"""Small accepted items over a test text, by the words they cover (for difference and adjudication tests)."""

from annotator.model import Entity, Quote, Speaker


def entity(text: str, word: str, label: str, nth: int = 0) -> Entity:
    """An accepted entity over the ``nth`` occurrence of ``word``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Entity(id=f"e{start}", start=start, end=start + len(word), text=word, label=label, status="accepted")


def quote_said_by(text: str, speaker_word: str) -> Quote:
    """The text's “…” quote, its speaker the first ``speaker_word`` after it (named by that word)."""
    start, end = text.index("\u201c"), text.index("\u201d") + 1
    s = text.index(speaker_word, end)
    return Quote(id="q1", start=start, end=end, text=text[start:end], status="accepted",
                 speaker=Speaker(start=s, end=s + len(speaker_word), text=speaker_word, name=speaker_word))
