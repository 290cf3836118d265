"""Ctrl+I after reviewing an extractor: precision, partly right and recall, the same as `annotator eval FILE`."""

from __future__ import annotations

import json
import re

from annotator.cli import main
from annotator.formats import write_json

from .helpers import answer_modal, editing_doc, window_on


def test_review_summary_shows_the_extractors_figures_like_eval(open_window, tmp_path, capsys):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e1")
    window.editing.accept()  # as suggested
    window.editing.select_item("entities", "e3")
    window.editing.relabel("GPE")  # partly right
    window.editing.select_item("entities", "e2")
    window.editing.reject()
    seen = []

    def read(box):
        seen.append(box.text())
        box.accept()

    answer_modal(read)
    window.actions.summary.trigger()
    html = seen[-1]
    rows = re.findall(r"<tr><td>(.*?)</td>(.*?)</tr>", html.split("The suggesters")[1])
    cells: dict[str, list[str]] = {}
    for name, rest in rows:  # the first of each name: the entities' rows come first
        cells.setdefault(re.sub(r"<.*?>|&nbsp;", "", name).strip(), re.findall(r">([^<]*)</td>", rest))
    # entities reviewed: e1 (accepted), e3 (edited), e2 (rejected); e4, e5 wait. Result: e1, e3.
    assert cells["entities"] == ["0.333", "0.333", "0.500", "1.000", "2"]
    assert cells["origin rules"][:3] == ["0.333", "0.333", "0.500"]
    write_json(tmp_path / "reviewed.json", window.doc)
    assert main(["eval", str(tmp_path / "reviewed.json"), "--json"]) == 0
    rows = {(r["collection"], r["by"], r["key"]): r for r in json.loads(capsys.readouterr().out)["review"]}
    whole = rows["entities", "all", ""]
    assert [f"{whole[k]:.3f}" for k in ("precision", "partly_right", "recall", "lenient_recall")] == cells["entities"][:4]
