from dataclasses import replace

import pytest

from annotator.model import (
    AnnotationDocument, Entity, MetaField, ModelError, Quote, Speaker, Topic, review_summary,
)

TEXT = "Mélanie Joly met Keir Starmer in London. “We agree,” Joly said."


def make_doc() -> AnnotationDocument:
    doc = AnnotationDocument(text=TEXT)
    doc.add_entity(doc.make_entity(0, 12, "PERSON", origin="rules", score=0.9))
    doc.add_entity(doc.make_entity(17, 28, "PERSON", origin="rules"))
    doc.add_entity(doc.make_entity(32, 38, "GPE", origin="rules"))
    return doc


def test_entities_are_kept_in_text_order_and_get_fresh_ids():
    doc = make_doc()
    joly = doc.make_entity(TEXT.index("Joly said"), TEXT.index("Joly said") + 4, "PERSON")
    index = doc.add_entity(joly)
    assert index == 3
    early = doc.make_entity(8, 12, "PERSON")
    assert doc.add_entity(early) == 1
    assert len({e.id for e in doc.entities}) == 5
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)


@pytest.mark.parametrize("start,end,covered", [(-1, 3, None), (5, 4, None), (0, len(TEXT) + 1, None), (0, 4, "Joly")])
def test_bad_spans_are_refused(start, end, covered):
    doc = make_doc()
    entity = Entity(id="x", start=start, end=end, text=covered if covered is not None else TEXT[max(start, 0):end], label="PERSON")
    with pytest.raises(ModelError):
        doc.add_entity(entity)
    assert len(doc.entities) == 3


def test_duplicate_ids_are_refused_on_add_and_reported_on_load():
    doc = make_doc()
    first = doc.entities[0]
    with pytest.raises(ModelError, match="already used"):
        doc.add_entity(replace(first, start=13, end=16, text=TEXT[13:16]))
    doc.entities.append(first)  # as a bad file would have it
    assert any("duplicate id" in str(p) for p in doc.problems())


def test_problems_lists_every_broken_item():
    doc = make_doc()
    doc.entities[0] = replace(doc.entities[0], text="Melanie Joly")
    doc.entities[2] = replace(doc.entities[2], end=999)
    qs, qe = TEXT.index("“"), TEXT.index("”") + 1
    js = TEXT.index("Joly said")
    doc.quotes.append(Quote(id="q1", start=qs, end=qe, text=TEXT[qs:qe],
                            speaker=Speaker(start=js, end=js + 4, text="Joly", entity="e99")))
    messages = [str(p) for p in doc.problems()]
    assert len(messages) == 3
    assert "covers 'Mélanie Joly', but the file says 'Melanie Joly'" in messages[0]
    assert "outside the text" in messages[1]
    assert "e99" in messages[2]


def test_relabel_marks_a_suggestion_edited_and_undo_restores_it():
    doc = make_doc()
    changes = []
    doc.add_listener(changes.append)
    e = doc.entities[2]
    old = doc.relabel_entity(e.id, "LOC")
    assert doc.entity(e.id).label == "LOC" and doc.entity(e.id).edited
    doc.replace_entity(old)
    assert doc.entity(e.id) == e
    assert [(c.collection, c.action, c.index) for c in changes] == [("entities", "update", 2)] * 2


def test_span_change_keeps_covered_text_in_step():
    doc = make_doc()
    e = doc.entities[0]
    doc.set_entity_span(e.id, 8, 12)
    assert doc.entity(e.id).text == "Joly"
    with pytest.raises(ModelError):
        doc.set_entity_span(e.id, 8, 8)


def test_speaker_links_must_point_at_existing_entities():
    doc = make_doc()
    start = TEXT.index("“")
    end = TEXT.index("”") + 1
    doc.add_quote(Quote(id=doc.new_id("q"), start=start, end=end, text=TEXT[start:end], origin="rules"))
    quote = doc.quotes[0]
    with pytest.raises(ModelError):
        doc.link_speaker(quote.id, Speaker(name="X", entity="nope"))
    doc.link_speaker(quote.id, doc.speaker_for_entity(doc.entities[0].id))
    assert doc.quote(quote.id).speaker.name == "Mélanie Joly"
    with pytest.raises(ModelError, match="speaker"):
        doc.remove_entity(doc.entities[0].id)


def test_one_primary_topic():
    doc = make_doc()
    doc.add_topic(Topic(code="medtop:11000000", label="politics", primary=True))
    doc.add_topic(Topic(code="medtop:04000000", label="economy, business and finance"))
    doc.set_primary_topic("medtop:04000000")
    assert [t.primary for t in doc.topics] == [False, True]
    doc.add_topic(Topic(code="medtop:16000000", label="conflict, war and peace", primary=True))
    assert [t.code for t in doc.topics if t.primary] == ["medtop:16000000"]
    with pytest.raises(ModelError):
        doc.add_topic(Topic(code="medtop:16000000", label="again"))


def test_metadata_edit_keeps_anchor_and_marks_edited():
    doc = make_doc()
    doc.set_meta(MetaField(name="dateline", value="London", start=32, end=38, origin="layout"))
    doc.edit_meta_value("dateline", "LONDON")
    meta = doc.metadata["dateline"]
    assert (meta.value, meta.start, meta.end, meta.edited) == ("LONDON", 32, 38, True)
    doc.edit_meta_value("desk", "Foreign")
    assert doc.metadata["desk"].origin == "human"


def test_review_summary_counts_what_people_did():
    doc = make_doc()
    a, b, c = doc.entities
    doc.set_status("entities", a.id, "accepted")
    doc.relabel_entity(b.id, "ORG")
    doc.set_status("entities", c.id, "rejected")
    js = TEXT.index("Joly said")
    doc.add_entity(doc.make_entity(js, js + 4, "PERSON"))
    summary = review_summary(doc)["entities"]
    assert (summary.accepted, summary.edited, summary.rejected, summary.added, summary.suggested) == (1, 1, 1, 1, 0)


def test_id_maker_continues_after_taken_ids_and_skips_claimed_ones():
    doc = make_doc()
    taken = {e.id for e in doc.entities}
    highest = max(int(i[1:]) for i in taken)
    new_id = doc.id_maker()
    assert new_id("e") == doc.new_id("e") == f"e{highest + 1}"
    assert new_id.claim(f"e{highest + 2}") and not new_id.claim(f"e{highest + 2}")
    assert not new_id.claim(next(iter(taken)))
    assert new_id("e") == f"e{highest + 3}" and new_id("q") == "q1" and new_id("q") == "q2"
