"""Quote -> speaker links at scale, offscreen: the sample article and its suggestions N times over
(one "Christian Leuprecht" with 4 x N mentions and 3 x N quotes: the worst case of marking them all).

    QT_QPA_PLATFORM=offscreen python benchmarks/speaker_links.py [--copies N] [--rounds R] [--no-links]

Prints the median and worst time of: making a quote current (its row selected, the links worked
out, the article repainted), making an entity current (all its mentions marked), one J step in
the Entities table with the links following, and one repaint of the article with and without the
links drawn.  ``--no-links`` times the same keys with the links switched off, for the difference.
Target: under 50 ms for a key press (the edit target of issue 4).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SEED = REPO / "seeds" / "canada-defense-partnership.txt"


def shifted(span, by: int):
    return None if span is None else replace(span, start=span.start + by, end=span.end + by)


def big_document(copies: int):
    """The seed with its suggestions, repeated: ids get a copy number, offsets move along."""
    from annotator.extract import suggest_document
    from annotator.model import AnnotationDocument

    text = SEED.read_text("utf-8")
    seed = AnnotationDocument(text=text)
    suggest_document(seed)
    entities, quotes = [], []
    for copy in range(copies):
        by = copy * (len(text) + 1)
        entities += [replace(e, id=f"{e.id}x{copy}", start=e.start + by, end=e.end + by) for e in seed.entities]
        for q in seed.quotes:
            speaker = q.speaker
            if speaker is not None:
                moved = speaker if not speaker.has_span else replace(speaker, start=speaker.start + by, end=speaker.end + by)
                speaker = replace(moved, entity=f"{speaker.entity}x{copy}" if speaker.entity else None)
            quotes.append(replace(q, id=f"{q.id}x{copy}", start=q.start + by, end=q.end + by, speaker=speaker,
                                  cue=shifted(q.cue, by)))
    return AnnotationDocument(text="\n".join([text] * copies), entities=entities, quotes=quotes)


LINKS = True


def settle(app, window) -> None:
    """What the next event-loop turns do after a key: the links worked out and the article painted."""
    app.processEvents()
    if LINKS:
        window.links.flush()
    window.article.viewport().repaint()
    app.processEvents()


def timed(app, window, action) -> float:
    t0 = time.perf_counter()
    action()
    settle(app, window)
    return (time.perf_counter() - t0) * 1000


def report(name: str, values: list[float]) -> None:
    print(f"{name}: median {statistics.median(values):.1f} ms, max {max(values):.1f} ms over {len(values)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=245, help="copies of the sample article (245 ~ 1 MB)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--no-links", action="store_true", help="the same keys without the links, to compare")
    args = parser.parse_args()
    global LINKS
    LINKS = not args.no_links
    tmp = Path(tempfile.mkdtemp(prefix="speaker_links_"))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(tmp / name.lower())
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)

    from annotator.gui.app import application
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.model.mentions import mention_group

    doc = big_document(args.copies)
    group = mention_group(doc, "Christian Leuprecht")
    print(f"article: {len(doc.text.encode('utf-8')) / 1e6:.2f} MB, {len(doc.entities)} entities, {len(doc.quotes)} quotes; "
          f"{group.summary()}")
    app = application()
    window = MainWindow(Settings(first_run=False))
    window.resize(1500, 900)
    window.show()
    if not LINKS:
        window.links.disconnect_signals()
    window.set_document(doc, None, None)
    settle(app, window)

    step = max(1, args.copies // args.rounds)
    he = [q.id for q in doc.quotes if q.speaker is not None and q.speaker.text == "He"][::2 * step][:args.rounds]
    report("quote current (row selected, links, repaint)",
           [timed(app, window, lambda key=key: window.editing.select_item("quotes", key)) for key in he])
    print(f"  shown: {window.links.summary}")
    names = [e.id for e in doc.entities if e.text == "Leuprecht"][::step][:args.rounds]
    report("entity current (all its mentions marked)",
           [timed(app, window, lambda key=key: window.editing.select_item("entities", key)) for key in names])
    window.editing.select_item("entities", doc.entities[len(doc.entities) // 2].id)
    settle(app, window)
    report("J in the Entities table, links following",
           [timed(app, window, lambda: window.editing.go(+1)) for _ in range(args.rounds)])

    window.editing.select_item("quotes", he[len(he) // 2])
    settle(app, window)
    with_links = [timed(app, window, lambda: None) for _ in range(args.rounds)]
    window.article.set_link_marks([], None)
    without = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        window.article.viewport().repaint()
        without.append((time.perf_counter() - t0) * 1000)
    report("article repaint with a quote's links drawn", with_links)
    report("article repaint without links", without)
    window.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
