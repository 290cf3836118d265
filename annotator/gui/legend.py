"""The label legend in the menu bar: each label in its colour with its key."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel

from .settings import Settings
from .theme import LIGHT, Theme


class Legend(QLabel):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        self._settings, self._theme = settings, LIGHT
        self.set_settings(settings)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.set_settings(self._settings)

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        chips = []
        dark = self._theme.dark
        for style in settings.labels:
            if not style.key:  # labels without a key stay in the menus, not in the legend
                continue
            chips.append(f'<span style="background:{escape(style.color_for(dark))}; color:{self._theme.text};">'
                         f'&nbsp;{escape(style.name)}&nbsp;</span>'
                         f'<span style="color:{self._theme.section};">&nbsp;{escape(style.key)}</span>')
        self.setText("&nbsp;&nbsp;".join(chips) + "&nbsp;&nbsp;")
        self.setToolTip("Press a label's key to relabel the selected entity, or to label the text selected in the article")
