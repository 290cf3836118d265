"""Prodigy's ``_input_hash`` and ``_task_hash``, computed the way its ``set_hashes`` does.

Prodigy tells tasks apart by two 32-bit MurmurHash3 values: the input hash over the task's input
keys (``text``, ``image``, ``html``, ``input``) and the task hash over its question keys
(``spans``, ``label``, ``options``, ``arcs``) prefixed by the input hash; both hash the keys'
JSON with sorted keys and compact separators (``srsly.json_dumps(..., sort_keys=True)``), and
``score``, ``rank``, ``model``, ``source``, ``_view_id`` and ``_session_id`` are left out of what
is hashed.  Prodigy itself is not free to install, so this follows its documented behaviour; the
hash function is checked in the tests against the ``murmurhash`` package spaCy and Prodigy use.
MurmurHash3 x86 32-bit is written out here (30 lines) so the export needs no extra package.
"""

from __future__ import annotations

import json
from typing import Any

INPUT_KEYS = ("text", "image", "html", "input")
TASK_KEYS = ("spans", "label", "options", "arcs")
IGNORE = ("score", "rank", "model", "source", "_view_id", "_session_id")


def murmurhash3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 x86 32-bit of ``data``, as a signed int (what ``murmurhash.hash`` returns)."""
    c1, c2, mask = 0xCC9E2D51, 0x1B873593, 0xFFFFFFFF
    h = seed & mask
    rounded = len(data) - len(data) % 4
    for i in range(0, rounded, 4):
        k = int.from_bytes(data[i:i + 4], "little")
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        k = (k * c2) & mask
        h ^= k
        h = ((h << 13) | (h >> 19)) & mask
        h = (h * 5 + 0xE6546B64) & mask
    tail = data[rounded:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        k = (k * c2) & mask
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & mask
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & mask
    h ^= h >> 16
    return h - (1 << 32) if h & 0x80000000 else h


def _without_ignored(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ignored(v) for k, v in value.items() if k not in IGNORE}
    if isinstance(value, list):
        return [_without_ignored(v) for v in value]
    return value


def _hash(task: dict[str, Any], keys: tuple[str, ...], prefix: str = "") -> int:
    values = {key: _without_ignored(task[key]) for key in keys if key in task}
    return murmurhash3_32((prefix + json.dumps(values, sort_keys=True, separators=(",", ":"))).encode("utf-8"))


def set_hashes(task: dict[str, Any]) -> dict[str, Any]:
    """``task`` with ``_input_hash`` and ``_task_hash`` set (kept when the task already has both)."""
    if "_input_hash" in task and "_task_hash" in task:
        return task
    input_hash = _hash(task, INPUT_KEYS)
    task["_input_hash"] = input_hash
    task["_task_hash"] = _hash(task, TASK_KEYS, prefix=str(input_hash))
    return task
