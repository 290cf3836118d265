"""Undo per document in a workspace, kept across document switches while the window is open
(A -> B -> A and Ctrl+Z still undoes A's last edit), bounded to the last visited documents, and
started again for a document the store changed meanwhile.  Real window, real SQLite workspace."""

from PySide6.QtCore import Qt

from annotator.gui.workspace_undo import KEEP

from .workspace_helpers import make_workspace, stored_document

CTRL = Qt.KeyboardModifier.ControlModifier
ARTICLES = {f"u{i:02d}.txt": f"Story {i}\n\nMark Carney met Mélanie Joly in Ottawa on day {i}." for i in range(KEEP + 3)}


def _switch(qtbot, window, key):
    qtbot.keyClick(window.panels["entities"].view, key, CTRL)
    qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)


def _stored_status(folder, doc_id, key):
    return stored_document(folder, doc_id).entity(key).status


def test_ctrl_z_undoes_the_last_edit_of_a_document_after_going_away_and_back(open_window, qtbot, tmp_path):
    folder = make_workspace(tmp_path / "corpus", dict(list(ARTICLES.items())[:3]))
    window = open_window(folder)
    ws, view = window.workspace, window.panels["entities"].view
    a = ws.current_id
    a_key = window.doc.entities[0].id
    window.editing.select_item("entities", a_key)
    qtbot.keyClick(view, Qt.Key.Key_R)  # reject in A
    assert window.doc.entity(a_key).status == "rejected"

    _switch(qtbot, window, Qt.Key.Key_PageDown)
    b = ws.current_id
    assert b != a and window.undo_stack.count() == 0
    b_key = window.doc.entities[0].id
    window.editing.select_item("entities", b_key)
    qtbot.keyClick(view, Qt.Key.Key_A)  # accept in B
    assert window.doc.entity(b_key).status == "accepted"

    _switch(qtbot, window, Qt.Key.Key_PageUp)
    assert ws.current_id == a and window.doc.entity(a_key).status == "rejected"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.doc.entity(a_key).status == "suggested"
    assert "Undone" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _stored_status(folder, a, a_key) == "suggested", timeout=3000)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.entity(a_key).status == "rejected"

    _switch(qtbot, window, Qt.Key.Key_PageDown)
    assert ws.current_id == b and window.doc.entity(b_key).status == "accepted"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.doc.entity(b_key).status == "suggested"  # B's own edit, not A's
    qtbot.waitUntil(lambda: _stored_status(folder, b, b_key) == "suggested", timeout=3000)
    assert _stored_status(folder, a, a_key) == "rejected"


def test_histories_of_the_last_visited_documents_are_kept_older_ones_dropped(open_window, qtbot, tmp_path):
    folder = make_workspace(tmp_path / "corpus", ARTICLES)
    window = open_window(folder)
    ws = window.workspace
    ids = ws.dock.model.ids()
    first_key = window.doc.entities[0].id
    window.editing.select_item("entities", first_key)
    window.editing.reject()
    for doc_id in ids[1:KEEP]:  # the first document and KEEP - 1 others: all kept
        assert ws.go_to(doc_id)
        qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)
    assert len(ws.histories) == KEEP
    assert ws.go_to(ids[0])
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()
    for doc_id in ids[1:KEEP + 1]:  # KEEP others after the first: its history is the oldest, dropped
        assert ws.go_to(doc_id)
        qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)
    assert len(ws.histories) == KEEP
    assert ws.go_to(ids[0])
    assert window.undo_stack.count() == 0  # the history is gone, the edit is not
    assert window.doc.entity(first_key).status == "rejected"
    assert len(window.undo_group.stacks()) <= KEEP + 1  # the file history and the kept ones


def test_a_document_stored_by_someone_else_meanwhile_comes_back_with_a_new_history(open_window, qtbot, tmp_path):
    from annotator.corpus.store import open_store

    folder = make_workspace(tmp_path / "corpus", dict(list(ARTICLES.items())[:2]))
    window = open_window(folder)
    ws = window.workspace
    a, key = ws.current_id, window.doc.entities[0].id
    window.editing.select_item("entities", key)
    window.editing.reject()
    _switch(qtbot, window, Qt.Key.Key_PageDown)
    batch = open_store(folder, joining=ws.store.lock_token)  # a writer like the batch process
    try:
        doc = batch.load(a)
        doc.entities.append(doc.make_entity(0, 5, "WORK_OF_ART"))
        batch.save(a, doc)
    finally:
        batch.close()
    assert ws.go_to(a)
    assert "WORK_OF_ART" in {e.label for e in window.doc.entities}  # the stored version, not the kept object
    assert window.doc.entity(key).status == "rejected"
    assert window.undo_stack.count() == 0  # the old history fits the old object only
