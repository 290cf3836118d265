"""The document's key -> row cache never returns a wrong row, however the lists change."""

import pytest
from hypothesis import given, strategies as st

from annotator.model import AnnotationDocument, Entity, ModelError

TEXT = "abcdefghijklmnopqrstuvwxyz" * 4


def _entity(n: int) -> Entity:
    return Entity(id=f"e{n}", start=n % 90, end=n % 90 + 3, text=TEXT[n % 90:n % 90 + 3], label="ORG")


@given(st.lists(st.tuples(st.sampled_from(["add", "remove", "sort", "lookup"]), st.integers(0, 40)), max_size=40))
def test_entity_index_always_points_at_the_entity(steps):
    doc = AnnotationDocument(text=TEXT)
    for action, n in steps:
        ids = [e.id for e in doc.entities]
        if action == "add" and f"e{n}" not in ids:
            doc.add_entity(_entity(n))
        elif action == "remove" and f"e{n}" in ids:
            doc.remove_entity(f"e{n}")
        elif action == "sort":  # a direct list edit, as apply_suggestions does
            doc.entities.sort(key=lambda e: e.id, reverse=True)
        for entity_id in ids if action == "lookup" else [f"e{n}"] if f"e{n}" in ids else []:
            if entity_id in [e.id for e in doc.entities]:
                assert doc.entities[doc.entity_index(entity_id)].id == entity_id
    for i, entity in enumerate(doc.entities):
        assert doc.entity_index(entity.id) == i


def test_a_missing_key_is_still_an_error():
    doc = AnnotationDocument(text=TEXT)
    doc.add_entity(_entity(1))
    with pytest.raises(ModelError):
        doc.entity_index("e2")
