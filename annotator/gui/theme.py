"""Light and dark: the window's palette and the fixed colours the article paints with.

The choice in Preferences is "system" (the default: follow the desktop's colour scheme, which
Qt 6.5+ reports through QStyleHints.colorScheme and colorSchemeChanged), "light" or "dark".
A theme the desktop does not already give is drawn with the Fusion style and a palette of ours,
since the native styles ignore part of an application palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

THEME_CHOICES = ("system", "light", "dark")


@dataclass(frozen=True, kw_only=True)
class Theme:
    dark: bool
    text: str  # the article's text colour: label colours are chosen to keep it readable
    quote_shade: str
    speaker: str
    cue: str
    current: str  # the item selected in the table, unlike every label colour (tests/gui/test_palette.py)
    current_text: str
    current_long_text: str  # a long current span: coloured text and an underline, no dark block
    section: str  # the section line above the headline
    rejected: str


LIGHT = Theme(dark=False, text="#000000", quote_shade="#e2e2e2", speaker="#1b5fc1", cue="#a0301c",
              current="#1a237e", current_text="#ffffff", current_long_text="#003f7f", section="#666666",
              rejected="#9a9a9a")
DARK = Theme(dark=True, text="#f0f0f0", quote_shade="#3a3a3a", speaker="#8ab4f8", cue="#f4a582",
             current="#c5cae9", current_text="#000000", current_long_text="#aecbfa", section="#a8a8a8",
             rejected="#8a8a8a")

_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: DARK.text,
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: DARK.text, QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: DARK.text, QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#5c7cfa", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#353535", QPalette.ColorRole.ToolTipText: DARK.text,
    QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Midlight: "#404040",
    QPalette.ColorRole.Mid: "#4a4a4a", QPalette.ColorRole.Dark: "#191919", QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def system_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def theme_for(choice: str, scheme: Qt.ColorScheme | None = None) -> Theme:
    """The theme a choice means now; "system" asks the desktop (``scheme``: what it just said)."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    return DARK if (system_scheme() if scheme is None else scheme) == Qt.ColorScheme.Dark else LIGHT


class PaletteSwitcher:
    """Puts the application's palette (and style) in line with a theme.

    Dark is always our palette on Fusion: the label colours are chosen against its base colour.
    Light is the desktop's own look when the desktop gave a light one at start-up, else Fusion's."""

    def __init__(self, app: QApplication):
        self._app = app
        palette = app.palette()
        self._native = (app.style().name(), QPalette(palette))
        self._native_is_light = palette.color(QPalette.ColorRole.Base).lightness() >= 128
        self._dark = not self._native_is_light  # what the application shows now

    def apply(self, theme: Theme) -> None:
        if theme.dark == self._dark:
            return
        self._dark = theme.dark
        self._set(theme)
        # A widget with a style sheet of its own (the focus frames) keeps the palette it was
        # polished with: set its sheet again so that it takes the new one.
        for window in QApplication.topLevelWidgets():
            for widget in [window, *window.findChildren(QWidget)]:
                sheet = widget.styleSheet()
                if sheet:
                    widget.setStyleSheet("")
                    widget.setStyleSheet(sheet)

    def _set(self, theme: Theme) -> None:
        if theme.dark:
            self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(dark_palette())
        elif self._native_is_light:
            style, palette = self._native
            if self._app.style().name() != style:
                self._app.setStyle(QStyleFactory.create(style))
            self._app.setPalette(palette)
        else:
            self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(self._app.style().standardPalette())


_switchers: dict[int, PaletteSwitcher] = {}


def palettes() -> PaletteSwitcher:
    """The one switcher of the running application (it remembers the desktop's own look)."""
    app = QApplication.instance()
    switcher = _switchers.get(id(app))
    if switcher is None:
        switcher = _switchers[id(app)] = PaletteSwitcher(app)  # type: ignore[arg-type]
    return switcher


class ThemeFollower(QObject):
    """Keeps a window in the chosen theme, and in the desktop's while the choice is "system"."""

    def __init__(self, parent: QObject, choice: str, show: Callable[[Theme], None]):
        super().__init__(parent)  # a QObject child: the connection below ends with the window
        self._choice, self._show = choice, show
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self.theme = theme_for(choice)
        self._paint()

    def set_choice(self, choice: str) -> None:
        if choice != self._choice:
            self._choice = choice
            self.theme = theme_for(choice)
            self._paint()

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":  # what the desktop just said (colorScheme() may lag behind it)
            self.theme = theme_for("system", scheme)
            self._paint()

    def _paint(self) -> None:
        palettes().apply(self.theme)
        self._show(self.theme)
