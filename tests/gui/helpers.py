"""What several GUI test modules share: paths, the editing article, answering a modal dialog,
and the environment of a child process that opens the app."""

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from annotator.model import AnnotationDocument, Entity, MetaField, Quote, Topic

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "canada-defense-partnership.txt"

TEXT = "Mélanie Joly met Mark Carney in Ottawa. Joly said “we are ready,” Carney agreed."


def editing_doc(with_quote: bool = False) -> AnnotationDocument:
    """Joly, Carney, Ottawa (mislabelled ORG); two topics; a title; optionally the quote."""
    def ent(eid, word, label, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return Entity(id=eid, start=start, end=start + len(word), text=word, label=label, origin="rules", score=0.5)

    doc = AnnotationDocument(
        text=TEXT,
        entities=[ent("e1", "Mélanie Joly", "PERSON"), ent("e2", "Mark Carney", "PERSON"), ent("e3", "Ottawa", "ORG"),
                  ent("e4", "Joly", "PERSON", 1), ent("e5", "Carney", "PERSON", 1)],
        topics=[Topic(code="medtop:11000000", label="politics", score=0.9, primary=True, origin="rules"),
                Topic(code="medtop:04000000", label="economy, business and finance", score=0.4, origin="rules")],
        metadata={"title": MetaField(name="title", value="Joly meets Carney", origin="layout")},
    )
    if with_quote:
        start, end = TEXT.index("“"), TEXT.index("”") + 1
        doc.add_quote(Quote(id="q1", start=start, end=end, text=TEXT[start:end], kind="direct", origin="rules"))
    return doc


def window_on(open_window, doc: AnnotationDocument):
    window = open_window(None)
    window.set_document(doc, None, None)
    return window


def answer_modal(action, delay: int = 150) -> None:
    """Soon, call ``action`` with the modal dialog then open (None if there is none)."""
    QTimer.singleShot(delay, lambda: action(QApplication.activeModalWidget()))


def close_dialog(dialog) -> None:
    dialog.reject() if isinstance(dialog, QDialog) else dialog.close()


def child_env(platform: str = "offscreen", *, inherit: bool = True, **extra: str) -> dict[str, str]:
    """Environment for a child Python that imports this checkout; ``inherit=False`` starts bare."""
    env = dict(os.environ) if inherit else {"PATH": "/usr/bin:/bin"}
    env.update(QT_QPA_PLATFORM=platform, PYTHONPATH=str(REPO), **extra)
    return env


# The start of a child process's script: the window on sys.argv[1], its suggestions shown.
CHILD_OPENS_WINDOW = """
import sys, time
from annotator.gui.app import application, create_window
app = application()
window = create_window(sys.argv[1], offer_recovery=False)
window.show()
while window.files.suggester.running:
    app.processEvents(); time.sleep(0.01)
"""


def click_button(box, text: str) -> None:
    """Click the one button of a message box that reads ``text``."""
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()
