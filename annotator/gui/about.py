"""Help > About: the version, what the program runs on, and the licences of everything that ships."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..licences import COMPONENTS


def about_html() -> str:
    rows = "".join(
        f"<tr><td><a href='{escape(c.url)}'>{escape(c.name)}</a>"
        f"{' <small>(' + escape(c.note) + ')</small>' if c.note else ''}</td>"
        f"<td style='padding-left: 12px; white-space: nowrap'>{escape(c.licence)}</td></tr>" for c in COMPONENTS)
    return (f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>"
            "<p>Correct suggested entities, quotes, topics and metadata in news articles; "
            "export gold-standard annotations.</p>"
            f"<p>Python {escape(platform.python_version())} · Qt {escape(qVersion())} · PySide6 {escape(pyside_version)}</p>"
            f"<table>{rows}</table>")


def show_about(parent: QWidget) -> None:
    box = QMessageBox(QMessageBox.Icon.NoIcon, f"About {APP_NAME}", about_html(), QMessageBox.StandardButton.Ok, parent)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")  # the licence table on one line per component
    box.exec()
