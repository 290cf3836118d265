"""Issue 13 gap 14: which pane has the keyboard is always visible — a frame around it, and the
table's selected row in the highlight colour only while the table has the keys."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from .helpers import editing_doc, window_on


def _row_colour(view, row: int):
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.top() + 2)  # left of the text, inside the row


def _near(a, b) -> bool:
    """Fusion paints a selection a shade off the palette colour."""
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


def _frame_colour(widget):
    return widget.grab().toImage().pixelColor(widget.width() // 2, 0)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_pane_with_the_keys_is_framed_and_only_its_selection_is_in_the_highlight(open_window, qtbot, theme):
    from dataclasses import replace

    window = window_on(open_window, editing_doc())
    window.set_settings(replace(window.settings, theme=theme))
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    view, article = window.panels["entities"].view, window.article
    window.show_tab("entities")
    qtbot.keyClick(view, Qt.Key.Key_J)
    row = view.currentIndex().row()
    assert QApplication.focusWidget() is view
    assert _frame_colour(view) == highlight and _frame_colour(article) != highlight
    assert _near(_row_colour(view, row), highlight)
    qtbot.keyClick(view, Qt.Key.Key_F6)  # into the text
    assert QApplication.focusWidget() is article
    assert _frame_colour(article) == highlight and _frame_colour(view) != highlight
    grey = _row_colour(view, row)
    assert not _near(grey, highlight) and not _near(grey, _row_colour(view, row + 1))  # marked, not as focused
    qtbot.keyClick(article, Qt.Key.Key_F6)  # back: the highlight again
    assert _near(_row_colour(view, row), highlight)
    window.set_settings(replace(window.settings, theme="light"))
