"""From a workspace location to a migrated SQLAlchemy engine; database errors in plain words."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from . import schema
from .records import StoreError

WORKSPACE_DIR = ".annotator"
SQLITE_NAME = "workspace.sqlite"
# A workspace folder whose store is a server keeps its URL here (written by `corpus init --store`).
URL_FILE = "store.url"
WRITE_OPTION = "annotator_write"  # the execution option that marks a connection about to write


def is_url(location: str) -> bool:
    return "://" in location


def resolve(location: str | os.PathLike, *, create: bool) -> tuple[str, str]:
    """(SQLAlchemy URL, the name to show in messages) for a workspace folder or a URL."""
    text = os.fspath(location)
    if is_url(text):
        return text, _hide_password(text)
    folder = Path(text)
    inner = folder / WORKSPACE_DIR
    if (inner / URL_FILE).is_file():
        url = (inner / URL_FILE).read_text(encoding="utf-8").strip()
        return url, f"{folder} ({_hide_password(url)})"
    database = inner / SQLITE_NAME
    if not database.exists():
        if not create:
            raise StoreError(f"{folder}: not a workspace (no {WORKSPACE_DIR}/{SQLITE_NAME}); "
                             f"make one with: annotator corpus init {folder}")
        try:
            inner.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{folder}: cannot create the workspace: {error.strerror or error}") from error
    return f"sqlite:///{database}", str(folder)


def _hide_password(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def make_engine(url: str, label: str, *, read_only: bool) -> sa.Engine:
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as error:
        raise StoreError(f"{label}: not a database URL ({error})") from error
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, label, read_only=read_only)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, the "postgresql" extra
    try:
        engine = sa.create_engine(parsed, pool_pre_ping=True)
    except ImportError as error:
        raise StoreError(f"{label}: needs the database driver ({error}); "
                         "install it with pip install 'psycopg[binary]', or pip install '.[postgresql]' in a checkout") from error
    if read_only:
        sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("SET TRANSACTION READ ONLY"))
    return engine


def _sqlite_engine(parsed: sa.URL, label: str, *, read_only: bool) -> sa.Engine:
    path = parsed.database or ""
    if read_only:
        if not Path(path).exists():
            raise StoreError(f"{label}: no workspace database at {path}")
        # A URI opens it read-only.  A WAL database still needs its index (-shm) file, which SQLite
        # cannot create in a folder nobody may write (a read-only mount, a folder of another user);
        # there no writer can be at work either, so the file is opened as immutable.
        target = f"file:{Path(path).resolve()}?mode=ro"
        folder = Path(path).resolve().parent
        if not os.access(folder, os.W_OK) and not Path(f"{path}-shm").exists():
            target += "&immutable=1"
        creator = lambda: sqlite3.connect(target, uri=True, check_same_thread=False, timeout=10)  # noqa: E731
    else:
        creator = lambda: sqlite3.connect(path, check_same_thread=False, timeout=10)  # noqa: E731
    engine = sa.create_engine("sqlite://", creator=creator, poolclass=sa.pool.QueuePool,
                              pool_size=2, max_overflow=4)

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        # Python's sqlite3 opens transactions behind our back; let SQLAlchemy's BEGIN decide.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            # WAL: readers never block the writer and a killed process leaves a consistent file;
            # NORMAL syncs at checkpoints, so a power cut may lose the last commits but never corrupts.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        # A write takes SQLite's write lock at once, so two writing processes (the window and its
        # batch process) queue on busy_timeout; a deferred BEGIN would fail the second one with
        # "database is locked" when it upgrades a read snapshot the first has made stale.
        writing = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def database_error(label: str, error: BaseException) -> StoreError:
    """A StoreError saying in plain words what a driver error means for the workspace."""
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    low = detail.lower()
    if "file is not a database" in low or "not a database" in low:
        reason = "the workspace database is damaged or is not an SQLite file"
    elif "malformed" in low:
        reason = "the workspace database is damaged (disk image is malformed)"
    elif "disk is full" in low or "no space left" in low or "database or disk is full" in low:
        reason = "the disk is full; this change was not stored (everything stored before is intact)"
    elif "readonly" in low or "read-only" in low or "unable to open database file" in low:
        reason = "cannot write there (read-only folder or file); open the workspace read-only"
    elif "database is locked" in low:
        reason = "another process is writing to the workspace and did not finish in time; try again"
    elif "connection" in low and ("refused" in low or "failed" in low):
        reason = f"cannot reach the database server ({detail})"
    else:
        reason = detail
    return StoreError(f"{label}: {reason}")


def ensure_schema(engine: sa.Engine, label: str, *, read_only: bool) -> None:
    """Create a new store, migrate an older one forward, refuse a newer or foreign one."""
    with engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
        version = None
        if "alembic_version" in tables:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if version == schema.HEAD:
        return
    if version is None and tables - {"alembic_version"}:
        raise StoreError(f"{label}: this database is not an Article Annotator workspace "
                         f"(it has other tables: {', '.join(sorted(tables)[:5])})")
    if version is not None and version not in schema.KNOWN_REVISIONS:
        raise StoreError(f"{label}: the workspace was made by a newer Article Annotator (schema {version}; "
                         f"this version knows up to {schema.HEAD}); update the application")
    if read_only:
        what = "is empty" if version is None else f"has the older schema {version}"
        raise StoreError(f"{label}: the workspace {what}; open it for writing once to set it up")
    upgrade(engine)


def upgrade(engine: sa.Engine) -> None:
    """Run the Alembic migrations shipped in the package up to the newest."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
