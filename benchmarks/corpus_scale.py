"""A workspace at scale: 10,000 articles (the BBC dev texts repeated with a counter so each is distinct).

Prints: init (import the folder), open, switching documents (load one + the documents list),
batch suggestion on 1 vs 2 worker processes (on a sample, ``--batch`` documents), export to JSON lines.
The window's figures (open in the window, memory) belong to the GUI's benchmark.

    python benchmarks/corpus_scale.py [--n 10000] [--batch 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._paths import DATA  # noqa: E402

BBC_DEV = DATA / "bbc-dev"


def _texts() -> list[str]:
    texts = []
    for path in sorted(BBC_DEV.rglob("*.txt")):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("latin-1"))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=300, help="documents for the 1-vs-2-jobs batch figure")
    args = parser.parse_args()
    if not BBC_DEV.is_dir():
        print(f"skipped: {BBC_DEV} is absent")
        return 0
    from annotator.corpus.batch import NATIVE_LINES, export_documents, suggest_documents
    from annotator.corpus.importer import import_paths
    from annotator.corpus.store import open_store

    texts = _texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i in range(args.n):
            text = texts[i % len(texts)]
            (folder / f"{i:05}.txt").write_text(f"{text.splitlines()[0]} ({i})\n{text}", encoding="utf-8")
        started = time.perf_counter()
        store = open_store(folder, create=True)
        result = import_paths(store, [folder], base=folder)
        store.close()
        print(f"init: {len(result.added):,} articles in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        store = open_store(folder)
        infos = store.documents()
        print(f"open + documents list: {(time.perf_counter() - started) * 1000:.0f} ms ({len(infos):,} documents)")

        picks = random.Random(1).sample(infos, 50)
        times = []
        for info in picks:
            started = time.perf_counter()
            store.load(info.id)
            times.append(time.perf_counter() - started)
        print(f"switch (load one document): median {statistics.median(times) * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms")
        started = time.perf_counter()
        store.counts(), store.documents(status="new")
        print(f"counts + filtered list: {(time.perf_counter() - started) * 1000:.0f} ms")

        rates = {}
        for jobs, sample in ((1, infos[:args.batch]), (2, infos[args.batch:2 * args.batch])):
            started = time.perf_counter()
            done = suggest_documents(store, [i.id for i in sample], jobs=jobs).done
            rates[jobs] = done / (time.perf_counter() - started)
            print(f"batch suggestion, {jobs} job(s): {done} documents at {rates[jobs]:.1f} docs/s")
        print(f"two jobs / one job: {rates[2] / rates[1]:.2f}x")

        started = time.perf_counter()
        out = export_documents(store, Path(tmp) / "all.jsonl", to=NATIVE_LINES)
        print(f"export JSON lines: {out.written:,} documents in {time.perf_counter() - started:.1f} s")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
