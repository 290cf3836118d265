"""Issue 13 bug 12: a saved size that does not fit, or is too small, is not restored."""

from dataclasses import replace

from PySide6.QtCore import QRect

from annotator.gui.main_window import USABLE, MainWindow
from annotator.gui.settings import Settings


def _saved_geometry(qtbot, rect: QRect) -> str:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.setMinimumSize(0, 0)
    window.setGeometry(rect)
    window.show()
    qtbot.waitExposed(window)
    data = bytes(window.saveGeometry().toBase64()).decode("ascii")
    window.hide()
    return data


def _reopened(qtbot, geometry: str) -> MainWindow:
    window = MainWindow(replace(Settings(), geometry=geometry))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_tiny_saved_size_comes_back_usable(qtbot):
    window = _reopened(qtbot, _saved_geometry(qtbot, QRect(10, 10, 617, 304)))
    available = window.screen().availableGeometry()
    assert window.width() >= min(USABLE.width(), available.width())
    assert window.height() >= min(USABLE.height(), available.height())
    assert available.contains(window.geometry().center())


def test_a_saved_place_off_this_screen_comes_back_on_it(qtbot):
    available = MainWindow(Settings()).screen().availableGeometry()
    far = QRect(available.right() + 2000, available.bottom() + 2000, available.width() - 50, available.height() - 50)
    window = _reopened(qtbot, _saved_geometry(qtbot, far))
    assert available.contains(window.geometry().center())


def test_a_saved_size_that_fits_is_kept(qtbot):
    available = MainWindow(Settings()).screen().availableGeometry()
    rect = QRect(available.x(), available.y() + 20, available.width(), min(available.height() - 40, USABLE.height() + 40))
    window = _reopened(qtbot, _saved_geometry(qtbot, rect))
    assert window.size() == rect.size()
