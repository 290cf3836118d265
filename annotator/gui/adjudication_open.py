"""File > Adjudicate…: choose two or more annotations of one article and where the gold goes."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

ANNOTATION_FILTER = "Annotations (*.json *.xml *.ann *.jsonl);;All files (*)"


def _pick_annotations(parent: QMainWindow) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(parent, "Adjudicate: two or more annotations of one article",
                                                  "", ANNOTATION_FILTER)
    return paths


def _pick_output(parent: QMainWindow, first: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, "Save the adjudicated gold as",
                                                str(Path(first).with_name("gold.json")),
                                                "Native JSON (*.json);;Native XML (*.xml)")
    return path


def adjudicate_files(window: QMainWindow, pick_annotations: Callable = _pick_annotations,
                     pick_output: Callable = _pick_output):
    """Open the adjudication window beside the main one (kept on ``window.adjudication``); None if cancelled."""
    from ..formats import FormatError, read_document
    from .adjudication import adjudication_window
    from .dialogs import show_error

    paths = pick_annotations(window)
    if not paths:
        return None
    if len(paths) < 2:
        QMessageBox.information(window, "Adjudicate", "Choose two or more annotations of the same article.")
        return None
    try:
        named = [(Path(path).name.split(".")[0], read_document(path)) for path in paths]
        output = pick_output(window, paths[0])
        if not output:
            return None
        adjudication = adjudication_window(named, Path(output))
    except (FormatError, ValueError) as error:  # unreadable, or not the same text
        show_error(window, "Cannot adjudicate", error)
        return None
    window.adjudication = adjudication  # type: ignore[attr-defined]  # a top-level window needs an owner
    adjudication.show()
    return adjudication
