"""A workspace in the window, on a real SQLite workspace in tmp_path: walk the documents, mark one
done, restart and find it done; every change stored within a second, also while editing without
pause; undo after storing; the F1 sheet; the documents table as a Qt model."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from annotator.gui.workspace_controller import STORE_WITHIN_MS, status_for
from annotator.gui.workspace_lock import since_text
from annotator.gui.workspace_model import DocumentTableModel, progress_text
from annotator.model import AnnotationDocument, AnnotationInfo, Entity

from .workspace_helpers import ARTICLES, make_workspace, stored_document, stored_documents

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(tmp_path):
    return make_workspace(tmp_path / "corpus")


def _text_of(name: str) -> str:
    return ARTICLES[name]


def _shown_source(window) -> str:
    return window.path.name if window.path else ""


def _stored(folder, doc_id: str, key: str, field: str):
    """A field of one stored entity (None while the store does not have it yet)."""
    doc = stored_document(folder, doc_id)
    return next((getattr(entity, field) for entity in doc.entities if entity.id == key), None)


def _wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)


def test_walk_mark_done_restart_and_find_it_done(open_window, qtbot, workspace):
    window = open_window(workspace)
    assert window.workspace.active
    dock = window.workspace.dock
    assert dock.isVisible()
    assert dock.model.rowCount() == len(ARTICLES)
    assert dock.progress_label.text() == f"0 / {len(ARTICLES)} done"
    first = window.workspace.current_id
    assert window.doc.text == _text_of("a01-joly.txt").replace("\r\n", "\n")
    assert window.doc.entities, "a new document gets suggestions when it is opened"

    view = window.panels["entities"].view
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    _wait_idle(qtbot, window)
    assert window.doc.text == _text_of("a02-carney.txt")
    assert dock.view.currentIndex().row() == 1
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_PageUp, CTRL)
    _wait_idle(qtbot, window)
    assert window.workspace.current_id == first

    # Accept the first suggestion, then Ctrl+Enter: done, stored, and on to the next document.
    window.editing.select_item("entities", window.doc.entities[0].id)
    accepted = window.doc.entities[0]
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_A)
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_Return, CTRL)
    _wait_idle(qtbot, window)
    assert window.workspace.current_id != first
    assert window.doc.text == _text_of("a02-carney.txt")
    qtbot.waitUntil(lambda: dock.progress_label.text() == f"1 / {len(ARTICLES)} done", timeout=3000)
    rows = {info.id: info for info in stored_documents(workspace)}
    assert rows[first].status == "done"
    assert rows[first].reviewed == 1
    window.close()

    # A new window on the same folder (the lock was let go): the document is done, the work kept,
    # and the window starts on the first document not done yet.
    again = open_window(workspace)
    assert again.workspace.current_id != first
    row = again.workspace.dock.model.row_of(first)
    assert again.workspace.dock.model.info(row).status == "done"
    kept = stored_document(workspace, first)
    assert kept.annotation.state == "done"
    assert kept.entity(accepted.id).status == "accepted"
    again.workspace.go_to(first)
    assert again.doc.entity(accepted.id).status == "accepted"
    assert "(done)" in again.windowTitle()


def test_changes_are_stored_within_a_second_while_editing_without_pause(open_window, qtbot, workspace):
    window = open_window(workspace)
    doc_id = window.workspace.current_id
    keys = [entity.id for entity in window.doc.entities]
    assert len(keys) >= 2
    window.editing.select_item("entities", keys[0])
    window.editing.relabel("LAW")  # the first change
    first_change = dt.datetime.now()
    # Keep editing every 100 ms, never pausing long enough for a debounce to fire.
    stored_at = None
    for step in range(20):
        qtbot.wait(100)
        window.editing.select_item("entities", keys[1])
        window.editing.relabel("ORG" if step % 2 else "NORP")
        if stored_at is None and _stored(workspace, doc_id, keys[0], "label") == "LAW":
            stored_at = dt.datetime.now()
    assert stored_at is not None, "nothing was stored during two seconds of continuous editing"
    assert (stored_at - first_change).total_seconds() < 1.0 + 0.15  # one poll of slack
    qtbot.waitUntil(lambda: not window.is_modified(), timeout=STORE_WITHIN_MS * 4)  # nothing to save on closing
    assert _stored(workspace, doc_id, keys[1], "label") == window.doc.entity(keys[1]).label


def test_undo_works_after_the_change_was_stored(open_window, qtbot, workspace):
    window = open_window(workspace)
    doc_id = window.workspace.current_id
    key = window.doc.entities[0].id
    window.editing.select_item("entities", key)
    window.editing.reject()
    qtbot.waitUntil(lambda: _stored(workspace, doc_id, key, "status") == "rejected", timeout=3000)
    window.undo_stack.undo()
    assert window.doc.entity(key).status == "suggested"
    qtbot.waitUntil(lambda: _stored(workspace, doc_id, key, "status") == "suggested", timeout=3000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: _stored(workspace, doc_id, key, "status") == "rejected", timeout=3000)


def test_filters_by_status_and_text(open_window, qtbot, workspace):
    window = open_window(workspace)
    dock = window.workspace.dock
    dock.text_filter.setText("Trade")
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1, timeout=3000)
    assert "Trade" in dock.model.info(0).title
    dock.text_filter.clear()
    qtbot.waitUntil(lambda: dock.model.rowCount() == len(ARTICLES), timeout=3000)
    window.workspace.mark_done()
    dock.status_filter.setCurrentText("done")
    assert [info.status for info in dock.model._rows] == ["done"]
    dock.status_filter.setCurrentText("all")
    assert dock.model.rowCount() == len(ARTICLES)


def test_the_key_sheet_lists_workspace_keys_only_in_a_workspace(open_window, workspace, seed_copy):
    window = open_window(seed_copy)
    sheet = " ".join(what for _keys, what in window.actions.key_sheet())
    assert "Next document" not in sheet and "Previous document" not in sheet
    assert window.workspace.open(workspace)
    sheet = " ".join(what for _keys, what in window.actions.key_sheet())
    assert "Next document" in sheet and "Previous document" in sheet
    window.files.open_path(seed_copy)  # a file on its own leaves the workspace
    assert not window.workspace.active
    assert "Next document" not in " ".join(what for _keys, what in window.actions.key_sheet())


def test_the_documents_table_is_a_correct_qt_model(qtmodeltester, workspace):
    from annotator.corpus.store import open_store

    store = open_store(workspace, read_only=True)
    try:
        model = DocumentTableModel()
        model.set_rows(store.documents())
        qtmodeltester.check(model)
        model.set_current(model.info(1).id)
        model.update_row(model.info(2))
        qtmodeltester.check(model)
        assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    finally:
        store.close()


def test_progress_counts_done_and_reviewed_documents():
    assert progress_text({"new": 1000, "done": 300, "reviewed": 12, "in progress": 171}) == "312 / 1,483 done"
    assert progress_text({}) == "0 / 0 done"


def test_status_follows_what_the_person_did():
    entity = Entity(id="e1", start=0, end=4, text="Joly", label="PERSON")
    doc = AnnotationDocument(text="Joly", entities=[entity])
    assert status_for(doc, "new") == "suggested"
    doc.set_status("entities", "e1", "accepted")
    assert status_for(doc, "suggested") == "in progress"
    doc.set_annotation(AnnotationInfo(state="done"))
    assert status_for(doc, "in progress") == "done"
    doc.set_annotation(AnnotationInfo(state=None))  # the mark taken back
    doc.set_status("entities", "e1", "suggested")
    assert status_for(doc, "done") == "in progress"
    assert status_for(AnnotationDocument(text="x"), "new") == "new"


def test_since_reads_as_a_time_of_day_and_an_age():
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)
    assert "(12 min ago)" in since_text("2026-12-01T11:48:00+00:00", now)
    assert since_text("not a time") == "not a time"


def test_actions_know_which_keys_need_a_workspace():
    from annotator.gui.actions import SPECS

    assert {spec.name for spec in SPECS if spec.workspace} == {"next_document", "previous_document"}


LEARNING = {
    # a lowercase made-up word: no built-in suggester proposes it, only what was learned can
    "c01.txt": "Festival news\n\nThe quuxfest opened in Ottawa on Monday.",
    "c02.txt": "More news\n\nOfficials said the quuxfest drew crowds on Tuesday.",
}


def test_what_was_added_in_one_document_is_suggested_in_the_next_without_a_restart(open_window, qtbot, tmp_path):
    pytest.importorskip("annotator.corpus.learned", reason="annotator/corpus/learned.py is not merged yet")
    folder = make_workspace(tmp_path / "corpus", LEARNING)
    window = open_window(folder)
    text = window.doc.text
    start = text.index("quuxfest")
    assert not any(e.start == start for e in window.doc.entities)
    window.editing.add_entity(start, start + len("quuxfest"), "EVENT")
    added = next(e for e in window.doc.entities if e.start == start)
    assert added.label == "EVENT" and added.status == "accepted"
    window.workspace.step(+1)  # stores the first document, then opens the second
    _wait_idle(qtbot, window)
    learned = [e for e in window.doc.entities if e.text == "quuxfest"]
    assert learned and learned[0].origin == "learned" and learned[0].label == "EVENT"
    assert learned[0].status == "suggested"  # a suggestion to review, not a decision
