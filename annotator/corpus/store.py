"""The one store interface: a workspace opened by folder or URL; documents, statuses, history, lock.

An embedded SQLite file inside the workspace folder (``.annotator/workspace.sqlite``, WAL mode) by
default, or a PostgreSQL server by URL; the same SQLAlchemy Core code serves both.  The store keeps
the native document (the dict the JSON writer produces) plus list columns (status, annotator,
times, counts) so filters are queries.  ``gui/`` talks to ``corpus/`` only through this module.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

import sqlalchemy as sa

from ..formats import ReadError, document_from_dict, document_to_dict
from ..model import AnnotationDocument, text_sha256
from . import changes, engine as engines, lock
from .records import STATUSES, DocumentInfo, HistoryEntry, LockHolder, StaleDocument, StoreError, StoreLocked, now_iso
from .schema import contents, decisions, documents, history

__all__ = ["STATUSES", "DocumentInfo", "HistoryEntry", "LockHolder", "StaleDocument", "Store", "StoreError",
           "StoreLocked", "open_store"]

_INFO_COLUMNS = [documents.c[name] for name in DocumentInfo.__dataclass_fields__]


def open_store(location: str | os.PathLike, *, read_only: bool = False, create: bool = False,
               joining: str | None = None) -> "Store":
    """A workspace folder (its SQLite file inside, ``.annotator/workspace.sqlite``) or a URL
    (``sqlite:///…``, ``postgresql://…``).  Takes the workspace lock unless ``read_only``;
    raises StoreLocked when another process holds it, StoreError for anything else wrong.

    ``joining``: the ``lock_token`` of the process holding the lock, which lets this process
    write on its behalf (the window's batch process); the lock stays that process's.
    """
    url, label = engines.resolve(location, create=create and not read_only)
    engine = engines.make_engine(url, label, read_only=read_only)
    try:
        engines.ensure_schema(engine, label, read_only=read_only)
        if joining is not None and not read_only:
            lock.check_held(engine, label, joining)
            token = None  # not ours to release
        else:
            token = None if read_only else lock.acquire(engine, label)
    except StoreError:
        engine.dispose()
        raise
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise engines.database_error(label, error) from error
    return Store(engine, label, read_only=read_only, lock_token=token)


class Store:
    """An open workspace.  Thread-safe: writes are serialised; each save is one transaction."""

    def __init__(self, engine: sa.Engine, location: str, *, read_only: bool, lock_token: str | None):
        self._engine = engine
        self.location = location
        self.read_only = read_only
        self._lock_token = lock_token
        self._write_lock = threading.RLock()
        self._listeners: list[Callable[[str], None]] = []
        self._generation = 0  # bumps on every write; learned.py caches on it

    # -- plumbing --------------------------------------------------------------------------

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def lock_token(self) -> str | None:
        """What a helper process passes to ``open_store(joining=…)`` to write for this one."""
        return self._lock_token

    @contextmanager
    def _reading(self) -> Iterator[sa.Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except sa.exc.DBAPIError as error:
            raise engines.database_error(self.location, error) from error

    @contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only; nothing can be changed")
        if self._engine is None:
            raise StoreError(f"{self.location}: the workspace is closed")
        with self._write_lock:
            try:
                with self._engine.connect() as conn:
                    conn.execution_options(**{engines.WRITE_OPTION: True})
                    with conn.begin():
                        yield conn
            except sa.exc.DBAPIError as error:
                raise engines.database_error(self.location, error) from error
            self._generation += 1

    def _notify(self, doc_ids: Iterable[str]) -> None:
        for doc_id in doc_ids:
            for callback in list(self._listeners):
                callback(doc_id)

    def add_listener(self, callback: Callable[[str], None]) -> None:
        """``callback(doc_id)`` after every save or status change made through this store."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[str], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def close(self) -> None:
        if self._engine is None:
            return
        try:
            if self._lock_token is not None:
                lock.release(self._engine, self._lock_token)
        except sa.exc.DBAPIError:
            pass  # a lock we cannot remove is stale once this process ends
        finally:
            self._engine.dispose()
            self._engine = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def documents(self, *, status: str | None = None, text: str | None = None,
                  annotator: str | None = None, ids: Iterable[str] | None = None) -> list[DocumentInfo]:
        """The current documents (not replaced by a newer version), by ordinal.  ``text`` matches
        the title or source, case-insensitively; ``ids`` keeps only those documents (the few a
        batch just saved, so the window refreshes their rows alone)."""
        query = sa.select(*_INFO_COLUMNS).where(documents.c.replaced_by.is_(None))
        if ids is not None:
            query = query.where(documents.c.id.in_(list(ids)))
        if status is not None:
            query = query.where(documents.c.status == _checked_status(status))
        if annotator is not None:
            query = query.where(documents.c.annotator == annotator)
        if text:
            needle = text.lower()
            query = query.where(sa.or_(sa.func.lower(documents.c.title).contains(needle, autoescape=True),
                                       sa.func.lower(documents.c.source).contains(needle, autoescape=True)))
        with self._reading() as conn:
            rows = conn.execute(query.order_by(documents.c.ordinal)).all()
        return [DocumentInfo(**row._mapping) for row in rows]

    def info(self, doc_id: str) -> DocumentInfo:
        with self._reading() as conn:
            row = conn.execute(sa.select(*_INFO_COLUMNS).where(documents.c.id == doc_id)).first()
        if row is None:
            raise StoreError(f"{self.location}: no document {doc_id!r}")
        return DocumentInfo(**row._mapping)

    def counts(self) -> dict[str, int]:
        """How many current documents have each status (every status present, zero or more)."""
        query = (sa.select(documents.c.status, sa.func.count()).where(documents.c.replaced_by.is_(None))
                 .group_by(documents.c.status))
        with self._reading() as conn:
            found = dict(conn.execute(query).all())
        return {status: found.get(status, 0) for status in STATUSES}

    def load_data(self, doc_id: str) -> dict[str, Any]:
        """The stored native document dict (text included), without building the model."""
        return self._load_data(doc_id)[0]

    def _load_data(self, doc_id: str) -> tuple[dict[str, Any], str]:
        query = (sa.select(contents.c.text, contents.c.data, documents.c.status)
                 .join(documents, documents.c.id == contents.c.doc_id).where(contents.c.doc_id == doc_id))
        with self._reading() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise StoreError(f"{self.location}: no document {doc_id!r}")
        data = json.loads(row.data)
        data["text"] = row.text
        annotation = data.setdefault("annotation", {})
        annotation["state"] = row.status
        return data, _version_of(row.data)

    def load(self, doc_id: str) -> AnnotationDocument:
        """The document as the model holds it; its annotation state is the store's status."""
        return self.load_versioned(doc_id)[0]

    def load_versioned(self, doc_id: str) -> tuple[AnnotationDocument, str]:
        """The document and its version: pass that to ``save(if_unchanged=…)`` so a save never
        overwrites what another writer stored after this load."""
        data, version = self._load_data(doc_id)
        try:
            return document_from_dict(data, path=f"{self.location}#{doc_id}"), version
        except ReadError as error:
            raise StoreError(f"{self.location}: document {doc_id} is damaged: {error.reason}") from error

    def version(self, doc_id: str) -> str:
        """The stored document's version now (as ``load_versioned`` and ``save`` give it)."""
        with self._reading() as conn:
            data = conn.execute(sa.select(contents.c.data).where(contents.c.doc_id == doc_id)).scalar()
        if data is None:
            raise StoreError(f"{self.location}: no document {doc_id!r}")
        return _version_of(data)

    def history(self, doc_id: str | None = None) -> list[HistoryEntry]:
        """The append-only edit history, oldest first (of one document, or of all)."""
        query = sa.select(history).order_by(history.c.id)
        if doc_id is not None:
            query = query.where(history.c.doc_id == doc_id)
        with self._reading() as conn:
            rows = conn.execute(query).all()
        return [HistoryEntry(id=row.id, doc_id=row.doc_id, at=row.at, who=row.who, collection=row.collection,
                             item=row.item, action=row.action,
                             before=None if row.before is None else json.loads(row.before),
                             after=None if row.after is None else json.loads(row.after)) for row in rows]

    def lock_holder(self) -> LockHolder | None:
        with self._reading() as conn:
            return lock.holder(conn)

    # -- writing ---------------------------------------------------------------------------

    def save(self, doc_id: str, document: AnnotationDocument, *, annotator: str | None = None,
             status: str | None = None, suggester_version: str | None = None,
             if_unchanged: str | None = None, resuggest: bool = False) -> str:
        """Store ``document`` in one transaction, with a history row for every item that changed;
        the stored version it made.

        Without ``status`` the status follows the work (new -> suggested -> in progress, or the
        document's own annotation state such as "done"), never backwards.  ``suggester_version``
        is for the batch: it records which suggesters made the suggestions, and the history then
        holds one "suggest" row instead of a row per suggested item.  ``if_unchanged``: the
        version it was loaded at (``load_versioned``); StaleDocument, and nothing written, if
        another writer stored the document since.  ``resuggest``: forget which suggesters ran, so
        the next batch suggests it again (the window overwrote a batch's suggestions with a
        person's unsaved edits).
        """
        if status is not None:
            _checked_status(status)
        data = document_to_dict(document)
        text = data.pop("text")
        with self._writing() as conn:
            row = conn.execute(sa.select(documents.c.sha256, documents.c.status, documents.c.annotator,
                                         contents.c.data).join(contents, contents.c.doc_id == documents.c.id)
                               .where(documents.c.id == doc_id).with_for_update()).first()  # PostgreSQL: held to the commit
            if row is None:
                raise StoreError(f"{self.location}: no document {doc_id!r}")
            if if_unchanged is not None and _version_of(row.data) != if_unchanged:
                raise StaleDocument(f"{self.location}: document {doc_id} was stored by someone else since it was loaded")
            if text_sha256(text) != row.sha256:
                raise StoreError(f"{self.location}: document {doc_id}: the text differs from the stored one; "
                                 "a changed text is a new document (annotator corpus add)")
            before = json.loads(row.data)
            who = annotator or document.annotation.annotator or row.annotator
            at = now_iso()
            suggested, reviewed, total = changes.review_counts(data)
            new_status = status or _advanced(row.status, document.annotation.state, suggested, reviewed)
            data.setdefault("annotation", {})["state"] = new_status
            if suggester_version is None:
                entries = [dict(doc_id=doc_id, at=at, who=who, collection=collection, item=key, action=action,
                                before=changes.dumps(old), after=changes.dumps(new))
                           for collection, key, action, old, new in changes.item_changes(before, data)]
            else:
                added = sum(1 for *_, action, _old, _new in changes.item_changes(before, data) if action == "insert")
                entries = [dict(doc_id=doc_id, at=at, who=who, collection="document", item="suggestions",
                                action="suggest", before=None,
                                after=changes.dumps({"suggester": suggester_version, "added": added}))]
            if new_status != row.status:
                entries.append(dict(doc_id=doc_id, at=at, who=who, collection="document", item="status",
                                    action="status", before=changes.dumps(row.status),
                                    after=changes.dumps(new_status)))
            values = dict(status=new_status, annotator=who, modified=at, suggested=suggested, reviewed=reviewed,
                          total=total, title=changes.title_of(data, text))
            if suggester_version is not None or resuggest:
                values["suggester_version"] = suggester_version
            stored = changes.dumps(data)
            conn.execute(sa.update(documents).where(documents.c.id == doc_id).values(**values))
            conn.execute(sa.update(contents).where(contents.c.doc_id == doc_id).values(data=stored))
            if entries:
                conn.execute(sa.insert(history), entries)
            _store_decisions(conn, doc_id, data)
        self._notify([doc_id])
        return _version_of(stored)

    def set_status(self, doc_id: str, status: str, *, annotator: str | None = None) -> None:
        _checked_status(status)
        with self._writing() as conn:
            row = conn.execute(sa.select(documents.c.status, documents.c.annotator, contents.c.data)
                               .join(contents, contents.c.doc_id == documents.c.id)
                               .where(documents.c.id == doc_id)).first()
            if row is None:
                raise StoreError(f"{self.location}: no document {doc_id!r}")
            if row.status == status and (annotator is None or annotator == row.annotator):
                return
            who = annotator or row.annotator
            at = now_iso()
            data = json.loads(row.data)
            data.setdefault("annotation", {})["state"] = status
            conn.execute(sa.update(documents).where(documents.c.id == doc_id)
                         .values(status=status, annotator=who, modified=at))
            conn.execute(sa.update(contents).where(contents.c.doc_id == doc_id).values(data=changes.dumps(data)))
            conn.execute(sa.insert(history).values(doc_id=doc_id, at=at, who=who, collection="document",
                                                   item="status", action="status", before=changes.dumps(row.status),
                                                   after=changes.dumps(status)))
        self._notify([doc_id])

    def add_documents(self, entries: Iterable[tuple[AnnotationDocument, str]], *,
                      replacing: dict[str, str] | None = None) -> list[str]:
        """Add (document, source) pairs as new documents in one transaction; their ids, in order.

        ``replacing`` maps a source to the id of the document a new version of it replaces.
        """
        replacing = replacing or {}
        ids: list[str] = []
        with self._writing() as conn:
            ordinal = conn.execute(sa.select(sa.func.max(documents.c.ordinal))).scalar() or 0
            rows, bodies, notes = [], [], []
            at = now_iso()
            for document, source in entries:
                ordinal += 1
                doc_id = f"d{ordinal}"
                data = document_to_dict(document)
                text = data.pop("text")
                suggested, reviewed, total = changes.review_counts(data)
                status = _advanced("new", document.annotation.state, suggested, reviewed)
                data.setdefault("annotation", {})["state"] = status
                rows.append(dict(id=doc_id, ordinal=ordinal, title=changes.title_of(data, text), source=source,
                                 sha256=text_sha256(text), status=status, annotator=document.annotation.annotator,
                                 created=at, modified=at, suggested=suggested, reviewed=reviewed, total=total,
                                 suggester_version=None, replaced_by=None))
                bodies.append(dict(doc_id=doc_id, text=text, data=changes.dumps(data)))
                notes.append(dict(doc_id=doc_id, at=at, who=document.annotation.annotator, collection="document",
                                  item="source", action="import", before=None, after=changes.dumps(source)))
                ids.append(doc_id)
            if rows:
                conn.execute(sa.insert(documents), rows)
                conn.execute(sa.insert(contents), bodies)
                conn.execute(sa.insert(history), notes)
                for row, body in zip(rows, bodies):
                    _store_decisions(conn, row["id"], json.loads(body["data"]))
                    old = replacing.get(row["source"])
                    if old is not None:
                        conn.execute(sa.update(documents).where(documents.c.id == old).values(replaced_by=row["id"]))
        return ids

    # -- for the batch engine and learned suggestions ----------------------------------------

    def texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        wanted = list(doc_ids)
        found: dict[str, str] = {}
        with self._reading() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                found.update(conn.execute(sa.select(contents.c.doc_id, contents.c.text)
                                          .where(contents.c.doc_id.in_(chunk))).all())
        return found

    def suggester_versions(self) -> dict[str, str | None]:
        """doc id -> the suggester version its suggestions came from (None: never suggested)."""
        with self._reading() as conn:
            return dict(conn.execute(sa.select(documents.c.id, documents.c.suggester_version)
                                     .where(documents.c.replaced_by.is_(None))).all())

    def decision_totals(self, *, excluding: str | None = None) -> list[tuple[str, str, int, int]]:
        """(text, label, times accepted, times rejected) over all documents but ``excluding``."""
        query = sa.select(decisions.c.text, decisions.c.label, sa.func.sum(decisions.c.accepted),
                          sa.func.sum(decisions.c.rejected)).group_by(decisions.c.text, decisions.c.label)
        if excluding is not None:
            query = query.where(decisions.c.doc_id != excluding)
        with self._reading() as conn:
            return [(text, label, int(a), int(r)) for text, label, a, r in conn.execute(query).all()]

    def source_hashes(self) -> dict[str, str]:
        from .schema import sources

        with self._reading() as conn:
            return dict(conn.execute(sa.select(sources.c.path, sources.c.sha256)).all())

    def remember_sources(self, hashes: dict[str, str]) -> None:
        from .schema import sources

        with self._writing() as conn:
            conn.execute(sa.delete(sources).where(sources.c.path.in_(list(hashes))))
            if hashes:
                conn.execute(sa.insert(sources), [dict(path=p, sha256=h) for p, h in hashes.items()])

    def current_by_source(self) -> dict[str, tuple[str, str]]:
        """source -> (doc id, text sha256) of the current version of each imported document."""
        with self._reading() as conn:
            rows = conn.execute(sa.select(documents.c.source, documents.c.id, documents.c.sha256)
                                .where(documents.c.replaced_by.is_(None))).all()
        return {source: (doc_id, sha) for source, doc_id, sha in rows}


def _version_of(stored_data: str) -> str:
    """A stored document's version: a digest of its stored annotation JSON, so no column or
    migration is needed and both engines agree (the same content twice is the same version,
    and overwriting it loses nothing)."""
    return hashlib.blake2b(stored_data.encode("utf-8"), digest_size=12).hexdigest()


def _store_decisions(conn: sa.Connection, doc_id: str, data: dict[str, Any]) -> None:
    conn.execute(sa.delete(decisions).where(decisions.c.doc_id == doc_id))
    found = changes.decided_strings(data)
    if found:
        conn.execute(sa.insert(decisions), [dict(doc_id=doc_id, text=text, label=label, accepted=a, rejected=r)
                                            for (text, label), (a, r) in found.items()])


def _checked_status(status: str | None) -> str:
    if status not in STATUSES:
        raise StoreError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    return status


def _advanced(stored: str, state: str | None, suggested: int, reviewed: int) -> str:
    """The status a save implies: the document's own state or its progress, but never a step back."""
    implied = [stored, "in progress" if reviewed else "new", "suggested" if suggested else "new"]
    if state in STATUSES:
        implied.append(state)
    return max(implied, key=STATUSES.index)
