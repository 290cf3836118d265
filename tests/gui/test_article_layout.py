"""Issue 13 gap 18: the article reads like an article (paragraph spacing, a margin, the headline and
the section line styled) and every offset between the model and the view stays exact."""

from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtGui import QFont, QTextCursor

from annotator.model import AnnotationDocument, Entity, MetaField

TEXT = "Politics\nCanada 😀 Seeks Partners\n\nOTTAWA — Mélanie Joly said so.\nThen 🇨🇦 Carney spoke."


def _doc(text=TEXT, section=(0, 8), title=(9, 32), entity_word="Carney") -> AnnotationDocument:
    meta = {}
    if section:
        meta["section"] = MetaField(name="section", value=text[section[0]:section[1]], start=section[0], end=section[1], origin="layout")
    if title:
        meta["title"] = MetaField(name="title", value=text[title[0]:title[1]], start=title[0], end=title[1], origin="layout")
    start = text.find(entity_word)
    entities = [Entity(id="e1", start=start, end=start + len(entity_word), text=entity_word, label="PERSON",
                       origin="rules")] if start >= 0 else []
    return AnnotationDocument(text=text, entities=entities, metadata=meta)


def _fragments(article, start: int, end: int):
    """(text, char format) of the document's own fragments over model span [start, end)."""
    cursor = QTextCursor(article.document())
    found = []
    for cp in range(start, end):
        cursor.setPosition(article.offsets.to_utf16(cp + 1))  # a cursor has the format of the character before it
        found.append(cursor.charFormat())
    return found


def test_paragraphs_are_spaced_and_the_text_has_a_margin_without_a_character_added(open_window):
    window = open_window(None)
    window.set_document(_doc(), None, None)
    article = window.article
    assert article.toPlainText() == TEXT
    assert article.document().documentMargin() >= article.fontMetrics().height() * 0.8
    block = article.document().begin()
    while block.isValid():
        assert block.blockFormat().bottomMargin() >= article.fontMetrics().height() * 0.5
        block = block.next()
    first, second = (article.document().findBlockByNumber(n) for n in (3, 4))
    layout = article.document().documentLayout()
    gap = layout.blockBoundingRect(second).top() - layout.blockBoundingRect(first).bottom()
    assert gap >= 0 and layout.blockBoundingRect(second).top() - layout.blockBoundingRect(first).top() \
        > first.layout().lineAt(0).height() * 1.4  # a paragraph's line plus the space under it


def test_the_headline_is_large_and_bold_and_the_section_small_caps(open_window):
    window = open_window(None)
    window.set_document(_doc(), None, None)
    article = window.article
    base = article.font().pointSizeF()
    headline = _fragments(article, 9, 32)
    assert all(f.fontPointSize() >= base * 1.3 and f.fontWeight() >= QFont.Weight.Bold for f in headline)
    section = _fragments(article, 0, 8)
    assert all(f.fontCapitalization() == QFont.Capitalization.SmallCaps for f in section)
    body = _fragments(article, TEXT.index("OTTAWA"), len(TEXT))
    assert all(f.fontWeight() < QFont.Weight.Bold and f.fontCapitalization() != QFont.Capitalization.SmallCaps
               for f in body)
    # Rejecting the title takes its style away; zoom keeps the headline larger than the text.
    window.editing.select_item("metadata", "title")
    window.editing.reject()
    assert all(f.fontWeight() < QFont.Weight.Bold for f in _fragments(article, 9, 32))
    window.undo_stack.undo()
    window.actions.zoom_in.trigger()
    assert all(f.fontPointSize() >= article.font().pointSizeF() * 1.3 for f in _fragments(article, 9, 32))


WORDS = st.sampled_from(["Joly", "😀", "👩‍👩‍👧", "é", "Carney", "𝒳", "—", "中文"])
SEPARATORS = st.sampled_from([" ", "\n", "\n\n", " "])


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(WORDS, SEPARATORS), min_size=4, max_size=14), st.data())
def test_styled_lines_keep_every_offset_exact(open_window, pieces, data):
    text = "".join(w + s for w, s in pieces) + "Carney"
    window = open_window(None)
    a = data.draw(st.integers(0, len(text) - 7))
    b = data.draw(st.integers(a + 1, len(text) - 6))
    window.set_document(_doc(text, section=None, title=(a, b)), None, None)
    article = window.article
    assert article.toPlainText() == text
    entity = window.doc.entities[0]
    article.select_span(entity.start, entity.end)
    assert article.textCursor().selectedText() == "Carney"
    assert article.selected_span() == (entity.start, entity.end)
    painted = []
    block = article.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            cursor = QTextCursor(article.document())
            cursor.setPosition(block.position() + r.start)
            cursor.setPosition(block.position() + r.start + r.length, QTextCursor.MoveMode.KeepAnchor)
            painted.append(cursor.selectedText())
        block = block.next()
    assert "Carney" in painted  # the highlight on exactly its characters
    weights = [f.fontWeight() >= QFont.Weight.Bold for f in _fragments(article, 0, len(text))]
    # (a line break is no character of the view: a block's end, whose "format" is the next block's)
    inside = [bold for cp, bold in enumerate(weights) if a <= cp < b and text[cp] != "\n"]
    outside = [bold for cp, bold in enumerate(weights) if not a <= cp < b and text[cp] != "\n"]
    assert all(inside) and not any(outside)


def test_repainting_everything_keeps_the_place_the_caret_and_the_current_item(open_window, qtbot):
    """Ctrl+H, a theme or zoom paint the article afresh; what the person looks at stays put."""
    from PySide6.QtCore import QPoint

    from annotator.model import Entity

    paragraph = "Mélanie Joly met Mark Carney in Ottawa. " * 12
    text = "\n".join(f"{n}. {paragraph}" for n in range(60))
    carneys = [i for i in range(len(text)) if text.startswith("Carney", i)]
    entities = [Entity(id=f"e{n}", start=s, end=s + 6, text="Carney", label="PERSON", origin="rules",
                       status="rejected" if n % 2 else "suggested") for n, s in enumerate(carneys)]
    window = open_window(None)
    window.set_document(AnnotationDocument(text=text, entities=entities), None, None)
    article = window.article
    middle = text.index("30. ")
    article.select_span(middle, middle + 3)
    article.ensureCursorVisible()
    window.editing.select_item("entities", "e360")  # the current item, outlined
    qtbot.waitUntil(lambda: bool(article.extraSelections()))

    def place():
        top = article.cursorForPosition(QPoint(0, 0)).position()
        selections = article.extraSelections()  # held: PySide frees the list's items with it
        outline = selections[0].cursor
        return top, article.textCursor().selectedText(), (outline.selectionStart(), outline.selectionEnd())

    before = place()
    text_document = article.document()
    window.actions.show_rejected.trigger()  # Ctrl+H: every block again
    window.actions.zoom_in.trigger()
    assert article.document() is not text_document  # painted afresh ...
    top, selected, outline = place()
    assert selected == before[1] == "30."
    assert outline == before[2]
    assert abs(top - before[0]) < len(paragraph)  # ... at the same place (zoom rewraps the lines)
