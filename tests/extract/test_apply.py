"""Suggestions become document items with fresh, unique ids."""

from annotator.extract.base import EntitySuggestion, QuoteSuggestion, apply_suggestions
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
