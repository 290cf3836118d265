"""brat's own reader and checker, seqeval's strict IOB2 and spaCy's CoNLL converter on our exports."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.formats import format_named
from annotator.formats.interop import without_overlaps

from ..formats.shared_data import REPO
from .conftest import consumer_python, run_in

CHECK_BRAT = REPO.parent / "shared" / "tools" / "brat" / "check_brat.py"


def _check_brat(folder: Path) -> tuple[int, str]:
    if not CHECK_BRAT.exists():
        pytest.skip(f"{CHECK_BRAT} (brat's own code) is not available")
    result = subprocess.run([sys.executable, str(CHECK_BRAT), str(folder)], capture_output=True, text=True, timeout=300)
    match = re.search(r"brat: (\d+) files, (\d+) text-bound annotations, (\d+) errors, (\d+) warnings", result.stdout)
    assert match, result.stdout[-2000:] + result.stderr[-2000:]
    return int(match.group(3)), result.stdout


def test_brat_loads_our_export_with_no_error(tmp_path, consumer_docs):
    fmt = format_named("brat")
    for doc in consumer_docs:
        fmt.write(tmp_path / f"{doc.id}.ann", doc)
    errors, report = _check_brat(tmp_path)
    assert errors == 0, report
    assert f"brat: {len(consumer_docs)} files" in report
    # Without the annotation.conf we write, brat's checker does object (so the zero above is earned).
    (tmp_path / "annotation.conf").unlink()
    assert _check_brat(tmp_path)[0] > 0


SEQEVAL_SCRIPT = r"""
import json, sys
from seqeval.scheme import IOB2, Entities
sentences, tokens = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        if tokens: sentences.append(tokens); tokens = []
        continue
    if line.startswith("-DOCSTART-"):
        continue
    tokens.append(line.split(" "))
if tokens: sentences.append(tokens)
tags = [[t[-1] for t in s] for s in sentences]
# strict IOB2: an I- without its B-, or a tag that is not IOB2, raises or is not an entity
entities = Entities(tags, IOB2, suffix=False)
found = [[" ".join(sentences[e.sent_id][i][0] for i in range(e.start, e.end)), e.tag]
         for sentence in entities.entities for e in sentence]
print(json.dumps({"entities": found, "tags": sum(tag != "O" and tag[:2] == "B-" for s in tags for tag in s)}))
"""


def test_seqeval_strict_iob2_finds_every_entity(tmp_path, consumer_docs):
    python = consumer_python("seqeval")
    fmt = format_named("conll")
    fmt.write_many(tmp_path / "all.conll", consumer_docs)
    (tmp_path / "check.py").write_text(SEQEVAL_SCRIPT, "utf-8")
    found = json.loads(run_in(python, str(tmp_path / "check.py"), str(tmp_path / "all.conll")).stdout)
    expected = [e for doc in consumer_docs for e in without_overlaps([e for e in doc.entities if e.status != "rejected"])[0]]
    assert found["tags"] == len(found["entities"]) == len(expected)  # every B- starts an entity seqeval accepts
    squeeze = lambda words: "".join(words.split())  # noqa: E731
    assert [(squeeze(words), tag) for words, tag in found["entities"]] == \
           [(squeeze(e.text), e.label) for e in expected]


def test_spacy_convert_ner_reads_our_conll(tmp_path, consumer_docs):
    pytest.importorskip("spacy", reason="the spacy extra is not installed (CI installs it)")
    from spacy.tokens import DocBin
    import spacy

    format_named("conll").write_many(tmp_path / "all.conll", consumer_docs)
    out = tmp_path / "converted"
    out.mkdir()
    result = subprocess.run([sys.executable, "-m", "spacy", "convert", str(tmp_path / "all.conll"), str(out),
                             "--converter", "ner", "--n-sents", "10"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    docs = list(DocBin().from_disk(out / "all.spacy").get_docs(spacy.blank("xx").vocab))
    converted = [("".join(e.text.split()), e.label_) for doc in docs for e in doc.ents]
    expected = [("".join(e.text.split()), e.label) for doc in consumer_docs
                for e in without_overlaps([e for e in doc.entities if e.status != "rejected"])[0]]
    assert converted == expected
