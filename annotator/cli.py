"""The ``annotator`` command: gui (default), suggest, validate, convert, export, import.

Bad input never shows a traceback: one line on stderr naming the file and the problem, exit
code 2.  ``validate`` exits 1 when a file it could read has problems.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from functools import lru_cache
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Sequence

from . import TOOL, __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """A wrong combination of arguments; reported like bad input."""


def _err(message: str) -> None:
    # One line per problem, whatever a library put in its message (libxml2 ends lines inside them).
    print("annotator: " + " ".join(part.strip() for part in message.splitlines() if part.strip()), file=sys.stderr)


# -- suggest --------------------------------------------------------------------------------

def _suggest_one(job: tuple[str, str | None, str, tuple[str, ...] | None]) -> tuple[str, str | None]:
    """Read, suggest, write one article; returns (path, error message or None)."""
    from .extract import suggest_document
    from .formats import FormatError, dumps_xml, read_document, write_document
    from .formats.native_json import iter_json

    path, out_folder, fmt, names = job
    try:
        doc = read_document(path)
        suggest_document(doc, names)
        if doc.annotation.tool is None:  # which tool made the suggestions; no clock, so output is reproducible
            doc.annotation = replace(doc.annotation, tool=TOOL)
        if out_folder is None:
            if fmt == "xml":
                sys.stdout.buffer.write(dumps_xml(doc))
            else:
                sys.stdout.writelines(iter_json(doc))  # in pieces: a large article's JSON is never whole in memory
            sys.stdout.flush()
        else:
            write_document(Path(out_folder) / f"{Path(path).name.split('.')[0] or Path(path).stem}.{fmt}", doc, fmt)
    except FormatError as error:
        return path, str(error)
    except KeyError as error:  # unknown suggester name
        return path, str(error.args[0])
    return path, None


def cmd_suggest(args: argparse.Namespace) -> int:
    if args.output is None and len(args.paths) > 1:
        raise UsageError("several inputs need -o FOLDER")
    if args.output is not None:
        out = Path(args.output)
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out}: not a folder")
        out.mkdir(parents=True, exist_ok=True)
    names = tuple(args.suggesters.split(",")) if args.suggesters else None
    if names is not None:
        from .extract import suggesters

        unknown = [name for name in names if name not in suggesters()]
        if unknown:
            raise UsageError(f"no suggester {unknown[0]!r}; available: {', '.join(sorted(suggesters()))}")
    jobs = [(p, args.output, args.format, names) for p in args.paths]
    workers = min(args.jobs or 1, len(jobs)) if args.jobs != 0 else min(os.cpu_count() or 1, len(jobs))
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_suggest_one, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    else:
        results = [_suggest_one(job) for job in jobs]
    failures = [message for _path, message in results if message]
    for message in failures:
        _err(message)
    # To a folder, one input or many, the same report; but one input that failed is one error line, no more.
    if args.output is not None and (len(jobs) > 1 or not failures):
        written = len(jobs) - len(failures)
        print(f"{written} of {len(jobs)} article{'s' if len(jobs) != 1 else ''} written to {args.output}", file=sys.stderr)
    return EXIT_BAD_INPUT if failures else EXIT_OK


# -- validate -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _json_schema_validator() -> Any:
    """The native JSON Schema's validator (None without jsonschema), made once per process."""
    try:
        import jsonschema
    except ImportError:  # the structural checks still run
        return None
    from importlib import resources

    schema = json.loads(resources.files("annotator.resources").joinpath("schema/article.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _json_schema_problems(data: object) -> list[str]:
    validator = _json_schema_validator()
    if validator is None:
        return []
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "document"
        problems.append(f"{where}: {error.message}")
    return problems


def validate_file(path: str) -> list[str]:
    """Every problem of a native JSON or XML file; raises ReadError if it cannot be read at all."""
    from .formats import ReadError, document_from_dict
    from .formats.native_json import load_json_data
    from .formats.native_xml import parse_xml_bytes, read_bytes, schema_problems, xml_to_dict

    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        data = load_json_data(path)
        problems = _json_schema_problems(data)
    elif suffix == ".xml":
        root = parse_xml_bytes(read_bytes(path), path)
        problems = schema_problems(root)
        if problems:
            return problems
        data = xml_to_dict(root, path, check_schema=False)
    else:
        raise ReadError(path, "validate reads native .json and .xml files")
    try:
        doc = document_from_dict(data, path)
    except ReadError as error:
        return problems + [error.reason]
    problems += [str(problem) for problem in doc.problems()]
    stated = data.get("sha256") if isinstance(data, dict) else None
    if stated and stated != doc.sha256:
        problems.append(f"sha256: the file says {stated[:12]}…, the text hashes to {doc.sha256[:12]}…")
    return problems


def cmd_validate(args: argparse.Namespace) -> int:
    from .formats import ReadError

    worst = EXIT_OK
    for path in args.files:
        try:
            problems = validate_file(path)
        except ReadError as error:
            _err(str(error))
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        if problems:
            for problem in problems:
                print(f"{path}: {problem}")
            worst = max(worst, EXIT_PROBLEMS)
        elif not args.quiet:
            print(f"{path}: ok")
    return worst


# -- convert --------------------------------------------------------------------------------

def cmd_convert(args: argparse.Namespace) -> int:
    from .formats import read_document, write_document

    if Path(args.input).resolve() == Path(args.output).resolve():
        raise UsageError("input and output are the same file")
    write_document(args.output, read_document(args.input), args.to)
    return EXIT_OK


# -- gui ------------------------------------------------------------------------------------

def _no_display() -> bool:
    """On Linux without a display Qt aborts the whole process with a misleading message."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def no_display_hint(path: str | None) -> str:
    """What to do without a display: a command that works as it is written (the user's file in it)."""
    import shlex

    target = shlex.quote(path) if path else "ARTICLE"
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a "
            f"desktop session (or ssh -X), or save a picture of the window: annotator gui {target} --screenshot OUT.png")


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_display():
        if getattr(args, "screenshot", None) is None:
            raise UsageError(no_display_hint(getattr(args, "path", None)))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    try:
        from .gui.app import run_gui
    except ImportError as error:
        raise UsageError(f"the window needs PySide6 ({error})") from error
    return run_gui(getattr(args, "path", None), screenshot=getattr(args, "screenshot", None))


# -- parser ---------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", description="Annotate news articles: entities, quotes, topics, metadata.")
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("path", nargs="?", help="an article or annotation file, or a workspace folder or store URL, to open")
    gui.add_argument("--screenshot", metavar="OUT.png", help="save a grab of the window once suggestions show, then exit")
    gui.set_defaults(func=cmd_gui)

    suggest = sub.add_parser("suggest", help="suggest annotations for articles and write native files")
    suggest.add_argument("paths", nargs="+", metavar="PATH")
    suggest.add_argument("-o", "--output", metavar="FOLDER", help="write <stem>.json/.xml here (default: stdout for one input)")
    suggest.add_argument("--format", choices=("json", "xml"), default="json")
    suggest.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (0: one per core)")
    suggest.add_argument("--suggesters", metavar="NAMES", help="comma-separated suggester names (default: all default ones)")
    suggest.set_defaults(func=cmd_suggest)

    validate = sub.add_parser("validate", help="check native files against the schema and their text")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    validate.set_defaults(func=cmd_validate)

    convert = sub.add_parser("convert", help="convert between formats, chosen by extension")
    convert.add_argument("input", metavar="IN")
    convert.add_argument("output", metavar="OUT")
    convert.add_argument("--to", metavar="FORMAT", help="output format name when the extension is ambiguous")
    convert.set_defaults(func=cmd_convert)

    from .commands.interchange import add_parsers

    add_parsers(sub)  # export, import
    from .commands.evaluate import add_parsers as add_evaluation_parsers

    add_evaluation_parsers(sub)  # eval, agree, adjudicate
    from .commands.corpus import add_parsers as add_corpus_parsers

    add_corpus_parsers(sub)  # corpus init/add/suggest/status/export
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .formats import FormatError
    from .model import ModelError

    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # Plain `annotator` and `annotator FILE` open the window.
    if not argv or (argv[0] not in parser._subparsers._group_actions[0].choices and not argv[0].startswith("-")):  # type: ignore[union-attr]
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    try:
        return args.func(args)
    except (FormatError, ModelError, UsageError, ValueError) as error:
        _err(str(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # an internal error: one line unless --debug
        if args.debug:
            raise
        _err(f"internal error: {type(error).__name__}: {error} (run with --debug for the traceback)")
        return 70
