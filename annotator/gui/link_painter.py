"""Draws a quote's link to its speaker over the article: a box around the speaker mention, lighter
boxes around the other mentions of the same entity, and an arrow from the quote's start to the
speaker, the way Label Studio draws relations.

Places come from the text layout at paint time (never stored), so the drawing follows scrolling,
zoom and re-wrapping; only the lines in or near the viewport are laid out and drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from .highlighter import SPEAKER_COLOR

if TYPE_CHECKING:
    from .article_view import ArticleView

LINK_COLOR = SPEAKER_COLOR  # the speaker's colour: the blue underline already means "who said it"
HALO = QColor(255, 255, 255, 170)
ARROW = 7.0  # px, the arrowhead's length


def span_rects(view: "ArticleView", start: int, end: int) -> list[QRectF]:
    """Viewport rectangles of UTF-16 span ``[start, end)``, one per laid-out line it covers."""
    text_document = view.document()
    rects: list[QRectF] = []
    block = text_document.findBlock(start)
    while block.isValid() and block.position() < max(end, start + 1):
        origin = view.block_origin(block)
        layout, base = block.layout(), block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lo, hi = max(start, base + line.textStart()), min(end, base + line.textStart() + line.textLength())
            if lo < hi or (lo == hi == start == end):
                x1, x2 = line.cursorToX(lo - base)[0], line.cursorToX(hi - base)[0]
                rects.append(QRectF(origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()))
        block = block.next()
    return rects


def visible_range(view: "ArticleView") -> tuple[int, int]:
    """The UTF-16 positions shown in the viewport, give or take a line."""
    rect = view.viewport().rect()
    first = view.cursorForPosition(rect.topLeft()).block().position()
    last = view.cursorForPosition(rect.bottomRight())
    return first, last.block().position() + last.block().length()


@dataclass(frozen=True, kw_only=True)
class LinkDrawing:
    """What to draw, in UTF-16 positions of the view's text."""

    links: tuple[tuple[int, tuple[int, int]], ...]  # (a quote's start, its speaker mention span)
    mentions: tuple[tuple[int, int], ...]  # the other mentions of the same entity: lighter boxes

    def paint(self, view: "ArticleView", painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lo, hi = visible_range(view)
        # In the theme's speaker colour (light on the dark theme), the halo in the page's colour.
        link = QColor(view.theme.speaker)  # LINK_COLOR on the light theme
        mention = QColor(link.red(), link.green(), link.blue(), 150)  # the other mentions: lighter
        halo = QColor(view.palette().base().color() if view.theme.dark else HALO)
        halo.setAlpha(170)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(mention, 1.2, Qt.PenStyle.DashLine))
        for start, end in self.mentions:
            if start < hi and end > lo:  # off screen: not even laid out
                for rect in span_rects(view, start, end):
                    painter.drawRoundedRect(rect.adjusted(-1.5, -0.5, 1.5, 0.5), 3, 3)
        for quote_start, (start, end) in self.links:
            if max(quote_start, end) < lo or min(quote_start, start) > hi:
                continue  # neither end nor the arrow between them is on screen
            speaker = span_rects(view, start, end)
            painter.setPen(QPen(link, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in speaker:
                painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)
            quote = span_rects(view, quote_start, quote_start + 1)
            if quote and speaker:
                _arrow(painter, quote[0], speaker[0], link, halo)


def _arrow(painter: QPainter, quote: QRectF, speaker: QRectF, link: QColor = LINK_COLOR, halo: QColor = HALO) -> None:
    """A curve from the quote's first character to the speaker's box, bowed above the line when
    both are on one line (so it does not strike the words between them), with a head at the speaker."""
    line_height = quote.height()
    start = QPointF(quote.left() + 1, quote.top() + 1)
    # Arrive at the box where it faces the quote: the shortest curve crosses the fewest words.
    end_x = min(max(start.x(), speaker.left() + 4), speaker.right() - 4) if speaker.width() > 8 else speaker.center().x()
    if abs(quote.center().y() - speaker.center().y()) < line_height / 2:  # one line: arc over it
        end = QPointF(end_x, speaker.top() - 1)
        lift = min(line_height * 0.35, 4 + abs(end.x() - start.x()) / 6)  # in the gap above, not through the line
        c1, c2 = QPointF(start.x(), start.y() - lift), QPointF(end.x(), end.y() - lift)
    else:  # another line: leave and arrive vertically, at the box edge that faces the quote
        below = speaker.center().y() > quote.center().y()
        end = QPointF(end_x, speaker.top() - 1 if below else speaker.bottom() + 1)
        middle = (start.y() + end.y()) / 2
        c1, c2 = QPointF(start.x(), middle), QPointF(end.x(), middle)
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(halo, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)  # a pale edge, so the line reads where it crosses words
    painter.setPen(QPen(link, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
    painter.setBrush(QBrush(link))
    painter.drawEllipse(start, 2.5, 2.5)  # where the quote begins
    angle = math.atan2(end.y() - c2.y(), end.x() - c2.x())
    head = QPolygonF([end,
                      QPointF(end.x() - ARROW * math.cos(angle - 0.45), end.y() - ARROW * math.sin(angle - 0.45)),
                      QPointF(end.x() - ARROW * math.cos(angle + 0.45), end.y() - ARROW * math.sin(angle + 0.45))])
    painter.setPen(QPen(link, 1))
    painter.drawPolygon(head)
