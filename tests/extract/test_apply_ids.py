"""apply_suggestions hands out the same fresh ids the document would, one per new item."""

from annotator.extract import EntitySuggestion, QuoteSuggestion, apply_suggestions
from annotator.model import AnnotationDocument, Entity

TEXT = "Alpha met Beta. “Yes,” said Gamma in Delta."


def test_new_items_get_fresh_unique_ids_after_existing_ones():
    doc = AnnotationDocument(text=TEXT, entities=[Entity(id="e7", start=0, end=5, text="Alpha", label="PERSON")])
    found = [EntitySuggestion(start=TEXT.index(w), end=TEXT.index(w) + len(w), label="PERSON") for w in ("Beta", "Gamma", "Delta")]
    quote = QuoteSuggestion(start=TEXT.index("“"), end=TEXT.index("”") + 1)
    assert apply_suggestions(doc, [*found, quote], "test") == 4
    assert sorted(e.id for e in doc.entities) == ["e10", "e7", "e8", "e9"]
    assert [q.id for q in doc.quotes] == ["q1"]
    assert not doc.problems()
