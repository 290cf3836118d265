"""The one application id, given to Qt before anything asks it for standard paths, and the icon.

``org.articleannotator.ArticleAnnotator`` splits into the organisation domain (reversed) and the
application name, so Qt derives the same id everywhere it needs one; the desktop file, the AppStream
metainfo and the icon are named by it too (packaging/).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, ORG_DOMAIN, __version__
from ..packaged import icon_files


def set_identity() -> None:
    QApplication.setOrganizationDomain(ORG_DOMAIN)  # articleannotator.org
    QApplication.setApplicationName(APP_ID.rsplit(".", 1)[1])  # ArticleAnnotator; X11 WM_CLASS too
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)  # Wayland's app id; matches the .desktop file


def application_icon() -> QIcon:
    """Every PNG size of the icon (the SVG needs the QtSvg plugin, which a bundle may lack)."""
    icon = QIcon()
    for file in icon_files():
        if file.name.endswith(".png"):
            pixmap = QPixmap()
            pixmap.loadFromData(file.read_bytes())
            icon.addPixmap(pixmap)
    return icon
