"""Property: whatever decisions a person makes, load(save(doc)) == doc and the history names exactly the items changed."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.corpus.store import open_store
from annotator.extract import suggest_document
from annotator.formats import read_txt
from tests.corpus.test_store import SEED

_decisions = st.lists(st.tuples(st.integers(0, 200), st.sampled_from(["accepted", "rejected", "relabel", "drop"])),
                      max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(decisions=_decisions)
def test_save_load_round_trip_and_history_per_item(tmp_path_factory, decisions):
    store = open_store(tmp_path_factory.mktemp("ws"), create=True)
    doc = read_txt(SEED)
    suggest_document(doc)
    (doc_id,) = store.add_documents([(doc, "seed.txt")])
    doc = store.load(doc_id)
    before = {e.id: e for e in doc.entities}
    speakers = {q.speaker.entity for q in doc.quotes if q.speaker is not None}
    for index, decision in decisions:
        if not doc.entities:
            break
        entity = doc.entities[index % len(doc.entities)]
        if decision == "drop":
            if entity.id not in speakers:
                doc.remove_entity(entity.id)
        elif decision == "relabel":
            doc.relabel_entity(entity.id, "ORG" if entity.label != "ORG" else "PERSON")
        else:
            doc.set_status("entities", entity.id, decision)
    store.save(doc_id, doc, annotator="prop")
    assert store.load(doc_id).entities == doc.entities
    after = {e.id: e for e in doc.entities}
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    logged = {h.item for h in store.history(doc_id) if h.collection == "entities"}
    assert logged == changed
    info = store.info(doc_id)
    items = len(doc.entities) + len(doc.quotes) + len(doc.topics) + len(doc.metadata)
    assert info.total == items and info.reviewed == sum(
        1 for group in (doc.entities, doc.quotes, doc.topics, doc.metadata.values()) for i in group
        if i.status != "suggested")
    store.close()
