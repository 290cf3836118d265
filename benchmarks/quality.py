"""All quality figures of issue 3: entities, quotes, topics, metadata.

    PYTHONPATH=. python benchmarks/quality.py

Entities and quotes come from ``eval_entities.py`` (``evaluate_seed()``, ``evaluate_conll(path)``)
and ``eval_quotes.py`` (``evaluate_seed()``, ``evaluate_polnear(folder)``) beside this file;
topics from ``eval_topics.py`` and metadata from ``eval_metadata.py``.  A missing evaluation
module or data set is reported as skipped, never an error.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import eval_metadata  # noqa: E402
import eval_topics  # noqa: E402
from eval_topics import shared_data  # noqa: E402


def _format(value: Any, indent: str = "    ") -> str:
    """A result dict as indented "key: value" lines (nested dicts one level deeper)."""
    if not isinstance(value, dict):
        return indent + _short(value)
    lines = []
    for key, item in value.items():
        if isinstance(item, dict):
            lines.append(f"{indent}{key}:\n{_format(item, indent + '  ')}")
        else:
            lines.append(f"{indent}{key}: {_short(item)}")
    return "\n".join(lines)


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 300 else text[:297] + "..."


def _run(title: str, call: Callable[[], Any]) -> None:
    try:
        result = call()
    except FileNotFoundError as error:
        print(f"{title}: skipped ({error})")
        return
    except Exception:  # one broken evaluation must not hide the others
        print(f"{title}: FAILED\n{traceback.format_exc(limit=3)}")
        return
    if result is None:
        print(f"{title}: skipped (data absent)")
    else:
        print(f"{title}:\n{_format(result)}")


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name == name:
            return None
        raise


def main() -> int:
    shared = shared_data()
    data = shared / "data" if shared else None

    entities = _module("eval_entities")
    if entities is None:
        print("entities: skipped (benchmarks/eval_entities.py not present)")
    else:
        _run("entities / seed gold", entities.evaluate_seed)
        conll = data / "conll2003-dev" / "eng.testa" if data else None
        if conll is not None and conll.is_file():
            _run("entities / CoNLL-2003 dev (eng.testa)", lambda: entities.evaluate_conll(conll))
        else:
            print("entities / CoNLL-2003 dev: skipped (../shared/data/conll2003-dev absent)")

    quotes = _module("eval_quotes")
    if quotes is None:
        print("quotes: skipped (benchmarks/eval_quotes.py not present)")
    else:
        _run("quotes / seed gold", quotes.evaluate_seed)
        polnear = data / "polnear-dev" if data else None
        if polnear is not None and polnear.is_dir():
            _run("quotes / PolNeAR dev", lambda: quotes.evaluate_polnear(polnear))
        else:
            print("quotes / PolNeAR dev: skipped (../shared/data/polnear-dev absent)")

    eval_topics.main()
    eval_metadata.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
