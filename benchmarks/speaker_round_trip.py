"""Quotes whose speaker comes back unchanged through each interchange format.

    python benchmarks/speaker_round_trip.py [FOLDER_OF_TXT ...]

Suggests quotes on the seed and on PolNeAR dev articles (``../shared/data/polnear-dev/text``, by
default), writes each format, reads it back and counts the quotes whose speaker mention (span),
resolved entity (its span) and name survive.  Prints one line per format.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _paths import DATA, REPO, SEED_TEXT

sys.path.insert(0, str(REPO))

from annotator.extract.base import suggest_document  # noqa: E402
from annotator.formats import format_named  # noqa: E402
from annotator.formats.text import read_txt  # noqa: E402

FORMATS = {"jsonl": ".jsonl", "doccano": ".jsonl", "doccano-quotes": ".jsonl", "labelstudio": ".json", "brat": ".ann",
           "nitf": ".nitf.xml"}


def speaker_key(doc, quote):
    speaker = quote.speaker
    if speaker is None:
        return None
    entity = next((e for e in doc.entities if e.id == speaker.entity), None)
    return (speaker.start, speaker.end, entity and (entity.start, entity.end))


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:]] or [DATA / "polnear-dev" / "text"]
    docs = [read_txt(SEED_TEXT)] + [read_txt(p) for folder in folders for p in sorted(folder.glob("*.txt"))]
    for doc in docs:
        suggest_document(doc)
    quotes = sum(len(doc.quotes) for doc in docs)
    with_speaker = sum(q.speaker is not None for doc in docs for q in doc.quotes)
    print(f"{len(docs)} articles, {quotes} suggested quotes, {with_speaker} with a speaker")
    with tempfile.TemporaryDirectory() as tmp:
        for name, ext in FORMATS.items():
            fmt = format_named(name)
            same = names = 0
            for n, doc in enumerate(docs):
                path = Path(tmp) / f"{name}-{n}{ext}"
                fmt.write(path, doc)
                back = fmt.read(path)
                for quote, again in zip(doc.quotes, back.quotes):
                    same += speaker_key(doc, quote) == speaker_key(back, again)
                    names += (quote.speaker and quote.speaker.name) == (again.speaker and again.speaker.name)
            print(f"{name}: {same} of {quotes} quotes keep speaker mention and entity, {names} the speaker's name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
