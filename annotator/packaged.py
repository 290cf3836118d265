"""The application's own files, shipped inside the package: icon, default settings, sample article.

Their sources are the top-level ``resources/`` and ``seeds/`` folders; ``annotator/assets`` and
``annotator/samples`` are symbolic links to them, so ``importlib.resources`` finds the same files in
a source checkout, an installed wheel (where the build copied them in) and the PyInstaller bundle.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from . import APP_ID

SAMPLE_NAME = "canada-defense-partnership.txt"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def asset(*parts: str) -> Traversable:
    """A file under resources/ (``asset("icons", "…svg")``)."""
    # One joinpath argument ("assets/icons/…"): Python 3.11's MultiplexedPath, which a PyInstaller
    # bundle hands out, takes no more.
    return resources.files(__package__).joinpath("/".join(("assets", *parts)))


def sample_article() -> Traversable:
    return resources.files(__package__).joinpath(f"samples/{SAMPLE_NAME}")


def default_settings() -> dict:
    """resources/default-settings.json: the labels, colours, keys and font size a first start has."""
    return json.loads(asset("default-settings.json").read_text("utf-8"))


def icon_files() -> list[Traversable]:
    """The icon's PNG sizes, smallest first, then its SVG source."""
    pngs = [asset("icons", f"{size}x{size}", f"{APP_ID}.png") for size in ICON_SIZES]
    return [*pngs, asset("icons", f"{APP_ID}.svg")]


def copy_sample(folder: Path) -> Path:
    """The sample article copied into ``folder`` (once), so that saving it writes beside the copy and
    never into the installed package or the source checkout."""
    from .formats import atomic_write_bytes

    target = folder / SAMPLE_NAME
    if not target.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, sample_article().read_bytes())
    return target
