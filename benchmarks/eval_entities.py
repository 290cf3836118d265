"""Entity suggester quality and speed: seed gold, CoNLL-2003 dev, and throughput on BBC dev.

    PYTHONPATH=$PWD python benchmarks/eval_entities.py

Data sets under ``../shared/`` (beside the repository) that are absent are skipped.
``benchmarks/quality.py`` imports :func:`evaluate_seed` and :func:`evaluate_conll`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_GOLD, SEED_TEXT, subprocess_env  # noqa: E402

sys.path.insert(0, str(REPO))  # this checkout's annotator, not whichever one is installed

CONLL_DEV = DATA / "conll2003-dev" / "eng.testa"
CONLL_TRAIN = DATA / "conll2003-train" / "eng.train"
BBC_DEV = DATA / "bbc-dev"
# Our OntoNotes labels as CoNLL-2003 labels; anything else (NORP, DATE, ...) is left out.
TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Span = tuple[int, int, str]


def prf(gold: set, predicted: set) -> dict[str, float]:
    tp = len(gold & predicted)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": len(gold), "predicted": len(predicted)}


def scores_by_label(gold: set[Span], predicted: set[Span]) -> dict[str, dict[str, float]]:
    labels = sorted({s[2] for s in gold | predicted})
    result = {"all": prf(gold, predicted)}
    for label in labels:
        result[label] = prf({s for s in gold if s[2] == label}, {s for s in predicted if s[2] == label})
    return result


def evaluate_seed(text_path: Path = SEED_TEXT, gold_path: Path = SEED_GOLD) -> dict | None:
    """Exact span + label scores on the seed article; None when the gold file is absent."""
    from annotator.extract.entities import find_entities

    if not gold_path.exists() or not text_path.exists():
        return None
    gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8").replace("\r\n", "\n")
    gold = {(e["start"], e["end"], e["label"]) for e in gold_doc["entities"]}
    predicted = {(s.start, s.end, s.label) for s in find_entities(text)}
    return scores_by_label(gold, predicted)


def evaluate_conll(path: Path = CONLL_DEV) -> dict | None:
    """Exact-span scores on CoNLL-2003 (PER, ORG, LOC; MISC ignored); None when the file is absent."""
    from annotator.extract.entities import find_entities
    from annotator.formats.conll import read_conll_many

    path = Path(path)
    if not path.exists():
        return None
    gold: set[tuple[int, int, int, str]] = set()
    predicted: set[tuple[int, int, int, str]] = set()
    for n, doc in enumerate(read_conll_many(path)):
        text = doc.text
        gold.update((n, e.start, e.end, e.label) for e in doc.entities if e.label != "MISC")
        predicted.update((n, s.start, s.end, TO_CONLL[s.label]) for s in find_entities(text) if s.label in TO_CONLL)
    result = {"all": prf(gold, predicted)}
    for label in ("PER", "ORG", "LOC"):
        result[label] = prf({g for g in gold if g[3] == label}, {p for p in predicted if p[3] == label})
    return result


def measure_speed(folder: Path = BBC_DEV, rounds: int = 3) -> dict | None:
    """Characters per second of find_entities over the BBC dev articles (best of ``rounds``)."""
    from annotator.extract.entities import find_entities
    from annotator.formats.text import read_txt

    files = sorted(folder.glob("*/*.txt"))
    if not files:
        return None
    texts = [read_txt(f).text for f in files]
    chars = sum(map(len, texts))
    find_entities(texts[0])  # loading is measured separately
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        for text in texts:
            find_entities(text)
        best = min(best, time.perf_counter() - began)
    big = "\n".join(texts)[:1_000_000]
    began = time.perf_counter()
    find_entities(big)
    big_seconds = time.perf_counter() - began
    return {"files": len(files), "chars": chars, "seconds": best, "chars_per_second": chars / best,
            "one_mb_seconds": big_seconds, "one_mb_chars_per_second": len(big) / big_seconds}


def measure_load() -> dict:
    """Import and first-call time, and resident memory, in a fresh interpreter."""
    code = ("import time, resource; t0 = time.perf_counter(); import annotator.extract.base; "
            "t1 = time.perf_counter(); from annotator.extract.entities import find_entities; find_entities('Ottawa'); "
            "t2 = time.perf_counter(); print(t2 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         env=subprocess_env(), check=True).stdout.split()
    return {"load_seconds": float(out[0]), "entities_seconds": float(out[1]), "max_rss_mb": int(out[2]) / 1024}


def _print_table(title: str, result: dict | None) -> None:
    if result is None:
        print(f"{title}: skipped (data absent)")
        return
    print(title)
    for label, s in result.items():
        print(f"  {label:12} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
              f"  (gold {s['gold']}, predicted {s['predicted']})")


def main() -> None:
    _print_table("seed gold, exact span + label", evaluate_seed())
    _print_table("CoNLL-2003 dev (eng.testa), exact span, PER/ORG/LOC", evaluate_conll())
    load = measure_load()
    print(f"load: {load['load_seconds']:.3f} s in all, {load['entities_seconds']:.3f} s of it after "
          f"annotator.extract.base (regexes, gazetteers); max RSS {load['max_rss_mb']:.0f} MB (fresh interpreter)")
    speed = measure_speed()
    if speed is None:
        print("speed: skipped (BBC dev absent)")
    else:
        print(f"speed: {speed['chars_per_second']:,.0f} chars/s over {speed['files']} BBC dev files "
              f"({speed['chars']:,} chars, {speed['seconds']:.3f} s); 1 MB text: "
              f"{speed['one_mb_chars_per_second']:,.0f} chars/s")


if __name__ == "__main__":
    main()
