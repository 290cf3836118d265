"""The application's own files: one source each (resources/, seeds/), found through the package."""

import json
import struct
from pathlib import Path

from annotator import APP_ID
from annotator.packaged import ICON_SIZES, asset, copy_sample, default_settings, icon_files, sample_article

REPO = Path(__file__).resolve().parents[1]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_the_package_finds_the_top_level_sources():
    assert sample_article().read_bytes() == (REPO / "seeds" / "canada-defense-partnership.txt").read_bytes()
    assert json.loads((REPO / "resources" / "default-settings.json").read_text("utf-8")) == default_settings()


def test_every_icon_size_is_a_png_of_that_size_and_the_svg_is_there():
    files = icon_files()
    sizes = [_png_size(file.read_bytes()) for file in files if file.name.endswith(".png")]
    assert sizes == [(size, size) for size in ICON_SIZES] and ICON_SIZES[0] == 16 and ICON_SIZES[-1] == 512
    assert files[-1].name == f"{APP_ID}.svg" and b"<svg" in files[-1].read_bytes()


def test_the_default_labels_have_colours_keys_and_distinct_names():
    labels = default_settings()["labels"]
    names = [label["name"] for label in labels]
    keys = [label["key"] for label in labels if label["key"]]
    assert len(set(names)) == len(names) and len(set(keys)) == len(keys) and keys == [str(i) for i in range(1, 10)]
    assert all(len(label["color"]) == 7 and label["color"].startswith("#") for label in labels)


def test_the_sample_is_copied_once_and_a_saved_copy_is_kept(tmp_path):
    copy = copy_sample(tmp_path / "sample")
    assert copy.read_bytes() == sample_article().read_bytes()
    copy.write_text("changed by the user", "utf-8")
    assert copy_sample(tmp_path / "sample").read_text("utf-8") == "changed by the user"


def test_assets_resolve_to_the_checkout_resources_folder():
    assert Path(str(asset("default-settings.json"))).resolve() == REPO / "resources" / "default-settings.json"
