"""Quote -> speaker links in the real window on the sample article (issue 13, gap 16): the speaker
mention boxed, an arrow drawn from the quote to it, the other mentions of its entity marked, the
counts in the status bar, and G from a quote to its speaker's row and back without an undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from annotator.gui.link_painter import LINK_COLOR
from annotator.gui.speaker_links import MENTION_UNDERLINE
from annotator.model import AnnotationDocument, Entity, Quote, Speaker

from .helpers import window_on

LEUPRECHT = "Christian Leuprecht"


def _quote_said_by(window, mention: str, nth: int = 0) -> Quote:
    said = [q for q in window.doc.quotes if q.speaker is not None and q.speaker.text == mention]
    return said[nth]


def _click_row(qtbot, window, collection: str, key: str) -> None:
    """Click the item's row in its table, as a person would (Ctrl+1 / Ctrl+2 first)."""
    qtbot.keyClick(window.panels[collection].view, Qt.Key.Key_1 if collection == "entities" else Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    panel = window.panels[collection]
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(key), 0))
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.links.shown == (collection, key))


def _marks(window) -> list[tuple[str, QTextCharFormat, int]]:
    """(covered text, format, start in UTF-16) of the article's extra selections after the current item."""
    return [(s.cursor.selectedText(), QTextCharFormat(s.format), s.cursor.selectionStart())
            for s in window.article.extraSelections()[1:]]  # copied: PySide frees a selection's format with it


def _u16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _rect(window, start: int, end: int) -> QRect:
    """The viewport rectangle from the caret at ``start`` to the caret at ``end`` (one line), by Qt."""
    article, text = window.article, window.doc.text
    cursor = QTextCursor(article.document())
    cursor.setPosition(_u16(text, start))
    first = article.cursorRect(cursor)
    cursor.setPosition(_u16(text, end))
    return first.united(article.cursorRect(cursor))


def _link_pixels(window, area: QRect) -> int:
    """Pixels of about the link colour inside ``area`` of the article's viewport, as painted."""
    image = window.article.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    count = 0
    for x in range(max(0, area.left()), min(image.width(), area.right() + 1)):
        for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1)):
            c = QColor(image.pixel(int(x * ratio), int(y * ratio)))
            if abs(c.red() - LINK_COLOR.red()) + abs(c.green() - LINK_COLOR.green()) + abs(c.blue() - LINK_COLOR.blue()) < 60:
                count += 1
    return count


def _quotes_resolved_to(window, name: str) -> int:
    return sum(1 for q in window.doc.quotes if q.speaker is not None and q.speaker.name == name)


def _between(window, quote: Quote) -> QRect:
    """The gap between the speaker "He" and the quote that follows it on the same line, and the line above."""
    speaker, quote_start = _rect(window, quote.speaker.start, quote.speaker.end), _rect(window, quote.start, quote.start)
    assert abs(speaker.center().y() - quote_start.center().y()) < 3, "the sample's “He warned, “If …” is one line"
    return QRect(QPoint(speaker.right() + 3, speaker.top() - speaker.height()), QPoint(quote_start.left() - 3, speaker.top()))


def test_selecting_a_quote_boxes_its_speaker_and_marks_the_other_mentions_of_its_entity(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    quote = _quote_said_by(window, "He")  # “If Europe goes it alone …”: He -> Christian Leuprecht
    panel = window.panels["quotes"]
    assert panel.model.index(panel.model.row_of(quote.id), panel.model.COL_SPEAKER).data() == f"He → {LEUPRECHT}"
    _click_row(qtbot, window, "quotes", quote.id)

    text = window.doc.text
    marks = _marks(window)
    speaker_marks = [(t, start) for t, fmt, start in marks if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
                     and fmt.underlineColor() == LINK_COLOR]
    assert speaker_marks == [("He", _u16(text, quote.speaker.start))]
    # The other mentions of Christian Leuprecht: his full name, "Leuprecht" later, and the "He" of a later quote.
    others = sorted((t, start) for t, fmt, start in marks if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
                    and fmt.underlineColor() == MENTION_UNDERLINE)
    later_he = text.index("He ", text.index("Leuprecht", text.index(LEUPRECHT) + len(LEUPRECHT)))
    assert others == sorted([(LEUPRECHT, _u16(text, text.index(LEUPRECHT))),
                             ("Leuprecht", _u16(text, text.index("Leuprecht", text.index(LEUPRECHT) + len(LEUPRECHT)))),
                             ("He", _u16(text, later_he))])
    said = _quotes_resolved_to(window, LEUPRECHT)  # the suggester's count, not the links module's
    assert said >= 3  # the three of the gold file at least
    assert window.links.summary == f"Said by “He” → {LEUPRECHT}: 4 mentions, speaker of {said} quotes · G: to the speaker"


def test_the_arrow_from_the_quote_to_its_speaker_is_painted_and_follows_scrolling_and_zoom(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    quote = _quote_said_by(window, "He")
    window.editing.select_item("entities", window.doc.entities[0].id)  # "Politics"/"Canada": no link drawn
    qtbot.waitUntil(lambda: window.links.shown is not None and window.links.shown[0] == "entities")
    assert _link_pixels(window, _between(window, quote)) == 0  # nothing of that blue between them before

    _click_row(qtbot, window, "quotes", quote.id)
    assert _link_pixels(window, _between(window, quote)) > 5

    article = window.article
    scrolled = article.verticalScrollBar().value() + 3
    article.verticalScrollBar().setValue(scrolled)  # three lines on: the same words, 3 lines higher
    assert article.verticalScrollBar().value() == scrolled
    qtbot.waitUntil(lambda: _link_pixels(window, _between(window, quote)) > 5)
    qtbot.keyClick(window.current_panel().view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # zoom in
    qtbot.waitUntil(lambda: window.settings.zoom == 1)
    article.show_current(quote.start, quote.end)  # bring the line into view again after the reflow
    qtbot.waitUntil(lambda: _link_pixels(window, _between(window, quote)) > 5)


def test_the_caret_in_a_quote_shows_its_link(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    quote = _quote_said_by(window, "Joly")
    article = window.article
    article.setFocus()
    qtbot.waitUntil(article.hasFocus)
    cursor = article.textCursor()
    cursor.setPosition(_u16(window.doc.text, quote.start + 5))
    article.setTextCursor(cursor)
    qtbot.waitUntil(lambda: window.links.shown == ("quotes", quote.id))
    assert [t for t, fmt, _ in _marks(window) if fmt.underlineColor() == LINK_COLOR] == ["Joly"]
    qtbot.keyClick(article, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the caret leaves every quote
    qtbot.waitUntil(lambda: window.links.shown != ("quotes", quote.id))


def test_a_current_entity_marks_every_mention_of_its_canonical_entity_and_counts_them(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    text = window.doc.text
    short = next(e for e in window.doc.entities if e.text == "Leuprecht")
    _click_row(qtbot, window, "entities", short.id)
    assert window.links.summary == (f"{LEUPRECHT}: 4 mentions, speaker of {_quotes_resolved_to(window, LEUPRECHT)} quotes"
                                    " · G: to the quotes")
    assert window.article.extraSelections()[0].cursor.selectedText() == "Leuprecht"  # the current item stays first
    marked = sorted(t for t, fmt, _ in _marks(window))
    assert marked == ["Christian Leuprecht", "He", "He"]  # and "Leuprecht" itself is the current item
    he = [start for t, _, start in _marks(window) if t == "He"]
    assert all(text[s:s + 3] == "He " for s in he)  # the sample has no characters outside the BMP before them


def test_g_goes_from_the_quote_to_its_speaker_row_and_back_without_an_undo_step(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    quote = _quote_said_by(window, "He")
    _click_row(qtbot, window, "quotes", quote.id)
    before, count = window.doc.content(), window.undo_stack.count()
    qtbot.keyClick(window.panels["quotes"].view, Qt.Key.Key_G)
    assert window.current_collection() == "entities"
    entity = window.doc.entity(window.panels["entities"].current_key())
    assert (entity.text, entity.canonical) == (LEUPRECHT, LEUPRECHT)
    assert window.panels["entities"].view.hasFocus()
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_G)
    assert window.current_collection() == "quotes" and window.panels["quotes"].current_key() == quote.id
    assert window.doc.content() == before and window.undo_stack.count() == count and not window.is_modified()


def test_g_from_an_entity_that_said_nothing_and_from_an_unresolved_speaker_says_so(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    experts = _quote_said_by(window, "experts")
    _click_row(qtbot, window, "quotes", experts.id)
    assert "not resolved to an entity" in window.links.summary
    qtbot.keyClick(window.panels["quotes"].view, Qt.Key.Key_G)
    assert window.current_collection() == "quotes"
    assert "L links one" in window.statusBar().currentMessage()
    canada = next(e for e in window.doc.entities if e.text == "Canada")
    _click_row(qtbot, window, "entities", canada.id)
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_G)
    assert window.current_collection() == "entities"
    assert window.statusBar().currentMessage() == "Canada said none of the quotes"


def test_g_is_on_the_key_sheet_and_in_the_go_menu(open_window):
    window = open_window(None)
    sheet = dict((what, keys) for keys, what in window.actions.key_sheet())
    assert sheet["Go from the quote to its speaker, and back"] == "G"
    assert window.actions.speaker_jump in window.actions.menus["&Go"].actions()


def test_marks_land_on_the_right_characters_after_emoji(open_window, qtbot):
    text = "🇨🇦 🙂 Joly met Carney. “We are ready,” she said."
    joly, she = text.index("Joly"), text.index("she")
    start, end = text.index("“"), text.index("”") + 1
    doc = AnnotationDocument(
        text=text,
        entities=[Entity(id="e1", start=joly, end=joly + 4, text="Joly", label="PERSON", canonical="Mélanie Joly")],
        quotes=[Quote(id="q1", start=start, end=end, text=text[start:end],
                      speaker=Speaker(start=she, end=she + 3, text="she", entity="e1", name="Mélanie Joly"))])
    window = window_on(open_window, doc)
    window.editing.select_item("quotes", "q1")
    qtbot.waitUntil(lambda: window.links.shown == ("quotes", "q1"))
    assert sorted(t for t, _, _ in _marks(window)) == ["Joly", "she"]
    assert window.links.summary == "Said by “she” → Mélanie Joly: 2 mentions, speaker of 1 quote · G: to the speaker"


def test_in_a_long_article_the_mentions_near_the_view_are_marked_and_scrolling_marks_more(open_window, qtbot):
    paragraph = "Canada met Joly in Ottawa, and Canada said nothing about it at all that day.\n"
    text = paragraph * 600  # 1,200 mentions of Canada, 47 KB
    starts = [i for i in range(len(text)) if text.startswith("Canada", i)]
    doc = AnnotationDocument(text=text, entities=[
        Entity(id=f"e{n}", start=s, end=s + 6, text="Canada", label="GPE") for n, s in enumerate(starts)])
    window = window_on(open_window, doc)
    window.editing.select_item("entities", "e0")
    qtbot.waitUntil(lambda: window.links.shown == ("entities", "e0"))
    assert window.links.summary == f"Canada: {len(starts)} mentions"
    marked = [start for _, _, start in _marks(window)]
    assert 0 < len(marked) < len(starts) - 1 and marked == starts[1:len(marked) + 1]  # from the top, in order
    bar = window.article.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _marks(window) and _marks(window)[-1][2] == starts[-1])


def test_the_status_bar_label_leaves_room_for_messages_and_shows_all_on_hover(open_window, qtbot, seed_copy):
    window = open_window(seed_copy)
    _click_row(qtbot, window, "quotes", _quote_said_by(window, "He").id)
    label = window.links.label
    assert label.toolTip() == window.links.summary
    assert label.fontMetrics().horizontalAdvance(label.text()) <= 600


def test_on_the_dark_theme_the_speaker_marks_are_in_the_themes_light_blue(open_window, qtbot, seed_copy):
    from dataclasses import replace

    from annotator.gui.theme import DARK

    window = open_window(seed_copy)
    quote = _quote_said_by(window, "He")
    _click_row(qtbot, window, "quotes", quote.id)
    window.set_settings(replace(window.settings, theme="dark"))  # with the quote's links showing
    marks = _marks(window)
    speaker = [t for t, fmt, _ in marks if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
               and fmt.underlineColor() == QColor(DARK.speaker)]
    others = [fmt.underlineColor() for _, fmt, _ in marks if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert speaker == ["He"]
    # every other mention in a blue dimmer than the speaker's, none in the light theme's colours
    assert others and all(c.lightness() < QColor(DARK.speaker).lightness() and c.blue() > c.red() for c in others)
    assert LINK_COLOR not in others and MENTION_UNDERLINE not in others
