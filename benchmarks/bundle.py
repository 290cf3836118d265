"""The standalone bundle against the source install: size on disk and start-up time.

    .venv/bin/python benchmarks/bundle.py [--bundle dist/annotator] [--runs 3]

Build the bundle first (`make bundle`). Times are the median of --runs cold-ish starts, each in a fresh
process with empty settings: `annotator --version` (interpreter and CLI start), `annotator suggest` on
the sample article, and `annotator gui --screenshot` offscreen (the window up, suggestions shown, grabbed).
Uses only the sample article that ships in seeds/; no other data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO, SEED_TEXT, subprocess_env  # noqa: E402


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _time(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            runtime = Path(home) / "runtime"
            runtime.mkdir(mode=0o700)
            run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime),
                       **{f"XDG_{n}_HOME": str(Path(home) / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")}}
            start = time.perf_counter()
            subprocess.run([c.replace("{home}", home) for c in command], env=run_env, cwd=home, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "annotator")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    binary = args.bundle / "annotator"
    if not binary.is_file():
        print(f"{binary}: no bundle; build it with `make bundle`", file=sys.stderr)
        return 2
    source_env = subprocess_env()
    bundle_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    jobs = {"--version": ["--version"], "suggest": ["suggest", str(SEED_TEXT), "-o", "{home}/out"],
            "screenshot": ["gui", "--screenshot", "{home}/shot.png"]}
    print(f"bundle size: {_size(args.bundle) / 1e6:.0f} MB in {args.bundle}")
    print(f"{'median seconds':<16}{'source':>10}{'bundle':>10}")
    for name, rest in jobs.items():
        source = _time([sys.executable, "-m", "annotator", *rest], source_env, args.runs)
        frozen = _time([str(binary), *rest], bundle_env, args.runs)
        print(f"{name:<16}{source:>10.2f}{frozen:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
