"""All quality figures of issue 3: entities, quotes, topics, metadata.

    PYTHONPATH=. python benchmarks/quality.py

Entities and quotes come from ``eval_entities.py`` (``evaluate_seed()``, ``evaluate_conll(path)``)
and ``eval_quotes.py`` (``evaluate_seed()``, ``evaluate_polnear(folder)``) beside this file;
topics from ``eval_topics.py`` and metadata from ``eval_metadata.py``.  A missing data set is
reported as skipped, never an error.

Every entity and quote figure is given on dev and on train (``conll2003-train``, ``polnear-train``):
a rule change whose dev gain does not hold on train is fitting.  The run ends with the table of
issue 12 (dev | train).  BBC has no train split here, so its topic figure is dev only.
``--quick`` leaves the train sets out.
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


def _run(title: str, call: Callable[[], Any]) -> Any:
    try:
        result = call()
    except FileNotFoundError as error:
        print(f"{title}: skipped ({error})")
        return None
    except Exception:  # one broken evaluation must not hide the others
        print(f"{title}: FAILED\n{traceback.format_exc(limit=3)}")
        return None
    if result is None:
        print(f"{title}: skipped (data absent)")
    else:
        print(f"{title}:\n{_format(result)}")
    return result


def _pick(result: Any, *keys: str) -> str:
    for key in keys:
        if not isinstance(result, dict) or key not in result:
            return "—"
        result = result[key]
    return f"{result:.3f}" if isinstance(result, float) else str(result)


def _table(conll: dict[str, Any], polnear: dict[str, Any], topics: Any) -> None:
    """The figures of issue 12's table, dev | train."""
    rows = [
        ("all quotes F1 @0.3 (PolNeAR)", lambda s: _pick(polnear[s], "all_quotes_f1@0.3")),
        ("speaker, same quotes (PolNeAR)", lambda s: _pick(polnear[s], "all_quotes_speaker_accuracy")),
        ("  speaker name, stricter (proxy)", lambda s: _pick(polnear[s], "resolved_name_accuracy_proxy")),
        ("CoNLL PER/ORG/LOC exact F1", lambda s: _pick(conll[s], "all", "f1")),
        ("  CoNLL ORG F1", lambda s: _pick(conll[s], "ORG", "f1")),
        ("PolNeAR direct recall", lambda s: _pick(polnear[s], "direct_recall@0.8")),
        ("PolNeAR direct speaker", lambda s: _pick(polnear[s], "direct_speaker_accuracy")),
        ("PolNeAR reported recall (any)", lambda s: _pick(polnear[s], "reported_recall_any_overlap")),
        ("BBC primary top-level topic", lambda s: _pick(topics, "accuracy") if s == "dev" else "(no split)"),
    ]
    print("\nissue 12 table                     dev      train")
    for title, value in rows:
        print(f"  {title:32} {value('dev'):8} {value('train')}")


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (sys.argv[1:] if argv is None else argv)
    # Each evaluation returns None when its data set is absent, which _run reports as skipped.
    _run("entities / seed gold", eval_entities.evaluate_seed)
    conll = {"dev": _run("entities / CoNLL-2003 dev (eng.testa)", eval_entities.evaluate_conll), "train": None}
    if not quick:
        conll["train"] = _run("entities / CoNLL-2003 train (eng.train)",
                              lambda: eval_entities.evaluate_conll(eval_entities.CONLL_TRAIN))
    _run("quotes / seed gold", eval_quotes.evaluate_seed)
    polnear = {"dev": _run("quotes / PolNeAR dev", eval_quotes.evaluate_polnear), "train": None}
    if not quick:
        polnear["train"] = _run("quotes / PolNeAR train",
                                lambda: eval_quotes.evaluate_polnear(eval_quotes.DATA / "polnear-train"))
    eval_topics.main()
    eval_metadata.main()
    _table(conll, polnear, eval_topics.evaluate_bbc())
    return 0


if __name__ == "__main__":
    sys.exit(main())
