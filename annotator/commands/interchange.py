"""``annotator export`` and ``annotator import``: the interchange formats from the command line.

    annotator export a.json b.json --to jsonl -o gold.jsonl     several articles, one JSONL file
    annotator export a.json --to nitf -o a.nitf.xml              one article, one file
    annotator export *.json --to brat -o brat/                   one-file-per-article formats: a folder
    annotator import preds.jsonl --from jsonl -o review/         each task -> review/<id>.json
    annotator import gold.ann --from brat -o corpus/ --accept    a gold corpus: items accepted

Inputs of ``export`` are chosen by extension (native JSON/XML, text, any registered format;
files holding many documents contribute all of them).  ``convert IN OUT`` stays the one-to-one
shortcut that picks both formats by extension.
"""

from __future__ import annotations

import argparse
import os
import re
import warnings
from dataclasses import replace
from pathlib import Path

from ..cli import UsageError
from ..cli import _err as _report
from ..model import AnnotationDocument


def read_all(path: str, format_name: str | None = None) -> list[AnnotationDocument]:
    """Every document in ``path``: by ``format_name``, or by the file's extension and content.
    What a reader left out and warned about is reported, one line each on stderr."""
    from ..formats import ReadError, reader_for
    from ..formats.errors import FormatWarning

    fmt = reader_for(path, format_name)
    if fmt is None:
        raise ReadError(path, f"cannot tell the format of {Path(path).name}; name it with --from")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", FormatWarning)
        docs = fmt.read_many(path) if fmt.read_many is not None else [fmt.read(path)]
    for warning in caught:
        if isinstance(warning.message, FormatWarning):
            _report(f"warning: {warning.message}")
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    if not docs:  # an empty or blank file: a script must not take "0 articles" for success
        raise ReadError(path, f"holds no documents (an empty {fmt.name} file?)")
    return docs


def refuse_invalid(path: str, doc: AnnotationDocument) -> None:
    """An import writes only files that pass ``annotator validate``: a bad item is an error
    naming the input and the item, and nothing is written (not a half-imported corpus)."""
    from ..formats import ReadError

    problems = doc.problems()
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ReadError(path, f"document {doc.id or '?'}: {problems[0]}{more}")


def accept_all(doc: AnnotationDocument) -> None:
    """Mark every imported item accepted (a gold corpus rather than predictions to review)."""
    doc.entities = [replace(e, status="accepted") for e in doc.entities]
    doc.quotes = [replace(q, status="accepted") for q in doc.quotes]
    doc.topics = [replace(t, status="accepted") for t in doc.topics]
    doc.metadata = {name: replace(m, status="accepted") for name, m in doc.metadata.items()}


def file_stem(doc: AnnotationDocument, fallback: str, taken: set[str]) -> str:
    stem = re.sub(r"[^\w.-]+", "_", doc.id or fallback).strip("._") or "article"
    name, n = stem, 2
    while name in taken:
        name, n = f"{stem}-{n}", n + 1
    taken.add(name)
    return name


def _names_a_folder(output: str) -> bool:
    """``-o brat/``: the trailing slash asks for a folder even for one article (Path() drops it)."""
    return output.endswith(("/", os.sep))


def cmd_export(args: argparse.Namespace) -> int:
    from ..formats import format_named
    from ..formats.interop import accepted_only

    fmt = format_named(args.to)
    if fmt.write is None:
        raise UsageError(f"format {fmt.name!r} cannot be written")
    docs = [doc for path in args.inputs for doc in read_all(path)]
    if args.accepted_only:
        docs = [accepted_only(doc) for doc in docs]
    out = Path(args.output)
    if fmt.write_many is not None:
        left_out = fmt.write_many(out, docs)
        if isinstance(left_out, int) and left_out:
            _report(f"{left_out} overlapping entities could not be written in {fmt.name}; see docs/formats.md")
        written = str(out)
    elif len(docs) == 1 and not out.is_dir() and not _names_a_folder(args.output):
        fmt.write(out, docs[0])
        written = str(out)
    else:
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out}: {fmt.name} writes one file per article; several need -o FOLDER")
        out.mkdir(parents=True, exist_ok=True)
        taken: set[str] = set()
        for n, doc in enumerate(docs, start=1):
            fmt.write(out / (file_stem(doc, f"article-{n}", taken) + fmt.extensions[0]), doc)
        written = f"{out}/"
    _report(f"{len(docs)} article{'s' if len(docs) != 1 else ''} written to {written} ({fmt.name})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..formats import write_document

    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: not a folder")
    docs = [(path, doc) for path in args.inputs for doc in read_all(path, args.from_format)]
    for path, doc in docs:
        refuse_invalid(path, doc)
    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for path, doc in docs:
        if args.accept:
            accept_all(doc)
        write_document(out / f"{file_stem(doc, Path(path).name.split('.')[0], taken)}.{args.format}", doc, args.format)
    _report(f"{len(docs)} article{'s' if len(docs) != 1 else ''} imported into {out}/ as {args.format}")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from ..formats import formats

    writable = ", ".join(f.name for f in formats() if f.write)
    readable = ", ".join(f.name for f in formats() if f.read)

    export = sub.add_parser("export", help="write articles in another tool's format",
                            description=f"Formats: {writable}. The interchange formats leave rejected items out. "
                                        "doccano imports into a default doccano project (no overlapping spans; "
                                        "quotes in a 'quotes' key); doccano-quotes adds quote, cue and speaker "
                                        "spans with their relations and needs a project with 'Allow overlapping "
                                        "spans' on.")
    export.add_argument("inputs", nargs="+", metavar="IN")
    export.add_argument("--to", required=True, metavar="FORMAT", help=writable)
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="a file, or a folder for one-file-per-article formats")
    export.add_argument("--accepted-only", action="store_true", help="leave out suggestions nobody reviewed")
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser("import", help="read another tool's files into native JSON/XML",
                         description=f"Formats: {readable}. Imported items are suggestions to review.")
    imp.add_argument("inputs", nargs="+", metavar="IN")
    imp.add_argument("--from", dest="from_format", metavar="FORMAT", help=f"{readable} (default: by extension)")
    imp.add_argument("-o", "--output", required=True, metavar="FOLDER")
    imp.add_argument("--format", choices=("json", "xml"), default="json", help="native format to write")
    imp.add_argument("--accept", action="store_true", help="mark imported items accepted (a gold corpus)")
    imp.set_defaults(func=cmd_import)
