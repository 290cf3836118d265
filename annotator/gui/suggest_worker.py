"""Runs the suggesters on an article's text off the GUI thread.

The worker only reads the text (an immutable ``str``) and returns suggestion records; the
window applies them to the document on the GUI thread, so the document is never touched by two
threads.  Each run carries a token so results for an article closed meanwhile are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..extract import default_suggesters, run_suggester


class SuggestSignals(QObject):
    progress = Signal(int, int, str)  # done, total, suggester name
    finished = Signal(int, object)  # token, [(origin, [suggestion, ...]), ...]


class SuggestJob(QRunnable):
    def __init__(self, token: int, text: str, signals: SuggestSignals):
        super().__init__()
        self._token, self._text, self.signals = token, text, signals

    def run(self) -> None:
        chosen = default_suggesters()
        results = []
        for done, suggester in enumerate(chosen):
            self.signals.progress.emit(done, len(chosen), suggester.name)
            results.append((suggester.name, run_suggester(suggester, self._text)))  # never raises
        self.signals.progress.emit(len(chosen), len(chosen), "")
        self.signals.finished.emit(self._token, results)


class Suggester(QObject):
    """Starts suggestion runs and forwards their signals; one per window."""

    progress = Signal(int, int, str)
    finished = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = SuggestSignals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self.finished)
        self._token = 0
        self.running = False
        self._signals.finished.connect(self._done)

    def start(self, text: str) -> int:
        self._token += 1
        self.running = True
        self._pool.start(SuggestJob(self._token, text, self._signals))
        return self._token

    def cancel(self) -> None:
        """Forget the current run (its result will be ignored)."""
        self._token += 1
        self.running = False

    def is_current(self, token: int) -> bool:
        return token == self._token

    def _done(self, token: int, _results: list) -> None:
        if token == self._token:
            self.running = False

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
