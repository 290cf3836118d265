"""Learning from corrections, simulated: CoNLL-2003 train documents as reviewed gold, scored on dev.

For k = 25, 100, 400 the first k documents of ``conll2003-train`` go into a fresh workspace with
every entity accepted (what a reviewer would leave).  Each CoNLL dev document then gets the rule
suggestions, and again the rule suggestions plus ``corpus.learned`` suggestions; both are scored
with exact spans on PER / ORG / LOC (MISC ignored, as in eval_entities).  Prints the curve.

    python benchmarks/learning_curve.py [--k 25 100 400]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._paths import DATA  # noqa: E402
from benchmarks.eval_entities import CONLL_DEV, TO_CONLL, prf  # noqa: E402

CONLL_TRAIN = DATA / "conll2003-train" / "eng.train"


def _rules(docs):
    from annotator.extract.entities import find_entities
    from annotator.model import Entity

    out = []
    for doc in docs:
        found = [s for s in find_entities(doc.text) if s.label in TO_CONLL]
        out.append([Entity(id=f"r{i}", start=s.start, end=s.end, text=doc.text[s.start:s.end], label=TO_CONLL[s.label],
                           origin="rules") for i, s in enumerate(found)])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, nargs="+", default=[25, 100, 400])
    args = parser.parse_args()
    if not CONLL_TRAIN.exists() or not CONLL_DEV.exists():
        print(f"skipped: {CONLL_TRAIN} or {CONLL_DEV} is absent")
        return 0
    from annotator.corpus.learned import learned_suggestions
    from annotator.corpus.store import open_store
    from annotator.formats.conll import read_conll_many
    from annotator.model import AnnotationDocument

    train = read_conll_many(CONLL_TRAIN)
    dev = read_conll_many(CONLL_DEV)
    gold = {(n, e.start, e.end, e.label) for n, doc in enumerate(dev) for e in doc.entities if e.label != "MISC"}
    rules = _rules(dev)
    base = {(n, e.start, e.end, e.label) for n, found in enumerate(rules) for e in found}
    print(f"CoNLL-2003 dev, {len(dev)} documents, {len(gold)} PER/ORG/LOC entities; exact span + label")
    print(f"{'k':>5} {'P':>6} {'R':>6} {'F1':>6}   {'+learned P':>10} {'R':>6} {'F1':>6}  learned  strings  seconds")
    rules_only = prf(gold, base)
    for k in args.k:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(folder, create=True)
            reviewed = []
            for doc in train[:k]:
                doc.entities = [replace(e, status="accepted") for e in doc.entities]
                reviewed.append((doc, doc.id or "train"))
            ids = store.add_documents(reviewed)
            for doc_id in ids:
                store.set_status(doc_id, "reviewed")
            predicted = set(base)
            learned_count = 0
            for n, doc in enumerate(dev):
                target = AnnotationDocument(text=doc.text, entities=list(rules[n]))
                for entity in learned_suggestions(store, target):
                    if entity.label != "MISC":
                        predicted.add((n, entity.start, entity.end, entity.label))
                        learned_count += 1
            strings = len({t for t, *_ in store.decision_totals()})
            store.close()
        with_learned = prf(gold, predicted)
        print(f"{k:>5} {rules_only['precision']:6.3f} {rules_only['recall']:6.3f} {rules_only['f1']:6.3f}   "
              f"{with_learned['precision']:10.3f} {with_learned['recall']:6.3f} {with_learned['f1']:6.3f}  "
              f"{learned_count:7} {strings:8} {time.perf_counter() - started:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
