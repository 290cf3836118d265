"""Review figures from statuses, and agreement between annotators, on documents worked by hand."""

from __future__ import annotations

import pytest

from annotator.evaluation.agreement import agreement, token_labels, entity_spans
from annotator.evaluation.review import review_rows
from annotator.model import AnnotationDocument, Entity, Quote, Topic

TEXT = "Anna Berg met Carl Dahl in Oslo and Bergen on Monday."


def ent(n, word, label, status="accepted", origin="rules", edited=False):
    start = TEXT.index(word)
    return Entity(id=f"e{n}", start=start, end=start + len(word), text=word, label=label, status=status,
                  origin=origin, edited=edited)


def test_review_figures_per_collection_label_and_origin():
    doc = AnnotationDocument(text=TEXT, entities=[
        ent(1, "Anna Berg", "PERSON"),                             # accepted as suggested
        ent(2, "Carl Dahl", "PERSON", edited=True),                # fixed
        ent(3, "Oslo", "GPE", origin="gazetteer"),                 # accepted as suggested
        ent(4, "Bergen", "PERSON", status="rejected"),             # wrong
        ent(5, "Monday", "DATE", status="suggested"),              # not reviewed yet
        ent(6, "Bergen", "GPE", origin="human"),                   # a person had to add it
    ])
    rows = {(r.collection, r.by, r.key): r for r in review_rows([doc])}
    whole = rows["entities", "all", ""]
    # reviewed suggestions: 1, 2, 3, 4 -> precision 2/4, partly right 1/4; result: 1, 2, 3, 6 -> recall 2/4, lenient 3/4
    assert (whole.precision, whole.partly_right, whole.recall, whole.lenient_recall) == (0.5, 0.25, 0.5, 0.75)
    assert whole.summary.suggested == 1
    person = rows["entities", "label", "PERSON"]  # 1 accepted, 2 edited, 4 rejected; result 1, 2
    assert (person.precision, person.recall, person.lenient_recall) == (pytest.approx(1 / 3), 0.5, 1.0)
    gpe = rows["entities", "label", "GPE"]  # 3 accepted; 6 added -> recall 1/2
    assert (gpe.precision, gpe.recall) == (1.0, 0.5)
    rules = rows["entities", "origin", "rules"]  # 1, 2, 4 reviewed: precision 1/3; supplied 1 of the 4 results as is
    assert (rules.precision, rules.recall, rules.lenient_recall) == (pytest.approx(1 / 3), 0.25, 0.5)
    assert rows["entities", "origin", "gazetteer"].recall == 0.25
    assert ("entities", "origin", "human") not in rows and ("quotes", "all", "") not in rows


def doc_of(*entities, quotes=(), topics=()):
    return AnnotationDocument(text=TEXT, entities=list(entities), quotes=list(quotes), topics=list(topics))


def span_quote(n, first, last):
    start, end = TEXT.index(first), TEXT.index(last) + len(last)
    return Quote(id=f"q{n}", start=start, end=end, text=TEXT[start:end], status="accepted")


def test_token_labels_cut_at_every_annotators_edges():
    a = doc_of(ent(1, "Anna Berg", "PERSON"))
    b = doc_of(ent(1, "Anna", "PERSON"))
    labels = token_labels([a, b], entity_spans)
    assert labels[0][:3] == ["PERSON", "PERSON", "O"] and labels[1][:3] == ["PERSON", "O", "O"]


def test_two_annotators_pairwise_figures_by_hand():
    a = doc_of(ent(1, "Anna Berg", "PERSON"), ent(2, "Oslo", "GPE"),
               quotes=[span_quote(9, "met", "Oslo")],
               topics=[Topic(code="medtop:11000000", label="politics", status="accepted")])
    b = doc_of(ent(1, "Anna Berg", "PERSON"), ent(2, "Oslo", "LOC"), ent(3, "Bergen", "GPE"),
               quotes=[span_quote(9, "Carl", "Oslo")],
               topics=[Topic(code="medtop:11000000", label="politics", status="accepted"),
                       Topic(code="medtop:04000000", label="economy", status="accepted")])
    report = agreement(["a", "b"], [[a, b]])
    (pair,) = report.pairs
    # Entities: 1 exact match of 2 + 3 -> F1 2/5.
    assert sum(c.matched for c in pair.entities.values()) == 1 and pair.entities["PERSON"].f1 == 1
    # "met Carl Dahl in Oslo" vs "Carl Dahl in Oslo": each covers >= 0.3 of the other -> F1 1.
    assert pair.quotes.f1 == 1
    # Tokens: Anna Berg met Carl Dahl in Oslo and Bergen on Monday . -> 12 tokens;
    # a: P P O O O O G O O O O O ; b: P P O O O O L O G O O O ; agree on 10 of 12.
    # p_o = 10/12; a has P2 G1 O9, b has P2 L1 G1 O8: p_e = (2*2 + 1*1 + 9*8) / 144 = 77/144.
    expected = (10 / 12 - 77 / 144) / (1 - 77 / 144)
    assert pair.entity_token_kappa == pytest.approx(expected)
    # Topics: codes used are 04000000 (no, yes) and 11000000 (yes, yes): p_o 1/2, p_e = (1*2 + 1*0)/4 = 1/2 -> 0.
    assert pair.topic_kappa == pytest.approx(0.0)
    assert report.all.entity_token_fleiss is None  # only for more than two
    assert report.per_article[0].quotes_f1 == 1


def test_three_annotators_get_fleiss_and_alpha():
    a = doc_of(ent(1, "Oslo", "GPE"))
    b = doc_of(ent(1, "Oslo", "GPE"))
    c = doc_of(ent(1, "Bergen", "GPE"))
    report = agreement(["a", "b", "c"], [[a, b, c]])
    assert len(report.pairs) == 3
    assert report.all.entity_token_fleiss is not None and report.all.entity_token_alpha is not None
    assert report.all.entity_token_alpha < 1
    same = agreement(["a", "b", "c"], [[a, b, doc_of(ent(1, "Oslo", "GPE"))]])
    assert same.all.entity_token_alpha == pytest.approx(1.0) and same.all.entity_token_fleiss == pytest.approx(1.0)
