"""Batch suggestion and export over a store: off the GUI thread, cancellable, progress as plain callbacks.

Suggestion runs the suggesters in worker processes (``jobs`` of them, so both cores work); this
process only reads texts, merges the results and saves, one transaction per document, so a kill
at any moment keeps every document that finished.  A re-run touches only documents never
suggested or suggested by another suggester version; documents marked done or reviewed are
skipped, and reviewed items (accepted, rejected, or made by a person) are never touched.
Every document the batch looks at also gets the learned suggestions (``corpus.learned``) from
what people decided elsewhere — also one whose rule suggestions are up to date, so a re-run
after reviewing spreads the new decisions; unreviewed learned items are recomputed each time.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .. import TOOL
from ..formats import FormatError, document_from_dict, format_named
from ..formats.atomic import atomic_write_text
from ..model import HUMAN, AnnotationDocument
from .records import FINISHED
from .store import StaleDocument, Store, StoreError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
SAVE_ATTEMPTS = 5  # a document the window keeps storing is merged again, up to this often


@dataclass(frozen=True, kw_only=True)
class BatchResult:
    done: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc id, why)
    cancelled: bool = False


@dataclass(frozen=True, kw_only=True)
class ExportResult:
    written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (doc id, why)
    cancelled: bool = False


def suggester_version(names: Sequence[str] | None = None) -> str:
    """What a batch records per document: the app version and the suggesters that ran."""
    from ..extract import default_suggesters

    chosen = list(names) if names is not None else [s.name for s in default_suggesters()]
    return f"{TOOL}: {','.join(sorted(chosen))}"


def _suggest_text(job: tuple[str, str, tuple[str, ...] | None]) -> tuple[str, list]:
    """In a worker: every suggester's suggestions for one text, as (origin, suggestions)."""
    from ..extract import default_suggesters, get_suggester, run_suggester

    doc_id, text, names = job
    chosen = [get_suggester(n) for n in names] if names is not None else default_suggesters()
    return doc_id, [(s.name, run_suggester(s, text)) for s in chosen]


def _exit_with_parent(parent: int) -> None:
    """In a worker: end when the process that runs the batch is gone.  A worker waits for work on
    a pipe and does not notice its parent being killed (the window's batch process, SIGKILLed or
    crashed), so it would stay behind idle for good; a process whose parent died is adopted by
    another, which a thread here checks once a second."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _without_stale_suggestions(doc: AnnotationDocument) -> None:
    """Drop what an older suggester left unreviewed; keep decisions, people's items, learned ones,
    and any entity a kept quote names as its speaker."""
    def stale(item) -> bool:
        return item.status == "suggested" and item.origin not in (HUMAN, "learned") and not item.edited

    doc.quotes = [q for q in doc.quotes if not stale(q)]
    speakers = {q.speaker.entity for q in doc.quotes if q.speaker is not None}
    doc.entities = [e for e in doc.entities if not stale(e) or e.id in speakers]
    doc.topics = [t for t in doc.topics if not stale(t)]
    doc.metadata = {name: m for name, m in doc.metadata.items() if not stale(m)}


def _refresh_learned(doc: AnnotationDocument, lexicon) -> bool:
    """Replace the unreviewed learned entities of ``doc`` with what ``lexicon`` finds now;
    whether anything changed.  Entities a quote names as its speaker stay."""
    from .learned import ORIGIN, suggestions_from

    speakers = {q.speaker.entity for q in doc.quotes if q.speaker is not None}
    def unreviewed(e) -> bool:
        return e.origin == ORIGIN and e.status == "suggested" and not e.edited and e.id not in speakers

    before = {(e.start, e.end, e.label) for e in doc.entities if unreviewed(e)}
    doc.entities = [e for e in doc.entities if not unreviewed(e)]
    fresh = suggestions_from(lexicon, doc)
    doc.entities = sorted(doc.entities + fresh, key=lambda e: (e.start, e.end))
    return before != {(e.start, e.end, e.label) for e in fresh}


def suggest_documents(store: Store, doc_ids: Sequence[str] | None = None, *, jobs: int = 2,
                      progress: Progress | None = None, cancelled: Cancelled | None = None,
                      suggesters: Sequence[str] | None = None) -> BatchResult:
    """Suggest for ``doc_ids`` (default: all) that need it; see the module docstring."""
    from ..extract import apply_suggestions
    from .learned import batch_lexicon

    lexicon = batch_lexicon(store)
    version = suggester_version(suggesters)
    versions = store.suggester_versions()
    statuses = {info.id: info.status for info in store.documents()}
    wanted = list(doc_ids) if doc_ids is not None else list(versions)
    todo = [d for d in wanted if versions.get(d, "") != version and statuses.get(d) not in FINISHED]
    skipped = len(wanted) - len(todo)
    queued = set(todo)
    refresh_failed: list[tuple[str, str]] = []  # not in the progress count, which is of ``todo``
    for doc_id in wanted:  # up to date for the rules, but what people decided since may reach them
        if cancelled is not None and cancelled():
            return BatchResult(skipped=skipped, failed=refresh_failed, cancelled=True)
        if doc_id not in queued and statuses.get(doc_id) not in FINISHED and doc_id in statuses:
            try:
                _merge_and_save(store, doc_id, lambda doc: _refresh_learned(doc, lexicon))
            except Exception as error:  # as below: one bad document must not stop the batch
                refresh_failed.append((doc_id, str(error) or type(error).__name__))
    done, failed, was_cancelled = 0, [], False
    names = tuple(suggesters) if suggesters is not None else None
    context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt threads
    with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=context, initializer=_exit_with_parent,
                             initargs=(os.getpid(),)) as pool:
        queue = iter(todo)
        running: set[Future] = set()
        job_of: dict[Future, str] = {}

        def refill() -> None:
            chunk = [d for _, d in zip(range(max(1, jobs) * 4 - len(running)), queue)]
            for doc_id, text in store.texts(chunk).items():
                future = pool.submit(_suggest_text, (doc_id, text, names))
                job_of[future] = doc_id
                running.add(future)

        refill()
        while running:
            if cancelled is not None and cancelled():
                was_cancelled = True
                for future in running:
                    future.cancel()
                # Waits for the few documents in the workers (their results are dropped): after
                # shutdown(wait=False) the pool's queue feeder could be gone before the workers
                # were told to stop, and a process running this batch then hung on exit joining them.
                pool.shutdown(wait=True, cancel_futures=True)
                break
            finished, running = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                doc_id = job_of.pop(future)
                try:
                    _, results = future.result()

                    def merge(doc: AnnotationDocument, results=results) -> bool:
                        _without_stale_suggestions(doc)
                        for origin, suggestions in results:
                            apply_suggestions(doc, suggestions, origin, notify=False)
                        _refresh_learned(doc, lexicon)
                        return True

                    _merge_and_save(store, doc_id, merge, suggester_version=version)
                    done += 1
                except Exception as error:  # one bad document (or a dead worker) must not stop the batch
                    failed.append((doc_id, str(error) or type(error).__name__))
                if progress is not None:
                    progress(done + len(failed), len(todo))
            refill()
    return BatchResult(done=done, skipped=skipped, failed=refresh_failed + failed, cancelled=was_cancelled)


def _merge_and_save(store: Store, doc_id: str, merge: Callable[[AnnotationDocument], bool],
                    suggester_version: str | None = None) -> None:
    """Load, ``merge`` (False: nothing to store) and save only if nobody stored the document
    meanwhile; else merge into what they stored.  The window saves the document a person is
    editing while this runs in another process: their save is never overwritten."""
    for attempt in range(SAVE_ATTEMPTS):
        doc, loaded = store.load_versioned(doc_id)
        if not merge(doc):
            return
        try:
            store.save(doc_id, doc, suggester_version=suggester_version, if_unchanged=loaded)
            return
        except StaleDocument:
            if attempt == SAVE_ATTEMPTS - 1:
                raise


NATIVE_LINES = "native-jsonl"  # one native document per line (what `corpus export --to native-jsonl` writes)


def _file_name(info, taken: set[str], extension: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(info.source).stem if info.source else info.id).strip("._") or info.id
    name = stem
    if name in taken:
        name = f"{stem}-{info.id}"
    taken.add(name)
    return name + extension


def export_documents(store: Store, out: str | os.PathLike, *, to: str, status: str | None = None,
                     annotator: str | None = None, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> ExportResult:
    """Write the documents matching the filter: native JSON/XML files in the folder ``out``, one
    native JSON-lines file, or any registered interchange format (one file when it holds many
    documents, else a folder)."""
    infos = store.documents(status=status, annotator=annotator)
    out = Path(out)
    skipped: list[tuple[str, str]] = []
    if to == NATIVE_LINES:
        lines = []
        for n, info in enumerate(infos, 1):
            if cancelled is not None and cancelled():
                return ExportResult(written=0, skipped=skipped, cancelled=True)
            lines.append(json.dumps(store.load_data(info.id), ensure_ascii=False))
            if progress is not None:
                progress(n, len(infos))
        _write(out, "\n".join(lines) + ("\n" if lines else ""))
        return ExportResult(written=len(lines), skipped=skipped)
    fmt = format_named(to)
    if fmt.write is None and fmt.write_many is None:
        raise ValueError(f"format {to!r} cannot be written")
    docs: list[tuple[str, AnnotationDocument]] = []
    written = 0
    taken: set[str] = set()
    for n, info in enumerate(infos, 1):
        if cancelled is not None and cancelled():
            return ExportResult(written=written, skipped=skipped, cancelled=True)
        try:
            doc = document_from_dict(store.load_data(info.id))
            problems = doc.problems()
            if problems:
                raise ValueError(f"{len(problems)} problem(s), first: {problems[0]}")
            if fmt.write_many is not None and not fmt.native:
                docs.append((info.id, doc))
            else:
                out.mkdir(parents=True, exist_ok=True)
                fmt.write(out / _file_name(info, taken, fmt.extensions[0]), doc)
                written += 1
        except (FormatError, ValueError, OSError, StoreError) as error:
            skipped.append((info.id, str(error)))
        if progress is not None:
            progress(n, len(infos))
    if docs:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            fmt.write_many(out, [doc for _, doc in docs])
            written += len(docs)
        except (FormatError, OSError) as error:
            skipped.extend((doc_id, str(error)) for doc_id, _ in docs)
    return ExportResult(written=written, skipped=skipped)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)


__all__ = ["BatchResult", "ExportResult", "NATIVE_LINES", "export_documents", "suggest_documents",
           "suggester_version"]
