"""Speed of the interchange formats on real data: read CoNLL-2003 eng.testa (216 articles), write it
in every multi-document format and read it back; read the PolNeAR brat files.

    PYTHONPATH=. python benchmarks/formats_speed.py [SHARED_DATA_FOLDER]

Skips (exit 0, a message) when the shared data is absent.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from annotator.formats import format_named
from annotator.formats.brat import read_brat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA  # noqa: E402


def timed(label: str, function, *args):
    started = time.perf_counter()
    result = function(*args)
    print(f"{label:<36} {time.perf_counter() - started:8.3f} s")
    return result


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    testa = data / "conll2003-dev" / "eng.testa"
    if not testa.exists():
        print(f"skipped: {testa} is not available")
        return 0
    docs = timed("conll read eng.testa", format_named("conll").read_many, testa)
    print(f"  {len(docs)} articles, {sum(len(d.entities) for d in docs)} entities, {sum(len(d.text) for d in docs):,} characters")
    with tempfile.TemporaryDirectory() as folder:
        for name, ext in (("conll", ".conll"), ("jsonl", ".jsonl"), ("doccano", ".jsonl"), ("labelstudio", ".json"),
                          ("spacy", ".spacy")):
            fmt = format_named(name)
            path = Path(folder) / f"out-{name}{ext}"
            try:
                timed(f"{name} write {len(docs)} articles", fmt.write_many, path, docs)
            except Exception as error:  # spaCy not installed
                print(f"{name}: skipped ({error})")
                continue
            timed(f"{name} read them back", fmt.read_many, path)
        for name, ext in (("nitf", ".nitf.xml"), ("newsml", ".newsml.xml"), ("brat", ".ann")):
            fmt = format_named(name)
            timed(f"{name} write {len(docs)} files (validated)" if name != "brat" else f"{name} write {len(docs)} files",
                  lambda: [fmt.write(Path(folder) / f"{name}-{i}{ext}", doc) for i, doc in enumerate(docs)])
    polnear = data / "polnear-dev"
    if polnear.exists():
        anns = sorted((polnear / "attributions").glob("*.ann"))
        read = timed(f"brat read {len(anns)} PolNeAR files",
                     lambda: [read_brat(a, text_path=polnear / "text" / (re.sub(r"_[^_]+$", "", a.stem) + ".txt")) for a in anns])
        print(f"  {sum(len(d.quotes) for d in read)} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
