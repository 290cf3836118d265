"""After a dialog closes, the keyboard focus is back where it was (the table or the article), so
the next key acts without a click."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.model import Quote

from .helpers import TEXT, close_dialog as _close
from .helpers import answer_modal as _answer_modal
from .test_gui_editing import _window

DIALOGS = [("merge", "entities"), ("link_speaker", "quotes"), ("add_topic", "topics"), ("add_field", "metadata"),
           ("preferences", "entities"), ("summary", "entities"), ("keys", "entities"), ("about", "entities")]


def _with_quote(window):
    start = TEXT.index("“")
    end = TEXT.index("”") + 1
    window.doc.add_quote(Quote(id="q1", start=start, end=end, text=TEXT[start:end], kind="direct", origin="rules"))


@pytest.mark.parametrize("action, collection", DIALOGS)
def test_the_table_has_the_focus_again_and_j_moves(open_window, qtbot, action, collection):
    window = _window(open_window)
    _with_quote(window)
    window.editing.select_item(collection, window.panels[collection].visible_keys()[0])
    view = window.panels[collection].view
    assert QApplication.focusWidget() is view
    _answer_modal(_close)
    window.actions.by_name[action].trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=2000)
    # The next key, sent where a person's key would go, acts: J selects the next suggestion.
    before = window.panels[collection].current_key()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    if len(window.panels[collection].visible_keys()) > 1:
        assert window.panels[collection].current_key() != before
    count = window.undo_stack.count()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert window.undo_stack.count() == count + 1 and window.undo_stack.text(count).startswith("accept")


@pytest.mark.parametrize("action", ["preferences", "summary", "add_topic"])
def test_the_article_has_the_focus_again_and_a_digit_labels_the_selection(open_window, qtbot, action):
    window = _window(open_window)
    window.article.setFocus()
    start = TEXT.index("ready")
    window.article.select_span(start, start + len("ready"))
    _answer_modal(_close)
    window.actions.by_name[action].trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # label the selection with the first label
    assert [e.text for e in window.doc.entities if e.origin == "human"] == ["ready"]
