"""Where the benchmarks find the repository, the seed article and ``../shared`` (data and gold).

``../shared`` sits beside the clone; a git worktree one folder deeper finds it further up.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """``../shared`` (the folder holding ``data/``), or None when it is absent."""
    for parent in REPO.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared"
    return None


SHARED = shared_dir() or REPO.parent / "shared"  # a path even when absent: callers check what they need
DATA = SHARED / "data"
SEED_TEXT = REPO / "seeds" / "canada-defense-partnership.txt"
SEED_GOLD = SHARED / "gold" / "canada-defense-partnership.gold.json"


def subprocess_env() -> dict[str, str]:
    """This environment with the repository first on PYTHONPATH, for a fresh interpreter."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
