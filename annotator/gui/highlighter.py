"""Paints entities, quotes, speakers and cues into the article, one paragraph (block) at a time.

Spans live in :class:`SpanIndex` objects keyed by model offsets (code points); each block asks
only for the spans that overlap it, converting at the Qt boundary with :class:`Utf16Index`.
After an edit only the blocks the old and new span touched are repainted, and repaints are
coalesced into one pass per event-loop turn, so a bulk accept of thousands of items repaints
each paragraph once.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..model import AnnotationDocument, Change, ModelError
from .offsets import Utf16Index
from .settings import Settings
from .span_index import SpanIndex
from .theme import LIGHT, Theme

SPEAKER_COLOR = QColor(LIGHT.speaker)  # the speaker links draw in it (theme.Theme.speaker)

# More paragraphs than this to repaint (a bulk accept): paint the whole article afresh instead,
# which costs less than repainting them one by one on screen (see article_repaint).
MANY_BLOCKS = 64


class ArticleHighlighter(QSyntaxHighlighter):
    def __init__(self, text_document: QTextDocument, doc: AnnotationDocument, settings: Settings):
        super().__init__(text_document)
        self._dirty: set[int] = set()
        self._flush_pending = False
        self._stale = False  # a reset arrived: rebuild the indexes and repaint all at the next flush
        # ... and the repaint stays owed when something rebuilt the indexes first (a block painted
        # for a format change in the article, a click, a caret lookup).
        self._full_repaint_owed = False
        self._doc = doc
        self._settings = settings
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        self._theme: Theme = LIGHT
        # Paint every block: the view replaces this with painting a fresh document, far faster
        # for a long article than repainting the one on screen (see article_repaint).
        self.repaint_all: Callable[[], None] = self.paint_now
        self.offsets = Utf16Index(doc.text)
        self._build_indexes()
        doc.add_listener(self._on_change)

    # -- state ----------------------------------------------------------------------------

    def set_document(self, doc: AnnotationDocument) -> None:
        """Follow another document; call before the view's text changes to its text."""
        self._doc.remove_listener(self._on_change)
        self._doc = doc
        self._dirty.clear()
        self._stale = self._full_repaint_owed = False
        self.offsets = Utf16Index(doc.text)
        self._build_indexes()
        doc.add_listener(self._on_change)

    def set_settings(self, settings: Settings) -> None:
        """Repaint the article only if a setting it paints with changed (not for recent files...)."""
        old, self._settings = self._settings, settings
        if settings.labels != old.labels:
            self._formats.clear()
        if (settings.labels, settings.show_rejected) != (old.labels, old.show_rejected):
            self.repaint_all()

    def paint_now(self) -> None:
        """Every block, now, on the document the highlighter is on."""
        self.ensure_current()
        self.rehighlight()

    def set_theme(self, theme: Theme) -> None:
        """Light or dark: every colour changes, so every block is repainted."""
        if theme != self._theme:
            self._theme = theme
            self._formats.clear()
            self.repaint_all()

    def _build_indexes(self) -> None:
        self.entities = SpanIndex((e.start, e.end, e.id) for e in self._doc.entities)
        self.quotes = SpanIndex((q.start, q.end, q.id) for q in self._doc.quotes)
        self.marks = SpanIndex(self._marks_of_all())  # speaker mentions ("q1 speaker") and cues ("q1 cue")

    def ensure_current(self) -> None:
        """Bring the span indexes up to date now if a reset left them stale."""
        if self._stale:
            self._stale = False
            self._build_indexes()

    def _marks_of_all(self):
        for quote in self._doc.quotes:
            yield from self._marks_of(quote)

    @staticmethod
    def _marks_of(quote):
        if quote.speaker is not None and quote.speaker.has_span:
            yield quote.speaker.start, quote.speaker.end, f"{quote.id} speaker"
        if quote.cue is not None:
            yield quote.cue.start, quote.cue.end, f"{quote.id} cue"

    def _on_change(self, change: Change) -> None:
        if change.action == "reset":
            if change.collection in ("entities", "quotes"):
                # reset_notify sends one reset per collection: fold them into one rebuild
                self._stale = self._full_repaint_owed = True
                self._schedule_flush()
            return
        if self._stale:
            return  # the pending rebuild covers this change too
        if change.collection == "entities":
            old = self.entities.remove(change.key)
            if change.action != "remove":
                entity = self._doc.entities[change.index]
                self.entities.put(entity.id, entity.start, entity.end)
                self._touch(entity.start, entity.end)
            if old:
                self._touch(*old)
        elif change.collection == "quotes":
            old_spans = [self.quotes.remove(change.key), self.marks.remove(f"{change.key} speaker"),
                         self.marks.remove(f"{change.key} cue")]
            if change.action != "remove":
                quote = self._doc.quotes[change.index]
                self.quotes.put(quote.id, quote.start, quote.end)
                self._touch(quote.start, quote.end)
                for start, end, key in self._marks_of(quote):
                    self.marks.put(key, start, end)
                    self._touch(start, end)
            for span in old_spans:
                if span:
                    self._touch(*span)

    def _touch(self, start: int, end: int) -> None:
        """Repaint, soon, the blocks holding model span ``[start, end)``."""
        text_document = self.document()
        if text_document is None:
            return
        first = text_document.findBlock(self.offsets.to_utf16(start)).blockNumber()
        last = text_document.findBlock(self.offsets.to_utf16(max(start, end - 1))).blockNumber()
        self._dirty.update(range(first, last + 1))
        self._schedule_flush()

    def _schedule_flush(self) -> None:
        if not self._flush_pending:
            self._flush_pending = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Repaint the blocks edits touched (runs on its own after each event-loop turn)."""
        self._flush_pending = False
        text_document = self.document()
        dirty, self._dirty = sorted(self._dirty), set()
        if self._full_repaint_owed or len(dirty) > MANY_BLOCKS:
            self._full_repaint_owed = False
            self.ensure_current()
            if text_document is not None:
                self.repaint_all()
            return
        if text_document is None:
            return
        for number in dirty:
            block = text_document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    # -- painting -------------------------------------------------------------------------

    def _entity_format(self, label: str, status: str) -> QTextCharFormat:
        key = (label, status)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            dark = self._theme.dark
            color = QColor(self._settings.label(label).color_for(dark))
            # Underlines stand out from the highlight: darker on light pastels, lighter on dark colours.
            def edge(factor: int) -> QColor:
                return color.lighter(factor + 30) if dark else color.darker(factor)
            if status == "rejected":
                fmt.setFontStrikeOut(True)
                fmt.setForeground(QColor(self._theme.rejected))
            elif status == "accepted":  # full colour, solid underline; not bold, which would
                fmt.setBackground(color)  # widen the words and reflow the text at each accept
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(edge(170))
            else:  # suggested, dashed until decided: paler on the light page; the colour itself on the
                # dark one, where a darker shade would sink into the page
                fmt.setBackground(color if dark else color.lighter(112))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(edge(150))
            self._formats[key] = fmt
        return fmt

    def _mark_format(self, kind: str) -> QTextCharFormat:
        fmt = self._formats.get(("", kind))
        if fmt is None:
            fmt = QTextCharFormat()
            theme = self._theme
            if kind == "quote":
                fmt.setBackground(QColor(theme.quote_shade))
            elif kind == "speaker":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(theme.speaker))
                fmt.setForeground(QColor(theme.speaker))
            else:  # cue
                fmt.setFontItalic(True)
                fmt.setForeground(QColor(theme.cue))
            self._formats[("", kind)] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.ensure_current()
        block = self.currentBlock()
        u_lo = block.position()
        u_hi = u_lo + block.length() - 1  # Qt units; ``text`` is a Python str, counted in code points
        to_cp, to_u16 = self.offsets.to_codepoint, self.offsets.to_utf16
        lo, hi = to_cp(u_lo), to_cp(u_hi)
        layers: list[tuple[int, int, QTextCharFormat]] = []  # later layers win where they overlap
        hides = self._settings.hides
        quotes, entities = self._doc.quotes, self._doc.entities
        try:
            for start, end, key in self.quotes.overlapping(lo, hi):
                quote = quotes[self._doc.quote_index(key)]
                if not hides(quote.status):
                    layers.append((start, end, self._mark_format("quote")))
            for start, end, key in self.entities.overlapping(lo, hi):
                entity = entities[self._doc.entity_index(key)]
                if not hides(entity.status):
                    layers.append((start, end, self._entity_format(entity.label, entity.status)))
        except ModelError:  # an item went away and its notification is on its way: paint it then
            return
        for start, end, key in self.marks.overlapping(lo, hi):
            layers.append((start, end, self._mark_format(key.rsplit(" ", 1)[1])))
        if not layers:
            return
        # Cut the block at every span edge and merge the formats covering each piece, because
        # setFormat replaces rather than combines.
        edges = sorted({max(lo, s) for s, _, _ in layers} | {min(hi, e) for _, e, _ in layers})
        for a, b in zip(edges, edges[1:]):
            covering = [fmt for s, e, fmt in layers if s <= a and e >= b]
            if not covering:
                continue
            merged = QTextCharFormat(covering[0])
            for fmt in covering[1:]:
                merged.merge(fmt)
            self.setFormat(to_u16(a) - u_lo, to_u16(b) - to_u16(a), merged)
