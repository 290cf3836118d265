"""List the quote suggester's errors on a PolNeAR folder, to look at (not a score: eval_quotes.py scores).

    PYTHONPATH=$PWD python benchmarks/quote_errors.py [--set polnear-dev] [--kind missed|false|speaker|all]
                                                      [--cue WORD] [--limit N] [--summary]

Each gold Content and each predicted quote is matched as in ``eval_quotes.evaluate_polnear``'s
all-quotes figures (overlap >= 0.3).  ``missed`` prints gold Contents no prediction overlaps that
much (with the gold cue and source, and the best prediction when one touches); ``false`` prints
predictions overlapping no gold Content; ``speaker`` prints found quotes whose speaker is wrong.
``--summary`` counts misses by the gold cue's words and false positives by their cue, largest
first: where a rule would gain most.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA  # noqa: E402
from eval_quotes import (GoldAttribution, _joined, _speaker_right, direct_parts, load_gold,  # noqa: E402
                         overlap)

from annotator.extract.entities import find_entities  # noqa: E402
from annotator.extract.quotes import find_quotes  # noqa: E402


def _clip(text: str, start: int, end: int, width: int = 300) -> str:
    snippet = text[start:end]
    if len(snippet) > width:
        snippet = snippet[:width // 2] + " … " + snippet[-width // 2:]
    return snippet.replace("\n", "⏎")


def _spans_text(text: str, spans) -> str:
    return " … ".join(text[s:e] for s, e in spans) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="polnear-dev", help="folder under the shared data (polnear-dev, polnear-train)")
    parser.add_argument("--kind", default="all", choices=("missed", "false", "speaker", "all"))
    parser.add_argument("--cue", help="only gold contents whose cue contains this word (or predictions whose cue does)")
    parser.add_argument("--reported", action="store_true", help="only gold contents that are not direct quotes")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args(argv)
    golds = load_gold(DATA / args.set)[0]
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    shown = 0
    for stem, (text, gold) in golds.items():
        quotes = find_quotes(text, find_entities(text))
        contents = [_joined(g.content)[0] for g in gold]
        for g, content in zip(gold, contents):
            if args.reported and direct_parts(text, g.content):
                continue
            cue = _spans_text(text, g.cues).lower()
            if args.cue and args.cue.lower() not in cue:
                continue
            best = max(quotes, key=lambda q: overlap((q.start, q.end), content), default=None)
            score = overlap((best.start, best.end), content) if best else 0.0
            if score < 0.3:
                missed[cue] += 1
                if args.kind in ("missed", "all") and not args.summary and shown < args.limit:
                    shown += 1
                    _print_gold(stem, text, g, content, "MISSED", best if score > 0 else None)
            elif g.sources and not _speaker_right(text, best, g) and args.kind in ("speaker", "all"):
                if not args.summary and shown < args.limit:
                    shown += 1
                    _print_gold(stem, text, g, content, "SPEAKER", best)
        for q in quotes:
            if any(overlap((q.start, q.end), c) >= 0.3 for c in contents):
                continue
            cue = text[q.cue_start:q.cue_end].lower() if q.cue_start is not None else "-"
            if args.cue and args.cue.lower() not in cue:
                continue
            false[f"{q.kind} {cue}"] += 1
            if args.kind in ("false", "all") and not args.summary and shown < args.limit:
                shown += 1
                print(f"FALSE {stem} [{q.kind}] cue={cue!r} speaker={_speaker(text, q)}")
                print(f"    {_clip(text, q.start, q.end)}")
                print(f"    context: {_clip(text, max(0, q.start - 120), min(len(text), q.end + 80), 500)}\n")
    if args.summary:
        print(f"missed gold contents: {sum(missed.values())}")
        for cue, n in missed.most_common(args.limit):
            print(f"  {n:5}  {cue}")
        print(f"false predictions: {sum(false.values())}")
        for cue, n in false.most_common(args.limit):
            print(f"  {n:5}  {cue}")
    return 0


def _speaker(text: str, quote) -> str:
    s = quote.speaker
    if s is None:
        return "-"
    return f"{text[s.start:s.end]!r}->{s.name!r}" if s.start is not None else repr(s.name)


def _print_gold(stem: str, text: str, g: GoldAttribution, content: tuple[int, int], what: str, best) -> None:
    print(f"{what} {stem} cue={_spans_text(text, g.cues)!r} source={_spans_text(text, g.sources)!r}")
    print(f"    gold: {_clip(text, *content)}")
    if best is not None:
        print(f"    pred: [{best.kind}] {_clip(text, best.start, best.end)} speaker={_speaker(text, best)}")
    lo = min([content[0]] + [s for s, _ in g.cues + g.sources])
    hi = max([content[1]] + [e for _, e in g.cues + g.sources])
    print(f"    context: {_clip(text, max(0, lo - 80), min(len(text), hi + 40), 600)}\n")


if __name__ == "__main__":
    raise SystemExit(main())
