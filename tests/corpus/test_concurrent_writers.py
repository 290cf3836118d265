"""Two writers on one workspace: the window and its batch process.  Versions and compare-and-swap
saves, a helper joining the holder's lock, and the batch process itself (messages, cancel, a
child that dies), on real stores."""

from __future__ import annotations

import os
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.corpus.batch import _merge_and_save
from annotator.corpus.batch_process import BatchProcess, Failed, Finished, Progress
from annotator.corpus.store import StaleDocument, StoreError, StoreLocked, open_store
from annotator.model import AnnotationDocument

TEXT = "Mark Carney met Mélanie Joly in Ottawa on Monday. Joly said the talks in Ottawa went well."


def _store_with(location, n: int = 1):
    store = open_store(location, create=True)
    ids = store.add_documents([(AnnotationDocument(text=f"Story {i}\n\n{TEXT}"), f"s{i}.txt") for i in range(n)])
    return store, ids


def test_a_save_from_a_stale_load_is_refused_and_writes_nothing(location):
    store, (doc_id,) = _store_with(location)
    try:
        first, loaded = store.load_versioned(doc_id)
        second, same = store.load_versioned(doc_id)
        assert loaded == same == store.version(doc_id)
        second.entities.append(second.make_entity(9, 20, "PERSON", status="accepted"))
        saved = store.save(doc_id, second, if_unchanged=same)
        assert saved == store.version(doc_id) != loaded
        first.entities.append(first.make_entity(24, 36, "PERSON"))
        with pytest.raises(StaleDocument, match=doc_id):
            store.save(doc_id, first, if_unchanged=loaded)
        kept = store.load(doc_id)
        assert [(e.start, e.end, e.status) for e in kept.entities] == [(9, 20, "accepted")]
        assert store.version(doc_id) == saved
    finally:
        store.close()


def test_a_helper_joins_the_holders_lock_and_leaves_it_held(location):
    store, (doc_id,) = _store_with(location)
    try:
        with pytest.raises(StoreError, match="no longer held"):
            open_store(location, joining="not-the-token")
        helper = open_store(location, joining=store.lock_token)
        doc = helper.load(doc_id)
        doc.entities.append(doc.make_entity(9, 20, "PERSON"))
        helper.save(doc_id, doc)
        helper.close()
        assert len(store.load(doc_id).entities) == 1  # the helper wrote for the holder ...
        with pytest.raises(StoreLocked):  # ... and closing it did not let the lock go
            open_store(location)
    finally:
        store.close()


def test_the_batch_merges_into_a_save_made_between_its_load_and_its_save(location):
    """The window stores the person's edit while the batch merges the same document: the batch's
    save is refused and it merges again into what the window stored."""
    store, (doc_id,) = _store_with(location)
    window = open_store(location, joining=store.lock_token)  # the other writer, its own connection
    loads = []

    def merge(doc: AnnotationDocument) -> bool:
        loads.append(len(doc.entities))
        if len(loads) == 1:  # the person's save lands between this load and the save below
            theirs = window.load(doc_id)
            theirs.entities.append(theirs.make_entity(9, 20, "PERSON", status="accepted"))
            window.save(doc_id, theirs)
        doc.entities.append(doc.make_entity(24, 36, "PERSON"))
        return True

    try:
        _merge_and_save(store, doc_id, merge, suggester_version="test")
        assert loads == [0, 1]  # merged twice, the second time into the person's version
        kept = store.load(doc_id)
        assert sorted((e.start, e.end, e.status) for e in kept.entities) == [(9, 20, "accepted"),
                                                                             (24, 36, "suggested")]
        assert store.suggester_versions()[doc_id] == "test"
    finally:
        window.close()
        store.close()


def _messages_until_finished(process: BatchProcess, timeout: float = 120.0) -> list:
    received, deadline = [], time.monotonic() + timeout
    while process.running and time.monotonic() < deadline:
        received.extend(process.messages())
        time.sleep(0.05)
    assert not process.running, "the batch process did not finish"
    return received


def _first_stored(process: BatchProcess, timeout: float = 120.0) -> list[str]:
    """Wait until the batch process reports documents stored; their ids."""
    stored: list[str] = []
    deadline = time.monotonic() + timeout
    while not stored and time.monotonic() < deadline:
        stored.extend(doc_id for m in process.messages() if isinstance(m, Progress) for doc_id in m.saved)
        time.sleep(0.02)
    assert stored, "nothing was stored"
    return stored


def test_the_batch_process_stores_and_reports_the_ids_it_stored(tmp_path):
    store, ids = _store_with(tmp_path / "ws", 5)
    try:
        process = BatchProcess(str(tmp_path / "ws"), store.lock_token, ids[1:], jobs=2)
        received = _messages_until_finished(process)
        finished = received[-1]
        assert isinstance(finished, Finished), received
        assert (finished.done, finished.skipped, finished.failed, finished.cancelled) == (4, 0, (), False)
        progress = [m for m in received if isinstance(m, Progress)]
        assert [m.done for m in progress] == sorted(m.done for m in progress) and progress[-1].done == 4
        reported = [doc_id for m in received if not isinstance(m, Failed) for doc_id in m.saved]
        assert sorted(reported) == sorted(ids[1:])
        rows = {info.id: info for info in store.documents()}
        assert all(rows[doc_id].status == "suggested" and rows[doc_id].total > 0 for doc_id in ids[1:])
        assert rows[ids[0]].status == "new"
    finally:
        store.close()


def _children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(proc.name))
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
    return found


def _still_running(pids: list[int], within: float) -> list[int]:
    deadline = time.monotonic() + within
    while True:
        alive = [pid for pid in pids if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


@contextmanager
def _interrupted_batch(folder, documents: int, interrupt):
    """A batch process over a new workspace, ``interrupt(process)`` once it stored something;
    yields (store, ids, the ids stored before, the messages after)."""
    store, ids = _store_with(folder, documents)
    try:
        process = BatchProcess(str(folder), store.lock_token, ids, jobs=2)
        stored = _first_stored(process)
        interrupt(process)
        yield store, ids, stored, _messages_until_finished(process, timeout=60)
    finally:
        store.close()


def test_a_batch_process_that_dies_is_reported_and_what_it_stored_is_kept(tmp_path):
    workers: list[int] = []

    def kill(process: BatchProcess) -> None:
        workers.extend(_children_of(process.pid))
        os.kill(process.pid, signal.SIGKILL)

    with _interrupted_batch(tmp_path / "ws", 40, kill) as (store, ids, stored, received):
        assert isinstance(received[-1], Failed) and "killed by SIGKILL" in received[-1].message
        assert len(workers) == 2
        assert _still_running(workers, within=5.0) == [], "the killed batch process's workers stayed behind"
        rows = {info.id: info for info in store.documents()}
        assert all(rows[doc_id].status == "suggested" and rows[doc_id].total > 0 for doc_id in stored)
        doc = store.load(ids[-1])  # the store still opens and reads, and the window's lock still holds
        assert doc.text.startswith("Story 39")
        with pytest.raises(StoreLocked):
            open_store(tmp_path / "ws")


def test_cancel_stops_the_batch_process_between_documents(tmp_path):
    with _interrupted_batch(tmp_path / "ws", 60, BatchProcess.cancel) as (store, ids, _stored, received):
        finished = received[-1]
        assert isinstance(finished, Finished) and finished.cancelled, received
        assert 0 < finished.done < len(ids)
        suggested = [info for info in store.documents() if info.status == "suggested"]
        assert len(suggested) == finished.done and all(info.total > 0 for info in suggested)
