"""All quality figures of issue 3: entities, quotes, topics, metadata.

    PYTHONPATH=. python benchmarks/quality.py

Entities and quotes come from ``eval_entities.py`` (``evaluate_seed()``, ``evaluate_conll(path)``)
and ``eval_quotes.py`` (``evaluate_seed()``, ``evaluate_polnear(folder)``) beside this file;
topics from ``eval_topics.py`` and metadata from ``eval_metadata.py``.  A missing data set is
reported as skipped, never an error.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import eval_entities  # noqa: E402
import eval_metadata  # noqa: E402
import eval_quotes  # noqa: E402
import eval_topics  # noqa: E402


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


def main() -> int:
    # Each evaluation returns None when its data set is absent, which _run reports as skipped.
    _run("entities / seed gold", eval_entities.evaluate_seed)
    _run("entities / CoNLL-2003 dev (eng.testa)", eval_entities.evaluate_conll)
    _run("quotes / seed gold", eval_quotes.evaluate_seed)
    _run("quotes / PolNeAR dev", eval_quotes.evaluate_polnear)
    eval_topics.main()
    eval_metadata.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
