"""The recovery prompt: plain words, local time, what the autosave holds; nothing recoverable is
deleted or overwritten until the person chose; the window gets its keys back afterwards."""

import datetime as dt
import json
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from annotator.formats import read_document
from annotator.gui.files import annotations_path
from annotator.gui.autosave import autosave_dir, find_autosaves, write_autosave
from annotator.gui.recovery import DISCARD, LATER, RECOVER, local_time, offer_recovery

from .helpers import answer_modal, click_button, editing_doc


def crashed_work(article):
    """An autosave as a crash leaves it: two of the eight suggestions reviewed, one added, a dead pid."""
    doc = editing_doc()
    doc.entities = [replace(e, status="accepted") if e.id in ("e1", "e3") else e for e in doc.entities]
    start = doc.text.index("Ottawa")
    doc.entities.append(replace(doc.entities[0], id="e9", start=start, end=start + 6, text="Ottawa",
                                label="GPE", origin="human", status="accepted"))
    target = autosave_dir() / "left-behind.json"
    write_autosave(target, doc, article, annotations_path(article))
    data = json.loads(target.read_text("utf-8"))
    data["pid"] = 2**22 + 12345  # above any pid Linux hands out: the writer is gone
    target.write_text(json.dumps(data), "utf-8")
    return target, target.read_bytes()


def article_file(tmp_path):
    article = tmp_path / "joly.txt"
    article.write_text(editing_doc().text, "utf-8")
    return article


def answer(text, seen):
    def act(box):
        assert isinstance(box, QMessageBox), box
        seen.append(box.text() + "\n" + box.informativeText())
        seen.append([b.text() for b in box.buttons()])
        click_button(box, text)
    answer_modal(act, 200)


def test_the_prompt_says_when_and_what_and_names_its_buttons(qtbot, open_window, tmp_path):
    article = article_file(tmp_path)
    crashed_work(article)
    window = open_window(None)
    seen = []
    answer(LATER, seen)
    offer_recovery(window)
    words, buttons = seen
    assert sorted(buttons) == sorted([RECOVER, DISCARD, LATER])
    assert "joly.txt" in words
    assert "2 of 8 suggestions reviewed and 1 item you added" in words
    (entry,) = find_autosaves()
    assert local_time(entry.saved) in words and "today" in words
    local = dt.datetime.fromisoformat(entry.saved).astimezone()
    assert f"{local:%H:%M}" in words


def test_local_time_words():
    now = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.timezone.utc)
    earlier = (now - dt.timedelta(days=3)).isoformat()
    shown = local_time(earlier, now)
    assert "today" not in shown and "2026" in shown
    assert local_time("not a time") == "an unknown time"


def test_decide_later_keeps_the_autosave_while_new_work_is_autosaved(qtbot, open_window, tmp_path):
    article = article_file(tmp_path)
    left, before = crashed_work(article)
    window = open_window(article)
    seen = []
    answer(LATER, seen)
    offer_recovery(window)
    # Now edit the same article: its autosave must go elsewhere, not over the crash's.
    window.editing.select_item("entities", window.doc.entities[0].id)
    window.editing.accept()
    qtbot.waitUntil(lambda: window.autosaver.last_file is not None, timeout=5000)
    assert window.autosaver.last_file != left
    assert left.read_bytes() == before
    assert len(find_autosaves()) == 2
    window.undo_stack.setClean()
    window.close()
    assert left.read_bytes() == before, "closing the window removed the work it was told to keep"


def test_escape_is_decide_later(qtbot, open_window, tmp_path):
    left, before = crashed_work(article_file(tmp_path))
    window = open_window(None)
    answer_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), 200)
    offer_recovery(window)
    assert left.read_bytes() == before


def test_discard_deletes_only_the_autosave(qtbot, open_window, tmp_path):
    article = article_file(tmp_path)
    text = article.read_bytes()
    left, _ = crashed_work(article)
    window = open_window(None)
    answer(DISCARD, [])
    offer_recovery(window)
    assert not left.exists() and article.read_bytes() == text


def test_recover_brings_back_the_work_and_the_keys(qtbot, open_window, tmp_path):
    article = article_file(tmp_path)
    crashed_work(article)
    window = open_window(None)
    answer(RECOVER, [])
    offer_recovery(window)
    assert window.doc.entity("e9").label == "GPE" and window.isWindowModified()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert QApplication.focusWidget() is window.current_panel().view
    # Ctrl+Z reaches the window: reject the current item, undo it with the key.
    window.editing.select_item("entities", "e2")
    window.editing.reject()
    assert window.doc.entity("e2").status == "rejected"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.entity("e2").status == "suggested"
    # Saving puts it beside the article; the crash's autosave is gone only then.
    assert window.files.save()
    assert read_document(window.save_path).entity("e9").label == "GPE"
    assert find_autosaves() == []


def test_letters_in_a_table_are_commands_not_a_search(qtbot, open_window, tmp_path):
    window = open_window(None)
    window.set_document(editing_doc(), None, None)
    view = window.panels["entities"].view
    view.setCurrentIndex(view.model().index(0, 0))
    before = view.currentIndex().row()
    plain = QTableView()  # what a stock table does with the same key: it moves
    plain.setModel(view.model())
    plain.setCurrentIndex(plain.model().index(0, 0))
    plain.keyboardSearch("O")
    assert plain.currentIndex().row() != before
    view.keyboardSearch("O")
    assert view.currentIndex().row() == before
