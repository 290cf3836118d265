"""Painting the whole article at once (a new article, its suggestions arriving, a new theme,
zoom, Show rejected) on a fresh QTextDocument that is shown only when it is finished.

A QTextDocument on screen lays itself out again for every paragraph the highlighter paints:
about 1 ms a paragraph, 3.6 s for a 1 MB article (QPlainTextEdit's simpler layout did not, but
it ignores paragraph spacing).  A document not yet shown costs nothing until it is, and is then
laid out once (0.2 s).  What the person sees stays: the scroll position, the caret and the
selection, the current item's outline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from .article_view import ArticleView


def fresh_document(view: "ArticleView", text: str) -> QTextDocument:
    text_document = QTextDocument(view)  # the view's child: deleted when the next one replaces it
    text_document.setUndoRedoEnabled(False)  # formats on a read-only text: nothing to undo
    text_document.setDefaultFont(view.font())
    text_document.setPlainText(text)
    return text_document


def repaint_all(view: "ArticleView", keep_view: bool = True, place=None) -> None:
    """Lay out, style and highlight the article on a fresh document, then show it in ``view``;
    ``place``: what :func:`place_of` said before a change of font moved the text."""
    keep = (place or place_of(view)) if keep_view and not view.document().isEmpty() else None
    text_document = fresh_document(view, view._doc.text)
    view.layout_styles.set_document(text_document)
    view.layout_styles.lay_out(view.font())
    view.layout_styles.style_fields(view._doc, view.offsets, view.font(), view._theme)
    highlighter = view.highlighter
    highlighter.setDocument(text_document)
    highlighter.paint_now()
    # Quiet while the view takes it: its contentsChange would have the highlighter paint it all again.
    text_document.blockSignals(True)
    try:
        view.setDocument(text_document)
    finally:
        text_document.blockSignals(False)
    if keep is not None:
        _restore(view, *keep)


def place_of(view: "ArticleView"):
    """What the person sees: the caret and selection, the first character on screen, the outlines."""
    cursor = view.textCursor()
    top = view.cursorForPosition(QPoint(0, 0)).position()  # the first character on screen
    offset = view.cursorRect(view.cursorForPosition(QPoint(0, 0))).top()
    def spans(selections):
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd(), QTextCharFormat(s.format)) for s in selections]
    return cursor.anchor(), cursor.position(), top, offset, (spans(view._current), spans(view._link_marks))


def _restore(view: "ArticleView", anchor: int, position: int, top: int, offset: int, outlines) -> None:
    text_document = view.document()
    limit = text_document.characterCount() - 1
    cursor = QTextCursor(text_document)
    cursor.setPosition(min(anchor, limit))
    cursor.setPosition(min(position, limit), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    def rebuilt(spans):
        selections = []
        for start, end, fmt in spans:
            outline = QTextCursor(text_document)
            outline.setPosition(min(start, limit))
            outline.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = outline  # assigned whole: PySide hands out copies of the members
            selection.format = fmt
            selections.append(selection)
        return selections
    current, links = outlines  # the current item and the speaker links' marks, on the new text
    view._current, view._link_marks = rebuilt(current), rebuilt(links)
    view._show_marks()
    first = QTextCursor(text_document)
    first.setPosition(min(top, limit))
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(first).top() - offset)  # the same line at the top
