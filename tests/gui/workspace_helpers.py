"""A real workspace folder (SQLite in tmp_path) with a few short articles."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "a01-joly.txt": "Joly visits Ottawa\n\nMélanie Joly met Mark Carney in Ottawa on Monday. Joly said the talks went well.",
    "a02-carney.txt": "Carney in Toronto\n\nMark Carney spoke in Toronto. Joly was not there, officials said.",
    "a03-budget.txt": "Budget vote delayed\n\nThe vote in Ottawa was delayed to Friday, Pierre Poilievre said.",
    "a04-trade.txt": "Trade talks\n\nCanada and Mexico resumed trade talks in Washington on Tuesday.",
}


def make_workspace(folder: Path, articles: dict[str, str] | None = None) -> Path:
    """The articles as .txt files in ``folder`` and a workspace made of them (the store's own
    ``add_documents``, which `annotator corpus init` uses too)."""
    from annotator.corpus.store import open_store
    from annotator.formats import read_document

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    store = open_store(folder, create=True)
    try:
        store.add_documents([(read_document(path), path.name) for path in paths])
    finally:
        store.close()
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
