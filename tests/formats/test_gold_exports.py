"""The hand-made gold of the sample article through every interchange format and back."""

from __future__ import annotations

import json

import pytest

from annotator.formats import format_named
from annotator.model import AnnotationDocument, Entity, MetaField, Quote, Speaker, Topic

from .shared_data import REPO, shared_data

LOSSLESS_FOR_ENTITIES = ["jsonl", "doccano", "doccano-labels", "doccano-quotes", "labelstudio", "brat", "nitf", "newsml", "spacy"]
EXTENSIONS = {"labelstudio": ".json", "brat": ".ann", "nitf": ".nitf.xml", "newsml": ".newsml.xml",
              "spacy": ".spacy", "conll": ".conll"}


@pytest.fixture(scope="module")
def gold_doc() -> AnnotationDocument:
    gold = json.loads(shared_data("..", "gold", "canada-defense-partnership.gold.json").read_text("utf-8"))
    text = (REPO / "seeds" / "canada-defense-partnership.txt").read_text("utf-8")
    doc = AnnotationDocument(text=text, id="canada-defense-partnership")
    doc.entities = [Entity(id=f"e{n}", start=e["start"], end=e["end"], text=e["text"], label=e["label"], status="accepted")
                    for n, e in enumerate(gold["entities"], start=1)]
    doc.quotes = [Quote(id=f"q{n}", start=q["start"], end=q["end"], text=q["text"], status="accepted",
                        speaker=Speaker(name=q["speaker"]) if q.get("speaker") else None)
                  for n, q in enumerate(gold["quotes"], start=1)]
    doc.topics = [Topic(code=t["code"], label=t["label"], primary=t.get("primary", False), status="accepted")
                  for t in gold["topics"]]
    doc.metadata = {k: MetaField(name=k, value=v, status="accepted") for k, v in gold["metadata"].items()}
    assert doc.problems() == []
    return doc


@pytest.mark.parametrize("name", LOSSLESS_FOR_ENTITIES)
def test_gold_entities_survive(tmp_path, gold_doc, name):
    if name == "spacy":
        pytest.importorskip("spacy")
    fmt = format_named(name)
    path = tmp_path / f"gold{EXTENSIONS.get(name, '.jsonl')}"
    fmt.write(path, gold_doc)
    back = fmt.read(path)
    assert back.text == gold_doc.text
    assert sorted((e.start, e.end, e.label) for e in back.entities) == \
           sorted((e.start, e.end, e.label) for e in gold_doc.entities)
    if name not in ("doccano-labels", "spacy"):
        assert [(q.start, q.end) for q in back.quotes] == [(q.start, q.end) for q in gold_doc.quotes]
    assert back.problems() == []


def test_gold_to_conll_keeps_every_entity_text(tmp_path, gold_doc):
    fmt = format_named("conll")
    assert fmt.write_many(tmp_path / "gold.conll", [gold_doc]) == 0
    (back,) = fmt.read_many(tmp_path / "gold.conll")
    squeeze = lambda e: ("".join(e.text.split()), e.label)  # noqa: E731
    assert list(map(squeeze, back.entities)) == list(map(squeeze, gold_doc.entities))
