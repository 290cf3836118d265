"""The difference list of two or three annotations, and the gold built from choices."""

from __future__ import annotations

from annotator.evaluation.differences import LABEL, ONLY, SPAN, SPEAKER, adjudicated, compare
from annotator.model import AnnotationDocument, Topic

from .annotations import entity, quote_said_by

TEXT = "Anna Berg met Carl Dahl in Oslo. \u201cFine,\u201d said Dahl."


def ent(word, label, nth=0):
    return entity(TEXT, word, label, nth)


def quote(speaker_word):
    return quote_said_by(TEXT, speaker_word)


def doc(*entities, quotes=(), topics=()):
    return AnnotationDocument(text=TEXT, entities=list(entities), quotes=list(quotes), topics=list(topics))


def test_each_kind_of_difference_and_the_agreed_rest():
    a = doc(ent("Anna Berg", "PERSON"), ent("Carl Dahl", "PERSON"), ent("Oslo", "GPE"), quotes=[quote("Dahl")],
            topics=[Topic(code="medtop:11000000", label="politics", status="accepted")])
    b = doc(ent("Anna Berg", "PERSON"), ent("Dahl", "PERSON"), ent("Oslo", "LOC"), ent("Dahl", "PERSON", 1),
            quotes=[quote("said")])
    result = compare(["ann", "bob"], [a, b])
    kinds = [(d.collection, d.kind, d.describe()) for d in result.differences]
    assert kinds == [("entities", SPAN, SPAN), ("entities", LABEL, LABEL), ("quotes", SPEAKER, SPEAKER),
                     ("entities", ONLY, "only bob"), ("topics", ONLY, "only ann")]
    assert [item.text for _c, item in result.agreed] == ["Anna Berg"]
    span = result.differences[0]
    assert [v.annotators for v in span.versions] == [("ann",), ("bob",)] and span.missing == ()
    # Pick ann's span, bob's label, neither speaker version, bob's extra mention, ann's topic.
    gold = adjudicated(result, [0, 1, None, 0, 0], doc_id="gold")
    assert [(e.text, e.label, e.extra["annotators"]) for e in gold.entities] == [
        ("Anna Berg", "PERSON", ["ann", "bob"]), ("Carl Dahl", "PERSON", ["ann"]), ("Oslo", "LOC", ["bob"]),
        ("Dahl", "PERSON", ["bob"])]
    assert gold.quotes == [] and [t.extra["annotators"] for t in gold.topics] == [["ann"]]
    assert len({e.id for e in gold.entities}) == 4 and gold.problems() == []


def test_three_annotators_two_agreeing():
    a, b, c = doc(ent("Oslo", "GPE")), doc(ent("Oslo", "GPE")), doc(ent("Oslo", "LOC"))
    (difference,) = compare(["a", "b", "c"], [a, b, c]).differences
    assert difference.kind == LABEL and [v.annotators for v in difference.versions] == [("a", "b"), ("c",)]
    missing = compare(["a", "b", "c"], [a, b, doc()]).differences[0]
    assert missing.kind == ONLY and missing.missing == ("c",) and missing.describe() == "only a, b"


def test_the_gold_keeps_a_linked_speakers_name_as_written():
    """Names are folded to match quotes across annotators, never in the gold that is written."""
    from dataclasses import replace

    carl = ent("Carl Dahl", "PERSON")
    linked = replace(quote("Dahl"), speaker=replace(quote("Dahl").speaker, name=None, entity=carl.id))
    both = [doc(replace(carl, canonical="Carl Dahl"), quotes=[linked]) for _ in range(2)]
    gold = adjudicated(compare(["ann", "bob"], both), [], doc_id="gold")
    assert [q.speaker.name for q in gold.quotes] == ["Carl Dahl"]
