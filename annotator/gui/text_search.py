"""Search in the article (Ctrl+F in the text, F3 / Shift+F3) and labelling every occurrence.

A hit becomes the article's text selection, with the keyboard in the text, so the next key acts
on it as on any selection: a digit labels it, Q quotes it, Ctrl+Shift+arrows extend it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from .article_view import ArticleView


def occurrences(text: str, needle: str, whole_words: bool = False) -> list[tuple[int, int]]:
    """Half-open code-point spans of ``needle`` in ``text``, case-insensitive, in text order."""
    if not needle:
        return []
    pattern = re.escape(needle)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


class ArticlePane(QWidget):
    """The article with a search bar above it (hidden until Ctrl+F in the text)."""

    def __init__(self, article: "ArticleView", parent=None):
        super().__init__(parent)
        self.article = article
        self.find_edit = QLineEdit(placeholderText="find in the text: Enter / F3 next, Shift+F3 previous, Escape closes")
        self.find_edit.setObjectName("findInText")
        self.hits_label = QLabel()
        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 2)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.hits_label)
        self.bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(article)
        self.find_edit.textChanged.connect(lambda _text: self._count())
        self.find_edit.installEventFilter(self)

    def open_search(self) -> None:
        span = self.article.selected_span()
        if span is not None and span[1] - span[0] < 80:  # search for what is selected
            self.find_edit.setText(self._text()[span[0]:span[1]])
        self.bar.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _text(self) -> str:
        return self.article._doc.text

    def _count(self) -> int:
        hits = occurrences(self._text(), self.find_edit.text())
        self.hits_label.setText(f"{len(hits)} found" if self.find_edit.text() else "")
        return len(hits)

    def find(self, step: int = 1) -> bool:
        """Select the next (1) or previous (-1) hit after the caret, wrapping; the text gets the keys."""
        hits = occurrences(self._text(), self.find_edit.text())
        if not hits:
            self.hits_label.setText("not found" if self.find_edit.text() else "")
            return False
        cursor = self.article.textCursor()
        offsets = self.article.offsets
        here = offsets.to_codepoint(cursor.selectionStart())
        if step > 0:
            after = [h for h in hits if h[0] > here] if cursor.hasSelection() else [h for h in hits if h[0] >= here]
            start, end = (after or hits)[0]
        else:
            before = [h for h in hits if h[0] < here]
            start, end = (before or hits)[-1]
        self.article.select_span(start, end)
        self.article.ensureCursorVisible()
        self.article.setFocus(Qt.FocusReason.ShortcutFocusReason)
        number = hits.index((start, end)) + 1
        self.hits_label.setText(f"{number} of {len(hits)}")
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.find(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.bar.hide()
                self.article.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)
