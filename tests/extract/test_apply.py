"""Suggestions become document items with fresh, unique ids."""

from hypothesis import given, strategies as st

from annotator.extract.base import EntitySuggestion, QuoteSuggestion, SpeakerSuggestion, apply_suggestions
from annotator.model import AnnotationDocument, Entity

TEXT = "word " * 200


def test_ids_continue_after_existing_items_and_stay_unique():
    doc = AnnotationDocument(text=TEXT)
    doc.entities.append(Entity(id="e7", start=0, end=4, text="word", label="ORG"))
    doc.entities.append(Entity(id="q2", start=5, end=9, text="word", label="ORG"))  # an odd id a person chose
    suggestions = [EntitySuggestion(start=5 * i, end=5 * i + 4, label="ORG") for i in range(2, 150)]
    suggestions += [QuoteSuggestion(start=5 * i, end=5 * i + 4) for i in range(1, 10)]
    assert apply_suggestions(doc, suggestions, "test") == 148 + 9
    entity_ids = [e.id for e in doc.entities if e.origin == "test"]
    assert sorted(entity_ids, key=lambda i: int(i[1:])) == [f"e{n}" for n in range(8, 156)]
    quote_ids = [q.id for q in doc.quotes]
    assert sorted(quote_ids) == sorted(f"q{n}" for n in range(3, 12))
    all_ids = [e.id for e in doc.entities] + quote_ids
    assert len(all_ids) == len(set(all_ids))
    assert doc.new_id("e") == "e156" and not doc.problems()


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=40),
       st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=5))
def test_each_span_is_added_once_in_any_order(spans, before):
    """Dedup without a set of every span (issue 8 item 14) still keeps exactly one entity per span,
    the pre-existing one when there was one, whatever order the suggester gives them in."""
    doc = AnnotationDocument(text="x" * 40)
    for n, (start, length) in enumerate(dict.fromkeys(before)):
        doc.entities.append(Entity(id=f"h{n}", start=start, end=start + length, text="x" * length, label="GPE"))
    apply_suggestions(doc, [EntitySuggestion(start=s, end=s + n, label="ORG") for s, n in spans], "test")
    wanted = {(s, s + n) for s, n in spans} | {(s, s + n) for s, n in before}
    assert sorted((e.start, e.end) for e in doc.entities) == sorted(wanted)
    assert {(e.start, e.end) for e in doc.entities if e.label == "GPE"} == {(s, s + n) for s, n in before}


def test_quote_speaker_links_the_entity_with_that_exact_span():
    text = "Ann Lee and Lee met. Lee said it was fine."
    doc = AnnotationDocument(text=text)
    apply_suggestions(doc, [
        EntitySuggestion(start=21, end=24, label="PERSON", canonical="Ann Lee"),
        EntitySuggestion(start=0, end=7, label="PERSON"),
        EntitySuggestion(start=12, end=15, label="PERSON", canonical="Ann Lee"),
        QuoteSuggestion(start=30, end=41, kind="indirect",
                        speaker=SpeakerSuggestion(start=21, end=24, entity_start=21, entity_end=24)),
        QuoteSuggestion(start=25, end=29, kind="indirect", speaker=SpeakerSuggestion(entity_start=4, entity_end=7)),
    ], "test")
    linked = {q.start: q.speaker for q in doc.quotes}
    assert doc.entity(linked[30].entity).start == 21 and linked[30].name == "Ann Lee"
    assert linked[25].entity is None and linked[25].name is None  # no entity has the span 4..7
