"""Finding the documents to compare: files and folders, and pairing documents of the same text.

Documents pair by ``id`` first, then by the hash of their text, so an annotator's copy named
differently (PolNeAR's ``<article>_<annotator>.ann``) still finds its article.  The same id
over a different text is an error, never a silent mismatch.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..formats import ReadError
from ..formats.interop import read_text_file
from ..model import AnnotationDocument, Entity, MetaField, Quote, Speaker, Topic

# What a folder of annotations holds; raw .txt / .html beside brat files are their texts, not annotations.
ANNOTATION_SUFFIXES = (".json", ".xml", ".ann", ".jsonl", ".conll", ".spacy")


class AlignmentError(ValueError):
    """Documents that should be the same article are not (their texts differ)."""


@dataclass(frozen=True, kw_only=True)
class Loaded:
    path: str
    doc: AnnotationDocument


def annotation_files(path: str | os.PathLike) -> list[Path]:
    """``path`` itself, or the annotation files in the folder ``path``, sorted by name."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ANNOTATION_SUFFIXES)
    if not found:
        raise ReadError(path, f"no annotation files ({', '.join(ANNOTATION_SUFFIXES)}) in this folder")
    return found


def text_for_ann(ann: Path, text_dir: Path) -> Path:
    """The text of a brat file kept elsewhere: the ``.txt`` whose name starts the ``.ann``'s name
    (the longest such, so ``a_b.txt`` wins over ``a.txt`` for ``a_b_annotator.ann``)."""
    exact = text_dir / f"{ann.stem}.txt"
    if exact.exists():
        return exact
    best = max((p for p in text_dir.glob("*.txt") if ann.stem.startswith(p.stem)), key=lambda p: len(p.stem), default=None)
    if best is None:
        raise ReadError(ann, f"no text for it in {text_dir} (looked for a .txt whose name begins {ann.stem!r})")
    return best


def is_plain_gold(data: object) -> bool:
    """The hand-made gold layout: items without ids or statuses, the text named by ``source``."""
    return isinstance(data, dict) and "text" not in data and isinstance(data.get("source"), str) and "format" not in data


def read_plain_gold(path: str | os.PathLike, data: dict, text_dir: Path | None = None) -> AnnotationDocument:
    """A plain gold file; its ``source`` is looked up beside it, one folder up, in ``text_dir``."""
    path = Path(path)
    source = Path(data["source"])
    candidates = [path.parent / source, path.parent.parent / source, Path.cwd() / source]
    if text_dir is not None:
        candidates.insert(0, text_dir / source.name)
    text_path = next((p for p in candidates if p.is_file()), None)
    if text_path is None:
        raise ReadError(path, f"cannot find its text {data['source']!r} (give the folder with --text-dir)")
    text = read_text_file(text_path)
    doc = AnnotationDocument(text=text, id=data.get("id") or text_path.stem, source=str(text_path))
    try:
        for n, e in enumerate(data.get("entities", []), start=1):
            doc.add_entity(Entity(id=f"e{n}", start=e["start"], end=e["end"], text=e["text"], label=e["label"],
                                  canonical=e.get("canonical"), status="accepted"))
        for n, q in enumerate(data.get("quotes", []), start=1):
            speaker = q.get("speaker")
            doc.add_quote(Quote(id=f"q{n}", start=q["start"], end=q["end"], text=q["text"], status="accepted",
                                speaker=Speaker(name=speaker) if isinstance(speaker, str) else None))
        for t in data.get("topics", []):
            doc.add_topic(Topic(code=t["code"], label=t.get("label", ""), primary=bool(t.get("primary")), status="accepted"))
        for name, value in (data.get("metadata") or {}).items():
            doc.set_meta(MetaField(name=name, value=str(value), status="accepted"))
    except (KeyError, TypeError) as error:
        raise ReadError(path, f"a gold item lacks {error}") from error
    except ValueError as error:  # ModelError: offsets that do not fit the text
        raise ReadError(path, str(error)) from error
    return doc


def load(paths: Iterable[str | os.PathLike], read_all: Callable[[str], list[AnnotationDocument]],
         text_dir: str | os.PathLike | None = None) -> list[Loaded]:
    """Every document under ``paths``; ``read_all`` reads one file of any registered format."""
    from ..formats.brat import read_brat

    folder = Path(text_dir) if text_dir is not None else None
    loaded = []
    for given in paths:
        for path in annotation_files(given):
            if path.suffix.lower() == ".ann" and folder is not None:
                docs = [read_brat(path, text_path=text_for_ann(path, folder))]
            elif path.suffix.lower() == ".json" and is_plain_gold(data := _peek_json(path)):
                docs = [read_plain_gold(path, data, folder)]  # type: ignore[arg-type]
            else:
                docs = read_all(str(path))
            loaded.extend(Loaded(path=str(path), doc=doc) for doc in docs)
    return loaded


def _peek_json(path: Path) -> object:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # the regular reader says what is wrong


def first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _check_same_text(a: Loaded, b: Loaded) -> None:
    if a.doc.sha256 != b.doc.sha256:
        at = first_difference(a.doc.text, b.doc.text)
        raise AlignmentError(f"{b.path}: document {b.doc.id!r} has a different text than in {a.path} "
                             f"(they differ from character {at}; {len(a.doc.text)} vs {len(b.doc.text)} characters)")


def pair_up(reference: Sequence[Loaded], other: Sequence[Loaded]) -> tuple[list[tuple[Loaded, Loaded]], list[Loaded], list[Loaded]]:
    """(pairs, reference documents without a partner, other documents without one)."""
    by_id = {item.doc.id: item for item in other if item.doc.id}
    by_hash: dict[str, Loaded] = {}
    for item in other:
        by_hash.setdefault(item.doc.sha256, item)
    used: set[int] = set()
    pairs, alone = [], []
    for ref in reference:
        partner = by_id.get(ref.doc.id) if ref.doc.id else None
        if partner is not None and id(partner) not in used:
            _check_same_text(ref, partner)
        else:
            partner = by_hash.get(ref.doc.sha256)
            if partner is not None and id(partner) in used:
                partner = next((o for o in other if o.doc.sha256 == ref.doc.sha256 and id(o) not in used), None)
        if partner is None:
            alone.append(ref)
            continue
        used.add(id(partner))
        pairs.append((ref, partner))
    return pairs, alone, [item for item in other if id(item) not in used]


def align(groups: Sequence[Sequence[Loaded]]) -> tuple[list[list[Loaded]], list[Loaded]]:
    """Articles every group has, as one list per article (one document per group), and the
    documents left out because some group lacks their article."""
    if not groups:
        return [], []
    articles = [[item] for item in groups[0]]
    left_out: list[Loaded] = []
    for group in groups[1:]:
        pairs, alone, rest = pair_up([article[0] for article in articles], group)
        partner = {id(ref): other for ref, other in pairs}
        kept = []
        for article in articles:
            if id(article[0]) in partner:
                kept.append([*article, partner[id(article[0])]])
            else:
                left_out.extend(article)
        articles = kept
        left_out.extend(rest)
    return articles, left_out
