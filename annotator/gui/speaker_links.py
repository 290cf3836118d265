"""Quote -> speaker links in the article, and every mention of the current entity.

When a quote is current (its row in the Quotes table, or the caret in it in the article) its speaker
mention gets a box and an arrow from the quote's start, and the other mentions of the entity the
speaker resolves to ("Leuprecht", and the pronoun "He" of another quote) lighter boxes.  When an
entity is current, all mentions of its canonical entity are marked the same way, with arrows from
the quotes it said.  The status bar counts them: "Christian Leuprecht: 4 mentions, speaker of 3 quotes".
G goes from a quote to its speaker's entity row and back.  Nothing here edits the document.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit

from ..model import AnnotationDocument, Change, ModelError, Quote
from ..model.mentions import MentionGroup, MentionIndex, entity_name, speaker_entity
from .link_painter import LINK_COLOR, LinkDrawing, visible_range
from .theme import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow

MENTION_UNDERLINE = QColor("#7ea6e0")  # the speaker's blue, lighter: "the same one, elsewhere"
LABEL_WIDTH = 600  # px of the status bar at most (the key hint at the end goes first): the rest is for messages


def _underline(style: QTextCharFormat.UnderlineStyle, color: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(color)
    return fmt


# Underlines only: the label colour under a mention still says what it is.
SPEAKER_MARK = _underline(QTextCharFormat.UnderlineStyle.SingleUnderline, LINK_COLOR)
MENTION_MARK = _underline(QTextCharFormat.UnderlineStyle.WaveUnderline, MENTION_UNDERLINE)


def marks_for(theme: Theme) -> tuple[QTextCharFormat, QTextCharFormat]:
    """The speaker's and the other mentions' underlines. On the dark theme both are in the theme's
    light speaker blue, the other mentions dimmer (on a dark page, paler would stand out more)."""
    if not theme.dark:
        return SPEAKER_MARK, MENTION_MARK
    speaker = QColor(theme.speaker)
    return (_underline(QTextCharFormat.UnderlineStyle.SingleUnderline, speaker),
            _underline(QTextCharFormat.UnderlineStyle.WaveUnderline, speaker.darker(150)))


class SpeakerLinks(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.w = window
        self.label = QLabel()
        self.label.setObjectName("speakerLinks")
        self.summary = ""  # what the label says, in full (it elides to leave the bar room for messages)
        self._doc: AnnotationDocument | None = None
        self._index: MentionIndex | None = None  # who is who in the document, until it changes
        self._came_from: str | None = None  # the quote G last went from to its speaker
        self.shown: tuple[str, str] | None = None  # (collection, key) whose links are drawn
        self._speakers: list[tuple[int, int]] = []  # UTF-16 spans to mark, in text order: speaker mentions
        self._others: list[tuple[int, int]] = []  # ... and the other mentions of the same entity
        self._drawing: LinkDrawing | None = None
        self._marked = (0, -1)  # the UTF-16 stretch whose spans have extra selections now
        # A bulk accept changes thousands of items: work the groups out once, after the last one.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)

    def connect_signals(self) -> None:
        w = self.w
        w.statusBar().addPermanentWidget(self.label)
        for panel in w.panels.values():
            panel.current_changed.connect(self._soon)
        w.tabs.currentChanged.connect(self._soon)
        w.article.cursorPositionChanged.connect(self._soon)
        w.article.verticalScrollBar().valueChanged.connect(self._mark_near_view)
        w.article.verticalScrollBar().rangeChanged.connect(self._mark_near_view)  # zoom, a resize
        QApplication.instance().focusChanged.connect(self._soon)  # the caret counts only while the text has focus
        w.document_changed.connect(self._follow_document)
        self._follow_document()

    def disconnect_signals(self) -> None:
        """Stop following the window (benchmarks/speaker_links.py --no-links times the keys without)."""
        self._timer.timeout.disconnect(self.refresh)
        if self._doc is not None:
            self._doc.remove_listener(self._on_change)
        self.w.document_changed.disconnect(self._follow_document)
        self.w.article.set_link_marks([], None)

    def _follow_document(self) -> None:
        if self._doc is not None:
            self._doc.remove_listener(self._on_change)
        self._doc = self.w.doc
        self._doc.add_listener(self._on_change)
        self._came_from, self._index = None, None
        self._soon()

    def _on_change(self, _change: Change) -> None:
        self._index = None  # a relinked speaker, a merged canonical name, a rejected mention
        self._soon()

    def mentions(self) -> MentionIndex:
        if self._index is None:
            self._index = MentionIndex(self.w.doc)
        return self._index

    def flush(self) -> None:
        """Work the links out now if a change asked for them (else the next event-loop turn does)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()

    def _soon(self, *_signal_args) -> None:
        if shiboken6.isValid(self._timer):  # focusChanged is the application's: it may outlive a closed window
            self._timer.start()

    # -- what is current ---------------------------------------------------------------

    def current(self) -> tuple[str, str] | None:
        """The quote or entity under the caret while the text has focus, else the current table row."""
        article = self.w.article
        if article.hasFocus():
            at = self._item_at_caret()
            if at is not None:
                return at
        collection = self.w.current_collection()
        key = self.w.current_panel().current_key()
        return (collection, key) if key and collection in ("entities", "quotes") else None

    def _item_at_caret(self) -> tuple[str, str] | None:
        article = self.w.article
        position = article.offsets.to_codepoint(article.textCursor().position())
        highlighter, hides = article.highlighter, self.w.settings.hides
        highlighter.ensure_current()
        for collection, index in (("quotes", highlighter.quotes), ("entities", highlighter.entities)):
            for _, _, key in index.at(position):
                try:
                    status = self.w.doc.item(collection, key).status
                except (ModelError, KeyError):  # removed; the highlighter hears of it on the next turn
                    continue
                if not hides(status):
                    return collection, key
        return None

    # -- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        doc, current = self.w.doc, self.current()
        try:
            item = doc.item(*current) if current else None
        except (ModelError, KeyError):  # removed; its removal is on its way
            item = None
        if item is None:
            self._show(None, None, [], "")
            return
        if current[0] == "quotes":
            group = self.mentions().speaker_group(item)
            self._show(current, group, [], self._quote_text(item, group))
        else:
            group = self.mentions().group(entity_name(item))
            own = (item.start, item.end)
            said = " · G: to the quotes" if group.quote_ids else ""
            self._show(current, group, [own], group.summary() + said)

    def _quote_text(self, quote: Quote, group: MentionGroup | None) -> str:
        if group is None:
            return "No speaker (L links one)"
        mention = f"“{quote.speaker.text}” → " if quote.speaker.text and quote.speaker.text != group.name else ""
        if group.name is None:
            return f"Said by “{quote.speaker.text}”, not resolved to an entity (L links one)"
        return f"Said by {mention}{group.summary()} · G: to the speaker"

    def _show(self, current, group: MentionGroup | None, own: list[tuple[int, int]], text: str) -> None:
        """Mark the group's mentions and draw its links; ``own``: the current entity's span, which
        keeps its current-item colour rather than a mention mark."""
        self.shown = current
        self.summary = text
        self.label.setText(self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, LABEL_WIDTH))
        self.label.setToolTip(text)
        self._speakers, self._others, self._drawing = [], [], None
        if group is not None:
            to_u16 = self.w.article.offsets.to_utf16
            quotes = [self.w.doc.quote(key) for key in group.quote_ids] if current[0] == "entities" else [self.w.doc.item(*current)]
            links = tuple((to_u16(q.start), (to_u16(q.speaker.start), to_u16(q.speaker.end)))
                          for q in quotes if q.speaker is not None and q.speaker.has_span)
            speakers = {span for _, span in links}
            taken = {(to_u16(s), to_u16(e)) for s, e in own}
            self._speakers = sorted(speakers - taken)
            self._others = [span for span in ((to_u16(m.start), to_u16(m.end)) for m in group.mentions)
                            if span not in taken and span not in speakers]  # in text order, as the mentions
            self._drawing = LinkDrawing(links=links, mentions=tuple(self._others))
        self._marked = (0, -1)
        self._mark_near_view()

    def _mark_near_view(self, *_signal_args) -> None:
        """Extra selections for the marked spans on and near the screen only ("Canada" has thousands
        of mentions in a long article, and each selection costs); scrolling further marks more."""
        view = self.w.article
        if self._drawing is None:
            view.set_link_marks([], None)
            return
        lo, hi = visible_range(view)
        if self._marked[0] <= lo and hi <= self._marked[1]:
            return  # still inside what is marked
        reach = 2 * max(hi - lo, 2000)
        self._marked = (lo - reach, hi + reach)

        def near(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
            return spans[bisect_left(spans, (lo - reach, -1)):bisect_left(spans, (hi + reach, -1))]

        speaker_mark, mention_mark = marks_for(view.theme)
        marks = [self._selection(span, speaker_mark) for span in near(self._speakers)]
        marks += [self._selection(span, mention_mark) for span in near(self._others)]
        drawing = self._drawing
        view.set_link_marks(marks, lambda painter: drawing.paint(view, painter))

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.w.article.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    # -- G -----------------------------------------------------------------------------

    def jump(self) -> None:
        """G: from a quote to its speaker's entity row; from an entity back to the quote G came
        from (or the first quote it said)."""
        self.refresh()
        if self.shown is None:
            self._say("Select a quote (Ctrl+2) or an entity (Ctrl+1) first")
            return
        collection, key = self.shown
        doc = self.w.doc
        if collection == "quotes":
            entity = self._speaker_row(doc.quote(key))
            if entity is None:
                self._say("This quote's speaker is no entity in the table (L links one)")
                return
            self._came_from = key
            self._select("entities", entity, f"The speaker: {self.w.editing.describe('entities', entity)} (G goes back)")
            return
        quotes = self.mentions().group(entity_name(doc.entity(key))).quote_ids
        if not quotes:
            self._say(f"{entity_name(doc.entity(key))} said none of the quotes")
            return
        target = self._came_from if self._came_from in quotes else quotes[0]
        self._select("quotes", target, f"{self.w.editing.describe('quotes', target)} (G: to the speaker)")

    def _speaker_row(self, quote: Quote) -> str | None:
        """The entity a speaker resolves to, else one at the speaker's mention, else one of its name."""
        entity = speaker_entity(self.w.doc, quote)
        if entity is not None:
            return entity.id
        group = self.mentions().speaker_group(quote)
        if group is None:
            return None
        speaker = quote.speaker
        at_mention = [e.id for e in self.w.doc.entities if (e.start, e.end) == (speaker.start, speaker.end)
                      and e.status != "rejected"]
        return (at_mention or list(group.entity_ids) or [None])[0]

    def _select(self, collection: str, key: str, message: str) -> None:
        self.w.editing.select_item(collection, key)
        if self.w.panels[collection].current_key() == key:
            self._say(message)
        else:
            self._say(f"{self.w.editing.describe(collection, key)} is hidden (Ctrl+H shows rejected items)")

    def _say(self, message: str) -> None:
        self.w.statusBar().showMessage(message, 5000)
