"""A second process opening a workspace is told who holds it and may open it read-only."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox, QPushButton

from .helpers import REPO, answer_modal, child_env
from .workspace_helpers import make_workspace, stored_documents

HOLD = textwrap.dedent("""
    import os, sys
    from annotator.corpus.store import open_store
    store = open_store(sys.argv[1])
    print("HOLDING", os.getpid(), flush=True)
    sys.stdin.readline()  # until the test lets go
    store.close()
""")


def _holder(folder):
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=child_env(), cwd=REPO)
    line = child.stdout.readline()
    assert line.startswith("HOLDING"), child.stderr.read()
    return child, int(line.split()[1])


def _release(child):
    child.stdin.write("\n")
    child.stdin.flush()
    child.wait(20)


def test_a_second_process_is_told_who_holds_the_workspace_and_opens_it_read_only(open_window, qtbot, tmp_path):
    folder = make_workspace(tmp_path / "corpus")
    before = {info.id: info for info in stored_documents(folder)}
    child, pid = _holder(folder)
    seen = {}

    def read_only(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "workspaceLocked", box
        seen["text"] = box.text() + " " + box.informativeText()
        box.findChild(QPushButton, "openReadOnly").click()

    try:
        answer_modal(read_only, 300)
        window = open_window(folder)
        assert f"process {pid}" in seen["text"]
        assert os.environ.get("USER", "") in seen["text"] or "on " in seen["text"]
        assert window.workspace.active and window.workspace.read_only
        assert window.workspace.dock.windowTitle() == "Documents (read-only)"
        assert not window.workspace.dock.suggest_all.isEnabled()
        assert window.workspace.dock.model.rowCount() == len(before)

        # An edit is not stored; leaving the document asks, and Discard drops it.
        doc_id = window.workspace.current_id
        window.editing.mark_done()
        assert window.is_modified()
        qtbot.wait(1200)  # longer than a store write would take
        answer_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click(), 200)
        window.workspace.step(+1)
        assert window.workspace.current_id != doc_id
        after = {info.id: info for info in stored_documents(folder)}
        assert after[doc_id].modified == before[doc_id].modified and after[doc_id].status == before[doc_id].status
    finally:
        _release(child)


def test_cancel_leaves_the_workspace_closed(open_window, qtbot, tmp_path):
    folder = make_workspace(tmp_path / "corpus")
    child, _pid = _holder(folder)
    try:
        answer_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), 300)
        window = open_window(folder)
        assert not window.workspace.active
    finally:
        _release(child)
