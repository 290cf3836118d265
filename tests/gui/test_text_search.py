"""Issue 13 gap 15: find in the article from the keyboard, and label every occurrence at once."""

from hypothesis import given, strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.text_search import occurrences

from .helpers import TEXT, answer_modal, editing_doc, window_on

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@given(st.text(alphabet="ab cé😀", max_size=40), st.text(alphabet="ab cé😀", min_size=1, max_size=3))
def test_every_occurrence_covers_the_needle(text, needle):
    for start, end in occurrences(text, needle):
        assert text[start:end].casefold() == needle.casefold() or text[start:end].lower() == needle.lower()


def test_ctrl_f_in_the_text_finds_and_a_digit_labels_the_hit(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e1")
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_F6)
    qtbot.keyClick(window.article, Qt.Key.Key_F, CTRL)
    find = window.article_pane.find_edit
    assert QApplication.focusWidget() is find
    qtbot.keyClicks(find, "met")
    qtbot.keyClick(find, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.article
    assert window.article.selected_span() == (TEXT.index("met"), TEXT.index("met") + 3)
    qtbot.keyClick(window.article, Qt.Key.Key_6)  # DATE, whatever: the hit became an entity
    assert [(e.text, e.label) for e in window.doc.entities if e.origin == "human"] == [("met", "DATE")]


def test_f3_walks_the_hits_and_wraps(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.article_pane.find_edit, "carney")
    qtbot.keyClick(window.article_pane.find_edit, Qt.Key.Key_Return)
    first = window.article.selected_span()
    qtbot.keyClick(window.article, Qt.Key.Key_F3)
    second = window.article.selected_span()
    qtbot.keyClick(window.article, Qt.Key.Key_F3)
    assert first[0] < second[0] and window.article.selected_span() == first
    qtbot.keyClick(window.article, Qt.Key.Key_F3, SHIFT)
    assert window.article.selected_span() == second
    assert window.article_pane.hits_label.text() == "2 of 2"


def test_label_all_occurrences_is_one_undo_step(open_window, qtbot):
    doc = editing_doc()
    doc.remove_entity("e4")  # the second "Joly" is not labelled; the first is inside "Mélanie Joly"
    doc.remove_entity("e5")  # nor the second "Carney"
    window = window_on(open_window, doc)
    # From the text: the selection's text, a label asked for.
    window.article.setFocus()
    start = TEXT.index("Carney", TEXT.index("Carney") + 1)
    window.article.select_span(start, start + 6)
    answer_modal(lambda dialog: (dialog.setTextValue("PERSON"), dialog.accept()))
    qtbot.keyClick(window.article, Qt.Key.Key_L, CTRL | SHIFT)
    assert [(e.start, e.text) for e in window.doc.entities if e.origin == "human"] == [(start, "Carney")]
    window.undo_stack.undo()
    # From the table: the entity's own text and label, every free occurrence at once.
    from annotator.model import AnnotationDocument, Entity

    text = "Ottawa and ottawa again; Ottawa. Ottawans differ."
    doc = AnnotationDocument(text=text, entities=[Entity(id="e1", start=0, end=6, text="Ottawa", label="GPE", origin="rules")])
    window.set_document(doc, None, None)
    with qtbot.waitActive(window):  # offscreen, nothing re-activates the window after the dialog
        window.activateWindow()
    window.editing.select_item("entities", "e1")
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_L, CTRL | SHIFT)
    added = [(e.start, e.text, e.label) for e in window.doc.entities if e.origin == "human"]
    assert added == [(11, "ottawa", "GPE"), (25, "Ottawa", "GPE")]  # whole words only: not "Ottawans"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert [e.id for e in window.doc.entities] == ["e1"]
