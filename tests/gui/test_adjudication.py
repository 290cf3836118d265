"""End to end: adjudicate two annotation files from the keyboard, undo a choice, save the gold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.formats import read_json, write_json
from annotator.gui.adjudication import UNDECIDED, adjudication_window
from annotator.model import AnnotationDocument, Topic

from ..evaluation.annotations import entity, quote_said_by

TEXT = "Anna Berg met Carl Dahl in Oslo. \u201cFine,\u201d said Dahl. 😀 Bergen next."


def ent(word, label, nth=0):
    return entity(TEXT, word, label, nth)


def quote(speaker_word):
    return quote_said_by(TEXT, speaker_word)


@pytest.fixture
def two_files(tmp_path):
    ann = AnnotationDocument(text=TEXT, id="article", entities=[
        ent("Anna Berg", "PERSON"), ent("Carl Dahl", "PERSON"), ent("Oslo", "GPE"), ent("Bergen", "GPE")],
        quotes=[quote("Dahl")], topics=[Topic(code="medtop:11000000", label="politics", status="accepted")])
    bob = AnnotationDocument(text=TEXT, id="article", entities=[
        ent("Anna Berg", "PERSON"), ent("Dahl", "PERSON"), ent("Oslo", "LOC"), ent("Dahl", "PERSON", 1),
        ent("Bergen", "GPE")], quotes=[quote("said")])
    write_json(tmp_path / "ann.json", ann)
    write_json(tmp_path / "bob.json", bob)
    return tmp_path / "ann.json", tmp_path / "bob.json"


def test_adjudicate_two_files_from_the_keyboard(qtbot, two_files, tmp_path):
    from annotator.gui.app import application

    application()
    out = tmp_path / "gold.json"
    window = adjudication_window([(p.stem, read_json(p)) for p in two_files], out)
    window.show()
    try:
        _adjudicate(qtbot, window, out, tmp_path)
    finally:  # never leave the unsaved-choices question open on a failure
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()


def _adjudicate(qtbot, window, out, tmp_path):
    with qtbot.waitActive(window):
        window.activateWindow()
    kinds = [d.describe() for d in window.comparison.differences]
    assert kinds == ["span differs", "label differs", "speaker differs", "only bob", "only ann"]
    # Carl Dahl vs Dahl shows both versions: ann's shaded, bob's underlined, on the right characters.
    shown = sorted(s.cursor.selectedText() for s in window.article.extraSelections())
    assert shown == ["Carl Dahl", "Dahl"]
    window.grab().save(str(tmp_path / "adjudication.png"))
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_N, Qt.Key.Key_B, Qt.Key.Key_B):
        qtbot.keyClick(window.list, key)
    # The topic is only ann's: taking B there takes nothing; undo it and take A instead.
    assert window.choices == [0, 1, None, 0, None]  # version indexes: ann 0, bob 1 where both have one
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.choices[4] == UNDECIDED and window.list.currentRow() == 4
    qtbot.keyClick(window.list, Qt.Key.Key_A)
    # Edit a taken version: back to the span difference, relabel ann's "Carl Dahl" (key 2 is ORG by default).
    window.list.setCurrentRow(0)
    qtbot.keyClick(window.list, Qt.Key.Key_2)
    assert window.labels == {0: "ORG"} and "as ORG" in window.list.item(0).text()
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.labels == {}
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.labels == {0: "ORG"}
    assert window.isWindowModified()
    qtbot.keyClick(window.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    gold = read_json(out)
    assert [(e.text, e.label, e.extra["annotators"]) for e in gold.entities] == [
        ("Anna Berg", "PERSON", ["ann", "bob"]), ("Carl Dahl", "ORG", ["ann"]), ("Oslo", "LOC", ["bob"]),
        ("Dahl", "PERSON", ["bob"]), ("Bergen", "GPE", ["ann", "bob"])]
    assert [e.edited for e in gold.entities] == [False, True, False, False, False]
    assert gold.quotes == []
    assert [(t.code, t.extra["annotators"]) for t in gold.topics] == [("medtop:11000000", ["ann"])]
    assert all(e.status == "accepted" for e in gold.entities) and gold.problems() == []
    assert gold.annotation.state == "adjudicated"


def test_file_adjudicate_opens_the_window_or_says_why_not(open_window, two_files, tmp_path):
    from annotator.gui.adjudication_open import adjudicate_files

    from .helpers import answer_modal

    window = open_window(None)
    assert window.actions.adjudicate.text().startswith("A&djudicate")
    adjudication = adjudicate_files(window, lambda _w: [str(p) for p in two_files], lambda _w, _first: str(tmp_path / "g.json"))
    try:
        assert adjudication is window.adjudication and adjudication.isVisible()
        assert len(adjudication.comparison.differences) == 5 and adjudication.output == tmp_path / "g.json"
    finally:
        adjudication.close()
    other = tmp_path / "other.json"
    write_json(other, AnnotationDocument(text=TEXT + " Later.", id="other"))
    warnings = []

    def read(box):
        warnings.append(box.text() if box is not None else "")
        if box is not None:
            box.accept()

    answer_modal(read)
    assert adjudicate_files(window, lambda _w: [str(two_files[0]), str(other)], lambda _w, _first: "x.json") is None
    assert warnings and "not of the same text" in warnings[0] and "Nothing you annotated was lost" in warnings[0]
