"""Folders and multi-document files -> workspace documents, by content hash; never overwrites work.

A file whose bytes did not change since the last import is skipped unread.  A changed file is
read again: a document whose text is new is added; one whose text changed becomes a new version
(the old one keeps its annotations and is reported); the same text again is left alone.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from ..formats import FormatError, reader_for
from ..model import AnnotationDocument, ModelError
from .engine import WORKSPACE_DIR
from .store import Store

ANNOTATIONS_SUFFIX = ".annotations.json"


@dataclass(frozen=True, kw_only=True)
class ImportResult:
    added: list[str] = field(default_factory=list)  # sources
    changed: list[str] = field(default_factory=list)  # sources whose text changed: a new version
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, why)


def candidate_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Every readable file under ``paths`` (recursively), skipping the workspace's own folder and a
    raw article that has its ``<stem>.annotations.json`` beside it (that file holds the work)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d != WORKSPACE_DIR and not d.startswith("."))
                found.extend(Path(root) / name for name in sorted(files) if not name.startswith("."))
        else:
            found.append(path)
    annotated = {str(p)[: -len(ANNOTATIONS_SUFFIX)] for p in found if p.name.endswith(ANNOTATIONS_SUFFIX)}
    return [p for p in found if str(p.with_suffix("")) not in annotated and reader_for(p) is not None]


def _source_name(path: Path, base: Path | None) -> str:
    try:
        return str(path.resolve().relative_to(base.resolve())) if base is not None else str(path)
    except ValueError:
        return str(path.resolve())


def _read(path: Path) -> list[AnnotationDocument]:
    fmt = reader_for(path)
    return fmt.read_many(path) if fmt.read_many is not None else [fmt.read(path)]


def import_paths(store: Store, paths: Iterable[str | os.PathLike], *, base: str | os.PathLike | None = None,
                 progress: Callable[[int, int], None] | None = None, batch_size: int = 500) -> ImportResult:
    """Import every supported file under ``paths``; sources are named relative to ``base``."""
    files = candidate_files(paths)
    known_files = store.source_hashes()
    current = store.current_by_source()
    result = ImportResult()
    unchanged = 0
    pending: list[tuple[AnnotationDocument, str]] = []
    replacing: dict[str, str] = {}
    hashes: dict[str, str] = {}
    base_path = Path(base) if base is not None else None

    def flush() -> None:
        store.add_documents(pending, replacing=replacing)
        store.remember_sources(hashes)
        pending.clear(), replacing.clear(), hashes.clear()

    for done, path in enumerate(files, 1):
        name = _source_name(path, base_path)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if known_files.get(name) == digest:
                unchanged += 1
            else:
                docs = _read(path)
                for index, doc in enumerate(docs):
                    source = name if len(docs) == 1 else f"{name}#{index + 1}"
                    old = current.get(source)
                    if old is not None and old[1] == doc.sha256:
                        unchanged += 1
                        continue
                    if doc.source is None:
                        doc.source = name
                    pending.append((doc, source))
                    if old is not None:
                        replacing[source] = old[0]
                        result.changed.append(source)
                    else:
                        result.added.append(source)
                hashes[name] = digest
        except (FormatError, ModelError, OSError) as error:
            result.failed.append((str(path), str(getattr(error, "reason", None) or error)))
        if len(pending) >= batch_size:
            flush()
        if progress is not None:
            progress(done, len(files))
    flush()
    return replace(result, unchanged=unchanged)
