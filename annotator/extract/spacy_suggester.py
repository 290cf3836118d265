"""An optional suggester running a spaCy pipeline: ``pip install '.[spacy]'`` from a checkout,
or spaCy added to an existing install (see README, Install).

It proves the plug-in interface: the package declares it in the ``annotator.suggesters``
entry-point group, and :func:`entry_point` only offers it when spaCy can be imported.  It is not
a default suggester: it needs a trained pipeline, which is a separate download
(``python -m spacy download en_core_web_sm``).  The pipeline's name comes from the caller (the
window passes its setting), else ``$ANNOTATOR_SPACY_MODEL``, else ``en_core_web_sm``.

spaCy is imported only when the suggester first runs, so registering it costs nothing.
"""

from __future__ import annotations

import os
from importlib.util import find_spec
from typing import Any, Iterator

from .base import EntitySuggestion, Suggester

NAME = "spacy"
ENV_MODEL = "ANNOTATOR_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm"

# spaCy label -> ours (OntoNotes).  CoNLL-style pipelines say PER/MISC; FAC has no label of its
# own here and is a place.  Labels not listed (CARDINAL, ORDINAL, QUANTITY, TIME, PRODUCT,
# LANGUAGE, MISC) are not suggested: they are noise for news annotation.
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
    "NORP": "NORP", "DATE": "DATE", "EVENT": "EVENT", "WORK_OF_ART": "WORK_OF_ART", "LAW": "LAW",
    "MONEY": "MONEY", "PERCENT": "PERCENT",
}


def spacy_available() -> bool:
    return find_spec("spacy") is not None


def model_name(model: str | None = None) -> str:
    return model or os.environ.get(ENV_MODEL) or DEFAULT_MODEL


def load_pipeline(model: str | None = None) -> Any:
    """``spacy.load`` with a message that says what to install when the pipeline is missing."""
    import spacy

    name = model_name(model)
    try:
        return spacy.load(name)
    except OSError as error:
        raise RuntimeError(f"spaCy pipeline {name!r} is not installed: python -m spacy download {name} "
                           f"(or set {ENV_MODEL} to one that is)") from error


def entities_from_doc(doc: Any, offset: int = 0) -> Iterator[EntitySuggestion]:
    """Our entity suggestions from a processed spaCy ``Doc`` (character offsets + ``offset``)."""
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        text = ent.text
        while text and not (text[-1].isalnum() or text[-1] in ".)]"):  # spaCy may keep trailing punctuation
            text, end = text[:-1], end - 1
        if end > start:
            yield EntitySuggestion(start=start + offset, end=end + offset, label=label, score=0.8)


def _chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most ``limit`` characters, each cut after its last line break (else anywhere)."""
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start, end)  # a paragraph break ends in a line break too
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def make_spacy_suggester(nlp: Any = None, model: str | None = None, name: str = NAME) -> Suggester:
    """A suggester over ``nlp`` (a loaded pipeline), or over ``model`` loaded on first use."""
    loaded: list[Any] = [nlp] if nlp is not None else []

    def pipeline() -> Any:
        if not loaded:
            loaded.append(load_pipeline(model))
        return loaded[0]

    def run(text: str) -> Iterator[EntitySuggestion]:
        nlp_ = pipeline()
        limit = max(1000, int(getattr(nlp_, "max_length", 1_000_000)))
        for offset, piece in _chunks(text, limit):
            yield from entities_from_doc(nlp_(piece), offset)

    return Suggester(name=name, run=run, kinds=frozenset({"entities"}), default=False,
                     description=f"named entities from the spaCy pipeline {model_name(model)!r}")


def entry_point() -> Suggester:
    """What the ``annotator.suggesters`` entry point loads; ImportError when spaCy is absent."""
    if not spacy_available():
        raise ImportError("spaCy is not installed: pip install 'spacy>=3.7' into annotator's environment (pipx: pipx inject article-annotator spacy)")
    return make_spacy_suggester()


__all__: list[str] = ["LABELS", "entities_from_doc", "entry_point", "make_spacy_suggester", "model_name",
                      "spacy_available"]
