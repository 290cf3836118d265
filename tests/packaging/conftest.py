"""Packaging tests build the sdist and wheel once per test run (slow: an isolated build environment)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, kw_only=True)
class Built:
    wheel: Path
    sdist: Path
    log: str  # what the build printed, stdout and stderr


def source_files() -> list[str]:
    """The checkout's files as git sees them (tracked, or new and not ignored)."""
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout: the packaging tests build from one")
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=REPO,
                            capture_output=True, text=True, check=True).stdout
    return [name for name in listed.split("\0") if name and os.path.lexists(REPO / name)]


def clean_env(**extra: str) -> dict[str, str]:
    """No PYTHONPATH (it would hide the installed package behind this checkout), writable XDG dirs."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME")}
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Built:
    """``python -m build`` on a copy of the checkout's files: the sdist, then the wheel built from it."""
    pytest.importorskip("build", reason="the 'build' package is in the test extra: pip install '.[test]'")
    copy = tmp_path_factory.mktemp("source")
    for name in source_files():
        source, target = REPO / name, copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(copy)], cwd=copy,
                            capture_output=True, text=True, env=clean_env(), timeout=600)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Built(wheel=wheel, sdist=sdist, log=result.stdout + result.stderr)
