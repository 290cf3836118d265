"""Scores of a prediction against gold, on small documents worked by hand and on the seed's gold."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.evaluation.compare import evaluate, total
from annotator.evaluation.loading import is_plain_gold, read_plain_gold
from annotator.evaluation.matching import coverage, match_quotes
from annotator.model import AnnotationDocument, Entity, Quote, Speaker, Topic

from ..conftest import shared_path

TEXT = "Anna Berg met Carl Dahl in Oslo. \u201cIt went well,\u201d she said. Dahl added that talks would go on."


def ent(n, start, end, label, status="accepted"):
    return Entity(id=f"e{n}", start=start, end=end, text=TEXT[start:end], label=label, status=status)


def quote(n, start, end, speaker=None, status="accepted"):
    return Quote(id=f"q{n}", start=start, end=end, text=TEXT[start:end], speaker=speaker, status=status)


def at(word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def test_entities_exact_and_overlap_per_label():
    gold = AnnotationDocument(text=TEXT, entities=[ent(1, *at("Anna Berg"), "PERSON"), ent(2, *at("Carl Dahl"), "PERSON"),
                                                   ent(3, *at("Oslo"), "GPE")])
    pred = AnnotationDocument(text=TEXT, entities=[
        ent(1, *at("Anna Berg"), "PERSON"),          # exact
        ent(2, *at("Dahl"), "PERSON"),               # overlaps "Carl Dahl": overlap only
        ent(3, *at("Oslo"), "ORG"),                  # wrong label: neither
        ent(4, *at("Dahl", 1), "PERSON"),            # not in gold
        ent(5, *at("talks"), "ORG", status="rejected"),  # rejected: not predicted at all
    ])
    result = evaluate(gold, pred)
    person = result.entities_exact["PERSON"]
    assert (person.matched, person.predicted, person.reference) == (1, 3, 2)
    assert result.entities_overlap["PERSON"].matched == 2
    assert result.entities_exact["GPE"].recall == 0 and result.entities_exact["GPE"].precision is None
    assert result.entities_exact["ORG"].precision == 0
    overall = result.overall_exact  # 1 matched of 4 predicted, 3 in gold: P 1/4, R 1/3, F1 2/7
    assert (overall.precision, overall.recall, overall.f1) == (pytest.approx(1 / 4), pytest.approx(1 / 3), pytest.approx(2 / 7))
    assert result.overall_overlap.f1 == pytest.approx(4 / 7)


def test_quote_coverage_threshold_and_greedy_pairs():
    gold = quote(1, 0, 10)
    assert coverage(gold, quote(2, 7, 20)) == pytest.approx(0.3)
    assert match_quotes([gold], [quote(2, 7, 20)]) == [(0, 0)]
    assert match_quotes([gold], [quote(2, 8, 20)]) == []  # covers 0.2 < 0.3
    assert match_quotes([gold], [quote(2, 8, 20)], threshold=0.2) == [(0, 0)]
    # Two predictions for one gold quote: the one covering more of it wins, the other is a false positive.
    assert match_quotes([gold], [quote(2, 0, 4), quote(3, 2, 10)]) == [(0, 1)]


def test_speaker_accuracy_by_name_and_by_mention():
    she, dahl, anna = at("she"), at("Dahl", 1), at("Anna Berg")
    q1, q2 = at("\u201cIt went well,\u201d"), at("talks would go on")
    gold = AnnotationDocument(text=TEXT, entities=[ent(1, *anna, "PERSON")], quotes=[
        quote(1, *q1, Speaker(start=she[0], end=she[1], text="she", entity="e1")),
        quote(2, *q2, Speaker(start=dahl[0], end=dahl[1], text="Dahl", name="Carl Dahl"))])
    pred = AnnotationDocument(text=TEXT, quotes=[
        quote(1, *q1, Speaker(start=anna[0], end=anna[1], text="Anna Berg", name="anna  berg")),  # right name, other mention
        quote(2, q2[0], q2[1] - 3, Speaker(start=dahl[0], end=dahl[1], text="Dahl", name="Dahl"))])  # right mention, name unresolved
    result = evaluate(gold, pred)
    assert (result.quotes.matched, result.quotes.predicted, result.quotes.reference) == (2, 2, 2)
    assert (result.speaker_name.hits, result.speaker_name.total) == (1, 2)
    assert (result.speaker_span.hits, result.speaker_span.total) == (1, 2)


def test_topics_set_and_primary():
    def topic(code, primary=False, status="accepted"):
        return Topic(code=code, label=code, primary=primary, status=status)
    gold = AnnotationDocument(text=TEXT, topics=[topic("medtop:11000000", True), topic("medtop:04000000")])
    pred = AnnotationDocument(text=TEXT, topics=[topic("medtop:04000000", True), topic("medtop:11000000"),
                                                 topic("medtop:16000000"), topic("medtop:01000000", status="rejected")])
    result = evaluate(gold, pred)
    assert (result.topics.matched, result.topics.predicted, result.topics.reference) == (2, 3, 2)
    assert (result.primary_topic.hits, result.primary_topic.total) == (0, 1)
    both = total([result, evaluate(gold, gold)])
    assert both.documents == 2 and (both.primary_topic.hits, both.primary_topic.total) == (1, 2)


@pytest.fixture(scope="module")
def seed_gold():
    import json

    path = shared_path("gold", "canada-defense-partnership.gold.json")
    data = json.loads(path.read_text("utf-8"))
    assert is_plain_gold(data)
    return read_plain_gold(path, data)


def test_the_seed_gold_against_itself_is_perfect(seed_gold):
    result = evaluate(seed_gold, seed_gold)
    assert len(seed_gold.entities) == 68 and len(seed_gold.quotes) == 6
    assert result.overall_exact.f1 == 1 and result.quotes.f1 == 1 and result.topics.f1 == 1
    assert result.speaker_name.value == 1 and result.speaker_name.total == 6


def test_the_seed_gold_against_a_hand_damaged_copy(seed_gold):
    """Drop two entities, relabel one, shorten one, cut a quote to a fifth, drop a topic."""
    pred = seed_gold.copy()
    entities = list(pred.entities)
    labels = [e.label for e in entities]
    relabelled = replace(entities[2], label="ORG" if entities[2].label != "ORG" else "GPE")
    shortened = entities[3]
    assert shortened.end - shortened.start > 1
    shortened = replace(shortened, end=shortened.end - 1, text=pred.text[shortened.start:shortened.end - 1])
    pred.entities = [entities[0], relabelled, shortened] + entities[6:]  # entities 1, 4, 5 gone
    q = pred.quotes[0]
    fifth = q.start + (q.end - q.start) // 5
    pred.quotes = [replace(q, end=fifth, text=pred.text[q.start:fifth])] + pred.quotes[1:]
    pred.topics = [t for t in pred.topics if not t.primary]
    result = evaluate(seed_gold, pred)
    exact = result.overall_exact
    # 68 gold; predicted 65 (68 - 3 dropped); exact matches: 68 - 3 dropped - relabelled - shortened = 63.
    assert (exact.matched, exact.predicted, exact.reference) == (63, 65, 68)
    assert result.overall_overlap.matched == 64  # the shortened one still overlaps
    assert labels.count(entities[2].label) == result.entities_exact[entities[2].label].reference
    assert (result.quotes.matched, result.quotes.predicted, result.quotes.reference) == (5, 6, 6)
    assert (result.topics.matched, result.topics.predicted, result.topics.reference) == (2, 2, 3)
    assert (result.primary_topic.hits, result.primary_topic.total) == (0, 1)
