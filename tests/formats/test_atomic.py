"""Atomic writes: what a killed write leaves behind is cleaned on the next write to that folder,
and brat's .txt / .ann pair is replaced only once both are complete."""

import os
import subprocess
import sys
import time

from annotator.formats import atomic
from annotator.formats.atomic import atomic_write_bytes, atomic_write_files, sweep_stale_temporaries


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def make(folder, name, age_s=0.0):
    path = folder / name
    path.write_bytes(b"half a file")
    if age_s:
        old = time.time() - age_s
        os.utime(path, (old, old))
    return path


def test_the_next_write_removes_what_a_killed_writer_left(tmp_path):
    atomic._swept.discard(os.path.abspath(tmp_path))
    orphan = make(tmp_path, f".sport-003.ann.{dead_pid()}.l3mop74m.tmp")
    old_style_old = make(tmp_path, ".sport-003.ann.l3mop74m.tmp", age_s=2 * 3600)
    old_style_new = make(tmp_path, ".sport-004.ann.ab12cd34.tmp")  # might be a write in progress
    live = make(tmp_path, f".sport-005.ann.{os.getppid()}.zz99yy88.tmp")  # its writer still runs
    not_ours = [make(tmp_path, name, age_s=2 * 3600) for name in (".vimrc.tmp", "notes.tmp", ".x.tmp", "a.1234.abcdefgh.tmp")]
    atomic_write_bytes(tmp_path / "new.json", b"{}")
    assert not orphan.exists() and not old_style_old.exists()
    assert old_style_new.exists() and live.exists() and all(p.exists() for p in not_ours)
    assert (tmp_path / "new.json").read_bytes() == b"{}"


def test_a_sweep_removes_nothing_of_a_write_of_this_process(tmp_path):
    ours = make(tmp_path, f".a.json.{os.getpid()}.abcdefgh.tmp")
    assert sweep_stale_temporaries(tmp_path) == [] and ours.exists()


def test_a_failed_pair_write_leaves_both_old_files_and_no_temporary(tmp_path):
    txt, ann = tmp_path / "a.txt", tmp_path / "a.ann"
    txt.write_text("old text")
    ann.write_text("T1\tPERSON 0 3\told\n")
    try:  # the second file cannot be created (its folder is missing) after the first is complete
        atomic_write_files([(txt, b"new text"), (tmp_path / "missing" / "a.ann", b"new ann")])
    except atomic.WriteError as error:
        assert "missing" in str(error)
    else:
        raise AssertionError("the write should have failed")
    assert txt.read_text() == "old text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ann", "a.txt"]
