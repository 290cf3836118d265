"""The workspace lock: a row naming who writes (user, host, process, since), stale once that process is gone.

A row in the store itself rather than a lock file, so SQLite and PostgreSQL share the one code
path; the primary key makes taking it atomic.
"""

from __future__ import annotations

import getpass
import os
import socket
import uuid

import sqlalchemy as sa

from .records import LockHolder, StoreError, StoreLocked, now_iso
from .schema import locks

LOCK_NAME = "workspace"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return f"uid {os.getuid()}"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def holder(conn: sa.Connection) -> LockHolder | None:
    row = conn.execute(sa.select(locks).where(locks.c.name == LOCK_NAME)).first()
    if row is None:
        return None
    # Only a process on this machine can be checked; one elsewhere is assumed alive.
    stale = row.host == socket.gethostname() and not _running(row.pid)
    return LockHolder(user=row.user, host=row.host, pid=row.pid, since=row.since, stale=stale)


def acquire(engine: sa.Engine, label: str) -> str:
    """Take the lock (replacing a stale one) and return its token; StoreLocked when held."""
    token = uuid.uuid4().hex
    for _attempt in range(2):
        try:
            with engine.begin() as conn:
                current = holder(conn)
                if current is not None:
                    if not current.stale:
                        raise StoreLocked(label, current)
                    conn.execute(sa.delete(locks).where(locks.c.name == LOCK_NAME))
                conn.execute(sa.insert(locks).values(name=LOCK_NAME, user=_user(), host=socket.gethostname(),
                                                     pid=os.getpid(), since=now_iso(), token=token))
            return token
        except sa.exc.IntegrityError:  # another process took it between our look and our insert
            continue
    with engine.connect() as conn:
        current = holder(conn)
    raise StoreLocked(label, current or LockHolder(user="?", host="?", pid=0, since="?", stale=False))


def check_held(engine: sa.Engine, label: str, token: str) -> None:
    """StoreError unless the lock is held with ``token`` (a helper process joining its holder)."""
    with engine.connect() as conn:
        held = conn.execute(sa.select(locks.c.token).where(locks.c.name == LOCK_NAME)).scalar()
    if held != token:
        raise StoreError(f"{label}: the workspace is no longer held by the process that started this one")


def release(engine: sa.Engine, token: str) -> None:
    with engine.begin() as conn:
        conn.execute(sa.delete(locks).where(locks.c.name == LOCK_NAME, locks.c.token == token))
