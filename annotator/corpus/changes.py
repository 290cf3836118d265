"""What a save changed, item by item, and the figures a document row keeps (pure functions on native dicts)."""

from __future__ import annotations

import json
from typing import Any, Iterator

COLLECTIONS = ("entities", "quotes", "topics", "metadata")
_KEYS = {"entities": "id", "quotes": "id", "topics": "code"}


def items_by_key(data: dict[str, Any], collection: str) -> dict[str, dict[str, Any]]:
    """One collection of a native document dict, keyed the way the model keys it."""
    found = data.get(collection) or ({} if collection == "metadata" else [])
    if collection == "metadata":
        return {name: value for name, value in found.items() if isinstance(value, dict)}
    key = _KEYS[collection]
    return {str(item.get(key)): item for item in found if isinstance(item, dict)}


def item_changes(before: dict[str, Any], after: dict[str, Any]) -> Iterator[tuple[str, str, str, Any, Any]]:
    """(collection, key, action, old item, new item) for every item that differs."""
    for collection in COLLECTIONS:
        old, new = items_by_key(before, collection), items_by_key(after, collection)
        for key, item in new.items():
            if key not in old:
                yield collection, key, "insert", None, item
            elif old[key] != item:
                yield collection, key, "update", old[key], item
        for key, item in old.items():
            if key not in new:
                yield collection, key, "remove", item, None


def review_counts(data: dict[str, Any]) -> tuple[int, int, int]:
    """(still suggested, accepted or rejected, all) over every item of a native document dict."""
    suggested = reviewed = total = 0
    for collection in COLLECTIONS:
        for item in items_by_key(data, collection).values():
            total += 1
            status = item.get("status", "suggested")
            if status == "suggested":
                suggested += 1
            else:
                reviewed += 1
    return suggested, reviewed, total


def decided_strings(data: dict[str, Any]) -> dict[tuple[str, str], list[int]]:
    """(entity text, label) -> [accepted, rejected] decisions a person made in one document.

    Accepted counts accepted suggestions and what people added themselves; a suggestion nobody
    looked at yet counts for nothing.
    """
    found: dict[tuple[str, str], list[int]] = {}
    for entity in items_by_key(data, "entities").values():
        status, origin = entity.get("status", "suggested"), entity.get("origin", "human")
        text, label = entity.get("text"), entity.get("label")
        if not text or not label:
            continue
        if status == "accepted" or (origin == "human" and status != "rejected"):
            found.setdefault((text, label), [0, 0])[0] += 1
        elif status == "rejected":
            found.setdefault((text, label), [0, 0])[1] += 1
    return found


def title_of(data: dict[str, Any], text: str) -> str:
    """The metadata title, else the first non-empty line of the text (shortened)."""
    title = (data.get("metadata") or {}).get("title")
    value = title.get("value") if isinstance(title, dict) else None
    if not value:
        value = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return value[:200]


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
