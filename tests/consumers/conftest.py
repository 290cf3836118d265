"""The consumer checks: our exports loaded by the real tools, each in its own virtual environment.

The environments are built by ``scripts/consumer_envs.py`` (``.ci/run`` calls it) and cached under
``~/.cache/article-annotator/consumers/``.  Locally a check whose environment is missing skips and
says how to build it; under CI (``CI=true``) it fails instead, so CI never passes by skipping.

The inputs: the sample article with its suggestions, the first BBC dev articles (read from
``../shared/data`` at test time, never copied), a text with emoji, combining marks and RTL written
here, and a document whose quotes have pronoun speakers.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.extract.base import suggest_document
from annotator.formats.text import read_txt
from annotator.model import AnnotationDocument, Entity, Quote, Speaker

from ..formats.shared_data import REPO
from ..formats.test_speaker_mentions import pronoun_doc

BBC_ARTICLES = 4
# Emoji (a flag, a skin tone, a ZWJ family), a letter with a combining tilde, Hebrew and Arabic.
UNICODE_TEXT = ("Saldan\u0303a met 👩\u200d👩\u200d👧 fans in Montréal 🇨🇦 on Monday 👍🏽.\n\n"
                "“שלום עולם,” said Dana Cohen in Tel Aviv. مرحبا بالعالم\n")


def _load_env_script():
    spec = importlib.util.spec_from_file_location("consumer_envs", REPO / "scripts" / "consumer_envs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def consumer_python(name: str) -> Path:
    """The interpreter of consumer ``name``'s environment; skip (fail under CI) when it is not built."""
    python = _load_env_script().env_python(name)
    if python is None:
        message = f"the {name} environment is not built: python scripts/consumer_envs.py {name}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return python


def run_in(python: Path, *args: str, timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(python), *args], capture_output=True, text=True, timeout=timeout, **kwargs)
    assert result.returncode == 0, f"{' '.join(args[:2])} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def unicode_doc() -> AnnotationDocument:
    doc = AnnotationDocument(text=UNICODE_TEXT, id="unicode")
    suggest_document(doc)

    def span(word: str) -> tuple[int, int]:
        start = UNICODE_TEXT.index(word)
        return start, start + len(word)

    # Hand-made items at the awkward places: an entity ending in a combining mark, one after emoji,
    # RTL names, a quote in Hebrew with its speaker.
    own = [("Saldan\u0303a", "PERSON"), ("Montréal", "GPE"), ("Dana Cohen", "PERSON"), ("Tel Aviv", "GPE"),
           ("مرحبا", "MISC")]
    doc.entities = [e for e in doc.entities if not any(a < e.end and e.start < b for a, b in map(span, dict(own)))]
    doc.entities += [Entity(id=f"h{n}", start=a, end=b, text=UNICODE_TEXT[a:b], label=label, status="accepted")
                     for n, (word, label) in enumerate(own) for a, b in [span(word)]]
    doc.entities.sort(key=lambda e: (e.start, e.end))
    qs, qe = span("“שלום עולם,”")
    doc.quotes = [Quote(id="hq1", start=qs, end=qe, text=UNICODE_TEXT[qs:qe], status="accepted",
                        speaker=doc.speaker_for_entity("h2"))]
    assert doc.problems() == []
    return doc


@pytest.fixture(scope="session")
def consumer_docs() -> list[AnnotationDocument]:
    seed = read_txt(REPO / "seeds" / "canada-defense-partnership.txt")
    seed.id = "seed"
    docs = [seed]
    bbc = REPO.parent / "shared" / "data" / "bbc-dev"
    if os.environ.get("ANNOTATOR_SHARED_DATA"):
        bbc = Path(os.environ["ANNOTATOR_SHARED_DATA"]) / "bbc-dev"
    # The first article of each of the first categories (business, entertainment, ...).
    for folder in sorted(p for p in bbc.glob("*") if p.is_dir())[:BBC_ARTICLES]:
        path = sorted(folder.glob("*.txt"))[0]
        doc = read_txt(path)
        doc.id = f"bbc-{folder.name}-{path.stem}"
        docs.append(doc)
    for doc in docs:
        suggest_document(doc)
    return docs + [unicode_doc(), pronoun_doc()]


def spans(doc: AnnotationDocument) -> list[tuple[int, int, str]]:
    return sorted((e.start, e.end, e.label) for e in doc.entities if e.status != "rejected")


__all__ = ["consumer_python", "run_in", "spans", "sys"]
