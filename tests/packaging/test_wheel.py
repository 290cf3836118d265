"""The wheel and sdist carry what the app loads at run time, nothing else, and work outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from annotator import __version__

from .conftest import REPO, clean_env, source_files

DATA_FOLDERS = ("annotator/resources/", "resources/", "seeds/")
# Where the top-level folders land in the package (annotator/assets and annotator/samples link to them).
IN_PACKAGE = {"resources/": "annotator/assets/", "seeds/": "annotator/samples/"}


def _wheel_names(built) -> set[str]:
    with zipfile.ZipFile(built.wheel) as wheel:
        return set(wheel.namelist())


def test_the_build_prints_no_warning(built):
    noisy = [line for line in built.log.splitlines() if "warning" in line.lower()]
    assert not noisy, noisy


def test_every_data_file_of_the_checkout_is_in_the_wheel(built):
    names = _wheel_names(built)
    expected = set()
    for name in source_files():
        for folder in DATA_FOLDERS:
            if name.startswith(folder) and not name.endswith(".py"):
                expected.add(IN_PACKAGE.get(folder, "") + name.removeprefix(folder) if folder in IN_PACKAGE else name)
        if name.startswith("annotator/") and name.endswith(".py"):
            expected.add(name)
    assert expected - names == set()


def test_the_wheel_and_sdist_carry_nothing_else(built):
    names = _wheel_names(built)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert {n.split("/")[0] for n in names} == {"annotator", f"article_annotator-{__version__}.dist-info"}
    with tarfile.open(built.sdist) as sdist:
        members = [m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name]
    assert not [m for m in members if "__pycache__" in m or m.startswith(("tests/", ".venv", "build/"))]
    assert "annotator/samples/canada-defense-partnership.txt" in members


@pytest.fixture(scope="module")
def venv(built, tmp_path_factory) -> Path:
    """A fresh virtual environment outside the checkout with the wheel installed.

    The dependencies (PySide6, lxml, …) come from this test run's own environment through a .pth
    file, so the test needs no download; the package itself can only come from the wheel.
    """
    folder = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "dependencies.pth").write_text("\n".join(sorted(dependencies)) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(built.wheel)], check=True, env=clean_env())
    return folder


def _run(venv: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / args[0]), *args[1:]], cwd=cwd, capture_output=True, text=True,
                          env=clean_env(**env), timeout=180)


def _packaged_sample(venv: Path, cwd: Path) -> Path:
    code = "import annotator, annotator.packaged as p; print(annotator.__file__); print(p.sample_article())"
    module, sample = _run(venv, "python", "-c", code, cwd=cwd).stdout.split()
    assert Path(module).is_relative_to(venv) and Path(sample).is_relative_to(venv)  # not this checkout
    return Path(sample)


def test_the_installed_wheel_suggests_on_its_packaged_sample(venv, tmp_path):
    sample = _packaged_sample(venv, tmp_path)
    assert sample.read_bytes() == (REPO / "seeds" / sample.name).read_bytes()
    assert _run(venv, "annotator", "--version", cwd=tmp_path).stdout.strip() == f"annotator {__version__}"
    done = _run(venv, "annotator", "suggest", str(sample), "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    doc = json.loads((tmp_path / "out" / "canada-defense-partnership.json").read_text("utf-8"))
    assert {e["text"] for e in doc["entities"]} >= {"Canada", "Mélanie Joly"}
    checked = _run(venv, "annotator", "validate", "out/canada-defense-partnership.json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_installed_wheel_opens_its_sample_window_offscreen(venv, tmp_path):
    from PySide6.QtGui import QImage

    xdg = {f"XDG_{name}_HOME": str(tmp_path / name.lower()) for name in ("CONFIG", "DATA", "STATE", "CACHE")}
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    shot = _run(venv, "annotator", "gui", "--screenshot", "shot.png", cwd=tmp_path, QT_QPA_PLATFORM="offscreen",
                XDG_RUNTIME_DIR=str(runtime), **xdg)
    assert shot.returncode == 0 and shot.stderr == "", shot.stderr
    image = QImage(str(tmp_path / "shot.png"))
    assert image.width() >= 800 and len({image.pixel(x, 120) for x in range(0, image.width(), 5)}) > 5
    # The first run opened a copy of the packaged sample in the user's data folder.
    copied = tmp_path / "data" / "org.articleannotator.ArticleAnnotator" / "sample" / "canada-defense-partnership.txt"
    assert copied.read_bytes() == (REPO / "seeds" / copied.name).read_bytes()
