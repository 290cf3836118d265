"""Issue 13 bugs 3, 6, 7, 9, 10, driven by keys on the real window."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from annotator.model import review_summary

from .helpers import TEXT, answer_modal, editing_doc, window_on


def _quote_window(open_window, with_speaker: bool = False):
    doc = editing_doc(with_quote=True)
    if with_speaker:  # the suggester said "Joly" (e4) said it
        doc.replace_quote(replace(doc.quote("q1"), speaker=doc.speaker_for_entity("e4")))
    window = window_on(open_window, doc)
    window.editing.select_item("quotes", "q1")
    return window


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window.current_panel().view, key, modifier)


def test_a_typed_speaker_name_keeps_the_mention_span(open_window, qtbot):
    window = _quote_window(open_window, with_speaker=True)

    def type_name(picker):
        qtbot.keyClicks(picker.filter, "unnamed experts")
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)

    answer_modal(type_name)
    _press(qtbot, window, Qt.Key.Key_L)
    speaker = window.doc.quote("q1").speaker
    joly = window.doc.entity("e4")
    assert (speaker.start, speaker.end, speaker.text, speaker.entity) == (joly.start, joly.end, "Joly", "e4")
    assert speaker.name == "unnamed experts"


def test_the_same_speaker_again_accepts_without_marking_edited(open_window, qtbot):
    window = _quote_window(open_window, with_speaker=True)
    answer_modal(lambda picker: qtbot.keyClick(picker.list, Qt.Key.Key_Return))  # the current one: Joly
    _press(qtbot, window, Qt.Key.Key_L)
    quote = window.doc.quote("q1")
    assert quote.status == "accepted" and not quote.edited and quote.speaker.entity == "e4"


def test_a_new_primary_topic_leaves_the_old_one_waiting_and_counted_so(open_window, qtbot):
    window = window_on(open_window, editing_doc())
    window.editing.select_item("topics", "medtop:04000000")
    _press(qtbot, window, Qt.Key.Key_P)
    old, new = window.doc.topic("medtop:11000000"), window.doc.topic("medtop:04000000")
    assert new.primary and new.status == "accepted" and not old.primary
    assert old.status == "suggested" and not old.edited
    assert review_summary(window.doc)["topics"].suggested == 1
    window.undo_stack.undo()
    assert window.doc.topic("medtop:11000000").primary and not window.doc.topic("medtop:04000000").primary


def _select_overlapping(window, qtbot):
    with qtbot.waitActive(window):  # offscreen, nothing re-activates the window after a dialog
        window.activateWindow()
    start = TEXT.index("said") + len("said ")
    window.article.setFocus()
    window.article.select_span(start, TEXT.index("ready") + len("ready"))


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_a_quote_over_another_asks_and_escape_cancels_the_whole_addition(open_window, qtbot):
    window = _quote_window(open_window)
    # Cancel in the question: nothing added.
    _select_overlapping(window, qtbot)
    answer_modal(lambda box: _click(box, "Cancel"))
    _press(qtbot, window, Qt.Key.Key_Q)
    assert [q.id for q in window.doc.quotes] == ["q1"] and window.undo_stack.count() == 0
    # Add beside it, then Escape in the speaker picker: still nothing added.
    _select_overlapping(window, qtbot)

    def add_then_escape(box):
        answer_modal(lambda picker: qtbot.keyClick(picker.filter, Qt.Key.Key_Escape))
        _click(box, "Add beside it")

    answer_modal(add_then_escape)
    _press(qtbot, window, Qt.Key.Key_Q)
    assert [q.id for q in window.doc.quotes] == ["q1"] and window.undo_stack.count() == 0
    # Replace it: the new quote, with its speaker, and the old one rejected; one undo step.
    _select_overlapping(window, qtbot)

    def replace_and_pick(box):
        answer_modal(lambda picker: (qtbot.keyClicks(picker.filter, "Carney"), qtbot.keyClick(picker.filter, Qt.Key.Key_Return)))
        _click(box, "Replace it")

    answer_modal(replace_and_pick)
    _press(qtbot, window, Qt.Key.Key_Q)
    new = [q for q in window.doc.quotes if q.id != "q1"]
    assert len(new) == 1 and new[0].text == "“we are ready" and "Carney" in new[0].speaker.name
    assert window.doc.quote("q1").status == "rejected" and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert [q.id for q in window.doc.quotes] == ["q1"] and window.doc.quote("q1").status == "suggested"


def test_f2_edits_a_quotes_kind_from_a_list_and_its_cue_from_the_text(open_window, qtbot):
    window = _quote_window(open_window)
    view = window.panels["quotes"].view
    view.setCurrentIndex(view.currentIndex().siblingAtColumn(1))  # Kind
    _press(qtbot, window, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and not editor.isEditable()
    editor.setCurrentText("indirect")  # what choosing it in the list does
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.quote("q1").kind == "indirect")  # the delegate commits queued
    quote = window.doc.quote("q1")
    assert quote.kind == "indirect" and quote.edited and quote.status == "accepted"
    # The cue: select "said" in the article, F2 on the Cue cell.
    start = TEXT.index("said")
    view.setCurrentIndex(view.currentIndex().siblingAtColumn(3))
    window.article.setFocus()
    window.article.select_span(start, start + 4)
    _press(qtbot, window, Qt.Key.Key_F2)
    cue = window.doc.quote("q1").cue
    assert (cue.start, cue.end, cue.text) == (start, start + 4, "said")
    assert window.panels["quotes"].model.index(0, 3).data() == "said"


def test_merge_offers_and_completes_every_canonical_name_of_the_label(open_window, qtbot):
    doc = editing_doc()
    doc.set_canonical(["e1"], "Mélanie Joly")
    doc.set_canonical(["e3"], "City of Ottawa")  # another label: not offered for a PERSON
    window = window_on(open_window, doc)
    window.editing.select_item("entities", "e4")  # "Joly", no canonical name yet
    seen = {}

    def complete(dialog):
        seen["items"] = dialog.comboBoxItems()
        line = dialog.findChild(QComboBox).lineEdit()
        line.selectAll()
        qtbot.keyClicks(line, "lanie")
        popup = dialog.findChild(QComboBox).completer().popup()
        seen["offered"] = popup.isVisible() and popup.model().index(0, 0).data()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        dialog.accept()

    answer_modal(complete)
    _press(qtbot, window, Qt.Key.Key_M)
    assert "Mélanie Joly" in seen["items"] and "City of Ottawa" not in seen["items"]
    assert seen["offered"] == "Mélanie Joly"
    assert window.doc.entity("e4").canonical == "Mélanie Joly"
