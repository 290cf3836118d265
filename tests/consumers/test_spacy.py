"""spaCy loads our DocBin and JSONL with every span's text equal, and trains on the DocBin."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotator.formats import format_named

from .conftest import spans

spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed (CI installs it)")


def test_docbin_loads_with_every_entity(tmp_path, consumer_docs):
    from spacy.tokens import DocBin

    format_named("spacy").write_many(tmp_path / "all.spacy", consumer_docs)
    nlp = spacy.blank("xx")
    loaded = list(DocBin().from_disk(tmp_path / "all.spacy").get_docs(nlp.vocab))
    assert len(loaded) == len(consumer_docs)
    for ours, theirs in zip(consumer_docs, loaded):
        assert theirs.text == ours.text
        assert sorted((s.start_char, s.end_char, s.label_) for s in theirs.spans["sc"]) == spans(ours)
        for span in theirs.spans["sc"]:
            assert span.text == ours.text[span.start_char:span.end_char]


def test_jsonl_tokens_and_spans_load_in_spacy(tmp_path, consumer_docs):
    from spacy.tokens import Doc

    format_named("jsonl").write_many(tmp_path / "all.jsonl", consumer_docs)
    nlp = spacy.blank("en")
    tasks = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    for ours, task in zip(consumer_docs, tasks, strict=True):
        doc = Doc(nlp.vocab, words=[t["text"] for t in task["tokens"]], spaces=[t["ws"] for t in task["tokens"]])
        assert doc.text == ours.text
        for span in task["spans"]:
            theirs = doc[span["token_start"]:span["token_end"] + 1]
            assert (theirs.start_char, theirs.end_char, theirs.text) == (span["start"], span["end"], span["text"])


@pytest.mark.parametrize("gold_preproc", ["false", "true"])  # true: keep our tokens (docs/formats.md)
def test_spacy_train_runs_one_short_epoch_on_the_docbin(tmp_path, consumer_docs, gold_preproc):
    format_named("spacy").write_many(tmp_path / "train.spacy", consumer_docs)
    config = tmp_path / "config.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(config), "--lang", "en",
                    "--pipeline", "ner", "--optimize", "efficiency", "--force"], check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-m", "spacy", "train", str(config), "--output", str(tmp_path / "model"),
                             "--paths.train", str(tmp_path / "train.spacy"), "--paths.dev", str(tmp_path / "train.spacy"),
                             "--training.max_epochs", "1", "--training.max_steps", "20", "--training.eval_frequency", "10",
                             "--corpora.train.gold_preproc", gold_preproc, "--corpora.dev.gold_preproc", gold_preproc],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (tmp_path / "model" / "model-last" / "meta.json").exists()
    trained = spacy.load(tmp_path / "model" / "model-last")
    assert "ner" in trained.pipe_names and set(trained.get_pipe("ner").labels) >= {"PERSON", "GPE"}
