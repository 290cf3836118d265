"""Ctrl+H ("Show rejected") hides rejected suggestions in the tables too, not only in the article;
the rows are filtered by the proxy, the document keeps the items."""

from PySide6.QtCore import Qt

from annotator.gui.table_models import KEY_ROLE

from .test_gui_editing import _window


def _shown(panel):
    return panel.visible_keys()


def test_hiding_rejected_filters_the_rows_and_j_reject_accept_all_still_work(open_window, qtbot):
    window = _window(open_window)
    panel = window.panels["entities"]
    window.editing.select_item("entities", "e2")
    window.editing.reject()
    assert window.doc.entity("e2").status == "rejected"
    assert _shown(panel) == ["e1", "e2", "e3", "e4", "e5"]  # shown (struck through) while Show rejected is on

    window.actions.show_rejected.trigger()  # Ctrl+H: off
    assert not window.settings.show_rejected
    assert _shown(panel) == ["e1", "e3", "e4", "e5"]
    assert [e.id for e in window.doc.entities] == ["e1", "e2", "e3", "e4", "e5"]  # still in the document

    # Reject the current row: it leaves the table and the next unreviewed one (which moved up) is selected.
    window.editing.select_item("entities", "e3")
    qtbot.keyClick(panel.view, Qt.Key.Key_R)
    assert window.doc.entity("e3").status == "rejected"
    assert _shown(panel) == ["e1", "e4", "e5"]
    assert panel.current_key() == "e4" and panel.selected_keys() == ["e4"]
    # The article follows the table's current row.
    outlined = window.article.extraSelections()[0]
    assert outlined.cursor.selectedText() == "Joly"

    # J and K walk the visible rows only.
    qtbot.keyClick(panel.view, Qt.Key.Key_J)
    assert panel.current_key() == "e5"
    qtbot.keyClick(panel.view, Qt.Key.Key_K)
    assert panel.current_key() == "e4"

    # Undo brings the rejected row back as a suggestion.
    window.undo_stack.undo()
    assert _shown(panel) == ["e1", "e3", "e4", "e5"]

    # The status combo still works, and asking for rejected items shows them despite Ctrl+H.
    panel.status_combo.setCurrentText("rejected")
    assert _shown(panel) == ["e2"]
    panel.status_combo.setCurrentText("suggested")
    assert _shown(panel) == ["e1", "e3", "e4", "e5"]
    panel.status_combo.setCurrentText("all")
    panel.label_combo.setCurrentText("ORG")
    assert _shown(panel) == ["e3"]
    panel.label_combo.setCurrentText("all")

    # Accept all accepts what is visible and leaves the hidden rejected one rejected.
    window.actions.accept_all.trigger()
    assert [e.status for e in window.doc.entities] == ["accepted", "rejected", "accepted", "accepted", "accepted"]

    window.actions.show_rejected.trigger()  # on again
    assert _shown(panel) == ["e1", "e2", "e3", "e4", "e5"]
    assert panel.proxy.index(1, 0).data(KEY_ROLE) == "e2"
