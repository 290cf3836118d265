"""Topic quality: the seed's primary topic and BBC dev primary top-level accuracy.

    PYTHONPATH=. python benchmarks/eval_topics.py

Skips a data set that is absent.  Nothing here tunes anything: it only measures.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_GOLD, SEED_TEXT  # noqa: E402

sys.path.insert(0, str(REPO))

from annotator.extract.entities import find_entities  # noqa: E402
from annotator.extract.iptc import load_vocabulary  # noqa: E402
from annotator.extract.topics import find_topics  # noqa: E402
from annotator.formats.text import read_txt  # noqa: E402


def topics_of(text: str):
    return find_topics(text, find_entities(text))


def evaluate_seed() -> dict | None:
    if not SEED_TEXT.is_file() or not SEED_GOLD.is_file():
        return None
    gold = json.loads(SEED_GOLD.read_text("utf-8"))["topics"]
    found = topics_of(read_txt(SEED_TEXT).text)
    primary = next((t.code for t in found if t.primary), None)
    gold_primary = next(t["code"] for t in gold if t.get("primary"))
    gold_codes = {t["code"] for t in gold}
    found_codes = {t.code for t in found}
    return {"primary": primary, "gold_primary": gold_primary, "primary_right": primary == gold_primary,
            "gold_found": len(gold_codes & found_codes), "gold_total": len(gold_codes),
            "suggested": [(t.code, t.label, t.score, t.primary) for t in found]}


def evaluate_bbc(folder: Path | None = None) -> dict | None:
    folder = folder or DATA / "bbc-dev"
    if not (folder / "labels.tsv").is_file():
        return None
    confusion: Counter = Counter()
    right = total = 0
    for line in (folder / "labels.tsv").read_text("utf-8").splitlines()[1:]:
        name, category, code = line.split("\t")
        found = topics_of(read_txt(folder / name).text)
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
    labels = {t.code: t.label for t in load_vocabulary().top_level()}
    for (category, primary), n in sorted(bbc["confusion"].items(), key=lambda item: (item[0][0], -item[1])):
        print(f"    {category:14s} -> {labels.get(primary, primary):40s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
