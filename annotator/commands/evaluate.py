"""``annotator eval``, ``annotator agree`` and ``annotator adjudicate``.

    annotator eval gold/ predictions/               an extractor against gold: P/R/F1 tables
    annotator eval reviewed.json                    an extractor judged from its review
    annotator agree alice.json bob.json carol.json  annotators on the same article(s)
    annotator agree attributions/ --text-dir text/ --annotator-suffix   PolNeAR-style <article>_<annotator>.ann
    annotator adjudicate alice.json bob.json -o gold.json              settle their differences in the window
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import defaultdict
from pathlib import Path

from ..cli import UsageError
from ..cli import _err as _report
from ..evaluation.matching import DEFAULT_QUOTE_THRESHOLD
from .interchange import read_all


def _load(paths, text_dir):
    from ..evaluation.loading import load

    return load(paths, read_all, text_dir)


def _threshold(value: str) -> float:
    number = float(value)
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError("the threshold is a share of the gold quote, above 0 and at most 1")
    return number


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _names(items) -> str:
    names = [Path(item.path).name for item in items]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


# -- eval -----------------------------------------------------------------------------------

def cmd_eval(args: argparse.Namespace) -> int:
    from ..evaluation.compare import evaluate, total
    from ..evaluation.loading import pair_up
    from ..evaluation.report import evaluation_table, review_table, worst_documents_table
    from ..evaluation.review import review_rows

    gold = _load([args.gold], args.text_dir)
    if args.pred is None:  # the file's own review: what people did with the suggestions
        rows = review_rows(item.doc for item in gold)
        if args.json:
            _print_json({"documents": len(gold), "review": [row.as_dict() for row in rows]})
        else:
            print(f"review of {len(gold)} document{'s' * (len(gold) != 1)}")
            print(review_table(rows))
        return 0
    pred = _load([args.pred], args.text_dir)
    pairs, no_pred, no_gold = pair_up(gold, pred)
    if not pairs:
        raise UsageError(f"no document of {args.pred} has the id or text of a document of {args.gold}")
    if no_pred:
        _report(f"{len(no_pred)} gold documents have no prediction and are left out: {_names(no_pred)}")
    if no_gold:
        _report(f"{len(no_gold)} predicted documents have no gold and are left out: {_names(no_gold)}")
    results = [evaluate(g.doc, p.doc, args.threshold) for g, p in pairs]
    summed = total(results)
    if args.json:
        data = {"threshold": args.threshold, **summed.as_dict()}
        if args.per_document:
            data["per_document"] = [{"name": r.name, **r.as_dict()} for r in results]
        _print_json(data)
        return 0
    print(evaluation_table(summed, args.threshold))
    if args.per_document:
        print(worst_documents_table(results, args.per_document))
    return 0


# -- agree ----------------------------------------------------------------------------------

def _groups(args: argparse.Namespace) -> tuple[list[str], list[list]]:
    """The annotators' names and documents: one group per argument, or split by name suffix."""
    if args.annotator_suffix:
        groups: dict[str, list] = defaultdict(list)
        for item in _load(args.annotations, args.text_dir):
            stem = Path(item.path).name.split(".")[0]
            if "_" not in stem:
                raise UsageError(f"{item.path}: no _<annotator> at the end of the name (--annotator-suffix)")
            groups[stem.rsplit("_", 1)[1]].append(item)
        names = sorted(groups)
        return names, [groups[name] for name in names]
    names, loaded = [], []
    for given in args.annotations:
        matches = sorted(glob.glob(given)) if any(ch in given for ch in "*?[") and not Path(given).exists() else [given]
        if not matches:
            raise UsageError(f"{given}: no file matches")
        names.append(Path(given).stem if len(matches) == 1 else given)
        loaded.append(_load(matches, args.text_dir))
    return names, loaded


def cmd_agree(args: argparse.Namespace) -> int:
    from ..evaluation.agreement import agreement
    from ..evaluation.loading import align
    from ..evaluation.report import agreement_table

    names, groups = _groups(args)
    if len(groups) < 2:
        raise UsageError("agreement needs at least two annotators (two or more inputs, or --annotator-suffix)")
    articles, left_out = align(groups)
    if not articles:
        raise UsageError("the annotators share no article (documents pair by id or by identical text)")
    if left_out:
        _report(f"{len(left_out)} documents not annotated by everyone are left out: {_names(left_out)}")
    report = agreement(names, [[item.doc for item in article] for article in articles], args.threshold)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(agreement_table(report, args.per_document))
    return 0


# -- adjudicate -----------------------------------------------------------------------------

def cmd_adjudicate(args: argparse.Namespace) -> int:
    from ..cli import _no_display
    from ..evaluation.loading import align

    if len(args.annotations) < 2:
        raise UsageError("adjudication needs two or more annotations of one article")
    groups = [_load([path], args.text_dir) for path in args.annotations]
    for path, group in zip(args.annotations, groups):
        if len(group) != 1:
            raise UsageError(f"{path}: holds {len(group)} documents; adjudicate one article at a time")
    articles, _left = align(groups)
    if not articles:
        raise UsageError("these annotations are not of the same article (their texts differ)")
    output = Path(args.output)
    if output.suffix.lower() not in (".json", ".xml"):
        raise UsageError(f"{output}: the result is a native .json or .xml file")
    if _no_display():
        raise UsageError("no display to open the adjudication window on (DISPLAY is not set)")
    try:
        from ..gui.adjudication import run_adjudication
    except ImportError as error:
        raise UsageError(f"the window needs PySide6 ({error})") from error
    return run_adjudication([(Path(item.path).stem, item.doc) for item in articles[0]], output)


def add_parsers(sub) -> None:
    evaluate = sub.add_parser("eval", help="score annotations against gold (or an extractor from its review)")
    evaluate.add_argument("gold", metavar="GOLD", help="gold file or folder (alone: a reviewed file's own figures)")
    evaluate.add_argument("pred", metavar="PRED", nargs="?", help="predicted file or folder")
    evaluate.add_argument("--threshold", type=_threshold, default=DEFAULT_QUOTE_THRESHOLD,
                          help="share of a gold quote a predicted one must cover (default %(default)s)")
    evaluate.add_argument("--per-document", type=int, nargs="?", const=10, default=0, metavar="N",
                          help="also list the N worst documents (default 10)")
    evaluate.add_argument("--text-dir", metavar="FOLDER", help="where texts of brat .ann files and gold files are")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.set_defaults(func=cmd_eval)

    agree = sub.add_parser("agree", help="agreement between annotators of the same articles")
    agree.add_argument("annotations", nargs="+", metavar="A",
                       help="one file, folder or quoted glob per annotator")
    agree.add_argument("--annotator-suffix", action="store_true",
                       help="the inputs hold every annotator's files, named <article>_<annotator>.<ext>")
    agree.add_argument("--text-dir", metavar="FOLDER", help="where the texts of brat .ann files are")
    agree.add_argument("--threshold", type=_threshold, default=DEFAULT_QUOTE_THRESHOLD,
                       help="quote overlap threshold (default %(default)s)")
    agree.add_argument("--per-document", action="store_true", help="also list every article, least agreed first")
    agree.add_argument("--json", action="store_true", help="print JSON instead of a table")
    agree.set_defaults(func=cmd_agree)

    adjudicate = sub.add_parser("adjudicate", help="settle the differences of two or more annotations in a window")
    adjudicate.add_argument("annotations", nargs="+", metavar="A")
    adjudicate.add_argument("-o", "--output", required=True, metavar="OUT", help="the adjudicated gold (.json or .xml)")
    adjudicate.add_argument("--text-dir", metavar="FOLDER", help="where the texts of brat .ann files are")
    adjudicate.set_defaults(func=cmd_adjudicate)
