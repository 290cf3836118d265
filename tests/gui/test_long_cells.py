"""Issue 13 gap 18: long cells are elided in the table and whole on hover; columns follow zoom."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

import pytest

from .helpers import TEXT, editing_doc, window_on

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_long_quote_is_elided_in_its_cell_and_whole_in_its_tooltip(open_window, qtbot):
    from annotator.model import AnnotationDocument, Quote

    doc = editing_doc()
    words = " ".join(["a very long quotation that goes on and on"] * 6)
    text = f"{TEXT} She said “{words}.”"
    start, end = text.rindex("“"), text.rindex("”") + 1
    doc = AnnotationDocument(text=text, entities=[e for e in doc.entities], quotes=[
        Quote(id="q1", start=start, end=end, text=text[start:end], kind="direct", origin="rules", score=0.9)])
    window = window_on(open_window, doc)
    window.show_tab("quotes")
    panel = window.panels["quotes"]
    view = panel.view
    index = panel.proxy.index(0, 0)
    shown = view.fontMetrics().horizontalAdvance(index.data())
    assert shown > view.columnWidth(0) and view.textElideMode() == Qt.TextElideMode.ElideRight  # elided
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert words in tip and "from rules" in tip and "score 0.90" in tip
    # Hovering shows it: a real help event on the cell puts that text in a tooltip.
    rect = view.visualRect(index)
    pos = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert words in QToolTip.text()
    QToolTip.hideText()


def test_every_cell_tooltip_holds_its_own_text_escaped(open_window):
    from annotator.model import AnnotationDocument, Entity

    text = "AT&T <b>bought</b> it."
    window = window_on(open_window, AnnotationDocument(text=text, entities=[
        Entity(id="e1", start=0, end=4, text="AT&T", label="ORG", origin="rules")]))
    model = window.panels["entities"].model
    tip = model.index(0, model.COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "AT&amp;T" in tip and "<b>" not in tip.replace("<p>", "").replace("</p>", "").replace("<i>", "")
    assert model.index(0, model.COL_LABEL).data(Qt.ItemDataRole.ToolTipRole).startswith("<p>ORG</p>")


def test_column_widths_follow_zoom_and_keep_a_width_dragged_by_hand(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.show_tab("entities")
    view = window.panels["entities"].view
    view.setColumnWidth(2, 300)  # a person dragged "Canonical" wider
    before = [view.columnWidth(c) for c in range(4)]
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    after = [view.columnWidth(c) for c in range(4)]
    assert all(a > b * 1.2 for a, b in zip(after, before)), (before, after)
    assert after[2] / after[0] == pytest.approx(before[2] / before[0], rel=0.05)
    window.close()
    again = window_on(open_window, editing_doc())  # a window opened zoomed has the wider columns too
    assert again.panels["entities"].view.columnWidth(0) > before[0] * 1.2
    qtbot.keyClick(again.panels["entities"].view, Qt.Key.Key_0, CTRL)
    assert abs(again.panels["entities"].view.columnWidth(0) - before[0]) <= 2
