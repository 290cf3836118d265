"""Start the window: ``annotator gui [PATH] [--screenshot OUT.png]`` and the ``annotator-gui`` script."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .identity import application_icon, set_identity
from .qt_messages import quiet_known_noise

SCREENSHOT_TIMEOUT_MS = 60_000


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named before anything asks Qt or platformdirs for standard paths."""
    set_identity()
    quiet_known_noise()
    app = QApplication.instance() or QApplication(argv if argv is not None else [sys.argv[0]])
    app.setWindowIcon(application_icon())
    return app  # type: ignore[return-value]


def create_window(path: str | None, *, offer_recovery: bool = True):
    """Build the window, open ``path`` (or the sample on first run), offer to recover autosaves."""
    from .main_window import MainWindow
    from .recovery import offer_recovery as offer
    from ..packaged import copy_sample
    from .settings import data_dir, load_settings, save_settings

    settings = load_settings()
    if settings.first_run:  # the sample greets a first start without a file, and only the first start
        if path is None:
            path = str(copy_sample(data_dir() / "sample"))
        settings = replace(settings, first_run=False)
        save_settings(settings)
    window = MainWindow(settings)
    if path is not None:
        window.files.open_path(path)
    if offer_recovery:
        QTimer.singleShot(0, lambda: offer(window))
    return window


def run_gui(path: str | None = None, screenshot: str | None = None) -> int:
    if screenshot is not None and path is not None:
        # No one is there to close an error box: say it on stderr, as the other commands do.
        from ..formats import FormatError, read_document

        try:
            read_document(path)
        except FormatError as error:
            print(f"annotator: {error}", file=sys.stderr)
            return 2
    app = application()
    window = create_window(path, offer_recovery=screenshot is None)
    window.show()
    if screenshot is not None:
        return _screenshot(app, window, Path(screenshot))
    return app.exec()


def _screenshot(app: QApplication, window, out: Path) -> int:
    """Wait for suggestions to show, grab the window to ``out``, exit 0 (1 if it failed)."""
    result = {"code": 1}

    def grab() -> None:
        app.processEvents()
        if window.current_panel().current_key() is None:
            window.editing.go(+1)  # show a current item, as a person would see it
        app.processEvents()
        if window.grab().save(str(out)):
            result["code"] = 0
        else:
            print(f"annotator: {out}: cannot write the screenshot", file=sys.stderr)
        window.undo_stack.setClean()
        window.close()
        app.quit()

    def timeout() -> None:
        print("annotator: suggestions did not finish in time; no screenshot", file=sys.stderr)
        app.exit(1)

    if window.files.suggester.running:
        window.suggestions_shown.connect(lambda: QTimer.singleShot(300, grab))
    else:
        QTimer.singleShot(300, grab)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)
    code = app.exec()
    return result["code"] if code == 0 else code


def main() -> int:
    """The ``annotator-gui`` entry point: ``annotator gui`` with the same arguments."""
    from ..cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
