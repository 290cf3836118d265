"""How many key presses a complete review of the seed takes, walked on the real window.

    QT_QPA_PLATFORM=offscreen python benchmarks/review_keystrokes.py

"Complete": every suggestion in every table decided (J to the first, then A, which moves on),
two entities the suggesters missed added (from the gold), and one quote added with its speaker.
Keys go to the widget with the focus, as a person's would: into the text by sentence (Alt+Down),
line and word, a selection by whole sentences (Alt+Shift+Down) and words; a step the keyboard cannot do here
is done with the mouse instead and counted apart (so the script also runs on older versions).
Settings go to a temporary folder: the user's are never touched.
"""

from __future__ import annotations

import json
import re
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="keystrokes-")
for _name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_name] = os.path.join(_tmp, _name.lower())
    os.makedirs(os.environ[_name], mode=0o700)

from _paths import SEED_GOLD, SEED_TEXT  # noqa: E402
from PySide6.QtCore import QTimer, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.gui.app import application, create_window  # noqa: E402

CTRL, SHIFT, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
COLLECTIONS = ("entities", "quotes", "topics", "metadata")


class Walk:
    def __init__(self, window):
        self.w, self.keys, self.mouse = window, 0, 0
        self.steps: dict[str, int] = {}

    def settle(self, ms: int = 20) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QApplication.processEvents()
        if QApplication.activeModalWidget() is None and not self.w.isActiveWindow():
            self.w.activateWindow()  # offscreen nothing re-activates the window after a dialog
            QApplication.processEvents()

    def press(self, step: str, key, modifier=NONE) -> None:
        target = QApplication.activeModalWidget() or QApplication.focusWidget() or self.w
        target = QApplication.focusWidget() or target
        QTest.keyClick(target, key, modifier)
        self.keys += 1
        self.steps[step] = self.steps.get(step, 0) + 1
        self.settle()

    def waiting(self, collection: str) -> int:
        items = self.w.doc.metadata.values() if collection == "metadata" else getattr(self.w.doc, collection)
        return sum(item.status == "suggested" for item in items)

    def review(self) -> None:
        for number, collection in enumerate(COLLECTIONS, start=1):
            self.press("review", getattr(Qt.Key, f"Key_{number}"), CTRL)
            if not self.waiting(collection):
                continue
            self.press("review", Qt.Key.Key_J)
            for _ in range(3 * self.waiting(collection) + 3):
                if not self.waiting(collection):
                    break
                self.press("review", Qt.Key.Key_A)

    # -- into the text ---------------------------------------------------------------------

    def caret(self) -> int:
        article = self.w.article
        return article.offsets.to_codepoint(article.textCursor().position())

    def select_by_keys(self, step: str, start: int, end: int) -> bool:
        """Move the caret to ``start`` by lines and words, select to ``end`` by words; False if
        the keyboard cannot get there (the old window had no way into the text)."""
        article = self.w.article
        if "action_focus_text" not in {a.objectName() for a in self.w.findChildren(type(self.w.actions.open))}:
            return False
        self.press(step, Qt.Key.Key_F6)
        if QApplication.focusWidget() is not article:
            return False
        self.by_sentence(step, start)
        target_y = article.cursorRect(article._cursor(start)).center().y()
        for _ in range(400):
            y = article.cursorRect().center().y()
            if abs(y - target_y) < article.fontMetrics().height() / 2:
                break
            page = article.viewport().height() - article.fontMetrics().height()
            if abs(target_y - y) > page:
                self.press(step, Qt.Key.Key_PageDown if target_y > y else Qt.Key.Key_PageUp)
            else:
                self.press(step, Qt.Key.Key_Down if target_y > y else Qt.Key.Key_Up)
            target_y = article.cursorRect(article._cursor(start)).center().y()
        for _ in range(200):
            if self.caret() == start:
                break
            self.press(step, Qt.Key.Key_Right if self.caret() < start else Qt.Key.Key_Left, CTRL)
            if self.caret() > start and self.steps[step] > 150:
                return False
        self.select_sentences(step, end)
        for _ in range(200):
            span = article.selected_span()
            if span is not None and span[1] >= end:
                break
            self.press(step, Qt.Key.Key_Right, CTRL | SHIFT)
        return article.selected_span() == (start, end)

    def by_sentence(self, step: str, start: int) -> None:
        """Alt+Down / Alt+Up to the start of the sentence holding ``start``, where that takes fewer
        presses than lines and words from the caret (as a person would choose; older windows have
        no sentence keys).  The presses are estimated on a copy of the caret, then made for real."""
        if "action_next_sentence" not in {a.objectName() for a in self.w.findChildren(type(self.w.actions.open))}:
            return
        from annotator.gui.sentence_caret import sentence_starts

        starts = sentence_starts(self.w.doc.text)
        target = max(s for s in starts if s <= start)
        here = self.caret()
        jumps = sum(1 for s in starts if min(here, target) < s <= max(here, target)) if here != target else 0
        if jumps == 0 or jumps + self._lines_and_words(target, start) >= self._lines_and_words(here, start):
            return
        for _ in range(200):
            if self.caret() == target:
                break
            self.press(step, Qt.Key.Key_Down if self.caret() < target else Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    def select_sentences(self, step: str, end: int) -> None:
        """Alt+Shift+Down over each whole sentence up to ``end`` (Ctrl+Shift+Right does the rest)."""
        if "action_next_sentence" not in {a.objectName() for a in self.w.findChildren(type(self.w.actions.open))}:
            return
        from annotator.gui.sentence_caret import sentence_starts

        text = self.w.doc.text
        for _ in range(50):
            after = [s for s in sentence_starts(text) if s > self.caret()]
            if not after or len(text[:after[0]].rstrip()) > end:
                return
            self.press(step, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | SHIFT)

    def _lines_and_words(self, frm: int, to: int) -> int:
        """Down/Up presses to the line of ``to``, then Ctrl+arrow presses to it, from ``frm``."""
        article = self.w.article
        cursor = article._cursor(frm)
        goal = article._cursor(to)
        presses = 0
        target_y = article.cursorRect(goal).center().y()
        for _ in range(400):
            y = article.cursorRect(cursor).center().y()
            if abs(y - target_y) < article.fontMetrics().height() / 2:
                break
            op = QTextCursor.MoveOperation.Down if target_y > y else QTextCursor.MoveOperation.Up
            if not cursor.movePosition(op):
                break
            presses += 1
        for _ in range(400):
            if cursor.position() == goal.position():
                break
            op = QTextCursor.MoveOperation.NextWord if cursor.position() < goal.position() else QTextCursor.MoveOperation.PreviousWord
            if not cursor.movePosition(op):
                break
            presses += 1
        return presses

    def select_by_mouse(self, start: int, end: int) -> None:
        self.w.article.setFocus()
        self.w.article.select_span(start, end)
        self.mouse += 1
        self.settle()

    def add_entity(self, gold: dict) -> None:
        self.press("entities added", Qt.Key.Key_1, CTRL)
        if not self.select_by_keys("entities added", gold["start"], gold["end"]):
            self.select_by_mouse(gold["start"], gold["end"])
        key = self.w.settings.label(gold["label"]).key
        self.press("entities added", getattr(Qt.Key, f"Key_{key}"))

    def add_quote(self, gold: dict) -> None:
        self.press("quote added", Qt.Key.Key_2, CTRL)
        if not self.select_by_keys("quote added", gold["start"], gold["end"]):
            self.select_by_mouse(gold["start"], gold["end"])
        # Q opens a dialog (an overlap question, then the speaker picker): Enter takes the default.
        answered = []

        def answer() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                return
            answered.append(modal.objectName())
            QTest.keyClick(QApplication.focusWidget() or modal, Qt.Key.Key_Return)
            self.keys += 1
            self.steps["quote added"] += 1
            QTimer.singleShot(150, answer)

        QTimer.singleShot(150, answer)
        self.press("quote added", Qt.Key.Key_Q)
        self.settle(400)


def main() -> int:
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    application()
    window = create_window(str(SEED_TEXT), offer_recovery=False)
    window.show()
    while window.files.suggester.running:
        QApplication.processEvents()
    walk = Walk(window)
    walk.settle(200)
    suggestions = {c: walk.waiting(c) for c in COLLECTIONS}
    walk.review()
    left = {c: walk.waiting(c) for c in COLLECTIONS}
    found = {(e.start, e.end) for e in window.doc.entities}
    keyed = {style.name for style in window.settings.labels if style.key}
    missed = [e for e in gold["entities"] if (e["start"], e["end"]) not in found and e["label"] in keyed][:2]
    if len(missed) < 2:  # the suggesters found every gold entity: add capitalised words nobody tagged
        covered = [(e.start, e.end) for e in window.doc.entities]
        for match in re.finditer(r"\b[A-Z][a-z]{3,}\b", window.doc.text[200:]):
            start, end = match.start() + 200, match.end() + 200
            if len(missed) < 2 and not any(s < end and start < e for s, e in covered):
                missed.append({"start": start, "end": end, "label": "ORG"})
    for entity in missed:
        walk.add_entity(entity)
    quote = gold["quotes"][-1]
    walk.add_quote(quote)
    added = [e.text for e in window.doc.entities if e.origin == "human"]
    print(f"suggestions: {sum(suggestions.values())} {suggestions}; still waiting after the walk: {sum(left.values())}")
    quotes = [(q.text[:30], q.speaker.name if q.speaker else None) for q in window.doc.quotes if q.origin == "human"]
    print(f"entities added: {added}; quotes added: {quotes}")
    print(f"key presses: {walk.keys} {walk.steps}; mouse selections: {walk.mouse}")
    window.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
