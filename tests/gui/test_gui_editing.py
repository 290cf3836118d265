"""The other editing commands on the real window: each changes the document and undoes cleanly."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .helpers import TEXT, editing_doc, window_on
from .helpers import answer_modal as _answer_modal

def _doc():
    return editing_doc()


def _window(open_window):
    return window_on(open_window, _doc())


def test_span_keys_grow_and_shrink_an_entity_and_undo(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e3")
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # shrink at the end
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)  # grow at the start
    assert window.doc.entity("e3").text == " Ottaw"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.doc.entity("e3").text == "Ottawa" and not window.doc.entity("e3").edited
    # An edit the document refuses (growing past the text's end) is a message, not a crash.
    window.editing.select_item("entities", "e3")
    count = window.undo_stack.count()
    window.editing.move_span(0, len(TEXT))
    assert window.undo_stack.count() == count and window.doc.entity("e3").text == "Ottawa"
    assert "Not done" in window.statusBar().currentMessage()


def test_merge_mentions_under_one_canonical_name(open_window):
    window = _window(open_window)
    panel = window.panels["entities"]
    window.show_tab("entities")
    panel.select_key("e1")
    selection = panel.view.selectionModel()
    selection.select(panel.proxy.mapFromSource(panel.model.index(panel.model.row_of("e4"), 0)),
                     selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert set(panel.selected_keys()) == {"e1", "e4"}
    _answer_modal(lambda dialog: (dialog.setTextValue("Mélanie Joly"), dialog.accept()))
    window.editing.merge()
    assert window.doc.entity("e1").canonical == window.doc.entity("e4").canonical == "Mélanie Joly"
    window.undo_stack.undo()
    assert window.doc.entity("e4").canonical is None


def test_accept_all_remaining_respects_the_filter_and_is_one_undo_step(open_window):
    window = _window(open_window)
    window.show_tab("entities")
    panel = window.panels["entities"]
    panel.select_key("e3")
    window.editing.reject()
    panel.label_combo.setCurrentText("PERSON")
    window.editing.accept_all()
    statuses = {e.id: e.status for e in window.doc.entities}
    assert statuses == {"e1": "accepted", "e2": "accepted", "e3": "rejected", "e4": "accepted", "e5": "accepted"}
    window.undo_stack.undo()
    assert {e.status for e in window.doc.entities if e.label == "PERSON"} == {"suggested"}


def test_topics_add_from_the_tree_and_set_primary(open_window):
    window = _window(open_window)
    window.show_tab("topics")

    def pick(dialog):
        dialog.search.setText("sport")
        dialog.accept()

    _answer_modal(pick)
    window.editing.add_topic()
    added = [t for t in window.doc.topics if t.origin == "human"]
    assert len(added) == 1 and "sport" in added[0].label
    window.editing.select_item("topics", "medtop:04000000")
    window.editing.set_primary()
    assert [t.code for t in window.doc.topics if t.primary] == ["medtop:04000000"]
    window.undo_stack.undo()
    assert [t.code for t in window.doc.topics if t.primary] == ["medtop:11000000"]


def test_metadata_values_are_edited_in_the_table_and_fields_added(open_window, qtbot):
    window = _window(open_window)
    window.show_tab("metadata")
    model = window.panels["metadata"].model
    model.setData(model.index(0, model.COL_VALUE), "Joly and Carney meet")
    meta = window.doc.metadata["title"]
    assert meta.value == "Joly and Carney meet" and meta.edited and meta.origin == "layout"
    window.undo_stack.undo()
    assert window.doc.metadata["title"].value == "Joly meets Carney"

    def fill(dialog):
        edits = [child for child in dialog.children() if child.metaObject().className() == "QLineEdit"]
        edits[0].setText("desk")
        edits[1].setText("Politics desk")
        dialog.accept()

    _answer_modal(fill)
    window.editing.add_field()
    assert window.doc.metadata["desk"].value == "Politics desk" and window.doc.metadata["desk"].origin == "human"


def test_a_broken_file_is_reported_and_the_open_work_kept(open_window, tmp_path):
    window = _window(open_window)
    window.editing.select_item("entities", "e1")
    window.editing.accept()
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "annotator/article", "version": 1, "text": 5}))
    messages = []

    def read_and_close(box):
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click() if box.button(QMessageBox.StandardButton.Discard) else box.accept()

    # First the "unsaved changes" question (Discard), then the error box naming the file.
    _answer_modal(read_and_close)
    _answer_modal(read_and_close, 400)
    assert not window.files.open_path(broken)
    assert any(str(broken) in message for message in messages)
    assert window.doc.entity("e1").status == "accepted"


def test_key_sheet_and_review_summary_say_what_happened(open_window):
    from PySide6.QtWidgets import QTextBrowser

    window = _window(open_window)
    window.editing.select_item("entities", "e1")
    window.editing.accept()
    window.editing.select_item("entities", "e3")
    window.editing.relabel("GPE")
    window.editing.select_item("entities", "e3")
    window.editing.reject()
    seen = []

    def read(box):
        seen.append(box.findChild(QTextBrowser).toPlainText() if box.findChild(QTextBrowser) else box.text())
        box.accept()

    _answer_modal(read)
    window.actions.keys.trigger()
    sheet = seen[-1]
    for needle in ("Next unreviewed suggestion", "Accept", "Reject", "Add quote", "Relabel as PERSON"):
        assert needle in sheet
    _answer_modal(read)
    window.actions.summary.trigger()
    entities_row = next(row for row in seen[-1].split("<tr>") if "<b>entities</b>" in row)
    # waiting 3 (e2, e4, e5), accepted as is 1 (e1), edited 0 (e3 was edited but rejected), rejected 1, added 0
    cells = [cell.split(">")[-1] for cell in entities_row.split("</td>")[1:6]]
    assert cells == ["3", "1", "0", "1", "0"]


def test_a_quote_s_speaker_can_be_someone_the_article_never_tags(open_window):
    window = _window(open_window)
    start = TEXT.index("“we")
    end = TEXT.index("ready,”") + len("ready,”")
    window.article.select_span(start, end)

    def type_name(dialog):
        dialog.filter.setText("Jane Doe")
        dialog.accept()

    _answer_modal(type_name)
    window.editing.add_quote()
    quote = window.doc.quotes[0]
    assert (quote.start, quote.end, quote.kind) == (start, end, "direct")
    assert quote.speaker.name == "Jane Doe" and quote.speaker.entity is None and not quote.speaker.has_span

    def pick_carney(dialog):
        dialog.filter.setText("carney")
        assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) in ("e2", "e5")
        dialog.accept()

    _answer_modal(pick_carney)
    window.editing.link_speaker()
    assert window.doc.quotes[0].speaker.name in ("Mark Carney", "Carney")
    assert window.doc.quotes[0].speaker.entity == "e5"  # the mention nearest the quote


def test_save_as_xml_and_export_go_where_the_person_says(open_window, tmp_path):
    from annotator.formats import read_document

    window = _window(open_window)
    window.editing.select_item("entities", "e2")
    window.editing.accept()

    def choose(path, name_filter):
        def answer(dialog):  # Qt's own file dialog (offscreen has no native one)
            from PySide6.QtWidgets import QLineEdit

            dialog.selectNameFilter(name_filter)
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
            dialog.accept()
        return answer

    target = tmp_path / "joly"
    _answer_modal(choose(target, "Article Annotator XML (*.xml)"))
    assert window.files.save_as()
    saved = tmp_path / "joly.xml"
    assert saved.is_file() and window.save_path == saved and not window.isWindowModified()
    assert read_document(saved) == window.doc

    exported = tmp_path / "export.json"
    _answer_modal(choose(exported, "Article Annotator JSON (*.json)"))
    window.files.export()
    assert read_document(exported).entity("e2").status == "accepted"
    assert window.save_path == saved  # exporting does not change where Save writes


def test_the_label_cell_offers_the_labels_in_a_combo_box(open_window, qtbot):
    from PySide6.QtWidgets import QComboBox

    window = _window(open_window)
    window.editing.select_item("entities", "e3")
    view = window.panels["entities"].view
    index = view.currentIndex().siblingAtColumn(1)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox)
    assert combo is not None and combo.currentText() == "ORG"
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["PERSON", "ORG", "GPE"]
    combo.setCurrentText("GPE")
    view.commitData(combo)
    assert window.doc.entity("e3").label == "GPE"
    window.undo_stack.undo()
    assert window.doc.entity("e3").label == "ORG"


def test_enter_accepts_in_the_table_and_delete_rejects(open_window, qtbot):
    window = _window(open_window)
    window.editing.select_item("entities", "e2")
    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.doc.entity("e2").status == "accepted"
    assert window.panels["entities"].current_key() == "e3"  # on to the next unreviewed one
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.doc.entity("e3").status == "rejected"


def test_the_editing_controller_stops_listening_to_a_closed_document(open_window):
    from annotator.model import AnnotationDocument

    window = open_window(None)
    old = window.doc
    window.set_document(AnnotationDocument(text="Another article."), None, None)
    assert window.editing.on_document_change not in old._listeners
    assert window.doc._listeners.count(window.editing.on_document_change) == 1
