"""Mentions of one entity: names tied by the canonical name, pronoun speakers that resolve to it."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from annotator.model import AnnotationDocument, Entity, Quote, Speaker
from annotator.model.mentions import mention_group, speaker_entity, speaker_group, speaker_name

TEXT = ("Christian Leuprecht spoke first. He said “we need a deal.” Leuprecht added “soon.” "
        "Experts said “maybe.” Joly said “yes.”")


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _entity(eid: str, word: str, nth: int = 0, canonical: str | None = None, status: str = "suggested") -> Entity:
    start, end = _at(word, nth)
    return Entity(id=eid, start=start, end=end, text=word, label="PERSON", canonical=canonical, status=status)


def _quote(qid: str, words: str, speaker: Speaker | None) -> Quote:
    start, end = _at(words)
    return Quote(id=qid, start=start, end=end, text=words, speaker=speaker)


def _speaker(word: str, nth: int = 0, entity: str | None = None, name: str | None = None) -> Speaker:
    start, end = _at(word, nth)
    return Speaker(start=start, end=end, text=word, entity=entity, name=name)


def _doc() -> AnnotationDocument:
    return AnnotationDocument(
        text=TEXT,
        entities=[_entity("e1", "Christian Leuprecht", canonical="Christian Leuprecht"),
                  _entity("e2", "Leuprecht", 1, canonical="Christian Leuprecht"),
                  _entity("e3", "Joly")],
        quotes=[_quote("q1", "“we need a deal.”", _speaker("He", entity="e1", name="Christian Leuprecht")),
                _quote("q2", "“soon.”", _speaker("Leuprecht", 1, entity="e2", name="Christian Leuprecht")),
                _quote("q3", "“maybe.”", _speaker("Experts")),
                _quote("q4", "“yes.”", _speaker("Joly", entity="e3", name="Joly"))],
    )


def _texts(group) -> list[str]:
    return [m.text for m in group.mentions]


def test_a_pronoun_speaker_is_a_mention_of_the_entity_it_resolves_to():
    group = mention_group(_doc(), "Christian Leuprecht")
    assert _texts(group) == ["Christian Leuprecht", "He", "Leuprecht"]  # "Leuprecht" is entity and speaker: once
    assert [(m.start, m.end) for m in group.mentions] == [_at("Christian Leuprecht"), _at("He"), _at("Leuprecht", 1)]
    assert group.entity_ids == ("e1", "e2")
    assert group.quote_ids == ("q1", "q2")
    assert group.summary() == "Christian Leuprecht: 3 mentions, speaker of 2 quotes"


def test_one_mention_and_no_quote_read_in_the_singular():
    doc = _doc()
    doc.remove_quote("q4")
    assert mention_group(doc, "Joly").summary() == "Joly: 1 mention"
    doc.add_quote(_quote("q4", "“yes.”", _speaker("Joly", entity="e3")))
    assert mention_group(doc, "Joly").summary() == "Joly: 1 mention, speaker of 1 quote"


def test_rejected_mentions_and_quotes_do_not_count():
    doc = _doc()
    doc.set_status("entities", "e2", "rejected")
    doc.set_status("quotes", "q1", "rejected")
    group = mention_group(doc, "Christian Leuprecht")
    assert _texts(group) == ["Christian Leuprecht", "Leuprecht"]  # "Leuprecht" still speaks q2
    assert group.entity_ids == ("e1",)
    assert group.quote_ids == ("q2",)
    assert speaker_entity(doc, doc.quote("q2")) is None  # resolves to a rejected entity


def test_a_merge_under_another_canonical_name_moves_the_speaker_along():
    doc = _doc()
    doc.set_canonical(["e3"], "Mélanie Joly")  # the link still says "Joly"; the entity decides
    assert speaker_name(doc, doc.quote("q4").speaker) == "Mélanie Joly"
    assert mention_group(doc, "Mélanie Joly").quote_ids == ("q4",)
    assert mention_group(doc, "Joly").mentions == ()


def test_a_speaker_whose_entity_is_not_in_the_document_keeps_its_name():
    doc = _doc()  # the document refuses such a link; a quote from elsewhere (a comparison) may have one
    quote = replace(doc.quote("q4"), speaker=replace(doc.quote("q4").speaker, entity="e99"))
    assert speaker_name(doc, quote.speaker) == "Joly"
    assert speaker_entity(doc, quote) is None


def test_an_unresolved_speaker_is_a_group_of_its_own_mention():
    doc = _doc()
    group = speaker_group(doc, doc.quote("q3"))
    assert group.name is None and _texts(group) == ["Experts"] and group.quote_ids == ("q3",)
    assert speaker_group(doc, replace(doc.quote("q3"), speaker=None)) is None
    typed = speaker_group(doc, replace(doc.quote("q3"), speaker=Speaker(name="Christian Leuprecht")))
    assert typed.quote_ids == ("q1", "q2")  # a typed name with no mention joins the named entity's group


@given(st.permutations(range(3)))
def test_mentions_come_in_text_order_whatever_the_order_of_the_entities(order):
    doc = _doc()
    doc.entities[:] = [doc.entities[i] for i in order]
    mentions = mention_group(doc, "Christian Leuprecht").mentions
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(TEXT[m.start:m.end] == m.text for m in mentions)
