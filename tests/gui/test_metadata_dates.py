"""Issue 13 bug 8: a date typed into the Metadata tab is stored as ISO 8601, or refused."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from annotator.model import MetaField

from .helpers import editing_doc, window_on


def _type_date(qtbot, window, text: str) -> None:
    window.editing.select_item("metadata", "date")
    qtbot.keyClick(window.panels["metadata"].view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)  # the delegate commits on the next turn of the event loop


def test_a_typed_date_is_normalised_or_refused(open_window, qtbot):
    doc = editing_doc()
    doc.set_meta(MetaField(name="date", value="2025-03-19", origin="layout"))
    window = window_on(open_window, doc)
    _type_date(qtbot, window, "Thursday, 20 March 2025")
    assert window.doc.metadata["date"].value == "2025-03-20"
    _type_date(qtbot, window, "next Tuesday")
    assert window.doc.metadata["date"].value == "2025-03-20"
    assert "not a date" in window.statusBar().currentMessage() and "2025-03-20" in window.statusBar().currentMessage()
    _type_date(qtbot, window, "March 2025")
    assert window.doc.metadata["date"].value == "2025-03"
