"""The status bar says when an article's text was not UTF-8 and which encoding was assumed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from ..formats.text import assumed_encoding

if TYPE_CHECKING:
    from .main_window import MainWindow


class EncodingNotice(QLabel):
    """Shown only while the document's text came from a legacy encoding (a guess to check)."""

    def __init__(self, window: "MainWindow"):
        super().__init__()
        self._window = window
        self.setToolTip("The file is not UTF-8; its encoding was guessed. If accents look wrong, the guess was: "
                        "re-save the file as UTF-8 and open it again. The guess is in the Metadata tab (encoding).")
        window.statusBar().addPermanentWidget(self)
        window.document_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        encoding = assumed_encoding(self._window.doc)
        self.setText(f"read as {encoding}, not UTF-8" if encoding else "")
        self.setVisible(encoding is not None)
