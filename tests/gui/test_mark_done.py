"""Ctrl+Enter marks a single document done (AnnotationInfo.state), undoably, shown and saved;
Ctrl+PgDn / Ctrl+PgUp, reserved for a workspace, change nothing."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.formats import document_to_dict

from .test_gui_editing import _window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_enter_marks_the_document_done_undoably_and_it_is_saved(open_window, qtbot, tmp_path):
    window = _window(open_window)
    window.editing.select_item("entities", "e1")
    view = window.panels["entities"].view
    assert window.doc.annotation.state is None
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)
    assert window.doc.annotation.state == "done"
    assert window.doc.entity("e1").status == "suggested"  # Ctrl+Enter is not Enter: nothing accepted
    assert "(done)" in window.windowTitle()
    qtbot.waitUntil(lambda: "done" in window.counts_label.text())
    assert window.is_modified()

    window.undo_stack.undo()
    assert window.doc.annotation.state is None and "(done)" not in window.windowTitle()
    qtbot.waitUntil(lambda: "done" not in window.counts_label.text())
    window.undo_stack.redo()
    assert window.doc.annotation.state == "done"

    # From the article too, with the keypad's Enter.
    window.undo_stack.undo()
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert window.doc.annotation.state == "done"

    target = tmp_path / "done.annotations.json"
    assert window.files.write(target)
    assert json.loads(target.read_text(encoding="utf-8"))["annotation"]["state"] == "done"


def test_ctrl_page_keys_change_neither_the_document_nor_the_row(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e2")
    view = window.panels["entities"].view
    before = document_to_dict(window.doc)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        qtbot.keyClick(QApplication.focusWidget() or view, key, CTRL)
        assert window.current_collection() == "entities"
        assert window.panels["entities"].current_key() == "e2"
    assert window.undo_stack.count() == 0
    assert document_to_dict(window.doc) == before
    assert "workspace" in window.statusBar().currentMessage()


def test_the_key_sheet_lists_ctrl_enter(open_window):
    window = _window(open_window)
    sheet = dict((what, keys) for keys, what in window.actions.key_sheet())
    assert "Ctrl+Return" in sheet["Mark the document done"]
    assert window.actions.mark_done in window.actions.menus["&Go"].actions()
