"""The store on real SQLite files in tmp_path: documents, load/save, status, history, lock, bad files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.corpus import schema
from annotator.corpus.store import STATUSES, StoreError, StoreLocked, open_store
from annotator.extract import suggest_document
from annotator.formats import read_txt

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "canada-defense-partnership.txt"


@pytest.fixture
def workspace(location):
    """The same tests on SQLite and on PostgreSQL (see conftest.location)."""
    store = open_store(location, create=True)
    ids = store.add_documents([(read_txt(SEED), "seed.txt"), (read_txt(SEED).__class__(text="Short text.\nSecond."), "b.txt")])
    yield store, ids
    store.close()


def test_documents_list_and_counts(workspace):
    store, ids = workspace
    infos = store.documents()
    assert [i.id for i in infos] == ids and [i.ordinal for i in infos] == [1, 2]
    assert infos[1].title == "Short text." and infos[1].status == "new" and infos[1].total == 0
    assert store.counts() == {status: (2 if status == "new" else 0) for status in STATUSES}
    assert [i.id for i in store.documents(text="SHORT")] == [ids[1]]
    assert store.documents(status="done") == []


def test_save_records_each_changed_item_and_advances_status(workspace):
    store, ids = workspace
    seen = []
    store.add_listener(seen.append)
    doc = store.load(ids[0])
    suggest_document(doc)
    store.save(ids[0], doc)
    info = store.info(ids[0])
    assert info.status == "suggested" and info.suggested == info.total > 10 and info.reviewed == 0
    first = doc.entities[0]
    doc.entities[0] = replace(first, status="accepted")
    store.save(ids[0], doc, annotator="alice")
    info = store.info(ids[0])
    assert (info.status, info.annotator, info.reviewed) == ("in progress", "alice", 1)
    last_items = [h for h in store.history(ids[0]) if h.collection == "entities" and h.action == "update"]
    assert len(last_items) == 1 and last_items[0].who == "alice" and last_items[0].item == first.id
    assert last_items[0].before["status"] == "suggested" and last_items[0].after["status"] == "accepted"
    assert seen == [ids[0], ids[0]]
    again = store.load(ids[0])
    assert again.entities == doc.entities and again.annotation.state == "in progress"


def test_status_never_goes_back_implicitly_but_can_be_set(workspace):
    store, ids = workspace
    store.set_status(ids[1], "done", annotator="bob")
    doc = store.load(ids[1])
    store.save(ids[1], replace_state(doc, "new"))
    assert store.info(ids[1]).status == "done"
    store.set_status(ids[1], "in progress")
    assert store.info(ids[1]).status == "in progress"
    with pytest.raises(StoreError, match="not one of"):
        store.set_status(ids[1], "finished")


def replace_state(doc, state):
    doc.annotation = replace(doc.annotation, state=state)
    return doc


def test_changed_text_is_refused(workspace):
    store, ids = workspace
    doc = store.load(ids[1])
    other = doc.__class__(text=doc.text + "!")
    with pytest.raises(StoreError, match="text differs"):
        store.save(ids[1], other)


def test_survives_reopen_and_read_only(location, workspace):
    store, ids = workspace
    store.set_status(ids[0], "reviewed")
    with pytest.raises(StoreLocked) as locked:
        open_store(location)
    assert locked.value.holder.pid == os.getpid() and not locked.value.holder.stale
    reader = open_store(location, read_only=True)
    assert reader.info(ids[0]).status == "reviewed"
    with pytest.raises(StoreError, match="read-only"):
        reader.set_status(ids[0], "done")
    reader.close()
    store.close()
    reopened = open_store(location)
    assert reopened.info(ids[0]).status == "reviewed"
    reopened.close()


def test_second_process_is_told_who_holds_it_and_dead_holder_is_stale(location):
    folder = location
    open_store(folder, create=True).close()
    code = ("import sys,time; from annotator.corpus.store import open_store; s=open_store(sys.argv[1]); "
            "print('open', flush=True); time.sleep(60)")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked) as locked:
            open_store(folder)
        assert locked.value.holder.pid == child.pid and not locked.value.holder.stale
        assert f"process {child.pid}" in str(locked.value)
    finally:
        child.kill()
        child.wait()
    store = open_store(folder)  # the killed holder's lock is stale and taken over
    assert store.lock_holder().pid == os.getpid()
    store.close()


def test_not_a_workspace_foreign_corrupt_and_newer(tmp_path):
    with pytest.raises(StoreError, match="not a workspace"):
        open_store(tmp_path / "nothing")
    foreign = tmp_path / "foreign" / ".annotator"
    foreign.mkdir(parents=True)
    with sqlite3.connect(foreign / "workspace.sqlite") as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(StoreError, match="not an Article Annotator workspace"):
        open_store(tmp_path / "foreign")
    corrupt = tmp_path / "corrupt" / ".annotator"
    corrupt.mkdir(parents=True)
    (corrupt / "workspace.sqlite").write_bytes(b"this is no database" * 300)
    with pytest.raises(StoreError, match="damaged or is not an SQLite file"):
        open_store(tmp_path / "corrupt")
    open_store(tmp_path / "newer", create=True).close()
    with sqlite3.connect(tmp_path / "newer" / ".annotator" / "workspace.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer Article Annotator"):
        open_store(tmp_path / "newer")


def test_full_disk_is_a_clear_error_and_keeps_what_was_stored(tmp_path):
    store = open_store(tmp_path / "ws", create=True)
    ids = store.add_documents([(read_txt(SEED), "seed.txt"), (read_txt(SEED), "copy.txt")])
    store.set_status(ids[0], "done")
    # SQLite's own page limit gives the same SQLITE_FULL a full disk does.
    with store._engine.connect() as conn:  # noqa: SLF001 (the test reaches the real connection)
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    store._engine.dispose()  # noqa: SLF001
    from sqlalchemy import event

    event.listen(store._engine, "connect",  # noqa: SLF001
                 lambda dbapi, _rec: dbapi.execute(f"PRAGMA max_page_count={pages}"))
    big = store.load(ids[1]).__class__(text="x " * 2_000_000)
    with pytest.raises(StoreError, match="disk is full"):
        store.add_documents([(big, "big.txt")])
    assert store.info(ids[0]).status == "done" and len(store.documents()) == 2
    store.close()


def _read_only_bind_mount(folder: Path) -> list[str] | None:
    """As root (who writes anywhere despite file modes): a command prefix that runs the child in
    a private mount namespace where ``folder`` is a read-only bind mount (EROFS even for root;
    the mount vanishes with the child).  None where unshare or mounting is not allowed."""
    import shutil

    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None
    prefix = ["unshare", "-m", "sh", "-c", 'mount --make-rprivate / 2>/dev/null; mount --bind "$0" "$0" && '
              'mount -o remount,ro,bind "$0" "$0" && exec "$@"', str(folder)]
    probe = subprocess.run([*prefix, "sh", "-c", f"! touch {str(folder / 'probe')!r} 2>/dev/null"],
                           capture_output=True)
    return prefix if probe.returncode == 0 and not (folder / "probe").exists() else None


def test_read_only_folder_is_a_clear_error(tmp_path):
    """The workspace folder cannot be written: opening to write is refused with a clear message,
    opening read-only works.  As root: on a read-only bind mount, else as user nobody."""
    import shutil

    folder = tmp_path / "ws"
    open_store(folder, create=True).close()
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = _read_only_bind_mount(folder) or []
        if not as_user:
            if shutil.which("runuser") is None:
                pytest.skip("running as root without mount namespaces or runuser: cannot make a folder root cannot write")
            as_user = ["runuser", "-u", "nobody", "--"]
            probe = subprocess.run([*as_user, sys.executable, "-c", f"import os; os.listdir({str(folder)!r})"],
                                   capture_output=True, cwd="/")
            if probe.returncode != 0:
                pytest.skip("running as root without mount namespaces, and user 'nobody' cannot run this Python")
    os.chmod(folder / ".annotator", 0o555)
    os.chmod(folder / ".annotator" / "workspace.sqlite", 0o444)
    code = ("import sys; from annotator.corpus.store import StoreError, open_store\n"
            "try: open_store(sys.argv[1])\nexcept StoreError as e: print('writing:', e)\n"
            "s = open_store(sys.argv[1], read_only=True); print('read-only:', len(s.documents()))")
    try:
        run = subprocess.run([*as_user, sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)), cwd="/")
    finally:
        os.chmod(folder / ".annotator", 0o755)
    assert run.returncode == 0, run.stderr
    assert "writing:" in run.stdout and "read-only" in run.stdout.splitlines()[0]
    assert "read-only: 0" in run.stdout


def test_head_matches_the_shipped_migrations():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(schema.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == schema.HEAD


def test_the_migrations_build_the_tables_the_store_queries(location):
    """schema.py describes the tables for the queries, the migrations (frozen, as Alembic wants them) create
    them: the two must agree on every table, column, type and index, on SQLite and on PostgreSQL."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from annotator.corpus import engine as engines

    url, label = engines.resolve(location, create=True)
    engine = engines.make_engine(url, label, read_only=False)
    try:
        engines.ensure_schema(engine, label, read_only=False)
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                           schema.metadata)
    finally:
        engine.dispose()
    assert differences == []
