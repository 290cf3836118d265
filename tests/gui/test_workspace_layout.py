"""The documents dock's layout (where it is, shown or not, column widths, the sort, the filter) is
kept in the settings per workspace and restored when that workspace is opened again."""

from PySide6.QtCore import QPoint, Qt

from annotator.gui.settings import load_settings
from annotator.gui.workspace_model import DocumentTableModel

from .workspace_helpers import make_workspace

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
ARTICLES = {
    "a.txt": "Zebra crossings in Ottawa\n\nMark Carney spoke in Ottawa.",
    "b.txt": "Budget vote delayed\n\nThe vote in Ottawa was delayed, Mark Carney said.",
    "c.txt": "Carney in Toronto\n\nMark Carney spoke in Toronto.",
    "d.txt": "Trade talks\n\nCanada and Mexico resumed trade talks.",
}


def _click_header(qtbot, dock, column):
    header = dock.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _titles(dock):
    return [dock.model.info(row).title for row in range(dock.model.rowCount())]


def test_dock_place_columns_sort_and_filter_come_back_with_the_workspace(open_window, qtbot, tmp_path):
    folder = make_workspace(tmp_path / "corpus", ARTICLES)
    other = make_workspace(tmp_path / "other", {"x.txt": "Another\n\nJoly met Carney."})
    window = open_window(folder)
    dock = window.workspace.dock
    assert window.dockWidgetArea(dock) == BOTTOM
    window.addDockWidget(RIGHT, dock)  # what dragging the dock to the right does
    dock.view.horizontalHeader().resizeSection(DocumentTableModel.COL_STATUS, 151)
    _click_header(qtbot, dock, DocumentTableModel.COL_TITLE)
    assert _titles(dock) == ["Budget vote delayed", "Carney in Toronto", "Trade talks", "Zebra crossings in Ottawa"]
    sorted_titles = _titles(dock)
    dock.text_filter.setFocus()
    qtbot.keyClicks(dock.text_filter, "carney")
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1, timeout=3000)
    window.close()

    assert load_settings().workspace_docks  # in the settings file

    again = open_window(folder)
    dock = again.workspace.dock
    assert again.dockWidgetArea(dock) == RIGHT and dock.isVisible()
    header = dock.view.horizontalHeader()
    assert header.sectionSize(DocumentTableModel.COL_STATUS) == 151
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (DocumentTableModel.COL_TITLE,
                                                                             Qt.SortOrder.AscendingOrder)
    assert dock.text_filter.text() == "carney" and _titles(dock) == ["Carney in Toronto"]
    dock.text_filter.clear()
    qtbot.waitUntil(lambda: dock.model.rowCount() == len(ARTICLES), timeout=3000)
    assert _titles(dock) == sorted_titles
    # Ctrl+PgDn walks the documents in the order shown.
    again.workspace.go_to(dock.model.info(0).id)
    qtbot.waitUntil(lambda: not again.files.suggester.running, timeout=20_000)
    again.workspace.step(+1)
    assert again.workspace.current_id == dock.model.info(1).id

    # Another workspace has a layout of its own: the default filter, the workspace's own order.
    assert again.workspace.open(other)
    assert dock.text_filter.text() == "" and dock.status_filter.currentText() == "all"
    assert header.sortIndicatorSection() == -1
    assert again.workspace.open(folder)  # and the first one's comes back again
    assert dock.text_filter.text() == "" and header.sortIndicatorSection() == DocumentTableModel.COL_TITLE


def test_a_hidden_dock_stays_hidden_and_the_status_filter_is_kept(open_window, qtbot, tmp_path):
    folder = make_workspace(tmp_path / "corpus", ARTICLES)
    window = open_window(folder)
    dock = window.workspace.dock
    dock.status_filter.setCurrentText("new")
    qtbot.waitUntil(lambda: dock.model.rowCount() == len(ARTICLES) - 1, timeout=3000)  # the shown one is suggested
    dock.toggleViewAction().trigger()
    assert dock.isHidden()
    window.close()

    again = open_window(folder)
    dock = again.workspace.dock
    assert dock.isHidden() and not dock.toggleViewAction().isChecked()
    assert dock.status_filter.currentText() == "new"
    assert all(dock.model.info(row).status == "new" for row in range(dock.model.rowCount()))
    dock.toggleViewAction().trigger()
    assert dock.isVisible()
