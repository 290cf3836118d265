"""How many of our DocBin's entities ``spacy train`` keeps, on the seed and the BBC dev set.

    python benchmarks/spacy_training_coverage.py [--limit N]

spaCy's training reader re-tokenizes each text with the pipeline's tokenizer and aligns our
entities to those tokens; an entity whose edge falls inside one of its tokens ("Trump" in
"Trump‘s") gets no tags and is not learned.  With ``gold_preproc`` the reader keeps the DocBin's
own tokens instead (``spacy train ... --corpora.train.gold_preproc true``).  This counts, per
reading, the entities that reach the NER component with their exact span: the entities of the
gold seed, and of our suggestions on the BBC dev articles.  Needs spaCy (the ``spacy`` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from _paths import DATA, REPO, SEED_GOLD

sys.path.insert(0, str(REPO))

from annotator.extract.base import suggest_document  # noqa: E402
from annotator.formats.jsonl_spacy import to_spacy_doc  # noqa: E402
from annotator.formats.text import read_txt  # noqa: E402
from annotator.model import AnnotationDocument, Entity  # noqa: E402


def kept_entities(nlp, docs: list[AnnotationDocument], gold_preproc: bool) -> tuple[int, int]:
    """(entities in the DocBin's ``doc.ents``, those the training Example keeps exactly)."""
    from spacy.tokens import Doc
    from spacy.training import Example

    total = kept = 0
    for doc in docs:
        reference = to_spacy_doc(doc, nlp.vocab)
        if gold_preproc:  # what Corpus(gold_preproc=True) does: the reference's own tokens
            predicted = Doc(nlp.vocab, words=[t.text for t in reference], spaces=[bool(t.whitespace_) for t in reference])
        else:
            predicted = nlp.make_doc(reference.text)
        example = Example(predicted, reference)
        aligned = {(s.start_char, s.end_char, s.label_) for s in example.get_aligned_spans_y2x(reference.ents)}
        total += len(reference.ents)
        kept += sum((e.start_char, e.end_char, e.label_) in aligned for e in reference.ents)
    return total, kept


def seed_gold() -> AnnotationDocument:
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    doc = read_txt(REPO / "seeds" / "canada-defense-partnership.txt")
    doc.entities = [Entity(id=f"e{n}", start=e["start"], end=e["end"], text=e["text"], label=e["label"], status="accepted")
                    for n, e in enumerate(gold["entities"], start=1)]
    return doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="BBC dev articles to use (default: all)")
    args = parser.parse_args()
    try:
        import spacy
    except ImportError:
        print("needs spaCy: pip install '.[spacy]'", file=sys.stderr)
        return 2
    nlp = spacy.blank("en")
    sets = {}
    if SEED_GOLD.exists():
        sets["seed gold"] = [seed_gold()]
    paths = sorted((DATA / "bbc-dev").glob("*/*.txt"))[: args.limit or None]
    if paths:
        began = time.monotonic()
        docs = [read_txt(p) for p in paths]
        for doc in docs:
            suggest_document(doc)
        sets[f"BBC dev suggestions ({len(docs)} articles, suggested in {time.monotonic() - began:.1f} s)"] = docs
    if not sets:
        print(f"no data: {SEED_GOLD} and {DATA / 'bbc-dev'} are absent", file=sys.stderr)
        return 2
    for name, docs in sets.items():
        for gold_preproc in (False, True):
            total, kept = kept_entities(nlp, docs, gold_preproc)
            how = "gold_preproc (our tokens)" if gold_preproc else "default (spaCy's tokenizer)"
            print(f"{name}: {how}: {kept} of {total} entities kept ({100 * kept / max(total, 1):.1f} %), "
                  f"{total - kept} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
