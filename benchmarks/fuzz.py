"""Fuzz every reader through the command line with mutated inputs.

    python benchmarks/fuzz.py                 # 2,400 cases (seed 8)
    python benchmarks/fuzz.py --cases 300 --seed 1

Valid files of every readable format are made from the sample article, then mutated: truncations,
byte flips, NUL bytes, wrong JSON types, out-of-range and non-integer offsets, huge numbers, deep
nesting, lone surrogates, legacy and broken encodings, CRLF and BOMs.  Each mutant goes through
``annotator import --from FORMAT`` (and native files also through ``validate`` and ``convert``),
run in this process with a time limit.  Printed: cases tried, exit-code counts, tracebacks
(internal errors), hangs, invalid outputs written with exit 0, messages that do not name the
input or are not one line.  The last five must be 0.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.cli import main as cli_main, validate_file  # noqa: E402
from annotator.formats import format_named, read_txt  # noqa: E402

SEED_TEXT = Path(__file__).resolve().parents[1] / "seeds" / "canada-defense-partnership.txt"
TIME_LIMIT_S = 10.0
# reader name -> file name of its sample (brat's .ann gets its .txt beside it)
SAMPLES = {"json": "doc.json", "xml": "doc.xml", "txt": "doc.txt", "html": "doc.html", "jsonl": "doc.jsonl",
           "doccano": "doc.doccano.jsonl", "doccano-quotes": "doc.doccano-quotes.jsonl", "labelstudio": "doc.ls.json", "brat": "doc.ann", "conll": "doc.conll",
           "nitf": "doc.nitf.xml", "newsml": "doc.newsml.xml"}
NATIVE = ("json", "xml")


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that the CLI's ``except Exception`` cannot hide it."""


@dataclass
class Tally:
    tried: int = 0
    exit_codes: Counter = field(default_factory=Counter)
    tracebacks: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    invalid_outputs: list[str] = field(default_factory=list)
    unnamed_input: list[str] = field(default_factory=list)
    multi_line: list[str] = field(default_factory=list)

    def bad(self) -> int:
        return len(self.tracebacks) + len(self.hangs) + len(self.invalid_outputs) + len(self.unnamed_input) + len(self.multi_line)


# -- samples ------------------------------------------------------------------------------

def make_samples(folder: Path) -> dict[str, Path]:
    """One valid file per reader, from the first paragraphs of the sample article with suggestions."""
    from annotator.extract import suggest_document

    folder.mkdir(parents=True, exist_ok=True)
    text = SEED_TEXT.read_text("utf-8")[:1800]
    source = folder / "seed.txt"
    source.write_text(text, "utf-8")
    doc = read_txt(source)
    suggest_document(doc)
    samples = {}
    for name, file_name in SAMPLES.items():
        path = folder / file_name
        if name == "txt":
            path.write_text(text, "utf-8")
        elif name == "html":
            body = "".join(f"<p>{paragraph}</p>\n" for paragraph in text.split("\n") if paragraph)
            path.write_text(f"<html><head><title>{text.splitlines()[1]}</title></head><body><article>{body}"
                            "</article></body></html>", "utf-8")
        else:
            format_named(name).write(path, doc)  # type: ignore[misc]
        samples[name] = path
    return samples


# -- mutations ----------------------------------------------------------------------------

_NUMBER = re.compile(rb"-?\d+")


def _json_paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _json_paths(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _json_paths(child, path + (i,))


def _set(value, path, new):
    if not path:
        return new
    parent = value
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = new
    return value


WRONG_VALUES = [None, True, [], {}, "", "x", -1, 0, 10**9, 1.5, "12", 10**400, {"a": 1}, [1, 2], "\ud800"]


def mutate_json_value(data: bytes, rng: random.Random) -> bytes:
    """Replace one value anywhere in a JSON (or JSONL) file by one of the wrong kind."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return flip_bytes(data, rng)
    lines = text.split("\n")
    index = rng.choice([i for i, line in enumerate(lines) if line.strip()] or [0])
    try:
        value = json.loads(lines[index]) if len(lines) > 1 and lines[index].strip().startswith("{") else json.loads(text)
        whole = not (len(lines) > 1 and lines[index].strip().startswith("{"))
    except (ValueError, RecursionError):
        return flip_bytes(data, rng)
    path = rng.choice(list(_json_paths(value)))
    value = _set(value, path, rng.choice(WRONG_VALUES))
    dumped = json.dumps(value, ensure_ascii=rng.random() < 0.5)
    if whole:
        return dumped.encode("utf-8", "surrogatepass")
    lines[index] = dumped
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def insert_nul(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\x00" + data[at:]


def change_number(data: bytes, rng: random.Random) -> bytes:
    numbers = list(_NUMBER.finditer(data))
    if not numbers:
        return flip_bytes(data, rng)
    match = rng.choice(numbers)
    new = rng.choice([b"-1", b"-7", b"999999999", b"1.5", b"1e3", b"9" * 400, b"9" * 5000, b"0", b"", b"x"])
    return data[:match.start()] + new + data[match.end():]


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([300, 5_000, 100_000])
    if data.lstrip().startswith(b"<"):
        at = data.find(b"<p>") if b"<p>" in data else data.rfind(b"</")
        at = max(at, 0)
        return data[:at] + b"<div>" * depth + b"deep" + b"</div>" * depth + data[at:]
    if data.lstrip()[:1] in (b"{", b"["):
        return b"[" * depth + data + b"]" * depth
    return data + b"\n" + b"(" * depth


def lone_surrogate(data: bytes, rng: random.Random) -> bytes:
    quotes = [m.start() for m in re.finditer(rb'"', data)]
    if quotes:
        at = rng.choice(quotes) + 1
        return data[:at] + rng.choice([b"\\ud800", b"\\udfff", b"\\ud83d"]) + data[at:]
    return data + b"\xed\xa0\x80"  # a surrogate encoded as UTF-8 bytes (not valid UTF-8)


def bad_encoding(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    encoding = rng.choice(["latin-1", "cp1252", "cp1250", "utf-16-le", "utf-16", "koi8-r", "mac_roman"])
    return text.encode(encoding, "replace")


def crlf_and_bom(data: bytes, rng: random.Random) -> bytes:
    out = data.replace(b"\n", b"\r\n") if rng.random() < 0.7 else data.replace(b"\n", b"\r")
    return (b"\xef\xbb\xbf" + out) if rng.random() < 0.5 else out


def delete_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 3)):
        if lines:
            del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def empty(data: bytes, rng: random.Random) -> bytes:
    return rng.choice([b"", b" ", b"\n\n", b"\xef\xbb\xbf", b"\xff\xfe", b"[]", b"{}", b"null"])


MUTATIONS = [truncate, flip_bytes, insert_nul, change_number, deep_nesting, lone_surrogate, bad_encoding,
             crlf_and_bom, delete_lines, empty]
JSON_READERS = ("json", "jsonl", "doccano", "doccano-quotes", "labelstudio")


def mutate(reader: str, data: bytes, rng: random.Random) -> tuple[str, bytes]:
    choices = MUTATIONS + ([mutate_json_value] * 4 if reader in JSON_READERS else [])
    mutation = rng.choice(choices)
    out = mutation(data, rng)
    if rng.random() < 0.15:  # now and then two at once
        second = rng.choice(choices)
        out, mutation_name = second(out, rng), f"{mutation.__name__}+{second.__name__}"
        return mutation_name, out
    return mutation.__name__, out


# -- running ------------------------------------------------------------------------------

def _alarm(_signum, _frame):
    raise Hang()


def run_cli(argv: list[str]) -> tuple[int | str, str]:
    """Exit code (or "hang" / "traceback") and stderr of one in-process CLI run."""
    stderr, stdout = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT_S)
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            code: int | str = cli_main(argv)
    except Hang:
        code = "hang"
    except SystemExit as exit_:  # argparse
        code = exit_.code if isinstance(exit_.code, int) else 2
    except BaseException as error:  # noqa: BLE001 - what escapes the CLI is exactly what we count
        code = "traceback"
        stderr.write(f"{type(error).__name__}: {error}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return code, stderr.getvalue()


def commands(reader: str, path: Path, out: Path) -> list[list[str]]:
    runs = [["import", str(path), "--from", reader, "-o", str(out / "import")]]
    if reader in NATIVE:
        runs.append(["validate", str(path)])
        runs.append(["convert", str(path), str(out / "converted.json" if reader == "xml" else out / "converted.xml")])
    return runs


def check_case(tally: Tally, label: str, reader: str, path: Path, out: Path) -> None:
    for argv in commands(reader, path, out):
        tally.tried += 1
        code, err = run_cli(argv)
        tally.exit_codes[code] += 1
        what = f"{label} {argv[0]}: {err.strip()[:300]}"
        if code in ("traceback", 70) or "internal error" in err:
            tally.tracebacks.append(what)
        elif code == "hang":
            tally.hangs.append(what)
        elif code == 0 and argv[0] != "validate":
            for written in sorted(p for p in out.rglob("*") if p.suffix in (".json", ".xml")):
                try:
                    problems = validate_file(str(written))
                except Exception as error:  # noqa: BLE001
                    problems = [str(error)]
                if problems:
                    tally.invalid_outputs.append(f"{label} {argv[0]} -> {written.name}: {problems[0]}")
        if code == 2:
            lines = [line for line in err.splitlines() if line.strip()]
            if len(lines) != 1:
                tally.multi_line.append(what)
            elif not any(name in lines[0] for name in (path.name, path.with_suffix(".txt").name)):  # brat: its .txt
                tally.unnamed_input.append(what)
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()


def fuzz(cases: int, seed: int, folder: Path, progress: bool = False) -> Tally:
    rng = random.Random(seed)
    samples = make_samples(folder / "samples")
    readers = sorted(samples)
    tally = Tally()
    work = folder / "case"
    out = folder / "out"
    out.mkdir()
    for n in range(cases):
        reader = readers[n % len(readers)]
        sample = samples[reader]
        name, data = mutate(reader, sample.read_bytes(), rng)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        target = work / sample.name
        target.write_bytes(data)
        if reader == "brat":  # the .ann's text beside it, sometimes mutated instead of the .ann
            text = sample.with_suffix(".txt").read_bytes()
            if rng.random() < 0.3:
                target.write_bytes(sample.read_bytes())
                name, text = "txt:" + name, mutate("txt", text, rng)[1]
            target.with_suffix(".txt").write_bytes(text)
        check_case(tally, f"#{n} {reader} {name}", reader, target, out)
        if progress and n % 200 == 199:
            print(f"  {n + 1} cases…", file=sys.stderr, flush=True)
    return tally


def report(tally: Tally, seconds: float) -> None:
    codes = ", ".join(f"{code}: {count}" for code, count in sorted(tally.exit_codes.items(), key=str))
    print(f"tried                          {tally.tried} CLI runs ({seconds:.0f} s)")
    print(f"exit codes                     {codes}")
    for title, items in (("tracebacks", tally.tracebacks), ("hangs", tally.hangs),
                         ("invalid outputs with exit 0", tally.invalid_outputs),
                         ("messages not naming the input", tally.unnamed_input),
                         ("messages not on one line", tally.multi_line)):
        print(f"{title:<30} {len(items)}")
        for item in items[:5]:
            print(f"    {item}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2400, help="mutated inputs (each runs 1-3 commands)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-fuzz-") as tmp:
        started = time.perf_counter()
        tally = fuzz(args.cases, args.seed, Path(tmp), progress=True)
        report(tally, time.perf_counter() - started)
    return 1 if tally.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
