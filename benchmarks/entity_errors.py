"""The entity suggester's errors for one CoNLL-2003 label, grouped by what was suggested there.

    PYTHONPATH=$PWD python benchmarks/entity_errors.py ORG            # CoNLL dev, errors with context
    PYTHONPATH=$PWD python benchmarks/entity_errors.py PER --train --missed --most 40

A missed gold mention (FN) is grouped by the suggestion over it ("LOC=": the same span read as a
place, "ORG~": an organisation with other bounds, "none": nothing there); a wrong suggestion (FP)
by the gold mention under it.  For finding classes of error to fix with general rules, never for
copying names out of the gold file.  Skips cleanly when the data set is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_entities import CONLL_DEV, CONLL_TRAIN, TO_CONLL  # noqa: E402

_CONTEXT = 40  # characters shown either side of a mention


def _kind(overlaps: list[tuple[int, int, str]], start: int, end: int) -> str:
    if not overlaps:
        return "none"
    if len(overlaps) > 1:
        return "multi"
    o_start, o_end, label = overlaps[0]
    return label + ("=" if (o_start, o_end) == (start, end) else "~")


def _line(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _CONTEXT):start].replace("\n", " | ")
    after = text[end:end + _CONTEXT].replace("\n", " | ")
    return f"{before}[[{text[start:end]}]]{after}"


def errors(path: Path, label: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(missed, wrong): each a list of (group, line with the mention in [[...]])."""
    from annotator.extract.entities import find_entities
    from annotator.formats.conll import read_conll_many

    missed: list[tuple[str, str]] = []
    wrong: list[tuple[str, str]] = []
    for doc in read_conll_many(path):
        text = doc.text
        gold = {(e.start, e.end): e.label for e in doc.entities}
        found = {(s.start, s.end): TO_CONLL.get(s.label, s.label) for s in find_entities(text)}
        for spans, other, into in ((gold, found, missed), (found, gold, wrong)):
            for (start, end), got in spans.items():
                if got == label and other.get((start, end)) != label:
                    overlaps = [(s, e, l) for (s, e), l in other.items() if s < end and e > start]
                    into.append((_kind(overlaps, start, end), _line(text, start, end)))
    return missed, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("label", choices=["PER", "ORG", "LOC"])
    parser.add_argument("--train", action="store_true", help="conll2003-train instead of dev")
    parser.add_argument("--missed", action="store_true", help="only missed gold mentions")
    parser.add_argument("--wrong", action="store_true", help="only wrong suggestions")
    parser.add_argument("--most", type=int, default=0, help="at most this many lines of each (0: all)")
    args = parser.parse_args()
    path = CONLL_TRAIN if args.train else CONLL_DEV
    if not path.exists():
        print(f"skipped: {path} is absent")
        return 0
    missed, wrong = errors(path, args.label)
    for title, rows, shown in (("missed", missed, not args.wrong), ("wrong", wrong, not args.missed)):
        print(f"{title} {args.label}: {len(rows)}  " + ", ".join(f"{k} {n}" for k, n in Counter(k for k, _ in rows).most_common()))
        if shown:
            for kind, line in sorted(rows)[: args.most or None]:
                print(f"  {kind:8} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
