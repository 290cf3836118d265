"""``annotator corpus``: workspaces from the command line, for scripts and servers.

    annotator corpus init FOLDER [--store URL]     import every supported file under FOLDER
    annotator corpus add FOLDER PATH...            import more; unchanged files are skipped
    annotator corpus suggest FOLDER [--jobs N]     suggest for new (or out-of-date) documents
    annotator corpus status FOLDER [--json]        documents per status
    annotator corpus export FOLDER --to FORMAT -o OUT [--status S] [--annotator A]

Progress goes to stderr when it is a terminal (tqdm), nothing otherwise; errors are one line on
stderr and exit 2, as elsewhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from ..cli import UsageError
from ..cli import _err as _report


@contextmanager
def _progress(what: str):
    """A progress callback: a tqdm bar on a terminal, silent otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(desc=what, unit="doc", file=sys.stderr, leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()


def _open(folder: str, *, read_only: bool = False, create: bool = False):
    from ..corpus.store import StoreError, open_store

    try:
        return open_store(folder, read_only=read_only, create=create)
    except StoreError as error:
        raise UsageError(str(error)) from None


def _import(store, paths, base) -> int:
    from ..corpus.importer import import_paths

    with _progress("importing") as progress:
        result = import_paths(store, paths, base=base, progress=progress)
    for path, why in result.failed:
        _report(f"{path}: {why}")
    for source in result.changed:
        print(f"changed: {source} (a new version; the earlier one keeps its annotations)")
    print(f"{len(result.added)} added, {len(result.changed)} changed, {result.unchanged} unchanged, "
          f"{len(result.failed)} failed")
    return 2 if result.failed else 0


def cmd_init(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder")
    if args.store:
        from ..corpus.engine import URL_FILE, WORKSPACE_DIR

        (folder / WORKSPACE_DIR).mkdir(exist_ok=True)
        (folder / WORKSPACE_DIR / URL_FILE).write_text(args.store + "\n", encoding="utf-8")
    with _open(args.folder, create=True) as store:
        return _import(store, [folder], folder)


def cmd_add(args: argparse.Namespace) -> int:
    with _open(args.folder) as store:
        return _import(store, args.paths, args.folder)


def cmd_suggest(args: argparse.Namespace) -> int:
    from ..corpus.batch import suggest_documents

    with _open(args.folder) as store, _progress("suggesting") as progress:
        result = suggest_documents(store, jobs=args.jobs, progress=progress)
    for doc_id, why in result.failed:
        _report(f"{args.folder}#{doc_id}: {why}")
    print(f"{result.done} suggested, {result.skipped} up to date or finished, {len(result.failed)} failed")
    return 2 if result.failed else 0


def cmd_status(args: argparse.Namespace) -> int:
    with _open(args.folder, read_only=True) as store:
        counts = store.counts()
    total = sum(counts.values())
    if args.json:
        print(json.dumps({"documents": total, "statuses": counts}, indent=2))
    else:
        for status, n in counts.items():
            print(f"{status:12} {n:7,}")
        print(f"{'total':12} {total:7,}  ({counts['done'] + counts['reviewed']:,} / {total:,} done)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..corpus.batch import export_documents

    with _open(args.folder, read_only=True) as store, _progress("exporting") as progress:
        result = export_documents(store, args.output, to=args.to, status=args.status, annotator=args.annotator,
                                  progress=progress)
    for doc_id, why in result.skipped:
        _report(f"{args.folder}#{doc_id}: skipped: {why}")
    print(f"{result.written} written to {args.output}, {len(result.skipped)} skipped")
    return 0


def add_parsers(sub) -> None:
    corpus = sub.add_parser("corpus", help="workspaces: many articles with status, batch suggestion, export")
    commands = corpus.add_subparsers(dest="corpus_command", metavar="COMMAND", required=True)
    init = commands.add_parser("init", help="make FOLDER a workspace and import every supported file in it")
    init.add_argument("folder")
    init.add_argument("--store", metavar="URL", help="keep the store on a server (postgresql://...) instead of SQLite")
    init.set_defaults(func=cmd_init)
    add = commands.add_parser("add", help="import files or folders; unchanged ones are skipped")
    add.add_argument("folder")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.set_defaults(func=cmd_add)
    suggest = commands.add_parser("suggest", help="suggest for new or out-of-date documents")
    suggest.add_argument("folder")
    suggest.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    suggest.set_defaults(func=cmd_suggest)
    status = commands.add_parser("status", help="documents per status")
    status.add_argument("folder")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)
    export = commands.add_parser("export", help="export documents to a folder or file")
    export.add_argument("folder")
    export.add_argument("--to", required=True, metavar="FORMAT", help="json, xml, native-jsonl, or any export format")
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument("--status", choices=("new", "suggested", "in progress", "done", "reviewed"))
    export.add_argument("--annotator")
    export.set_defaults(func=cmd_export)
