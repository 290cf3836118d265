"""Where the shared development data lives: ``<repo>/../shared/data`` (CI), or the folder named by
``ANNOTATOR_SHARED_DATA`` (a git worktree elsewhere).  Tests skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_data(*parts: str) -> Path:
    base = Path(os.environ.get("ANNOTATOR_SHARED_DATA") or REPO.parent / "shared" / "data")
    path = base.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
