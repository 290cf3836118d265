"""`annotator eval` and `annotator agree` through the real entry point, on files written to disk."""

from __future__ import annotations

import json

from annotator.cli import main
from annotator.formats import write_json
from annotator.model import AnnotationDocument, Entity

from ..conftest import shared_path

TEXT = "Joly met Blair in Ottawa."


def _write(path, entities, text=TEXT, doc_id="a"):
    doc = AnnotationDocument(text=text, id=doc_id)
    doc.entities = [Entity(id=f"e{n}", start=s, end=e, text=text[s:e], label=label, status=status, origin=origin,
                           edited=edited)
                    for n, (s, e, label, status, origin, edited) in enumerate(entities, start=1)]
    write_json(path, doc)
    return path


def test_eval_prints_json_scores_for_a_folder_pair(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "pred").mkdir()
    _write(tmp_path / "gold" / "a.json", [(0, 4, "PERSON", "accepted", "human", False), (18, 24, "GPE", "accepted", "human", False)])
    _write(tmp_path / "pred" / "other-name.json", [(0, 4, "PERSON", "suggested", "rules", False),
                                                     (9, 14, "PERSON", "suggested", "rules", False)], doc_id="x")
    assert main(["eval", str(tmp_path / "gold"), str(tmp_path / "pred"), "--json"]) == 0  # paired by text hash
    data = json.loads(capsys.readouterr().out)
    exact = data["entities"]["exact"]["overall"]
    assert (exact["matched"], exact["predicted"], exact["reference"]) == (1, 2, 2)
    assert data["entities"]["exact"]["labels"]["GPE"]["recall"] == 0


def test_eval_refuses_documents_whose_texts_differ(tmp_path, capsys):
    gold = _write(tmp_path / "gold.json", [])
    pred = _write(tmp_path / "pred.json", [], text=TEXT.replace("Blair", "Blain"))
    assert main(["eval", str(gold), str(pred)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pred.json" in err and "different text" in err and "character 13" in err


def test_eval_of_a_reviewed_file_gives_its_review_figures(tmp_path, capsys):
    reviewed = _write(tmp_path / "r.json", [(0, 4, "PERSON", "accepted", "rules", False),
                                            (9, 14, "GPE", "rejected", "rules", False),
                                            (9, 14, "PERSON", "accepted", "human", False),
                                            (18, 24, "GPE", "accepted", "rules", True)])
    assert main(["eval", str(reviewed), "--json"]) == 0
    rows = {(r["collection"], r["by"], r["key"]): r for r in json.loads(capsys.readouterr().out)["review"]}
    whole = rows["entities", "all", ""]
    assert (whole["precision"], whole["partly_right"], whole["recall"]) == (1 / 3, 1 / 3, 1 / 3)
    assert main(["eval", str(reviewed)]) == 0
    assert "precision" in capsys.readouterr().out


def test_agree_on_three_files_names_annotators_by_file(tmp_path, capsys):
    person = (0, 4, "PERSON", "accepted", "human", False)
    paths = [_write(tmp_path / f"{name}.json", [person] + extra) for name, extra in
             (("ann", []), ("bob", []), ("cat", [(18, 24, "GPE", "accepted", "human", False)]))]
    assert main(["agree", *map(str, paths), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["ann", "bob", "cat"]
    f1 = {tuple(p["annotators"]): p["entities"]["overall_f1"] for p in data["pairs"]}
    assert f1["ann", "bob"] == 1 and f1["ann", "cat"] == 2 / 3
    assert data["all"]["entity_token_fleiss"] is not None


def test_agree_needs_two_annotators(tmp_path, capsys):
    assert main(["agree", str(_write(tmp_path / "a.json", []))]) == 2
    assert "at least two" in capsys.readouterr().err


def test_agree_on_polnear_six_annotators(capsys):
    folder = shared_path("data", "polnear-annotators")
    assert main(["agree", str(folder / "attributions"), "--text-dir", str(folder / "text"),
                 "--annotator-suffix", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["annotators"]) == 6 and data["articles"] == 4 and len(data["pairs"]) == 15
    quote_f1 = [p["quotes_f1"] for p in data["pairs"]]
    assert all(0.5 < f1 < 1 for f1 in quote_f1)  # trained annotators agree well, never perfectly
    assert 0.5 < data["all"]["quote_token_alpha"] < 1


def test_adjudicate_refuses_annotations_of_different_texts(tmp_path, capsys):
    a = _write(tmp_path / "a.json", [])
    b = _write(tmp_path / "b.json", [], text=TEXT + " More.")
    assert main(["adjudicate", str(a), str(b), "-o", str(tmp_path / "gold.json")]) == 2
    assert "different text" in capsys.readouterr().err
    assert not (tmp_path / "gold.json").exists()
    assert main(["adjudicate", str(a), str(a), "-o", str(tmp_path / "gold.txt")]) == 2
    assert ".json or .xml" in capsys.readouterr().err
