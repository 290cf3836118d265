"""What an annotator walking the sample met: corrected suggestions count as reviewed, keys act on
the table that is shown, and the window reads right at start-up."""

from PySide6.QtCore import Qt

from annotator.model import AnnotationDocument

from .helpers import TEXT, editing_doc, window_on
from .helpers import answer_modal as _answer_modal


def _doc():
    """The editing tests' article (Joly, Carney, Ottawa; two topics; a title) with its quote."""
    return editing_doc(with_quote=True)


def _window(open_window):
    return window_on(open_window, _doc())


def test_a_relabelled_suggestion_is_accepted_and_j_skips_it(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e3")
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_3)  # GPE
    ottawa = window.doc.entity("e3")
    assert (ottawa.label, ottawa.status, ottawa.edited) == ("GPE", "accepted", True)
    window.editing.select_item("entities", "e2")
    qtbot.keyClick(view, Qt.Key.Key_J)  # past the corrected Ottawa to the next suggestion
    assert window.panels["entities"].current_key() == "e4"
    window.undo_stack.undo()
    assert window.doc.entity("e3") == _doc().entity("e3")


def test_fixing_a_span_merging_linking_and_editing_values_accept_too(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e1")
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.entity("e1").status == "accepted"
    window.editing.select_item("entities", "e4")
    _answer_modal(lambda dialog: (dialog.setTextValue("Mélanie Joly"), dialog.accept()))
    window.editing.merge()
    assert window.doc.entity("e4").status == "accepted"
    window.editing.link_speaker_to("q1", "e4")
    assert window.doc.quote("q1").status == "accepted"
    window.editing.cell_edited("metadata", "title", 1, "Joly meets Carney in Ottawa")
    assert window.doc.metadata["title"].status == "accepted"
    window.editing.select_item("topics", "medtop:04000000")
    window.editing.set_primary()
    topics = {topic.code: topic for topic in window.doc.topics}
    assert topics["medtop:04000000"].status == "accepted" and topics["medtop:04000000"].primary
    assert topics["medtop:11000000"].status == "suggested"  # lost primary as a side effect: not judged
    for _ in range(5):
        window.undo_stack.undo()
    assert window.doc.entities == _doc().entities and window.doc.quotes == _doc().quotes
    assert window.doc.topics == _doc().topics and window.doc.metadata == _doc().metadata


def test_merge_with_another_tab_shown_leaves_the_hidden_entities_alone(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e1")
    window.show_tab("quotes")
    count = window.undo_stack.count()
    asked = []
    _answer_modal(lambda dialog: (asked.append(dialog), dialog.reject()) if dialog else None)
    window.editing.merge()  # must not ask for a name for Mélanie Joly, whom the person cannot see
    qtbot.wait(300)
    assert not asked and window.undo_stack.count() == count
    assert "Entities table" in window.statusBar().currentMessage()


def test_a_start_up_message_hides_the_file_label_instead_of_overprinting_it(open_window, seed_copy):
    first = open_window(seed_copy)
    first.files.save()  # earlier annotations beside the article: the next start says it opened them
    window = open_window(seed_copy)
    assert "earlier annotations" in window.statusBar().currentMessage()
    assert not window.file_label.isVisible()


def test_closing_asks_about_the_file_save_writes_not_the_article(open_window, seed_copy, qtbot):
    window = open_window(seed_copy)
    target = seed_copy.with_name("mine.xml")
    assert window.files.write(target)
    window.mark_saved(target)
    window.editing.select_item("entities", window.doc.entities[0].id)
    window.editing.reject()
    asked = []
    _answer_modal(lambda box: (asked.append(box.text()), box.reject()))
    assert not window.files.confirm_discard()  # cancelled
    assert asked == ["Save the changes to mine.xml?"]


def test_accepting_does_not_reflow_the_article(open_window, qtbot):
    window = _window(open_window)
    article = window.article
    after = article.textCursor()
    after.setPosition(TEXT.index(" in Ottawa"))  # just past Mark Carney, on the same line
    x_before = article.cursorRect(after).x()
    for key in ("e1", "e2"):
        window.editing.select_item("entities", key)
        window.editing.accept()
    qtbot.wait(50)  # repaints are coalesced into the next event-loop turn
    assert window.doc.entity("e2").status == "accepted"
    assert article.cursorRect(after).x() == x_before


def test_an_empty_window_says_how_to_open_an_article(open_window):
    window = open_window(None)
    window.set_document(AnnotationDocument(text=""), None, None)
    assert "Ctrl+O" in window.article.placeholderText()


def test_a_selection_that_cuts_words_takes_them_whole(open_window):
    window = _window(open_window)
    start = TEXT.index("lanie Joly")  # from inside "Mélanie"
    end = TEXT.index("Carney") + 3  # to inside "Carney"
    window.article.select_span(start, end)
    assert window.article.selected_span() == (0, TEXT.index("Carney") + len("Carney"))
    window.article.select_span(TEXT.index("Ottawa"), TEXT.index("Ottawa") + len("Ottawa") + 1)  # ". " stays out
    assert window.article.selected_span() == (TEXT.index("Ottawa"), TEXT.index("Ottawa") + len("Ottawa") + 1)


def test_the_status_bar_says_what_a_key_did(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e3")
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert window.statusBar().currentMessage().startswith("Accept “Ottawa” (ORG)")
    window.editing.select_item("entities", "e2")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.statusBar().currentMessage().startswith("Relabel “Mark Carney” (PERSON) as PERSON")
    window.editing.select_item("quotes", "q1")
    qtbot.keyClick(window.panels["quotes"].view, Qt.Key.Key_R)
    message = window.statusBar().currentMessage()
    assert message.startswith("Reject the quote ““we are ready,””") and message.endswith("no unreviewed quotes left")


def test_the_merge_and_field_dialogs_say_what_they_are_about(open_window, qtbot):
    window = _window(open_window)
    panel = window.panels["entities"]
    window.editing.select_item("entities", "e1")
    selection = panel.view.selectionModel()
    selection.select(panel.proxy.mapFromSource(panel.model.index(panel.model.row_of("e4"), 0)),
                     selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    seen = []
    _answer_modal(lambda dialog: (seen.append(dialog.labelText()), dialog.reject()))
    window.editing.merge()
    assert seen == ["One canonical name for “Mélanie Joly”, “Joly” (2 mentions):"]
    _answer_modal(lambda dialog: (seen.append(dialog.width()), dialog.reject()))
    window.editing.add_field()
    assert seen[-1] >= 400


def test_a_file_that_cannot_be_opened_at_start_up_is_reported_over_the_window(tmp_path, qtbot):
    from annotator.gui.app import application, create_window

    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "hello",\n  "entities": [\n', encoding="utf-8")
    application()
    seen = []
    _answer_modal(lambda box: (seen.append((box.text(), box.parentWidget().isVisible())), box.accept()))
    window = create_window(str(broken), offer_recovery=False)
    qtbot.addWidget(window)
    assert len(seen) == 1 and seen[0][0].startswith(f"{broken}:") and seen[0][1]


def test_the_label_table_in_preferences_shows_whole_headers_and_no_dead_strip(open_window):
    window = open_window(None)
    seen = []

    def measure(dialog):
        table = dialog.labels
        metrics = table.horizontalHeader().fontMetrics()
        used = sum(table.columnWidth(column) for column in range(table.columnCount()))
        seen.append((table.columnWidth(1) - metrics.horizontalAdvance(table.horizontalHeaderItem(1).text()),
                     used - table.viewport().width()))
        dialog.reject()

    _answer_modal(measure)
    window.actions.preferences.trigger()
    [(colour_room, spare)] = seen
    assert colour_room >= 0 and spare >= -2


def test_a_first_start_with_a_file_means_later_starts_show_no_sample(open_window, seed_copy):
    first = open_window(seed_copy)
    first.close()
    later = open_window(None)  # it was a person's second start, not their first
    assert later.path is None and later.doc.text == ""


def test_undo_and_redo_say_what_they_did(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e3")
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Undone: reject “Ottawa” (ORG)"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Redone: reject “Ottawa” (ORG)"
    assert window.doc.entity("e3").status == "rejected"
    window.editing.add_entity(TEXT.index("met"), TEXT.index("met") + 3, "EVENT")
    assert window.statusBar().currentMessage().startswith("Add EVENT “met”")
