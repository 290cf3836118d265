"""The article, read-only and word-wrapped, with its highlights; clicks and selections go out
as signals in model offsets (code points)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QMouseEvent, QPainter, QPaintEvent, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from ..model import AnnotationDocument
from ..model.graphemes import in_word, snap_span
from .dialogs import focus_returned
from .article_layout import STYLED_FIELDS, ArticleLayout
from .article_repaint import place_of, repaint_all
from .highlighter import ArticleHighlighter
from .settings import Settings
from .theme import LIGHT, Theme

# The item selected in the table: on the light theme dark indigo under white text, far darker than
# every pastel label colour, so it never reads as a label (tests/gui/test_palette.py checks the
# distance); on the dark theme a pale indigo under black text.
CURRENT = QColor(LIGHT.current)
# Long spans (quotes) keep their label colours and get an underline and coloured text instead:
# a solid block over a whole paragraph would be hard to read.
LONG_SPAN = 80  # code points


class ArticleView(QTextEdit):  # not QPlainTextEdit: its layout ignores paragraph spacing (block margins)
    item_clicked = Signal(str, str)  # collection, key
    add_entity_requested = Signal(str)  # label
    add_quote_requested = Signal()

    def __init__(self, doc: AnnotationDocument, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        self.setPlaceholderText("No article open: File ▸ Open (Ctrl+O), or drop a file here.")
        self._settings = settings
        self._doc = doc
        self.highlighter: ArticleHighlighter | None = None
        self._theme: Theme = LIGHT
        self.layout_styles = ArticleLayout(self.document())
        self._current: list[QTextEdit.ExtraSelection] = []  # the item selected in its table
        # Drawn besides the current item (the speaker links): extra selections, and what paints over the text
        self._link_marks: list[QTextEdit.ExtraSelection] = []
        self._link_painter: Callable[[QPainter], None] | None = None
        self._apply_font()
        self.setCursorWidth(2)  # the caret is where keyboard selections start: keep it easy to see
        # Which pane has the keyboard: a frame in the highlight colour around the text when it does.
        self.setStyleSheet("QTextEdit#articleView { border: 2px solid transparent; }"
                           "QTextEdit#articleView:focus { border: 2px solid palette(highlight); }")
        self.set_document(doc)

    # -- content -------------------------------------------------------------------------

    def set_document(self, doc: AnnotationDocument) -> None:
        if self._doc is not doc or self.highlighter is None:
            self._doc.remove_listener(self._on_change)
            doc.add_listener(self._on_change)
        self._doc = doc
        self._current, self._link_marks, self._link_painter = [], [], None
        self.setExtraSelections([])
        if self.highlighter is None:
            self.highlighter = ArticleHighlighter(self.document(), doc, self._settings)
            self.highlighter.setParent(self)  # not the text document's child: documents get replaced
            self.highlighter.repaint_all = lambda: repaint_all(self)  # on a fresh document: fast
        else:
            self.highlighter.set_document(doc)  # first, so repainting the new text uses the new spans
        repaint_all(self, keep_view=False)

    def _on_change(self, change) -> None:
        if change.collection == "metadata" and (change.action == "reset" or change.key in STYLED_FIELDS):
            self.restyle_fields()

    def restyle_fields(self) -> None:
        """The headline and section line again (their metadata changed)."""
        self.layout_styles.style_fields(self._doc, self.offsets, self.font(), self._theme)

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        if theme != self._theme:
            self._theme = theme
            self.highlighter.set_theme(theme)  # repaints all, the section line's colour too
            if self._current:  # the current item in the new theme's colours
                cursor = self._current[0].cursor
                start, end = self.offsets.span_to_codepoints(cursor.selectionStart(), cursor.selectionEnd())
                self.show_current(start, end)

    def set_settings(self, settings: Settings) -> None:
        old, self._settings = self._settings, settings
        if (settings.font_size, settings.zoom) != (old.font_size, old.zoom):
            self._apply_font()
        if self.highlighter is not None:
            self.highlighter.set_settings(settings)

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSize(max(4, self._settings.font_size + self._settings.zoom))
        place = place_of(self) if self.highlighter is not None else None  # before the text moves
        self.setFont(font)
        if self.highlighter is not None:  # spacing and headline follow the size
            repaint_all(self, place=place)

    @property
    def offsets(self):
        return self.highlighter.offsets

    # -- model offsets <-> the view -----------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The text selected in the article, in code points, trimmed of spaces, widened to whole words."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.offsets.span_to_codepoints(cursor.selectionStart(), cursor.selectionEnd())
        text = self._doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        # A drag that starts or ends inside a word takes the whole word: mouse selections are
        # rarely letter-exact, and an entity or quote that cuts a word is always a mistake.
        while 0 < start < end and in_word(text[start - 1]) and in_word(text[start]):
            start -= 1
        while start < end < len(text) and in_word(text[end - 1]) and in_word(text[end]):
            end += 1
        # ... and never splits a letter from its combining accent or an emoji sequence.
        return snap_span(text, start, end) if start < end else None

    def _cursor(self, start: int, end: int | None = None) -> QTextCursor:
        """A cursor at model offset ``start``, selecting up to ``end`` if given."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        if end is not None:
            cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_span(self, start: int, end: int) -> None:
        """Select model span ``[start, end)`` in the text (for re-selecting a span by keyboard)."""
        self.setTextCursor(self._cursor(start, end))

    def show_current(self, start: int, end: int) -> None:
        """Outline the current item and scroll it into view, leaving the text selection alone."""
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        fmt = QTextCharFormat()  # assigned whole: PySide hands out a copy of selection.format
        theme = self._theme
        if end - start > LONG_SPAN:
            fmt.setForeground(QColor(theme.current_long_text))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(theme.current))
        else:
            fmt.setBackground(QColor(theme.current))
            fmt.setForeground(QColor(theme.current_text))
        selection.format = fmt
        self._current = [selection]
        self._show_marks()
        caret = self._cursor(start)
        rect = self.cursorRect(caret)
        if not self.viewport().rect().adjusted(0, 20, 0, -20).contains(rect.center()):
            keep = self.textCursor()
            self.setTextCursor(caret)
            bar = self.verticalScrollBar()  # QTextEdit has no centerCursor
            bar.setValue(bar.value() + self.cursorRect(caret).center().y() - self.viewport().height() // 2)
            if keep.hasSelection():
                self.setTextCursor(keep)

    def enter_at_current(self) -> None:
        """Take the keyboard focus with the caret at the start of the current item (or where it was)."""
        if self._current:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._current[0].cursor.selectionStart())
            self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ensureCursorVisible()

    def clear_current(self) -> None:
        self._current = []
        self._show_marks()

    def set_link_marks(self, marks: list[QTextEdit.ExtraSelection], painter: Callable[[QPainter], None] | None) -> None:
        """Show ``marks`` after the current item (which stays first) and call ``painter`` after each paint."""
        self._link_marks, self._link_painter = marks, painter
        self._show_marks()
        self.viewport().update()

    def _show_marks(self) -> None:
        self.setExtraSelections(self._current + self._link_marks)

    def block_origin(self, block: QTextBlock) -> QPointF:
        """Where a paragraph's layout starts, in viewport coordinates (drawing over the text)."""
        return block.layout().position() - QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def items_at(self, point: QPoint) -> list[tuple[str, str]]:
        """(collection, key) of the entities, then quotes, under a viewport point."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        u16 = cursor.position()
        if point.x() < rect.x() and u16 > 0:  # the click fell on the character before the caret
            u16 -= 1
        cp = self.offsets.to_codepoint(u16)
        if cp >= len(self._doc.text):
            return []
        hl = self.highlighter
        hl.ensure_current()
        hides = self._settings.hides  # what is not painted cannot be clicked either
        found = [("entities", key) for _, _, key in hl.entities.at(cp) if not hides(self._doc.entity(key).status)]
        found += [("quotes", key) for _, _, key in hl.quotes.at(cp) if not hides(self._doc.quote(key).status)]
        return found

    # -- events -------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            items = self.items_at(event.position().toPoint())
            if items:
                self.item_clicked.emit(*items[0])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._link_painter is not None:  # over the text: the layout gives the places, scrolled and zoomed
            painter = QPainter(self.viewport())
            self._link_painter(painter)
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            items = self.items_at(event.pos())
            if items:
                QToolTip.showText(event.globalPos(), "<br>".join(self._describe(c, k) for c, k in items[:3]), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _describe(self, collection: str, key: str) -> str:
        item = self._doc.item(collection, key)
        if collection == "entities":
            head = f"<b>{item.label}</b> {item.text}"
        else:
            speaker = item.speaker.name or item.speaker.text if item.speaker else "no speaker"
            head = f"<b>quote</b> ({item.kind}) · {speaker}"
        score = "" if item.score is None else f" · score {item.score:.2f}"
        return f"{head}<br>{item.status} · from {item.origin}{score}"

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu()
        if self.selected_span() is not None:
            menu.addSeparator()
            as_entity = QMenu("Add entity as", menu)
            for style in self._settings.labels:
                action = as_entity.addAction(f"{style.name}\t{style.key}" if style.key else style.name)
                action.triggered.connect(lambda _=False, label=style.name: self.add_entity_requested.emit(label))
            menu.addMenu(as_entity)
            menu.addAction("Add quote\tQ").triggered.connect(self.add_quote_requested.emit)
        with focus_returned():  # an action chosen here may open a dialog
            menu.exec(event.globalPos())
