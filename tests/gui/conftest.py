"""GUI tests run offscreen, with settings, state and runtime folders in tmp_path."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path, monkeypatch):
    """Settings and autosaves of a test never touch the user's, nor another test's."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    for name, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(name, str(tmp_path / folder))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield tmp_path


import shutil  # noqa: E402

from .helpers import SEED  # noqa: E402


@pytest.fixture
def seed_path():
    return SEED


@pytest.fixture
def seed_copy(tmp_path):
    """The sample article in a fresh folder, so saving beside it stays in tmp_path."""
    target = tmp_path / "articles" / SEED.name
    target.parent.mkdir()
    shutil.copyfile(SEED, target)
    return target


@pytest.fixture
def open_window(qtbot):
    """A factory: a real main window on a path, suggestions shown, active; closed without asking."""
    from annotator.gui.app import application, create_window
    from dataclasses import replace

    from annotator.gui.settings import load_settings, save_settings

    windows = []

    def make(path, ask_annotator: bool = False):
        application()
        settings = load_settings()
        if not ask_annotator and not settings.annotator_asked:  # the first save asks for a name: not here
            save_settings(replace(settings, annotator_asked=True))
        window = create_window(None if path is None else str(path), offer_recovery=False)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    yield make
    for window in windows:  # closed here, not by qtbot, so no "save changes?" box can block
        window.undo_stack.setClean()
        window.recovered = False
        window.close()
        window.deleteLater()
