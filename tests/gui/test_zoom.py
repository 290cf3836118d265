"""Issue 13 gap 18 (part): zoom the text and the tables from the keyboard, kept in settings."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.settings import load_settings

from .helpers import editing_doc, window_on

CTRL = Qt.KeyboardModifier.ControlModifier


def test_zoom_keys_grow_text_and_tables_and_are_remembered(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    view = window.panels["entities"].view
    window.show_tab("entities")
    text_size, table_size, row = window.article.font().pointSize(), view.font().pointSize(), view.rowHeight(0)
    qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    assert window.article.font().pointSize() == text_size + 2
    assert view.font().pointSize() == QApplication.font().pointSize() + 2 == table_size + 2
    assert view.rowHeight(0) > row
    assert load_settings().zoom == 2
    window.close()
    again = window_on(open_window, editing_doc())
    assert again.article.font().pointSize() == text_size + 2
    assert again.panels["quotes"].view.font().pointSize() == table_size + 2
    again.show_tab("entities")
    qtbot.keyClick(again.panels["entities"].view, Qt.Key.Key_Minus, CTRL)
    assert again.article.font().pointSize() == text_size + 1
    qtbot.keyClick(again.panels["entities"].view, Qt.Key.Key_0, CTRL)
    assert again.article.font().pointSize() == text_size and load_settings().zoom == 0
