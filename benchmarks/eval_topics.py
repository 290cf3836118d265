"""Topic quality: the seed's primary topic and BBC dev primary top-level accuracy.

    PYTHONPATH=. python benchmarks/eval_topics.py

Skips a data set that is absent.  Nothing here tunes anything: it only measures.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.extract.entities import find_entities  # noqa: E402
from annotator.extract.topics import find_topics  # noqa: E402
from annotator.formats.text import read_txt  # noqa: E402


def shared_data() -> Path | None:
    """``../shared`` beside the clone (a git worktree may sit one folder deeper)."""
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared"
    return None


def _text(path: Path) -> str:
    return read_txt(path).text


def topics_of(text: str):
    return find_topics(text, find_entities(text))


def evaluate_seed() -> dict | None:
    shared = shared_data()
    seed = ROOT / "seeds" / "canada-defense-partnership.txt"
    gold_path = shared / "gold" / "canada-defense-partnership.gold.json" if shared else None
    if not seed.is_file() or gold_path is None or not gold_path.is_file():
        return None
    gold = json.loads(gold_path.read_text("utf-8"))["topics"]
    found = topics_of(_text(seed))
    primary = next((t.code for t in found if t.primary), None)
    gold_primary = next(t["code"] for t in gold if t.get("primary"))
    gold_codes = {t["code"] for t in gold}
    found_codes = {t.code for t in found}
    return {"primary": primary, "gold_primary": gold_primary, "primary_right": primary == gold_primary,
            "gold_found": len(gold_codes & found_codes), "gold_total": len(gold_codes),
            "suggested": [(t.code, t.label, t.score, t.primary) for t in found]}


def evaluate_bbc(folder: Path | None = None) -> dict | None:
    shared = shared_data()
    folder = folder or (shared / "data" / "bbc-dev" if shared else None)
    if folder is None or not (folder / "labels.tsv").is_file():
        return None
    confusion: Counter = Counter()
    right = total = 0
    for line in (folder / "labels.tsv").read_text("utf-8").splitlines()[1:]:
        name, category, code = line.split("\t")
        found = topics_of(_text(folder / name))
        primary = next((t.code for t in found if t.primary), "none")
        total += 1
        right += primary == code
        confusion[(category, primary)] += 1
    return {"articles": total, "right": right, "accuracy": right / total if total else 0.0, "confusion": confusion}


def main() -> int:
    seed = evaluate_seed()
    if seed is None:
        print("topics / seed: skipped (seed or gold absent)")
    else:
        print(f"topics / seed: primary {seed['primary']} (gold {seed['gold_primary']}): "
              f"{'right' if seed['primary_right'] else 'WRONG'}; gold topics found {seed['gold_found']}/{seed['gold_total']}")
        for code, label, score, primary in seed["suggested"]:
            print(f"    {code} {label!r} {score}{' primary' if primary else ''}")
    bbc = evaluate_bbc()
    if bbc is None:
        print("topics / BBC dev: skipped (../shared/data/bbc-dev absent)")
        return 0
    print(f"topics / BBC dev: primary top-level right {bbc['right']}/{bbc['articles']} = {bbc['accuracy']:.3f}")
    labels = {t.code: t.label for t in __import__("annotator.extract.iptc", fromlist=["x"]).load_vocabulary().top_level()}
    for (category, primary), n in sorted(bbc["confusion"].items(), key=lambda item: (item[0][0], -item[1])):
        print(f"    {category:14s} -> {labels.get(primary, primary):40s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
