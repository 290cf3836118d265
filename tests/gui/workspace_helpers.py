"""A real workspace folder with a few short articles, made through `annotator corpus init`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = {
    "a01-joly.txt": "Joly visits Ottawa\n\nMélanie Joly met Mark Carney in Ottawa on Monday. Joly said the talks went well.",
    "a02-carney.txt": "Carney in Toronto\n\nMark Carney spoke in Toronto. Joly was not there, officials said.",
    "a03-budget.txt": "Budget vote delayed\n\nThe vote in Ottawa was delayed to Friday, Pierre Poilievre said.",
    "a04-trade.txt": "Trade talks\n\nCanada and Mexico resumed trade talks in Washington on Tuesday.",
}


def make_workspace(folder: Path, articles: dict[str, str] | None = None) -> Path:
    # The store is the ws half of issue 10, built on its own branch: until it is merged the
    # window's workspace tests cannot run (once it is, they do, and `corpus init` must work).
    pytest.importorskip("annotator.corpus.store", reason="annotator/corpus/store.py (the workspace store) is not merged yet")
    from annotator.cli import main

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["corpus", "init", str(folder)]) == 0
    return folder


def stored_documents(folder: Path) -> list:
    """The workspace's rows as another reader sees them (read-only: no lock taken)."""
    from annotator.corpus.store import open_store

    store = open_store(folder, read_only=True)
    try:
        return store.documents()
    finally:
        store.close()


def stored_document(folder: Path, doc_id: str):
    from annotator.corpus.store import open_store

    store = open_store(folder, read_only=True)
    try:
        return store.load(doc_id)
    finally:
        store.close()
