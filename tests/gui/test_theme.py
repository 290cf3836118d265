"""Issue 13 gap 18: a dark theme that follows the desktop, or the one chosen in Preferences."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from annotator.gui.settings import load_settings

from .helpers import answer_modal, editing_doc, window_on


def _page(window) -> int:
    return window.article.palette().color(QPalette.ColorRole.Base).lightness()


def _label_swatch(window) -> str:
    model = window.panels["entities"].model
    return model.index(0, model.COL_LABEL).data(Qt.ItemDataRole.DecorationRole).name()


def test_preferences_choose_dark_and_it_is_kept(open_window):
    window = window_on(open_window, editing_doc())
    assert _page(window) > 200 and window.settings.theme == "system"
    light_swatch = _label_swatch(window)

    def choose_dark(dialog):
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()

    answer_modal(choose_dark)
    window.actions.preferences.trigger()
    assert window.settings.theme == "dark" and load_settings().theme == "dark"
    assert _page(window) < 60
    assert _label_swatch(window) == window.settings.label("PERSON").dark != light_swatch
    window.close()
    again = window_on(open_window, editing_doc())  # a new start comes up dark
    assert _page(again) < 60
    again.set_settings(replace(again.settings, theme="light"))
    assert _page(again) > 200


def test_system_follows_the_desktop_and_a_chosen_theme_does_not(open_window):
    window = window_on(open_window, editing_doc())
    hints = QGuiApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turned dark
        assert _page(window) < 60 and window.theme_follower.theme.dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert _page(window) > 200
        window.set_settings(replace(window.settings, theme="light"))
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert _page(window) > 200 and not window.theme_follower.theme.dark
    finally:
        hints.colorSchemeChanged.emit(hints.colorScheme())


def test_the_colour_codes_in_preferences_are_readable_on_their_swatches_in_the_dark(open_window, qtbot):
    from annotator.gui.preferences import PreferencesDialog

    window = window_on(open_window, editing_doc())
    window.set_settings(replace(window.settings, theme="dark"))
    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)

    def luminance(colour):
        def channel(c):
            c /= 255
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())

    for row in range(dialog.labels.rowCount()):
        item = dialog.labels.item(row, 1)
        low, high = sorted((luminance(item.background().color()), luminance(item.foreground().color())))
        assert (high + 0.05) / (low + 0.05) >= 4.5, item.text()
    window.set_settings(replace(window.settings, theme="light"))
