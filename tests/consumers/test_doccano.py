"""doccano's own import code (the doccano package) takes every JSONL form we write."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.formats import format_named

from .conftest import consumer_python, run_in

FORMS = {"labels": "doccano-labels", "relations": "doccano", "quotes": "doccano-quotes"}


def _spans(record: dict) -> list:
    if "label" in record:
        return sorted([s, e, label] for s, e, label in record["label"])
    return sorted([r["start_offset"], r["end_offset"], r["label"]] for r in record["entities"])


def _relations(record: dict) -> list:
    by_id = {r["id"]: [r["start_offset"], r["end_offset"]] for r in record.get("entities", [])}
    return sorted([by_id[r["from_id"]], by_id[r["to_id"]], r["type"]] for r in record.get("relations", []))


def test_doccano_imports_every_form_into_its_project(tmp_path, consumer_docs):
    python = consumer_python("doccano")
    files = {}
    for form, name in FORMS.items():
        files[form] = tmp_path / f"{form}.jsonl"
        format_named(name).write_many(files[form], consumer_docs)
    out = run_in(python, str(Path(__file__).with_name("doccano_import.py")), str(tmp_path),
                 *(f"{form}:{path}" for form, path in files.items()), cwd=tmp_path)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    for form, path in files.items():
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        stored = report[form]
        assert stored["errors"] == [], form
        assert [e["text"] for e in stored["examples"]] == [doc.text for doc in consumer_docs]
        for record, example in zip(records, stored["examples"], strict=True):
            # doccano kept every span and relation we wrote (it silently drops overlapping spans in a
            # default project, which is why the default forms write none).
            assert example["spans"] == _spans(record), form
            assert example["relations"] == _relations(record), form
            assert "id" not in example["meta"] and example["meta"].get("article_id") == record["article_id"]
            if "title" in record:
                assert example["meta"]["title"] == record["title"]
    quotes = sum(len(doc.quotes) for doc in consumer_docs)
    assert sum(len(e["relations"]) for e in report["quotes"]["examples"]) >= quotes  # the quote structure is there
