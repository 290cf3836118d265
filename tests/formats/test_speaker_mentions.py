"""A pronoun speaker ("she") survives every format that holds quotes: the mention keeps its own
span and still resolves to the entity (issue 9 item 4)."""

from __future__ import annotations

import pytest

from annotator.formats import format_named
from annotator.model import AnnotationDocument, Cue, Entity, Quote, Speaker

TEXT = "Mélanie Joly arrived in Ottawa 🇨🇦. “We’re ready,” she said. Joly left."


def pronoun_doc() -> AnnotationDocument:
    def span(word: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return start, start + len(word)

    doc = AnnotationDocument(text=TEXT, id="pronoun")
    (a, b), (c, d), (j, k) = span("Mélanie Joly"), span("Ottawa"), span("Joly", 1)
    doc.entities = [Entity(id="e1", start=a, end=b, text=TEXT[a:b], label="PERSON", canonical="Mélanie Joly", status="accepted"),
                    Entity(id="e2", start=c, end=d, text=TEXT[c:d], label="GPE", status="accepted"),
                    Entity(id="e3", start=j, end=k, text=TEXT[j:k], label="PERSON", canonical="Mélanie Joly", status="accepted")]
    (qs, qe), (ss, se), (cs, ce) = span("“We’re ready,”"), span("she"), span("said")
    doc.quotes = [Quote(id="q1", start=qs, end=qe, text=TEXT[qs:qe], kind="direct", status="accepted",
                        speaker=Speaker(start=ss, end=se, text="she", entity="e1", name="Mélanie Joly"),
                        cue=Cue(start=cs, end=ce, text="said")),
                  Quote(id="q2", start=j, end=len(TEXT) - 1, text=TEXT[j:-1], kind="indirect", status="accepted",
                        speaker=Speaker(start=j, end=k, text="Joly", entity="e3", name="Mélanie Joly"))]
    assert doc.problems() == []
    return doc


FILES = {"jsonl": "x.jsonl", "doccano": "x.jsonl", "doccano-quotes": "x.jsonl", "labelstudio": "x.json", "brat": "x.ann"}


@pytest.mark.parametrize("name", sorted(FILES))
def test_speaker_mention_and_its_entity_come_back(tmp_path, name):
    doc = pronoun_doc()
    fmt = format_named(name)
    fmt.write(tmp_path / FILES[name], doc)
    back = fmt.read(tmp_path / FILES[name])
    for quote, original in zip(back.quotes, doc.quotes, strict=True):
        speaker = quote.speaker
        assert (speaker.start, speaker.end, speaker.text) == (original.speaker.start, original.speaker.end,
                                                              original.speaker.text)
        entity = back.entity(speaker.entity)
        assert (entity.start, entity.end) == (doc.entity(original.speaker.entity).start,
                                              doc.entity(original.speaker.entity).end)
        if name in ("brat", "jsonl", "labelstudio", "doccano"):
            assert speaker.name == "Mélanie Joly"
