"""Dialogs are deleted after use: kept as children of the window they piled up, and a few
Preferences dialogs made PySide 6.12 abort when the window closed."""

import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from .helpers import answer_modal as _answer_modal
from .helpers import child_env



def test_closed_dialogs_do_not_stay_behind_in_the_window(open_window):
    window = open_window(None)
    for action in (window.actions.preferences, window.actions.keys, window.actions.summary):
        _answer_modal(lambda dialog: dialog.reject() if isinstance(dialog, QDialog) else dialog.close())
        action.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == [] and window.findChildren(QMessageBox) == []


CHILD = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from annotator.gui.app import application, create_window
app = application()
window = create_window(None, offer_recovery=False)
window.show()
for _ in range(4):
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    window.actions.preferences.trigger()
window.undo_stack.setClean()
window.close()
print("closed")
"""


def test_opening_preferences_again_and_again_then_quitting_does_not_abort(tmp_path):
    env = child_env(inherit=False, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
                    XDG_RUNTIME_DIR=str(tmp_path))
    (tmp_path).chmod(0o700)
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "closed" and "deleted directly" not in result.stderr


def test_the_metadata_field_dialog_refuses_a_taken_name_and_accepts_a_new_one(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from annotator.gui.dialogs import MetadataFieldDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = MetadataFieldDialog(parent, {"title"})
    qtbot.addWidget(dialog)
    dialog.name.setText("title")

    def close_warning():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.close()

    QTimer.singleShot(100, close_warning)
    dialog.accept()
    assert dialog.choice is None and dialog.result() != dialog.DialogCode.Accepted
    dialog.name.setText(" author ")
    dialog.value.setText("Ann")
    dialog.accept()
    assert dialog.choice == ("author", "Ann")
