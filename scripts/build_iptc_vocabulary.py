"""Convert the IPTC Media Topics CSV into the compact JSON the package ships.

    python scripts/build_iptc_vocabulary.py [../shared/data/iptc/mediatopics_en.csv]

Writes ``annotator/resources/iptc/mediatopics_en.json``: one row per concept,
``[code, level, parent, top, label, definition, retired, wikidata]`` with the ``medtop:``
prefix kept on codes and the Wikidata id shortened to ``Q…``.  Re-run it when IPTC publishes
a new release (and update the release date in the resources README).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ``../shared/data`` beside the clone; a git worktree may sit one folder deeper.
DEFAULT_SOURCE = next((p / "shared" / "data" / "iptc" / "mediatopics_en.csv" for p in ROOT.parents
                       if (p / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data" / "iptc" / "mediatopics_en.csv")
TARGET = ROOT / "annotator" / "resources" / "iptc" / "mediatopics_en.json"
RELEASE = "2023-10-24"


def convert(source: Path) -> dict:
    concepts = []
    with source.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                wikidata = row["wikidata_mapping"].rsplit("/", 1)[-1] or None
                concepts.append([row["qcode"], int(row["level"]), row["parent_qcode"] or None, row["top_qcode"],
                                 row["label_en_GB"], row["definition_en_GB"], bool(row["retired"]), wikidata])
            except (KeyError, ValueError) as error:
                raise SystemExit(f"{source}:{line}: bad row ({error})") from error
    return {"vocabulary": "IPTC Media Topics", "release": RELEASE, "language": "en-GB",
            "licence": "CC BY 4.0, IPTC (www.iptc.org)",
            "columns": ["code", "level", "parent", "top", "label", "definition", "retired", "wikidata"],
            "concepts": concepts}


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not source.is_file():
        print(f"{source}: not found", file=sys.stderr)
        return 2
    data = convert(source)
    TARGET.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['concepts'])} concepts -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
