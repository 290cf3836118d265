"""A table whose single letters are commands (J, K, A, R, Q, ...), not a type-to-find search,
and whose selection is in the highlight colour only while it has the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTableView


class CommandTableView(QTableView):
    _repainting = False

    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        # QAbstractItemView jumps to the next row starting with a typed letter; with J, K, A, R
        # bound to review commands that jump moved the selection under the person's next key.
        return

    # A selected row in the highlight colour while the keys were in the text looked as if the table
    # had them: grey then, the highlight again when the focus comes back.

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._show_focus()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._show_focus()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.ApplicationPaletteChange):  # a new theme
            self._show_focus()

    def _show_focus(self) -> None:
        if self._repainting:
            return
        self._repainting = True
        try:
            app = QApplication.palette()
            palette = QPalette(self.palette())
            focused = self.hasFocus()
            palette.setColor(QPalette.ColorRole.Highlight,
                             app.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid))
            palette.setColor(QPalette.ColorRole.HighlightedText,
                             app.color(QPalette.ColorRole.HighlightedText if focused else QPalette.ColorRole.Text))
            self.setPalette(palette)
        finally:
            self._repainting = False
