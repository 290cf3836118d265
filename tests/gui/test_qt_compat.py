"""The PySide refcount guard: the window must survive many calls of Qt methods that return nothing.

Run in a child process, because the failure is Python aborting ("deallocating None").
"""

import subprocess
import sys

from .helpers import REPO, child_env


CHILD = """
import annotator.gui
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
color = QColor()
for _ in range(200_000):
    color.setRed(1)
fmt = QTextCharFormat()
class Marker(QSyntaxHighlighter):
    def highlightBlock(self, text):
        for start in range(len(text)):
            self.setFormat(start, 1, fmt)
document = QTextDocument("x" * 50_000)
marker = Marker(document)
marker.rehighlight()
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_python():
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env=child_env(inherit=False))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_with_the_leaking_pyside_none_true_and_false_cannot_run_out():
    from annotator.gui import qt_compat

    if not qt_compat.VOID_CALLS_STEAL_NONE:
        return  # a sound PySide (or Python 3.12+): nothing to guard
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > qt_compat.IMMORTAL_REFS
