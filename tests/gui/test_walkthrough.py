"""End to end on the real window: walk, accept, reject, relabel, add, link a speaker, undo and
redo each, save, reopen, compare — all from the keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.formats import read_document
from annotator.gui.files import annotations_path
from annotator.model import HUMAN

from .helpers import answer_modal


def _entities_view(window):
    return window.panels["entities"].view


def _undo_redo(qtbot, window, check_before, check_after):
    """Ctrl+Z must restore the state before the edit, Ctrl+Shift+Z the state after it."""
    view = _entities_view(window) if window.current_collection() == "entities" else window.current_panel().view
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    check_before()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    check_after()


def test_review_an_article_from_the_keyboard_and_save_it(qtbot, open_window, seed_copy):
    window = open_window(seed_copy)
    doc = window.doc
    assert doc.entities, "the suggesters found nothing to review in the sample"
    window.show_tab("entities")
    view = _entities_view(window)
    panel = window.panels["entities"]
    view.setFocus()

    # J / K walk the unreviewed suggestions.
    qtbot.keyClick(view, Qt.Key.Key_J)
    first = panel.current_key()
    qtbot.keyClick(view, Qt.Key.Key_J)
    second = panel.current_key()
    assert first != second and doc.entity(second).status == "suggested"
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert panel.current_key() == first

    # Accept (A), then undo and redo.
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert doc.entity(first).status == "accepted"
    assert window.isWindowModified()
    _undo_redo(qtbot, window, lambda: doc.entity(first).status == "suggested" or _fail("undo accept"),
               lambda: doc.entity(first).status == "accepted" or _fail("redo accept"))

    # Undo and redo came back to the item they changed; J moves on, and R rejects that one.
    assert panel.current_key() == first
    qtbot.keyClick(view, Qt.Key.Key_J)
    target = panel.current_key()
    assert target != first and doc.entity(target).status == "suggested"
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert doc.entity(target).status == "rejected"
    _undo_redo(qtbot, window, lambda: doc.entity(target).status == "suggested" or _fail("undo reject"),
               lambda: doc.entity(target).status == "rejected" or _fail("redo reject"))

    # Relabel with a digit key: 1 is PERSON.
    qtbot.keyClick(view, Qt.Key.Key_J)
    relabelled = panel.current_key()
    old_label = doc.entity(relabelled).label
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert doc.entity(relabelled).label == "PERSON" and doc.entity(relabelled).edited
    _undo_redo(qtbot, window, lambda: doc.entity(relabelled).label == old_label or _fail("undo relabel"),
               lambda: doc.entity(relabelled).label == "PERSON" or _fail("redo relabel"))

    # Add an entity from a text selection: select "Mélanie Joly" in the article, press 1.
    start = doc.text.index("Mélanie Joly")
    window.article.setFocus()
    window.article.select_span(start, start + len("Mélanie Joly"))
    before = {e.id for e in doc.entities}
    qtbot.keyClick(window.article, Qt.Key.Key_1)
    added = [e for e in doc.entities if e.id not in before]
    assert len(added) == 1 and added[0].text == "Mélanie Joly" and added[0].label == "PERSON" and added[0].origin == HUMAN
    joly = added[0].id
    assert panel.current_key() == joly
    _undo_redo(qtbot, window, lambda: joly not in doc.entity_ids() or _fail("undo add"),
               lambda: joly in doc.entity_ids() or _fail("redo add"))

    # Add a quote from a selection (Q) and pick its speaker in the dialog that follows.
    q_start = doc.text.index("“We’ve been in talks")
    q_end = doc.text.index("together,”") + len("together,”")
    window.article.setFocus()
    window.article.select_span(q_start, q_end)
    def pick_joly(picker):  # type to filter the article's people, Enter takes the first match
        picker.filter.setText("Mélanie Joly")
        picker.accept()

    def replace_suggested(box):  # the suggesters found this quote too: replace theirs, then pick
        if isinstance(box, QMessageBox):
            answer_modal(pick_joly, 200)
            next(b for b in box.buttons() if b.text() == "&Replace it").click()
        else:
            pick_joly(box)

    overlapped = [q.id for q in doc.quotes if q.start < q_end and q_start < q.end]
    answer_modal(replace_suggested, 200)
    qtbot.keyClick(window.article, Qt.Key.Key_Q)
    with qtbot.waitActive(window):  # offscreen, nothing re-activates the window after a dialog
        window.activateWindow()
    quote = next(q for q in doc.quotes if (q.start, q.end) == (q_start, q_end) and q.origin == HUMAN)
    # Her mention nearest the quote: the one just added, or another mention under her name.
    speaker = quote.speaker
    assert quote.kind == "direct" and speaker is not None and speaker.name == "Mélanie Joly"
    assert "Joly" in doc.entity(speaker.entity).text
    joly = speaker.entity
    assert window.current_collection() == "quotes"
    assert all(doc.quote(key).status == "rejected" for key in overlapped)
    # The addition with its speaker is one step: undo takes the quote away and restores the replaced ones.
    _undo_redo(qtbot, window, lambda: (quote.id not in {q.id for q in doc.quotes}
                                       and all(doc.quote(k).status != "rejected" for k in overlapped)) or _fail("undo add quote"),
               lambda: doc.quote(quote.id).speaker.entity == joly or _fail("redo add quote"))

    # Save (Ctrl+S) writes <stem>.annotations.json beside the article, without a dialog.
    qtbot.keyClick(window.current_panel().view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = annotations_path(seed_copy)
    assert saved.is_file() and not window.isWindowModified()
    reread = read_document(saved)
    assert reread == doc

    # Reopening the raw article finds the saved work instead of starting again.
    window.files.open_path(seed_copy)
    qtbot.waitUntil(lambda: not window.files.suggester.running)
    assert window.doc == reread and window.doc.quote(quote.id).speaker.entity == joly
    assert window.doc.entity(first).status == "accepted" and window.doc.entity(target).status == "rejected"


def _fail(what):
    raise AssertionError(what)
