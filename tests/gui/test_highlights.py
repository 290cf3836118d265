"""Highlights land on exactly the right characters, also after emoji and other astral characters."""

from PySide6.QtGui import QTextCursor

from annotator.model import AnnotationDocument, Entity

TEXT = "😀😀 Joly met 👩‍👩‍👧 Trudeau in 𝒳-town.\nThen 🇨🇦 Carney 😀 spoke in Ottawa."


def _entity(eid, word, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Entity(id=eid, start=start, end=start + len(word), text=word, label=label, origin="rules")


def _painted(window):
    """(text under each highlighted range, its background colour name) over the whole article."""
    found = []
    block = window.article.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            cursor = QTextCursor(window.article.document())
            cursor.setPosition(block.position() + fmt_range.start)
            cursor.setPosition(block.position() + fmt_range.start + fmt_range.length, QTextCursor.MoveMode.KeepAnchor)
            found.append((cursor.selectedText(), fmt_range.format.background().color().name()))
        block = block.next()
    return found


def test_entities_after_emoji_are_highlighted_on_their_own_characters(qtbot, open_window):
    window = open_window(None)
    entities = [_entity("e1", "Joly", "PERSON"), _entity("e2", "Trudeau", "PERSON"), _entity("e3", "𝒳-town", "GPE"),
                _entity("e4", "Carney", "PERSON"), _entity("e5", "Ottawa", "GPE")]
    window.set_document(AnnotationDocument(text=TEXT, entities=entities), None, None)
    qtbot.waitUntil(lambda: len(_painted(window)) >= len(entities))
    painted = _painted(window)
    assert [text for text, _ in painted] == [e.text for e in entities]
    colour = dict(painted)
    assert colour["Joly"] == colour["Carney"] != colour["Ottawa"] == colour["𝒳-town"]

    # A relabel repaints that entity only, still on the right characters.
    window.editing.select_item("entities", "e4")
    window.editing.relabel("ORG")
    window.article.highlighter.flush()
    painted = dict(_painted(window))
    assert set(painted) == {e.text for e in entities}
    assert painted["Carney"] != colour["Carney"] and painted["Joly"] == colour["Joly"]

    # A selection made in Qt units comes back as the model's code points, and the reverse.
    window.article.select_span(entities[3].start, entities[3].end)
    assert window.article.selected_span() == (entities[3].start, entities[3].end)
    assert window.article.textCursor().selectedText() == "Carney"


def test_clicking_a_highlight_after_emoji_selects_its_row(qtbot, open_window):
    window = open_window(None)
    entity = _entity("e1", "Carney", "PERSON")
    window.set_document(AnnotationDocument(text=TEXT, entities=[entity]), None, None)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(window.article.offsets.to_utf16(entity.start + 2))
    point = window.article.cursorRect(cursor).center()
    assert window.article.items_at(point) == [("entities", "e1")]


def test_quotes_are_shaded_with_speaker_and_cue_marked(open_window):
    from annotator.model import Cue, Quote, Speaker

    text = "😀 “We are ready,” Carney said."
    q_start, q_end = text.index("“"), text.index("”") + 1
    s_start = text.index("Carney")
    c_start = text.index("said")
    quote = Quote(id="q1", start=q_start, end=q_end, text=text[q_start:q_end],
                  speaker=Speaker(start=s_start, end=s_start + 6, text="Carney", name="Mark Carney"),
                  cue=Cue(start=c_start, end=c_start + 4, text="said"), origin="rules")
    window = open_window(None)
    window.set_document(AnnotationDocument(text=text, quotes=[quote]), None, None)
    window.article.highlighter.rehighlight()
    block = window.article.document().begin()
    ranges = {}
    for fmt_range in block.layout().formats():
        cursor = QTextCursor(window.article.document())
        cursor.setPosition(fmt_range.start)
        cursor.setPosition(fmt_range.start + fmt_range.length, QTextCursor.MoveMode.KeepAnchor)
        fmt = fmt_range.format
        ranges[cursor.selectedText()] = (fmt.background().color().name(), fmt.fontUnderline(), fmt.fontItalic())
    shade = ranges["“We are ready,”"][0]
    assert shade != "#000000" and ranges["“We are ready,”"][1:] == (False, False)
    assert ranges["Carney"][1] and not ranges["Carney"][2]  # the speaker: underlined
    assert ranges["said"][2] and not ranges["said"][1]  # the cue: italic
    assert set(ranges) == {"“We are ready,”", "Carney", "said"}


def test_a_hidden_rejected_quote_cannot_be_clicked(open_window):
    from dataclasses import replace

    from annotator.model import Quote

    text = "He said “we are ready” today."
    start, end = text.index("“"), text.index("”") + 1
    quote = Quote(id="q1", start=start, end=end, text=text[start:end], status="rejected", origin="rules")
    window = open_window(None)
    window.set_document(AnnotationDocument(text=text, quotes=[quote]), None, None)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(start + 3)
    point = window.article.cursorRect(cursor).center()
    assert window.article.items_at(point) == [("quotes", "q1")]  # shown while rejected items are
    window.set_settings(replace(window.settings, show_rejected=False))
    assert window.article.items_at(point) == []


def test_a_lookup_between_a_reset_and_its_repaint_does_not_cancel_the_repaint(qtbot, open_window):
    # The caret in the text looks items up (the speaker links) as soon as suggestions arrive, which
    # rebuilt the span indexes and left the article without a single highlight.
    window = open_window(None)
    window.set_document(AnnotationDocument(text=TEXT), None, None)
    window.article.highlighter.flush()
    window.doc.entities.extend([_entity("e1", "Joly", "PERSON"), _entity("e2", "Ottawa", "GPE")])
    window.doc.reset_notify()  # what applying suggestions does
    assert window.article.items_at(window.article.cursorRect(window.article._cursor(TEXT.index("Joly") + 1)).center())
    window.article.highlighter.flush()
    assert [text for text, _ in _painted(window)] == ["Joly", "Ottawa"]
