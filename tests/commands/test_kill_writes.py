"""kill -9 during `suggest -o` and `export`: no partial target ever, no stray temporary after the next run."""

import random
import signal
import subprocess
import sys
import time

import pytest

from annotator.cli import validate_file
from annotator.formats.brat import read_brat

from ..conftest import REPO, SEED

KILLS = 4


def cli(*args):
    return [sys.executable, "-m", "annotator", *map(str, args)]


def kill_after(argv, delay, env):
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO, env=env)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    return child.returncode


@pytest.fixture
def env():
    import os

    return {**os.environ, "PYTHONPATH": str(REPO)}


@pytest.fixture
def articles(tmp_path):
    """Six articles of 40-60 KB: writing them all takes long enough to be killed in the middle."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text("utf-8")
    for n in range(6):
        (folder / f"article-{n}.txt").write_text(text * (6 + n), "utf-8")
    return sorted(folder.glob("*.txt"))


WRITE_FOREVER = """
import sys
from annotator.formats import atomic_write_bytes
data = b"x" * 30_000_000
while True:
    atomic_write_bytes(sys.argv[1], data)
"""


def leave_a_temporary(folder, env):
    """Kill a writer in the middle of writing (it does nothing else), so a temporary is left behind."""
    folder.mkdir(exist_ok=True)
    for _ in range(10):
        kill_after([sys.executable, "-c", WRITE_FOREVER, str(folder / "big.json")], 1.0, env)
        if temporaries(folder):
            return
    raise AssertionError("no kill landed inside a write")


def temporaries(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_suggest_killed_anywhere_leaves_only_complete_files(tmp_path, articles, env):
    out = tmp_path / "out"
    rng = random.Random(8)
    for _ in range(KILLS):
        kill_after(cli("suggest", *articles, "-o", out), rng.uniform(0.6, 2.5), env)
        for written in out.glob("*.json") if out.exists() else []:
            assert validate_file(str(written)) == [], f"{written.name} is partial"
    leave_a_temporary(out, env)
    finished = subprocess.run(cli("suggest", *articles, "-o", out), capture_output=True, text=True, cwd=REPO, env=env)
    assert finished.returncode == 0, finished.stderr
    assert temporaries(out) == []
    assert sorted(p.stem for p in out.glob("article-*.json")) == [a.stem for a in articles]


def test_export_killed_anywhere_leaves_matching_pairs(tmp_path, articles, env):
    native = tmp_path / "native"
    done = subprocess.run(cli("suggest", *articles, "-o", native), capture_output=True, text=True, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    inputs = sorted(native.glob("*.json"))
    out = tmp_path / "brat"
    rng = random.Random(9)
    for _ in range(KILLS):
        kill_after(cli("export", *inputs, "--to", "brat", "-o", out), rng.uniform(0.3, 2.0), env)
        for ann in out.glob("*.ann") if out.exists() else []:
            read_brat(ann)  # raises if the .ann does not fit its .txt
    leave_a_temporary(out, env)
    finished = subprocess.run(cli("export", *inputs, "--to", "brat", "-o", out), capture_output=True, text=True,
                              cwd=REPO, env=env)
    assert finished.returncode == 0, finished.stderr
    assert temporaries(out) == []
    assert len(list(out.glob("*.ann"))) == len(inputs)
