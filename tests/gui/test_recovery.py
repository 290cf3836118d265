"""Never lose work: autosave, a hard kill, a restart that offers the work back."""

import signal
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from annotator.gui.autosave import find_autosaves
from annotator.gui.files import annotations_path

from .helpers import CHILD_OPENS_WINDOW, REPO, answer_modal, child_env, click_button


EDIT_AND_WAIT = CHILD_OPENS_WINDOW + textwrap.dedent("""
    key = window.doc.entities[0].id
    window.editing.select_item("entities", key)
    window.editing.relabel("LAW")
    window.editing.accept()
    deadline = time.time() + 20
    while window.autosaver.last_file is None and time.time() < deadline:
        app.processEvents(); time.sleep(0.02)
    print("AUTOSAVED", key, flush=True)
    while True:  # until killed, like a crash
        app.processEvents(); time.sleep(0.05)
""")


def test_work_survives_a_kill_and_is_offered_back(qtbot, open_window, seed_copy):
    env = child_env()
    child = subprocess.Popen([sys.executable, "-c", EDIT_AND_WAIT, str(seed_copy)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
    try:
        line = child.stdout.readline()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert line.startswith("AUTOSAVED"), "the child did not autosave"
    key = line.split()[1]
    assert len(find_autosaves()) == 1

    # Restart: the window offers the autosave; answer Yes.
    window = open_window(None)

    from annotator.gui.recovery import RECOVER, offer_recovery

    def answer_yes(box):
        assert isinstance(box, QMessageBox), box
        click_button(box, RECOVER)

    answer_modal(answer_yes, 200)
    offer_recovery(window)
    entity = window.doc.entity(key)
    assert entity.label == "LAW" and entity.status == "accepted"
    assert window.path == seed_copy and window.isWindowModified()

    # Saving it puts the work where Save would have, and the autosave goes away.
    assert window.files.save()
    assert annotations_path(seed_copy).is_file() and find_autosaves() == []
    assert not window.isWindowModified()


def test_closing_normally_leaves_no_autosave(qtbot, open_window, seed_copy):
    window = open_window(seed_copy)
    window.editing.select_item("entities", window.doc.entities[0].id)
    window.editing.accept()
    assert window.autosaver.save_now() is not None and len(find_autosaves()) == 1
    window.undo_stack.setClean()  # the person chose "discard"
    window.close()
    assert find_autosaves() == []


def test_autosave_runs_off_the_gui_thread_and_a_save_meanwhile_wins(qtbot, open_window, seed_copy):
    window = open_window(seed_copy)
    window.editing.select_item("entities", window.doc.entities[0].id)
    window.editing.accept()
    qtbot.waitUntil(lambda: window.autosaver.last_file is not None, timeout=5000)  # by the timer, in the background
    assert len(find_autosaves()) == 1
    window.editing.reject()  # another change: a new background write starts...
    window.autosaver._save_in_background()
    assert window.files.save()  # ...and a save lands while it may still be running
    window.autosaver._pool.waitForDone()
    qtbot.wait(50)
    assert find_autosaves() == [] and window.autosaver.last_file is None


def test_recovered_work_stays_autosaved_until_saved(qtbot, open_window, seed_copy):
    """A crash right after recovering must not lose the recovered work again."""
    from annotator.gui.autosave import autosave_dir, write_autosave
    from annotator.gui.recovery import recover
    from annotator.model import AnnotationDocument

    doc = AnnotationDocument(text=seed_copy.read_text("utf-8"))
    write_autosave(autosave_dir() / "left.json", doc, seed_copy, None)
    (entry,) = find_autosaves()
    window = open_window(None)
    assert recover(window, entry)
    qtbot.wait(50)  # let any queued reaction to the new document run
    assert window.isWindowModified() and window.autosaver.last_file is not None
    assert window.autosaver.last_file.is_file(), "the recovered work has no autosave any more"
    assert len(find_autosaves()) == 1
