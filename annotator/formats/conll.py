"""CoNLL-2003 style: one token per line, the entity tag in the last column, blank lines between
sentences, ``-DOCSTART-`` lines between documents.

Reading accepts IOB1 (CoNLL-2003's own: ``I-`` unless two entities of one type touch), IOB2
(``B-`` starts every entity) and BIOES/BILOU; middle columns (POS, chunk) are ignored.  The text is
rebuilt from the tokens: a space between tokens, a line break between sentences; the document
says ``extra["tokenization"] = "whitespace"`` so that writing it again gives back exactly these
tokens and sentences (import -> export -> import is stable).

Writing uses the offset-keeping tokenizer of :mod:`.tokens` (split at every entity edge), columns
``token _ _ TAG`` (placeholders for POS and chunk, as spaCy's ``conll_ner`` converter expects), IOB2
by default.  Overlapping entities cannot be tagged: the earliest, then longest, wins and
:func:`write_conll_many` returns how many were left out.  Labels are kept as they are (PER stays
PER; no mapping to OntoNotes names).
"""

from __future__ import annotations

import os
import re
from typing import Iterable

from ..model import AnnotationDocument
from ..model.items import Status
from .atomic import atomic_write_text
from .errors import ReadError
from .interop import (Importer, append_document, kept, only_document, pad_numbered_ids, read_text_file,
                      without_overlaps)
from .tokens import WHITESPACE_TOKENS, entity_tokens, sentences, token_range

ORIGIN = "conll"
DOCSTART = "-DOCSTART-"
_TAG = re.compile(r"^(?:O|([BIESLU])-(\S+))$")


# -- reading ------------------------------------------------------------------------------------

class _DocumentBuilder:
    """Collects tokens and tags of one document; entities close when the tags say so."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[tuple[int, int, str]] = []
        self.open: tuple[int, int, str] | None = None  # start, end, label
        self.need_separator = ""

    def sentence_break(self) -> None:
        self._close()
        if self.parts:
            self.need_separator = "\n"

    def token(self, word: str, prefix: str | None, label: str | None) -> None:
        if self.parts:
            separator = self.need_separator or " "
            self.parts.append(separator)
            self.length += len(separator)
        self.need_separator = ""
        start = self.length
        self.parts.append(word)
        self.length += len(word)
        if prefix is None:
            self._close()
            return
        continues = self.open is not None and self.open[2] == label and prefix in ("I", "E", "L")
        if continues:
            self.open = (self.open[0], self.length, label)  # type: ignore[index]
        else:
            self._close()
            self.open = (start, self.length, label)  # type: ignore[assignment]
        if prefix in ("E", "L", "S", "U"):
            self._close()

    def _close(self) -> None:
        if self.open is not None:
            self.entities.append(self.open)
            self.open = None

    def document(self, status: Status) -> AnnotationDocument | None:
        self._close()
        if not self.parts:
            return None
        doc = AnnotationDocument(text="".join(self.parts), extra={"tokenization": WHITESPACE_TOKENS})
        build = Importer(doc, ORIGIN, status)
        for start, end, label in self.entities:
            build.entity(start, end, label)
        return build.finish()


def loads_conll(raw: str, path: str | os.PathLike | None = None, *, status: Status = "suggested") -> list[AnnotationDocument]:
    docs: list[AnnotationDocument] = []
    current = _DocumentBuilder()

    def close_document() -> None:
        nonlocal current
        doc = current.document(status)
        if doc is not None:
            append_document(docs, doc, path or "conll")
        current = _DocumentBuilder()

    for number, line in enumerate(raw.split("\n"), start=1):
        columns = line.split()
        if not columns:
            current.sentence_break()
            continue
        if columns[0] == DOCSTART:
            close_document()
            continue
        if len(columns) < 2:
            raise ReadError(path, f"expected a token and a tag, got {line.strip()!r}", line=number)
        match = _TAG.match(columns[-1])
        if not match:
            raise ReadError(path, f"{columns[-1]!r} is not a tag (O, B-X, I-X, E-X or S-X)", line=number)
        current.token(columns[0], match.group(1), match.group(2))
    close_document()
    return pad_numbered_ids(docs, path or "conll")


def read_conll_many(path: str | os.PathLike, *, status: Status = "suggested") -> list[AnnotationDocument]:
    return loads_conll(read_text_file(path), path, status=status)


def read_conll(path: str | os.PathLike) -> AnnotationDocument:
    return only_document(read_conll_many(path), path, "conll")


# -- writing ------------------------------------------------------------------------------------

def document_rows(doc: AnnotationDocument, scheme: str = "iob2") -> tuple[list[list[tuple[str, str]]], int]:
    """Sentences of ``(token, tag)`` and how many overlapping entities were left out."""
    entities, dropped = without_overlaps(kept(doc.entities))
    tokens = entity_tokens(doc, entities)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    tag_at: dict[int, str] = {}
    for entity in entities:
        label = re.sub(r"\s+", "_", entity.label)
        inside = token_range(starts, ends, entity.start, entity.end)
        for n, index in enumerate(inside):
            tag_at[tokens[index].start] = f"{'B' if n == 0 else 'I'}-{label}"
    rows = [[(t.text, tag_at.get(t.start, "O")) for t in sentence] for sentence in sentences(doc, tokens, [(e.start, e.end) for e in entities])]
    if scheme == "iob1":
        rows = [_to_iob1(sentence) for sentence in rows]
    return rows, len(dropped)


def _to_iob1(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """IOB1 keeps B- only where an entity follows another of the same type directly."""
    out, previous = [], "O"
    for word, tag in sentence:
        if tag.startswith("B-") and previous[2:] != tag[2:]:
            tag = "I-" + tag[2:]
        out.append((word, tag))
        previous = tag
    return out


def dumps_conll(docs: Iterable[AnnotationDocument], scheme: str = "iob2") -> tuple[str, int]:
    lines: list[str] = []
    dropped = 0
    for doc in docs:
        rows, left_out = document_rows(doc, scheme)
        dropped += left_out
        lines += [f"{DOCSTART} -X- -X- O", ""]
        for sentence in rows:
            lines += [f"{word} _ _ {tag}" for word, tag in sentence]
            lines.append("")
    return "\n".join(lines) + ("\n" if lines else ""), dropped


def write_conll_many(path: str | os.PathLike, docs: list[AnnotationDocument], scheme: str = "iob2") -> int:
    """Write the documents; returns the number of overlapping entities that could not be tagged."""
    text, dropped = dumps_conll(docs, scheme)
    atomic_write_text(path, text)
    return dropped


def write_conll(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    write_conll_many(path, [doc])
