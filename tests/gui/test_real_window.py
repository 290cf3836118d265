"""The app in a real X window (Xvfb): `annotator gui SEED --screenshot OUT.png` draws a real image."""

import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from .helpers import SEED, child_env


pytestmark = pytest.mark.xvfb


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/system-deps.sh installs it)")
def test_screenshot_of_the_sample_under_xvfb(tmp_path):
    out = tmp_path / "shot.png"
    env = child_env("xcb")
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "annotator", "gui",
                             str(SEED), "--screenshot", str(out)], env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
    # A real window: many colours (text, highlights, tables), not one flat fill.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20
