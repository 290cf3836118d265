"""Hypothesis strategies for the interchange formats: articles with entities (and quotes, topics)
over text that includes characters outside the Basic Multilingual Plane."""

from __future__ import annotations

from hypothesis import strategies as st

from annotator.model import AnnotationDocument, Cue, Entity, MetaField, Quote, Speaker, Topic
from annotator.model.graphemes import snap_span

# Words, spaces, newlines, punctuation and emoji / astral letters: what news text and the
# offset bugs of UTF-16 tools are made of.
_PIECES = st.sampled_from(["Canada", "Joly", "said", "U.S.", "Inc.", ",", ".", "“", "”", "'s", " ", " ", " ", "\n",
                           "😀", "𝔘𝔫𝔦", "é", "\t", "—", "👍🏽", "Ω"])
article_text = st.lists(_PIECES, min_size=1, max_size=30).map("".join)
labels = st.sampled_from(["PERSON", "ORG", "GPE", "DATE", "LOC"])


def _non_blank_span(text: str, start: int, end: int) -> bool:
    return end > start and text[start:end].strip() == text[start:end]


@st.composite
def entity_documents(draw, *, overlapping: bool = True, quotes: bool = False, topics: bool = False):
    text = draw(article_text)
    doc = AnnotationDocument(text=text, id=draw(st.sampled_from(["a1", "doc-2", "x"])))
    last_end = 0
    for n in range(draw(st.integers(0, 6))):
        low = 0 if overlapping else last_end
        if low >= len(text):
            break
        start = draw(st.integers(low, len(text) - 1))
        # Spans as the model makes them: on grapheme-cluster edges (an emoji keeps its skin tone).
        start, end = snap_span(text, start, draw(st.integers(start + 1, len(text))))
        if not _non_blank_span(text, start, end):
            continue
        doc.entities.append(Entity(id=f"e{n + 1}", start=start, end=end, text=text[start:end], label=draw(labels),
                                   status=draw(st.sampled_from(["suggested", "accepted"]))))
        last_end = end
    doc.entities.sort(key=lambda e: (e.start, e.end))
    if quotes:
        for n in range(draw(st.integers(0, 2))):
            start = draw(st.integers(0, len(text)))
            start, end = snap_span(text, start, draw(st.integers(start, len(text))))
            speaker = cue = None
            if doc.entities and draw(st.booleans()):
                e = draw(st.sampled_from(doc.entities))
                speaker = Speaker(start=e.start, end=e.end, text=e.text, entity=e.id, name=draw(st.none() | st.just("Mélanie Joly")))
            if draw(st.booleans()):
                c = draw(st.integers(0, len(text)))
                c, d = snap_span(text, c, draw(st.integers(c, len(text))))
                cue = Cue(start=c, end=d, text=text[c:d])
            doc.quotes.append(Quote(id=f"q{n + 1}", start=start, end=end, text=text[start:end],
                                    kind=draw(st.sampled_from(["direct", "indirect", "mixed"])), speaker=speaker, cue=cue))
        doc.quotes.sort(key=lambda q: (q.start, q.end))
    if topics:
        codes = draw(st.lists(st.sampled_from(["medtop:11000000", "medtop:04000000", "medtop:15000000"]), unique=True, max_size=3))
        doc.topics = [Topic(code=c, label=f"label {c[-8:]}", score=0.5, primary=i == 0) for i, c in enumerate(codes)]
    if draw(st.booleans()):
        doc.metadata["title"] = MetaField(name="title", value=draw(st.sampled_from(["Canada 😀 seeks", "Title"])))
    return doc


def spans_of(items):
    return sorted((item.start, item.end, item.label) for item in items)
