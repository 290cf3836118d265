"""Alt+Down / Alt+Up in the article: the caret to the start of the next / previous sentence,
with Shift extending the selection (a whole sentence in one key, ready for Q or a digit)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from ..extract.quotes import sentence_ends

if TYPE_CHECKING:
    from .article_view import ArticleView


def sentence_starts(text: str) -> list[int]:
    """The first character of every sentence (0 included), in text order."""
    starts = {0}
    for end in sentence_ends(text):
        while end < len(text) and text[end].isspace():
            end += 1
        starts.add(end)
    return sorted(starts)


class SentenceCaret:
    def __init__(self, view: "ArticleView"):
        self._view = view
        self._text: str | None = None  # the text the starts were found in (found at the first press)
        self._starts: list[int] = []

    def _current_starts(self) -> list[int]:
        text = self._view._doc.text
        if text is not self._text:
            self._text, self._starts = text, sentence_starts(text)
        return self._starts

    def move(self, direction: int, extend: bool = False) -> None:
        view = self._view
        text_length = len(view._doc.text)
        cursor = view.textCursor()
        here = view.offsets.to_codepoint(cursor.position())
        starts = self._current_starts()
        if direction > 0:
            i = bisect_right(starts, here)
            target = starts[i] if i < len(starts) else text_length
        else:
            i = bisect_left(starts, here) - 1
            target = starts[i] if i >= 0 else 0
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(view.offsets.to_utf16(min(target, text_length)), mode)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
