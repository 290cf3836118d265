"""How the article reads: space between paragraphs, a margin, the headline and section line styled.

Only block and character formats of the QTextDocument change; no character is added, so every
offset between the model and the view stays what it was (tests/gui/test_article_layout.py).
The headline and the section are the spans of the document's ``title`` and ``section`` metadata
(the layout suggester found them, or a person set them); a rejected field is not styled.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ..model import AnnotationDocument
from .offsets import Utf16Index
from .theme import Theme

PARAGRAPH_SPACING = 0.6  # of a line's height, below every paragraph
LINE_HEIGHT = 118  # percent: a little air between the lines of a paragraph
MARGIN = 1.0  # of a line's height, around the text
HEADLINE_SCALE = 1.4
STYLED_FIELDS = ("section", "title")


def styled_spans(doc: AnnotationDocument) -> dict[str, tuple[int, int]]:
    """The spans to style, by field name (model offsets)."""
    spans = {}
    for name in STYLED_FIELDS:
        field = doc.metadata.get(name)
        if (field is not None and field.has_span and field.status != "rejected"
                and field.start < field.end <= len(doc.text)):
            spans[name] = (field.start, field.end)
    return spans


class ArticleLayout:
    """Applies the formats to a QTextDocument; restyling after an edit touches the old and new spans only."""

    def __init__(self, text_document: QTextDocument):
        self.set_document(text_document)

    def set_document(self, text_document: QTextDocument) -> None:
        self._document = text_document
        self._styled: dict[str, tuple[int, int]] = {}

    def lay_out(self, font: QFont) -> None:
        """Spacing and margin for the whole text (after the text or the font changed)."""
        height = QFontMetricsF(font).height()
        self._document.setDocumentMargin(round(height * MARGIN))
        block = QTextBlockFormat()
        block.setBottomMargin(round(height * PARAGRAPH_SPACING))
        block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self._document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(block)
        self._styled = {}

    def style_fields(self, doc: AnnotationDocument, offsets: Utf16Index, font: QFont, theme: Theme) -> None:
        """The headline larger and bold, the section line in grey small capitals."""
        wanted = styled_spans(doc)
        for name, span in self._styled.items():
            if wanted.get(name) != span:
                self._format(offsets, span, QTextCharFormat())
        for name, span in wanted.items():
            self._format(offsets, span, self._field_format(name, font, theme))
        self._styled = wanted

    def _field_format(self, name: str, font: QFont, theme: Theme) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if name == "title":
            fmt.setFontPointSize(font.pointSizeF() * HEADLINE_SCALE)
            fmt.setFontWeight(QFont.Weight.Bold)
        else:
            fmt.setFontCapitalization(QFont.Capitalization.SmallCaps)
            fmt.setFontLetterSpacing(106)
            fmt.setForeground(QColor(theme.section))
        return fmt

    def _format(self, offsets: Utf16Index, span: tuple[int, int], fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(self._document)
        cursor.setPosition(offsets.to_utf16(span[0]))
        cursor.setPosition(offsets.to_utf16(span[1]), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
