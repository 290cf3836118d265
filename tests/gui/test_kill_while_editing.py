"""Issue 8 item 1: steady editing, then kill -9; the restart recovers all but the last second."""

import signal
import subprocess
import sys
import textwrap
import time

from annotator.gui.autosave import find_autosaves
from annotator.gui.recovery import RECOVER, offer_recovery

from .helpers import CHILD_OPENS_WINDOW, REPO, answer_modal, child_env, click_button

EDIT_STEADILY = CHILD_OPENS_WINDOW + textwrap.dedent("""
    keys = [entity.id for entity in window.doc.entities]
    print("READY", len(keys), flush=True)
    for key in keys:  # one change every 0.3 s, never a pause long enough for a debounce
        window.editing.select_item("entities", key)
        window.editing.relabel("LAW")
        print("EDIT", key, time.time(), flush=True)
        next_edit = time.time() + 0.3
        while time.time() < next_edit:
            app.processEvents(); time.sleep(0.01)
    print("OUT OF ENTITIES", flush=True)
    while True:
        app.processEvents(); time.sleep(0.05)
""")

EDITING_SECONDS = 10.0


def test_steady_editing_then_kill_loses_at_most_the_last_second(qtbot, open_window, seed_copy):
    child = subprocess.Popen([sys.executable, "-c", EDIT_STEADILY, str(seed_copy)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=child_env(), cwd=REPO)
    edits: list[tuple[str, float]] = []
    try:
        ready = child.stdout.readline()
        assert ready.startswith("READY"), ready
        assert int(ready.split()[1]) > EDITING_SECONDS / 0.3, "the article has too few entities to edit for 10 s"
        started = time.time()
        while time.time() - started < EDITING_SECONDS:
            line = child.stdout.readline()
            assert line.startswith("EDIT"), line
            _, key, when = line.split()
            edits.append((key, float(when)))
    finally:
        child.send_signal(signal.SIGKILL)
        killed = time.time()
        child.wait(10)
    assert len(edits) >= 25

    assert len(find_autosaves()) == 1  # exactly the crash's work
    window = open_window(None)  # the restart, answering Recover
    answer_modal(lambda box: click_button(box, RECOVER), 200)
    offer_recovery(window)
    assert window.path == seed_copy and window.isWindowModified()
    kept = {e.id for e in window.doc.entities if e.label == "LAW"}
    lost = [(key, when) for key, when in edits if key not in kept]
    assert all(killed - when <= 1.0 for _key, when in lost), (
        f"lost edits older than a second: {[(key, round(killed - when, 2)) for key, when in lost]}")
    # and what was kept is a prefix of the edits: nothing later survived something earlier lost
    assert [key for key, _ in edits[:len(edits) - len(lost)]] == [key for key, _ in edits if key in kept]
