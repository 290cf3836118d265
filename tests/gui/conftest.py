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
