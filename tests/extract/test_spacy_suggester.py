"""The optional spaCy suggester with a real blank English pipeline and an EntityRuler."""

import pytest

spacy = pytest.importorskip("spacy")

from annotator.extract.base import suggest_document  # noqa: E402
from annotator.extract.spacy_suggester import (  # noqa: E402
    DEFAULT_MODEL,
    ENV_MODEL,
    entry_point,
    make_spacy_suggester,
    model_name,
)
from annotator.model import AnnotationDocument  # noqa: E402

TEXT = ("OTTAWA, Canada — Foreign Affairs Minister Mélanie Joly met European Commission officials "
        "at the Rideau Hall on March 20, 2025. Canadian firms won 3 contracts worth $2 billion, Joly said.")


@pytest.fixture
def nlp():
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Mélanie Joly"},
        {"label": "PER", "pattern": "Joly"},  # a CoNLL-style label
        {"label": "ORG", "pattern": "European Commission"},
        {"label": "GPE", "pattern": "OTTAWA"},
        {"label": "GPE", "pattern": "Canada"},
        {"label": "FAC", "pattern": [{"LOWER": "rideau"}, {"LOWER": "hall"}]},
        {"label": "NORP", "pattern": "Canadian"},
        {"label": "DATE", "pattern": [{"LOWER": "march"}, {"LIKE_NUM": True}, {"ORTH": ","}, {"LIKE_NUM": True}]},
        {"label": "CARDINAL", "pattern": "3"},
        {"label": "MONEY", "pattern": [{"ORTH": "$"}, {"LIKE_NUM": True}, {"LOWER": "billion"}]},
    ])
    return pipeline


def _spans(suggestions, text):
    return {(text[s.start:s.end], s.label) for s in suggestions}


def test_entities_with_our_labels_and_exact_offsets(nlp):
    found = list(make_spacy_suggester(nlp).run(TEXT))
    assert _spans(found, TEXT) == {
        ("OTTAWA", "GPE"), ("Canada", "GPE"), ("Mélanie Joly", "PERSON"), ("European Commission", "ORG"),
        ("Rideau Hall", "LOC"), ("March 20, 2025", "DATE"), ("Canadian", "NORP"), ("$2 billion", "MONEY"),
        ("Joly", "PERSON"),
    }  # CARDINAL is left out


def test_long_text_is_processed_in_pieces_with_right_offsets(nlp):
    nlp.max_length = 1000
    text = "\n\n".join([TEXT] * 40)  # about 7,500 characters: several pieces
    found = list(make_spacy_suggester(nlp).run(text))
    assert len(found) == 40 * 9
    assert all(text[s.start:s.end] in TEXT for s in found)


def test_suggest_document_adds_spacy_entities_with_origin(nlp):
    doc = AnnotationDocument(text=TEXT)
    suggester = make_spacy_suggester(nlp, name="spacy-test")
    from annotator.extract import base

    base.register(suggester)
    try:
        assert suggest_document(doc, ["spacy-test"]) == 9
    finally:
        base._REGISTRY.pop("spacy-test")
    assert {e.origin for e in doc.entities} == {"spacy-test"}
    assert not doc.problems()


def test_model_name_from_argument_environment_or_default(monkeypatch):
    monkeypatch.delenv(ENV_MODEL, raising=False)
    assert model_name() == DEFAULT_MODEL
    monkeypatch.setenv(ENV_MODEL, "xx_ent_wiki_sm")
    assert model_name() == "xx_ent_wiki_sm"
    assert model_name("en_core_web_trf") == "en_core_web_trf"


def test_entry_point_offers_a_non_default_suggester_that_explains_a_missing_model(monkeypatch):
    monkeypatch.setenv(ENV_MODEL, "no_such_pipeline_for_tests")
    suggester = entry_point()
    assert suggester.name == "spacy" and not suggester.default and suggester.kinds == {"entities"}
    with pytest.raises(RuntimeError, match="no_such_pipeline_for_tests"):
        list(suggester.run("Some text."))
