"""Dropping a folder on the window opens it as a workspace, as dropping a file opens the file;
a folder that is not a workspace gets the same clear message as File > Open Workspace."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from .helpers import answer_modal
from .workspace_helpers import ARTICLES, make_workspace


def _drop(window, path) -> bool:
    """Drag ``path`` over the window and drop it, through Qt's event delivery; whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_dropping_a_workspace_folder_opens_it(open_window, qtbot, seed_copy, tmp_path):
    folder = make_workspace(tmp_path / "corpus")
    window = open_window(seed_copy)
    assert not window.workspace.active
    assert _drop(window, folder)
    qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)
    assert window.workspace.active and window.workspace.dock.isVisible()
    assert window.workspace.dock.model.rowCount() == len(ARTICLES)
    assert window.path.name == "a01-joly.txt" and window.doc.entities
    # ... and a file dropped afterwards still opens as a file, leaving the workspace.
    assert _drop(window, seed_copy)
    qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)
    assert not window.workspace.active and window.path == seed_copy


def test_dropping_a_folder_that_is_no_workspace_says_so(open_window, qtbot, seed_copy, tmp_path):
    plain = tmp_path / "just-articles"
    plain.mkdir()
    window = open_window(seed_copy)
    seen = []
    answer_modal(lambda box: (seen.append(box.text() if box is not None else None), box and box.accept()))
    _drop(window, plain)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] is not None and str(plain) in seen[0] and "not a workspace" in seen[0]
    assert "annotator corpus init" in seen[0]
    assert not window.workspace.active and window.path == seed_copy  # the article stays
