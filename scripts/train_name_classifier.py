"""Train the lone-name classifier (annotator/extract/entities_classifier.py) on CoNLL-2003 train only.

    python scripts/train_name_classifier.py [path/to/eng.train]

The examples are the names the rules leave undecided: the recognizer runs with the classifier
switched off, and every lone name that reaches its last resort (no gazetteer, no context rule)
is an example, labelled by the gold span it matches exactly (PER, ORG, LOC; anything else NONE).
A multinomial logistic regression (plain stochastic gradient descent with L2) is fitted to their
features; features seen fewer than MIN_COUNT times are dropped.  The weights go to
annotator/resources/gazetteers/name_classifier.json.  CoNLL-2003 dev is never read here.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.extract import entities_document  # noqa: E402
from annotator.extract.entities import find_entities  # noqa: E402
from annotator.extract.entities_classifier import LABELS, features  # noqa: E402
from annotator.formats.conll import read_conll_many  # noqa: E402

OUT = REPO / "annotator" / "resources" / "gazetteers" / "name_classifier.json"
DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "conll2003-train" / "eng.train"
TO_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
MIN_COUNT = 3
EPOCHS = 8
RATE = 0.1
L2 = 1e-4
THRESHOLD = 0.6  # set before training, not searched on any evaluation set
SEED = 1996


def examples(path: Path) -> list[tuple[list[str], int]]:
    """(features, class index) for every undecided lone name in the file."""
    seen: list[tuple[int, int, list[str]]] = []

    def record(text: str, start: int, end: int, prose: bool, initial: bool) -> list[str]:
        found = features(text, start, end, prose, initial)
        seen.append((start, end, found))
        return found

    entities_document.features, entities_document.classify = record, lambda _features: None  # off while reading
    result: list[tuple[list[str], int]] = []
    for doc in read_conll_many(path):
        seen.clear()
        find_entities(doc.text)
        gold = {(e.start, e.end): TO_LABEL.get(e.label, "NONE") for e in doc.entities}
        for start, end, found in seen:
            result.append((found, LABELS.index(gold.get((start, end), "NONE"))))
    return result


def train(data: list[tuple[list[str], int]]) -> tuple[dict[str, list[float]], list[float]]:
    counts = Counter(f for found, _ in data for f in set(found))
    kept = {f for f, n in counts.items() if n >= MIN_COUNT}
    data = [([f for f in found if f in kept], y) for found, y in data]
    k = len(LABELS)
    weights: dict[str, list[float]] = {f: [0.0] * k for f in kept}
    bias = [0.0] * k
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(data)
        rate = RATE / (1 + epoch)
        for found, y in data:
            scores = list(bias)
            for f in found:
                for j, w in enumerate(weights[f]):
                    scores[j] += w
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for j in range(k):
                gradient = exps[j] / total - (1.0 if j == y else 0.0)
                bias[j] -= rate * gradient
                for f in found:
                    row = weights[f]
                    row[j] -= rate * (gradient + L2 * row[j])
    return weights, bias


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TRAIN
    data = examples(path)
    print(f"{len(data)} examples: " + ", ".join(f"{LABELS[y]} {n}" for y, n in sorted(Counter(y for _, y in data).items())))
    weights, bias = train(data)
    rounded = {f: [round(w, 3) for w in row] for f, row in sorted(weights.items()) if any(abs(w) >= 0.01 for w in row)}
    OUT.write_text(json.dumps({"source": "CoNLL-2003 train (scripts/train_name_classifier.py)", "labels": list(LABELS),
                               "threshold": THRESHOLD, "bias": [round(b, 3) for b in bias], "weights": rounded},
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(rounded)} features, {OUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
