"""Shared test set-up: headless Qt, an isolated runtime dir, and where the shared data lives."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured in benchmarks/, not in tests: on a shared 2-core machine hypothesis's default
# 200 ms deadline failed round-trip tests that pass on their own (brat, doccano, Label Studio).
settings.register_profile("annotator", deadline=None)
settings.load_profile("annotator")

# Before anything imports Qt: render offscreen (real pixels, no display needed).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="annotator-runtime-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "canada-defense-partnership.txt"
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "canada-defense-partnership.gold.json"
DATA = SHARED / "data"


@pytest.fixture
def seed_path() -> Path:
    return SEED


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that data is not here."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
