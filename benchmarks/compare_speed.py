"""Speed of two checkouts side by side: the suggest pipeline's chars/s, load time and instruction count.

    python benchmarks/compare_speed.py --base ../main [--rounds 7] [--callgrind N] [--lengths]

Each round runs a fresh interpreter per checkout, in alternating order (base, this, this, base, ...),
so the noise of a shared machine falls on both alike; it prints the median of the rounds.  A child:

* load: imports ``annotator.extract`` and runs the default suggesters once on a short text
  (what ``benchmarks/speed.py`` calls load);
* throughput: a first pass of the default suggesters over the BBC dev articles (the seed article
  when ``../shared/data`` is absent; texts it has not seen, as in a batch), then the best of three
  more passes (what ``benchmarks/speed.py`` reports), pinned to one core.

``--callgrind N`` also counts the instructions of the pipeline on the first N BBC articles under
``valgrind --tool=callgrind`` (repeatable where timings are not): the count of a run with the pipeline
minus one without it, so start-up and loading are left out.  ``--lengths`` times one article made of
the BBC texts at 1x, 4x and 16x its length, per checkout (and a shorter one with its line breaks made
spaces, where work per line shows): linear work gives ratios of about 4 and 16.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_TEXT  # noqa: E402

CHILD = r"""
import os, sys, time
start = time.perf_counter()
from annotator.extract import default_suggesters, run_suggester
chosen = default_suggesters()
for suggester in chosen:
    run_suggester(suggester, "Politics\nA title here\n\nLONDON (AP) - The minister said the vote was close.")
load = time.perf_counter() - start
from annotator.formats.text import read_txt
paths = [line for line in sys.argv[2].split("\n") if line]
texts = [read_txt(p).text for p in paths]
mode = sys.argv[1]
if mode.startswith("length:"):
    base = "\n\n".join(texts)[:int(mode.split(":")[1])]
    if mode.endswith(":one-line"):  # a text with no line breaks (pasted, or read from a page as one line)
        base = base.replace("\n", " ")
    texts = ["\n\n".join([base] * int(k)) for k in sys.argv[3].split(",")]
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
def one_pass(items):
    for text in items:
        for suggester in chosen:
            run_suggester(suggester, text)
if mode == "callgrind-base":
    pass  # everything but the pipeline: what the measured run's count is reduced by
elif mode == "callgrind":
    one_pass(texts)
elif mode.startswith("length:"):
    times = []
    for text in texts:
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter(); one_pass([text]); best = min(best, time.perf_counter() - t)
        times.append(best)
    print("lengths", *(f"{len(t)}:{s:.6f}" for t, s in zip(texts, times)))
else:
    t = time.perf_counter(); one_pass(texts); cold = time.perf_counter() - t  # the first pass: texts never seen
    print("cold", sum(map(len, texts)) / cold)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter(); one_pass(texts); best = min(best, time.perf_counter() - t)
    print("throughput", sum(map(len, texts)) / best)
print("load", load)
"""


def _paths() -> list[Path]:
    paths = sorted((DATA / "bbc-dev").glob("*/*.txt"))
    return paths or [SEED_TEXT]


def _child(repo: Path, args: list[str], prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(repo)}
    if prefix:  # counting instructions: the same string hashes in every run, so the same set orders
        env["PYTHONHASHSEED"] = "0"
    done = subprocess.run([*(prefix or []), sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          env=env, cwd=repo)
    if done.returncode != 0:
        raise SystemExit(f"{repo}: child failed: {done.stderr.strip()[-500:]}")
    return done


def _value(output: str, key: str) -> str:
    return next(line.split(None, 1)[1] for line in output.splitlines() if line.startswith(key + " "))


def measure_rounds(checkouts: dict[str, Path], rounds: int, paths: list[Path]) -> None:
    listing = "\n".join(map(str, paths))
    speed: dict[str, list[float]] = {name: [] for name in checkouts}
    load: dict[str, list[float]] = {name: [] for name in checkouts}
    first: dict[str, list[float]] = {name: [] for name in checkouts}
    names = list(checkouts)
    for n in range(rounds):
        order = names if n % 2 == 0 else names[::-1]  # alternate who goes first
        for name in order:
            out = _child(checkouts[name], ["throughput", listing]).stdout
            speed[name].append(float(_value(out, "throughput")))
            first[name].append(float(_value(out, "cold")))
            load[name].append(float(_value(out, "load")))
    chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in paths)
    print(f"throughput: {len(paths)} articles (~{chars:,} chars), one core; median of {rounds} rounds, alternating; "
          f"first pass (texts never seen) and best of 3 passes after it")
    for name in names:
        print(f"  {name:6s} first pass {statistics.median(first[name]):>10,.0f} chars/s   best {statistics.median(speed[name]):>10,.0f}"
              f" chars/s (min {min(speed[name]):,.0f}, max {max(speed[name]):,.0f})   load {statistics.median(load[name]):.3f} s")
    base, mine = names
    print(f"  speed-up: first pass {statistics.median(first[mine]) / statistics.median(first[base]):.3f}x, "
          f"best {statistics.median(speed[mine]) / statistics.median(speed[base]):.3f}x, "
          f"load {statistics.median(load[mine]) / statistics.median(load[base]):.3f}x the base's time")


def measure_callgrind(checkouts: dict[str, Path], articles: int, paths: list[Path]) -> None:
    listing = "\n".join(map(str, paths[:articles]))
    counts: dict[str, int] = {}
    for name, repo in checkouts.items():
        totals = []
        for mode in ("callgrind-base", "callgrind"):
            with tempfile.TemporaryDirectory() as folder:
                out = Path(folder) / "callgrind.out"
                done = _child(repo, [mode, listing], ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"])
                summary = re.search(r"Collected : (\d+)", done.stderr)
                totals.append(int(summary.group(1)) if summary else int(
                    re.search(r"^summary: (\d+)", out.read_text(), re.M).group(1)))
        counts[name] = totals[1] - totals[0]
    print(f"callgrind: instructions of the pipeline on the first {articles} BBC dev articles "
          f"(run with it minus run without it)")
    for name, count in counts.items():
        print(f"  {name:6s} {count:>16,d}")
    base, mine = counts
    print(f"  ratio {counts[mine] / counts[base]:.3f} ({100 * (1 - counts[mine] / counts[base]):.1f} % fewer)")


def measure_lengths(checkouts: dict[str, Path], paths: list[Path], chars: int = 100_000, one_line: bool = False) -> None:
    listing = "\n".join(map(str, paths))
    shape = ", all on one line" if one_line else ""
    print(f"linearity: one article of the BBC texts ({chars:,} chars{shape}) repeated 1x, 4x, 16x; best of 3")
    for name, repo in checkouts.items():
        out = _child(repo, [f"length:{chars}" + (":one-line" if one_line else ""), listing, "1,4,16"]).stdout
        sizes, seconds = zip(*((int(a), float(b)) for a, b in (item.split(":") for item in _value(out, "lengths").split())))
        ratios = ", ".join(f"{s / seconds[0]:.1f}" for s in seconds[1:])
        print(f"  {name:6s} " + "  ".join(f"{size:,} chars {sec:.3f} s ({size / sec:,.0f}/s)" for size, sec in
                                          zip(sizes, seconds)) + f"; ratios {ratios} (linear: 4, 16)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="the checkout to compare with (e.g. ../main)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds of alternating children (default 7)")
    parser.add_argument("--callgrind", type=int, default=0, metavar="N",
                        help="count instructions on the first N BBC articles (needs valgrind)")
    parser.add_argument("--lengths", action="store_true", help="time 1x, 4x and 16x article lengths")
    args = parser.parse_args(argv)
    checkouts = {"base": args.base.resolve(), "this": REPO}
    print(f"base {checkouts['base']}  vs  this {checkouts['this']}")
    paths = _paths()
    if args.rounds:
        measure_rounds(checkouts, args.rounds, paths)
    if args.callgrind:
        measure_callgrind(checkouts, args.callgrind, paths)
    if args.lengths:
        measure_lengths(checkouts, paths)
        measure_lengths(checkouts, paths, chars=20_000, one_line=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
