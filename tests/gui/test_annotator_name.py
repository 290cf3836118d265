"""Issue 13 bug 13: gold says who made it and when work on it started."""

import json

from PySide6.QtCore import Qt

from annotator.gui.settings import load_settings

from .helpers import answer_modal, editing_doc


def _window(open_window, seed_copy):
    window = open_window(None, ask_annotator=True)
    window.set_document(editing_doc(), seed_copy, seed_copy.with_name("joly.annotations.json"))
    return window


def test_the_first_save_asks_the_name_once_and_files_carry_it(open_window, seed_copy, qtbot):
    window = _window(open_window, seed_copy)
    window.editing.select_item("entities", "e1")
    qtbot.keyClick(window.panels["entities"].view, Qt.Key.Key_A)  # work starts here
    qtbot.wait(1100)  # so that the start and the save fall in different seconds
    asked = []

    def type_name(dialog):
        asked.append(dialog.objectName())
        dialog.setTextValue("Ada Lovelace")
        dialog.accept()

    answer_modal(type_name)
    assert window.files.save()
    info = json.loads(window.save_path.read_text("utf-8"))["annotation"]
    assert asked == ["annotatorName"] and info["annotator"] == "Ada Lovelace"
    assert info["created"] < info["modified"]  # when work started, not the first save
    assert load_settings().annotator == "Ada Lovelace"
    answer_modal(lambda dialog: dialog is not None and (asked.append(dialog), dialog.reject()))  # must not ask again
    assert window.files.save()
    qtbot.wait(250)
    assert asked == ["annotatorName"], "asked twice"


def test_skipping_the_name_is_remembered(open_window, seed_copy, qtbot):
    window = _window(open_window, seed_copy)
    answer_modal(lambda dialog: dialog.reject())
    assert window.files.save()
    info = json.loads(window.save_path.read_text("utf-8"))["annotation"]
    assert "annotator" not in info or not info["annotator"]
    assert load_settings().annotator_asked and not load_settings().annotator
