"""What the store hands out: frozen records and the errors it raises (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

# A document's progress through review, in order; a status set implicitly never goes backwards.
STATUSES = ("new", "suggested", "in progress", "done", "reviewed")
FINISHED = ("done", "reviewed")  # a person finished it: batches leave it alone


def now_iso() -> str:
    """The current time, ISO 8601 UTC with milliseconds ("2026-12-01T21:50:00.123Z")."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, kw_only=True)
class DocumentInfo:
    """One row of the documents list; cheap (no text, no annotation JSON)."""

    id: str
    ordinal: int
    title: str
    source: str
    sha256: str
    status: str
    annotator: str | None
    created: str
    modified: str
    suggested: int  # items still suggested
    reviewed: int  # items accepted or rejected
    total: int  # all items


@dataclass(frozen=True, kw_only=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str
    stale: bool  # the holding process is gone (same host, process not running)

    def describe(self) -> str:
        gone = " (that process is no longer running)" if self.stale else ""
        return f"{self.user} on {self.host}, process {self.pid}, since {self.since}{gone}"


@dataclass(frozen=True, kw_only=True)
class HistoryEntry:
    """One change to one item: who, when, which item, before and after (native JSON dicts)."""

    id: int
    doc_id: str
    at: str
    who: str | None
    collection: str  # entities, quotes, topics, metadata, or "document" (status, import, suggest)
    item: str  # the item's key: an id, a topic code, a field name, or what about the document
    action: str  # insert, update, remove, status, import, suggest
    before: Any
    after: Any


class StoreError(Exception):
    """A workspace problem; the message names the workspace and what is wrong."""


class StaleDocument(StoreError):
    """A save expected the document as it was loaded, and someone stored it since (see ``Store.save``)."""


class StoreLocked(StoreError):
    """Another process has the workspace open for writing."""

    def __init__(self, location: str, holder: LockHolder):
        self.holder = holder
        super().__init__(f"{location}: the workspace is open in another process ({holder.describe()}); "
                         "open it read-only, or close it there first")
