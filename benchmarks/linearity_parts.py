"""Where the suggesters' time grows faster than the text: each part at 1x and 10x, with and without the GC.

    PYTHONPATH=. python benchmarks/linearity_parts.py [--chars 200000] [--runs 3]

``speed.py`` prints one "linearity, suggesters" ratio for the whole pipeline; this splits it.  Each
part (layout, entities, quotes on the entities, topics on the entities, and the three rules chained
as the rules suggester runs them) is timed on the BBC dev texts joined into one article of
``--chars`` characters and on that article repeated 10 times; about 10 is linear.

CPU time of this thread (``time.thread_time``), not wall time: on a shared machine the time other
processes take is then left out.  Each part runs once with the cyclic garbage collector on (as in
the app) and once with it off, and the full (generation 2) collections of the run are counted: a
ratio well above 10 with the GC on and about 10 with it off is the collector's cost, not the
suggester's (a full collection walks every live object, the article's suggestions and candidates
too, so its cost grows with the article).  Instruction counts (``compare_speed.py --callgrind``)
leave out both the collector's share and the cache misses of a larger working set.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_TEXT  # noqa: E402

sys.path.insert(0, str(REPO))


def _article(chars: int) -> str:
    from annotator.formats.text import read_txt

    paths = sorted((DATA / "bbc-dev").glob("*/*.txt")) or [SEED_TEXT]
    return "\n\n".join(read_txt(p).text for p in paths)[:chars]


def _full_collections() -> Callable[[], int]:
    """A counter of the generation-2 collections since it was made."""
    seen = [0]

    def note(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            seen[0] += 1

    gc.callbacks.append(note)
    return lambda: seen[0]


def _best(work: Callable[[], object], runs: int, collector: bool) -> tuple[float, int]:
    """Least CPU time of ``runs`` runs, and the full collections of that run."""
    best, full = float("inf"), 0
    count = _full_collections()
    try:
        for _ in range(runs):
            gc.collect()  # what an earlier run left is not this one's to collect
            if not collector:
                gc.disable()
            before = count()
            start = time.thread_time()
            work()
            seconds = time.thread_time() - start
            gc.enable()
            if seconds < best:
                best, full = seconds, count() - before
    finally:
        gc.callbacks.pop()
    return best, full


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=200_000, help="length of the 1x article (default 200,000)")
    parser.add_argument("--runs", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args(argv)
    from annotator.extract.entities import find_entities
    from annotator.extract.layout import suggest_layout
    from annotator.extract.quotes import find_quotes
    from annotator.extract.topics import find_topics

    one = _article(args.chars)
    ten = "\n\n".join([one] * 10)
    entities = {len(one): find_entities(one), len(ten): find_entities(ten)}  # warms the tables too

    def chained(text: str) -> None:
        found = find_entities(text)
        find_quotes(text, found)
        find_topics(text, found)

    parts: dict[str, Callable[[str], object]] = {
        "layout": lambda text: list(suggest_layout(text)),
        "entities": find_entities,
        "quotes": lambda text: find_quotes(text, entities[len(text)]),
        "topics": lambda text: find_topics(text, entities[len(text)]),
        "rules chained": chained,
    }
    print(f"1x: {len(one):,} chars, 10x: {len(ten):,} chars; CPU seconds, best of {args.runs}")
    for name, part in parts.items():
        cells = []
        for collector in (True, False):
            (a, full_a), (b, full_b) = (_best(lambda t=t: part(t), args.runs, collector) for t in (one, ten))
            cells.append(f"GC {'on ' if collector else 'off'} {a:.3f} -> {b:.3f} s ratio {b / a:4.1f}"
                         + (f" (full collections {full_a} -> {full_b})" if collector else ""))
        print(f"  {name:14s} " + ";  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
