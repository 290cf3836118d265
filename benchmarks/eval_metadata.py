"""Metadata quality: seed gold, BBC dev titles, PolNeAR dev title/date/byline.

    PYTHONPATH=. python benchmarks/eval_metadata.py

PolNeAR's ``metadata.tsv`` has the publisher's title, date and byline; most of its texts carry
only the title (the date and byline were not part of the text), so the figures are given over all
articles and over those whose text contains the gold value at all.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_GOLD, SEED_TEXT  # noqa: E402

sys.path.insert(0, str(REPO))

from annotator.extract.layout import suggest_layout  # noqa: E402
from annotator.formats.text import read_txt  # noqa: E402


def fields(text: str) -> dict[str, str]:
    return {s.name: s.value for s in suggest_layout(text)}


def _norm(value: str | None) -> str:
    """Compare ignoring runs of white space and a leading "By" (some gold bylines keep it)."""
    return re.sub(r"^by\s+", "", re.sub(r"\s+", " ", (value or "")).strip(), flags=re.I)


def evaluate_seed() -> dict | None:
    if not SEED_GOLD.is_file():
        return None
    gold = json.loads(SEED_GOLD.read_text("utf-8"))["metadata"]
    found = fields(read_txt(SEED_TEXT).text)
    return {name: (found.get(name), value, found.get(name) == value) for name, value in gold.items()}


def evaluate_bbc(folder: Path | None = None) -> dict | None:
    folder = folder or DATA / "bbc-dev"
    if not folder.is_dir():
        return None
    right = total = 0
    for path in sorted(folder.glob("*/*.txt")):
        text = read_txt(path).text
        total += 1
        right += fields(text).get("title") == text.split("\n", 1)[0].strip()
    return {"articles": total, "title_right": right}


def _date_in_text(iso: str, text: str) -> bool:
    day = date.fromisoformat(iso)
    forms = {day.strftime("%B %-d, %Y"), day.strftime("%b. %-d, %Y"), day.isoformat(), day.strftime("%-d %B %Y")}
    return any(form in text for form in forms)


def evaluate_polnear(folder: Path | None = None) -> dict | None:
    folder = folder or DATA / "polnear-dev"
    if not (folder / "metadata.tsv").is_file():
        return None
    counts = {key: 0 for key in ("articles", "title", "date", "date_in_text", "date_in_text_right",
                                 "byline", "byline_in_text", "byline_in_text_right", "byline_suggested",
                                 "byline_suggested_right")}
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            path = folder / "text" / f"{row['filename']}.txt"
            if not path.is_file():
                continue
            text = read_txt(path).text
            found = fields(text)
            counts["articles"] += 1
            counts["title"] += _norm(found.get("title")) == _norm(row["title"])
            date_right = found.get("date") == row["publication_date"]
            counts["date"] += date_right
            if _date_in_text(row["publication_date"], text):
                counts["date_in_text"] += 1
                counts["date_in_text_right"] += date_right
            gold_byline = row["author"] if row["author"] not in ("None", "") else ""
            byline_right = _norm(found.get("byline")) == _norm(gold_byline)
            if "byline" in found:
                counts["byline_suggested_right"] += byline_right
            counts["byline"] += byline_right
            counts["byline_suggested"] += "byline" in found
            if gold_byline and gold_byline in text:
                counts["byline_in_text"] += 1
                counts["byline_in_text_right"] += byline_right
    return counts


def main() -> int:
    seed = evaluate_seed()
    if seed is None:
        print("metadata / seed: skipped (gold absent)")
    else:
        right = sum(ok for _f, _g, ok in seed.values())
        print(f"metadata / seed: {right}/{len(seed)} fields right")
        for name, (found, gold, ok) in seed.items():
            print(f"    {name:9s} {'ok ' if ok else 'BAD'} {found!r} (gold {gold!r})")
    bbc = evaluate_bbc()
    if bbc is None:
        print("metadata / BBC dev: skipped")
    else:
        print(f"metadata / BBC dev: title = headline line {bbc['title_right']}/{bbc['articles']}")
    pol = evaluate_polnear()
    if pol is None:
        print("metadata / PolNeAR dev: skipped")
        return 0
    n = pol["articles"]
    print(f"metadata / PolNeAR dev ({n} articles): title {pol['title']}/{n} = {pol['title'] / n:.3f}; "
          f"date {pol['date']}/{n} (text gives the full date in {pol['date_in_text']}: "
          f"{pol['date_in_text_right']} right); byline {pol['byline']}/{n} incl. 'none' right "
          f"(gold byline in text {pol['byline_in_text']}: {pol['byline_in_text_right']} right; "
          f"{pol['byline_suggested']} bylines suggested, {pol['byline_suggested_right']} of them right)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
