"""The PySide refcount guard: the window must survive many calls of Qt methods that return nothing.

Run in a child process, because the failure is Python aborting ("deallocating None").
"""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

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
                            env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
