"""`annotator export` and `annotator import`, run in-process through the real entry point."""

from __future__ import annotations

import json

from annotator.cli import main
from annotator.formats import read_json, write_json
from annotator.model import AnnotationDocument, Entity


def _article(tmp_path, name: str, text: str, *entities: tuple[int, int, str, str]):
    doc = AnnotationDocument(text=text, id=name)
    doc.entities = [Entity(id=f"e{n}", start=s, end=e, text=text[s:e], label=label, status=status)
                    for n, (s, e, label, status) in enumerate(entities, start=1)]
    path = tmp_path / f"{name}.json"
    write_json(path, doc)
    return path


def test_export_several_articles_to_one_jsonl_file(tmp_path, capsys):
    a = _article(tmp_path, "a", "Joly 😀 met Blair.", (0, 4, "PERSON", "accepted"), (12, 17, "PERSON", "rejected"))
    b = _article(tmp_path, "b", "Ottawa agreed.", (0, 6, "GPE", "suggested"))
    assert main(["export", str(a), str(b), "--to", "jsonl", "-o", str(tmp_path / "gold.jsonl")]) == 0
    tasks = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text("utf-8").splitlines()]
    assert [[(s["start"], s["end"], s["label"]) for s in t["spans"]] for t in tasks] == [[(0, 4, "PERSON")], [(0, 6, "GPE")]]
    assert "2 articles written" in capsys.readouterr().err
    assert main(["export", str(a), str(b), "--to", "jsonl", "--accepted-only", "-o", str(tmp_path / "acc.jsonl")]) == 0
    tasks = [json.loads(line) for line in (tmp_path / "acc.jsonl").read_text("utf-8").splitlines()]
    assert [len(t["spans"]) for t in tasks] == [1, 0]


def test_export_one_file_per_article_format_into_a_folder(tmp_path):
    a = _article(tmp_path, "a", "Joly spoke.", (0, 4, "PERSON", "accepted"))
    b = _article(tmp_path, "b", "Ottawa agreed.", (0, 6, "GPE", "accepted"))
    assert main(["export", str(a), str(b), "--to", "brat", "-o", str(tmp_path / "brat")]) == 0
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == ["a.ann", "a.txt", "annotation.conf", "b.ann", "b.txt", "visual.conf"]
    assert (tmp_path / "brat" / "b.ann").read_text("utf-8") == "T1\tGPE 0 6\tOttawa\n"


def test_export_one_article_to_a_folder_named_with_a_trailing_slash(tmp_path):
    a = _article(tmp_path, "a", "Joly spoke.", (0, 4, "PERSON", "accepted"))
    assert main(["export", str(a), "--to", "brat", "-o", f"{tmp_path / 'brat'}/"]) == 0
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == ["a.ann", "a.txt", "annotation.conf", "visual.conf"]
    assert not (tmp_path / "brat.ann").exists()


def test_import_jsonl_predictions_as_native_files_to_review(tmp_path, capsys):
    preds = tmp_path / "preds.jsonl"
    preds.write_text('{"text": "EU rejects it", "spans": [{"start": 0, "end": 2, "label": "ORG"}], "meta": {"id": "x/1"}}\n'
                     '{"text": "Blair spoke", "spans": [{"start": 0, "end": 5, "label": "PERSON"}]}\n', "utf-8")
    assert main(["import", str(preds), "--from", "jsonl", "-o", str(tmp_path / "review")]) == 0
    files = sorted(p.name for p in (tmp_path / "review").iterdir())
    assert files == ["preds-2.json", "x_1.json"]
    doc = read_json(tmp_path / "review" / "x_1.json")
    assert [(e.text, e.status, e.origin) for e in doc.entities] == [("EU", "suggested", "jsonl")]
    assert main(["import", str(preds), "-o", str(tmp_path / "gold"), "--accept", "--format", "xml"]) == 0
    assert (tmp_path / "gold" / "x_1.xml").exists()


def test_bad_input_is_one_line_naming_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": \n', "utf-8")
    assert main(["import", str(bad), "--from", "jsonl", "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and f"{bad}:2: not valid JSON" in err
    assert main(["export", str(bad), "--to", "nope", "-o", str(tmp_path / "x")]) == 2
    assert "unknown format 'nope'" in capsys.readouterr().err


def test_import_reports_what_a_reader_left_out_on_one_line(tmp_path, capsys):
    import json as _json

    from annotator.cli import main

    path = tmp_path / "ls-export.json"
    path.write_text(_json.dumps([{"id": 1, "data": {"text": "Canada"}, "predictions": [5]}]), "utf-8")
    assert main(["import", str(path), "--from", "labelstudio", "-o", str(tmp_path / "out")]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(lines) == 1 and "ls-export.json: tasks[0]: predictions hold ids only" in lines[0]
    assert "only_id" in lines[0]
