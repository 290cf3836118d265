"""Hypothesis strategies: arbitrary documents over arbitrary Unicode text."""

from __future__ import annotations

from hypothesis import strategies as st

from annotator.model import AnnotationDocument, AnnotationInfo, Cue, Entity, MetaField, Quote, Speaker, Topic

# Everything Python strings hold except lone surrogates (no UTF-8 file can carry those).
unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
# What XML 1.0 can hold in an attribute value (labels, names, codes).
xml_safe = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
statuses = st.sampled_from(["suggested", "accepted", "rejected"])
origins = st.sampled_from(["human", "rules", "layout", "spacy"])
scores = st.none() | st.floats(min_value=0, max_value=1, allow_nan=False)
extras = st.dictionaries(st.sampled_from(["note", "x-review", "flag"]),
                         st.none() | st.booleans() | st.integers() | unicode_text | st.lists(st.integers(), max_size=3),
                         max_size=2)


@st.composite
def spans(draw, text: str, allow_empty: bool = False):
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start if allow_empty else min(start + 1, len(text)), len(text)))
    return start, end


@st.composite
def documents(draw, text_strategy=unicode_text, attr_strategy=xml_safe):
    text = draw(text_strategy)
    doc = AnnotationDocument(text=text, id=draw(st.none() | attr_strategy), source=draw(st.none() | attr_strategy),
                             extra=draw(extras),
                             annotation=AnnotationInfo(annotator=draw(st.none() | attr_strategy), state="in progress"))
    if not text:
        return doc
    entity_ids = []
    for n in range(draw(st.integers(0, 5))):
        start, end = draw(spans(text))
        if start == end:
            continue
        entity_ids.append(f"e{n + 1}")
        doc.entities.append(Entity(id=f"e{n + 1}", start=start, end=end, text=text[start:end],
                                   label=draw(st.sampled_from(["PERSON", "ORG", "GPE", "DATE"])),
                                   canonical=draw(st.none() | attr_strategy), status=draw(statuses),
                                   origin=draw(origins), score=draw(scores), edited=draw(st.booleans()),
                                   extra=draw(extras)))
    for n in range(draw(st.integers(0, 3))):
        start, end = draw(spans(text, allow_empty=True))
        speaker = None
        if draw(st.booleans()):
            s_start, s_end = draw(spans(text, allow_empty=True))
            speaker = Speaker(start=s_start, end=s_end, text=text[s_start:s_end],
                              entity=draw(st.none() | st.sampled_from(entity_ids)) if entity_ids else None,
                              name=draw(st.none() | attr_strategy))
        cue = None
        if draw(st.booleans()):
            c_start, c_end = draw(spans(text, allow_empty=True))
            cue = Cue(start=c_start, end=c_end, text=text[c_start:c_end])
        doc.quotes.append(Quote(id=f"q{n + 1}", start=start, end=end, text=text[start:end],
                                kind=draw(st.sampled_from(["direct", "indirect", "mixed"])), speaker=speaker,
                                cue=cue, status=draw(statuses), origin=draw(origins), score=draw(scores),
                                extra=draw(extras)))
    for n, code in enumerate(draw(st.lists(st.sampled_from(["medtop:11000000", "medtop:04000000", "medtop:20000565"]),
                                           unique=True, max_size=3))):
        doc.topics.append(Topic(code=code, label=draw(attr_strategy), score=draw(scores), primary=n == 0,
                                status=draw(statuses), origin=draw(origins), extra=draw(extras)))
    for name in draw(st.lists(st.sampled_from(["title", "section", "date", "x custom"]), unique=True, max_size=3)):
        anchored = draw(st.booleans())
        start, end = draw(spans(text, allow_empty=True))
        doc.metadata[name] = MetaField(name=name, value=draw(unicode_text), start=start if anchored else None,
                                       end=end if anchored else None, status=draw(statuses), origin=draw(origins),
                                       score=draw(scores), extra=draw(extras))
    return doc
