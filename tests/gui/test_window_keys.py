"""Issue 13 bugs 1, 2, 4, 11: keys act where the focus is, never on a row somewhere else."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from .helpers import TEXT, editing_doc, window_on

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def _click_before(window, qtbot, word: str) -> None:
    """Click in the article just before ``word`` (a real mouse click on the viewport)."""
    article = window.article
    cursor = article._cursor(TEXT.index(word))
    rect = article.cursorRect(cursor)
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 1, rect.center().y()))


def test_selection_keys_in_the_article_select_text_and_leave_the_entity_alone(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e3")  # "Ottawa", the current row
    _click_before(window, qtbot, "said")
    assert QApplication.focusWidget() is window.article
    for _ in range(3):
        qtbot.keyClick(window.article, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(window.article, Qt.Key.Key_Right, CTRL | SHIFT)
    assert window.article.textCursor().selectedText() == "said "
    assert window.doc.entity("e3").text == "Ottawa" and window.doc.entity("e3").status == "suggested"
    assert window.undo_stack.count() == 0
    # Back in the table the same keys fix the row's span.
    window.panels["entities"].view.setFocus()
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_Left, SHIFT)
    assert window.doc.entity("e3").text == "Ottaw"


def test_j_reaches_the_first_row_of_every_table(open_window, qtbot):
    window = window_on(open_window, editing_doc(with_quote=True))
    for tab, first in (("entities", "e1"), ("quotes", "q1"), ("metadata", "title"), ("topics", "medtop:11000000")):
        window.show_tab(tab)
        view = window.panels[tab].view
        qtbot.keyClick(view, Qt.Key.Key_J)
        assert window.panels[tab].current_key() == first, tab


def test_escape_clears_the_filter_then_returns_to_the_table(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.show_tab("entities")
    panel = window.panels["entities"]
    qtbot.keyClick(panel.view, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is panel.filter_edit
    qtbot.keyClicks(panel.filter_edit, "Carney")
    assert panel.proxy.rowCount() == 2
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    assert panel.filter_edit.text() == "" and panel.proxy.rowCount() == 5
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is panel.view
    qtbot.keyClick(panel.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(panel.filter_edit, "Ottawa")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)  # Down goes to the table, then A accepts there
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert panel.filter_edit.text() == "Ottawa"
    assert window.doc.entity("e3").status == "accepted"


def test_letters_in_a_table_do_not_jump_to_rows_starting_with_them(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e1")
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_O)  # no command; type-to-find would jump to "Ottawa"
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert window.panels["entities"].current_key() == "e1"


def test_relabel_moves_on_and_undo_comes_back_to_the_item(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e3")  # Ottawa, labelled ORG
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_3)  # GPE
    assert window.doc.entity("e3").label == "GPE"
    assert window.panels["entities"].current_key() == "e4"  # the next unreviewed one
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.doc.entity("e3").label == "ORG" and window.panels["entities"].current_key() == "e3"
    window.editing.select_item("entities", "e1")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.doc.entity("e3").label == "GPE" and window.panels["entities"].current_key() == "e3"


def test_f6_enters_the_text_at_the_current_item_and_a_word_selection_becomes_an_entity(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e3")  # "Ottawa"
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_F6)
    article = window.article
    assert QApplication.focusWidget() is article
    assert article.offsets.to_codepoint(article.textCursor().position()) == TEXT.index("Ottawa")
    for _ in range(3):  # by word: ".", "Joly", "said"
        qtbot.keyClick(article, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(article, Qt.Key.Key_Right, CTRL | SHIFT)  # select "said"
    qtbot.keyClick(article, Qt.Key.Key_7)  # EVENT, whatever: a new entity from the selection
    added = [e for e in window.doc.entities if e.origin == "human"]
    assert [(e.text, e.label) for e in added] == [("said", "EVENT")]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is article
    qtbot.keyClick(article, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.panels["entities"].view


def test_0_picks_any_label_by_typing_part_of_it(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e3")
    seen = {}

    def type_fac(dialog):
        seen["labels"] = dialog.comboBoxItems()
        qtbot.keyClicks(QApplication.focusWidget(), "work")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.accept()

    from .helpers import answer_modal
    answer_modal(type_fac)
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_0)
    assert "WORK_OF_ART" in seen["labels"] and "PRODUCT" in seen["labels"]
    assert window.doc.entity("e3").label == "WORK_OF_ART"


def test_span_nudges_in_a_row_are_one_undo_step(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e2")  # "Mark Carney"
    view = window.panels["entities"].view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | SHIFT)
    assert window.doc.entity("e2").text == "ark Car" and window.undo_stack.count() == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.doc.entity("e2").text == "Mark Carney" and window.doc.entity("e2").status == "suggested"


def test_span_keys_with_ctrl_move_an_edge_by_a_word_as_one_undo_step(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e3")  # "Ottawa"
    view = window.panels["entities"].view
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL | alt | SHIFT)  # the start back by a word: "in Ottawa"
    assert window.doc.entity("e3").text == "in Ottawa"
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL | SHIFT)  # the end on by a word: the full stop
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL | SHIFT)  # and "Joly"
    assert window.doc.entity("e3").text == "in Ottawa. Joly"
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL | SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL | alt | SHIFT)  # the start on by a word
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)  # and the end back by a character
    assert window.doc.entity("e3").text == "Ottawa"
    qtbot.keyClick(view, Qt.Key.Key_Right, alt | SHIFT)
    assert window.doc.entity("e3").text == "ttawa"
    assert window.undo_stack.count() == 1  # seven presses on the same entity: one step
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.doc.entity("e3").text == "Ottawa" and window.doc.entity("e3").status == "suggested"


def test_alt_down_and_up_move_the_caret_by_sentence_and_shift_selects_one(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    article = window.article
    window.editing.select_item("entities", "e1")
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is article
    alt = Qt.KeyboardModifier.AltModifier

    def caret() -> int:
        return article.offsets.to_codepoint(article.textCursor().position())

    qtbot.keyClick(article, Qt.Key.Key_Down, alt)
    assert caret() == TEXT.index("Joly said")
    qtbot.keyClick(article, Qt.Key.Key_Down, alt)  # the last sentence: on to the end of the text
    assert caret() == len(TEXT)
    qtbot.keyClick(article, Qt.Key.Key_Up, alt)
    assert caret() == TEXT.index("Joly said")
    qtbot.keyClick(article, Qt.Key.Key_Up, alt)
    assert caret() == 0
    qtbot.keyClick(article, Qt.Key.Key_Down, alt | SHIFT)
    assert article.selected_span() == (0, TEXT.index(" Joly said"))
    assert window.undo_stack.count() == 0  # the table's row was not touched
    # On the F1 sheet, both ways.
    sheet = dict((what, keys) for keys, what in window.actions.key_sheet())
    line = next(keys for what, keys in sheet.items() if "next sentence" in what)
    assert "Alt+Down" in line and "Alt+Shift+Down" in line


def test_alt_arrows_in_a_table_are_not_the_sentence_keys(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("entities", "e2")
    view = window.panels["entities"].view
    with qtbot.assertNotEmitted(window.actions.next_sentence.triggered):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.undo_stack.count() == 0
