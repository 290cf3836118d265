#!/usr/bin/env python3
"""Build (or reuse) the virtual environments of the real consumer tools the export checks load.

    python scripts/consumer_envs.py                 every consumer: labelstudio, doccano, seqeval
    python scripts/consumer_envs.py doccano         just one
    python scripts/consumer_envs.py --path doccano  print where its environment is (built or not)

Each consumer gets its own environment (their pins clash with ours and with each other: Label
Studio wants Django 5, doccano Django 4), built from ``tests/consumers/requirements/NAME.txt``
under ``$ARTICLE_ANNOTATOR_CONSUMERS`` (default ``~/.cache/article-annotator/consumers``) in a
folder named by a hash of that file and the Python version, so a changed pin builds afresh and an
unchanged one is reused between runs.  A build that did not finish leaves no ``.complete`` stamp
and is redone.  Prints one line per consumer with the seconds it took (cold build or warm reuse).
Standard library only, so ``.ci/run`` can call it with any Python 3.11.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "tests" / "consumers" / "requirements"
STAMP = ".complete"


def consumers() -> list[str]:
    return sorted(path.stem for path in REQUIREMENTS.glob("*.txt"))


def cache_root() -> Path:
    return Path(os.environ.get("ARTICLE_ANNOTATOR_CONSUMERS") or Path.home() / ".cache" / "article-annotator" / "consumers")


def env_path(name: str) -> Path:
    """Where ``name``'s environment lives: keyed by its requirements and this Python's version."""
    requirements = (REQUIREMENTS / f"{name}.txt").read_bytes()
    key = hashlib.sha256(requirements + sys.version.split()[0].encode()).hexdigest()[:12]
    return cache_root() / f"{name}-{key}"


def env_python(name: str) -> Path | None:
    """The built environment's interpreter, or None when it is not (completely) built."""
    path = env_path(name)
    return path / "bin" / "python" if (path / STAMP).exists() else None


def build(name: str) -> tuple[Path, float, bool]:
    """(environment, seconds, whether it was built now) for consumer ``name``."""
    began = time.monotonic()
    path = env_path(name)
    if (path / STAMP).exists():
        return path, time.monotonic() - began, False
    shutil.rmtree(path, ignore_errors=True)  # a build that was interrupted
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    pip = [str(path / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    subprocess.run(pip + ["-r", str(REQUIREMENTS / f"{name}.txt")], check=True)
    frozen = subprocess.run([str(path / "bin" / "python"), "-m", "pip", "freeze"], check=True,
                            capture_output=True, text=True).stdout
    (path / STAMP).write_text(frozen)  # what was installed, for a report when a consumer changes
    return path, time.monotonic() - began, True


def main(argv: list[str]) -> int:
    show_path = "--path" in argv
    names = [a for a in argv if not a.startswith("--")] or consumers()
    unknown = [n for n in names if n not in consumers()]
    if unknown:
        print(f"consumer_envs: unknown consumer {unknown[0]!r}; known: {', '.join(consumers())}", file=sys.stderr)
        return 2
    for name in names:
        if show_path:
            print(env_path(name))
            continue
        try:
            path, seconds, built = build(name)
        except subprocess.CalledProcessError as error:
            print(f"consumer_envs: building {name} failed ({error})", file=sys.stderr)
            return 1
        print(f"{name}: {'built' if built else 'reused'} in {seconds:.1f} s: {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
