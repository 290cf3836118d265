"""The PyInstaller bundle builds, passes packaging/check-bundle.sh, and suggests what the source does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, clean_env

SAMPLE = REPO / "seeds" / "canada-defense-partnership.txt"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the 'bundle' extra: pip install -e '.[bundle]'")
    work = tmp_path_factory.mktemp("bundle")
    env = clean_env(DIST=str(work / "dist"), WORK=str(work / "build"), PYTHONPATH=str(REPO))
    result = subprocess.run(["sh", str(REPO / "packaging" / "build.sh"), sys.executable], env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert "check-bundle: annotator" in result.stdout  # build.sh ran the check on what it built
    return work / "dist" / "annotator"


def test_the_bundle_carries_its_data_and_desktop_files_and_no_optional_extras(bundle):
    internal = bundle / "_internal"
    assert (internal / "annotator" / "samples" / SAMPLE.name).read_bytes() == SAMPLE.read_bytes()
    assert (internal / "annotator" / "assets" / "default-settings.json").is_file()
    assert not list(internal.rglob("__pycache__")) and not (internal / "spacy").exists()
    assert (bundle / "desktop" / "install-desktop.sh").is_file()
    assert (bundle / "desktop" / "icons" / "512x512" / "org.articleannotator.ArticleAnnotator.png").is_file()


def test_the_bundle_suggests_exactly_what_the_source_install_does(bundle, tmp_path):
    def suggest(command: list[str], **env: str) -> dict:
        out = subprocess.run([*command, "suggest", str(SAMPLE)], capture_output=True, text=True, cwd=tmp_path,
                             env=clean_env(**env), timeout=120)
        assert out.returncode == 0 and out.stderr == "", out.stderr
        return json.loads(out.stdout)

    frozen = suggest([str(bundle / "annotator")])
    source = suggest([sys.executable, "-m", "annotator"], PYTHONPATH=str(REPO))
    assert frozen == source and len(frozen["entities"]) > 20


def test_the_bundle_installs_its_own_desktop_entry(bundle, tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(["sh", str(bundle / "desktop" / "install-desktop.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / "applications" / "org.articleannotator.ArticleAnnotator.desktop").read_text("utf-8")
    assert f'Exec="{bundle / "annotator"}" gui %f' in entry  # the bundle's own binary, by default
