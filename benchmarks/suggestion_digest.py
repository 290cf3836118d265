"""A digest of every suggestion the default pipeline makes on the dev articles: proof that a speed-up
changed no output.

    PYTHONPATH=. python benchmarks/suggestion_digest.py [--repo CHECKOUT] [--out FILE] [--limit N]

Runs the default suggesters (layout + rules) over the sample article, the BBC, CoNLL-2003 and PolNeAR
dev texts (and the BBC ones joined into one long article; with ``--train`` the CoNLL-2003 and PolNeAR train
texts too) (``../shared/data``; the sample alone when that is absent) and prints one SHA-256 over every
suggestion record, in order, plus one per corpus.  ``--out`` writes one line per article (its name and
the digest of its suggestions), so two runs can be compared with ``diff`` to find the first article that
differs.  ``--repo`` runs another checkout's code (``--repo ../main``) with this script, so a branch and
main are compared on exactly the same texts:

    python benchmarks/suggestion_digest.py --repo /path/to/main --out main.txt
    python benchmarks/suggestion_digest.py --out branch.txt && diff main.txt branch.txt

The document built from the suggestions (``suggest_document``, native JSON) is digested too, so a
change in turning suggestions into items shows as well.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_TEXT  # noqa: E402


def corpora(limit: int, train: bool = False) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(corpus name, [(article name, text)]) for the sample and each dev set that is present (and each
    train set with ``train``)."""
    from annotator.formats.conll import read_conll_many
    from annotator.formats.text import read_txt

    yield "sample", [(SEED_TEXT.name, read_txt(SEED_TEXT).text)]
    bbc = sorted((DATA / "bbc-dev").glob("*/*.txt"))[:limit]
    if bbc:
        articles = [(f"{p.parent.name}/{p.name}", read_txt(p).text) for p in bbc]
        yield "bbc-dev", articles
        # One long article too: text cut into blocks, and work that grows with length, only show there.
        yield "bbc-joined", [("all", "\n\n".join(text for _, text in articles))]
    conll = DATA / "conll2003-dev" / "eng.testa"
    if conll.exists():
        yield "conll2003-dev", [(f"doc{n}", doc.text) for n, doc in enumerate(read_conll_many(conll)[:limit])]
    polnear = sorted((DATA / "polnear-dev" / "text").glob("*.txt"))[:limit]
    if polnear:
        yield "polnear-dev", [(p.name, read_txt(p).text) for p in polnear]
    if not train:
        return
    conll_train = DATA / "conll2003-train" / "eng.train"
    if conll_train.exists():
        yield "conll2003-train", [(f"doc{n}", doc.text) for n, doc in enumerate(read_conll_many(conll_train)[:limit])]
    polnear_train = sorted((DATA / "polnear-train" / "text").glob("*.txt"))[:limit]
    if polnear_train:
        yield "polnear-train", [(p.name, read_txt(p).text) for p in polnear_train]


def article_digest(text: str) -> str:
    """SHA-256 of every suggestion of every default suggester (their reprs: every field, in order)
    and of the native JSON of the document built from them."""
    from annotator.extract import default_suggesters, run_suggester, suggest_document
    from annotator.formats.native_json import document_to_dict
    from annotator.model import AnnotationDocument

    digest = hashlib.sha256()
    for suggester in default_suggesters():
        digest.update(suggester.name.encode())
        for suggestion in run_suggester(suggester, text):
            digest.update(repr(suggestion).encode())
    doc = AnnotationDocument(text=text)
    suggest_document(doc)
    items = {key: value for key, value in document_to_dict(doc).items() if key in ("entities", "quotes", "topics",
                                                                                   "metadata")}
    digest.update(json.dumps(items, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout whose code runs (default: this one)")
    parser.add_argument("--out", type=Path, help="write 'corpus/article digest' lines here")
    parser.add_argument("--limit", type=int, default=300, help="at most N articles of each corpus (default 300)")
    parser.add_argument("--train", action="store_true",
                        help="the CoNLL-2003 and PolNeAR train sets too (a speed-up must hold there as well)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.repo.resolve()))
    import annotator

    lines: list[str] = []
    whole = hashlib.sha256()
    print(f"code: {Path(annotator.__file__).resolve().parent}")
    for corpus, articles in corpora(args.limit, args.train):
        part = hashlib.sha256()
        for name, text in articles:
            digest = article_digest(text)
            lines.append(f"{corpus}/{name} {digest}")
            part.update(digest.encode())
        whole.update(part.digest())
        print(f"{corpus}: {len(articles)} articles, {sum(len(t) for _, t in articles):,} chars: {part.hexdigest()}")
    print(f"all {len(lines)} articles: {whole.hexdigest()}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
