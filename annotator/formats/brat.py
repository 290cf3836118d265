"""brat standoff: the article in ``<stem>.txt``, annotations in ``<stem>.ann``.

Lines of an ``.ann`` file (tab-separated; offsets are code points into the ``.txt``)::

    T1  PERSON 0 12          Mélanie Joly          text-bound span (entity)
    T2  Content 21 35;40 52  “We’re ready,” “Now”  discontinuous: fragments joined by ";"
    T3  Cue 15 19            said
    T4  Attribution 15 19    said                   the event's trigger
    E1  Attribution:T4 Content:T2 Cue:T3 Source:T1
    A1  Kind E1 direct
    #1  AnnotatorNotes T1    Mélanie Joly           an entity's canonical name
    T5  Source 60 63         she                    a speaker mention that is not an entity's span
    R1  Refers_to Arg1:T5 Arg2:T1                   ... and the entity it resolves to
    #2  AnnotatorNotes E2    Mélanie Joly           the speaker's resolved name

**Quotes** follow PolNeAR's attribution scheme: an event with a ``Content`` argument is a quote;
``Source`` is the speaker (a ``Source`` span, or an entity's T line, which links the speaker to that
entity, when the mention is that entity's span), ``Cue`` the cue; the speaker's name is a note on
the event.  Discontinuous spans cover their full extent in our model; the fragments
are kept in ``extra["fragments"]`` and written back.  Several ``Content`` arguments (``Content2``)
become fragments of one quote.  The kind comes from a ``Kind`` attribute, or else from the quote
marks: at both edges -> direct, inside -> mixed, none -> indirect.  Every other T line is an entity.
Spans that cross a line break are written as fragments split at the break (brat cannot show a
newline inside a fragment) and read back as one span.  The folder gets an ``annotation.conf`` and ``visual.conf`` declaring all of it
(:mod:`.brat_conf`), so brat's checker accepts the export.  Lines of other kinds (R, N, M, ...) are
kept in ``doc.extra["brat"]`` and written back untouched.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model import AnnotationDocument, Cue, Quote, Speaker
from ..model.items import Status
from .atomic import atomic_write_files, encode_text
from .brat_conf import REFERS_TO, write_confs
from .errors import ReadError
from .interop import Importer, kept, read_text_file

ORIGIN = "brat"
QUOTE_MARKS = "\"“”„‟«»‘’‚‛‹›'"
ROLE_SOURCE, ROLE_CUE, ROLE_CONTENT = "Source", "Cue", "Content"
_FRAGMENT = re.compile(r"^(\d+) (\d+)$")


@dataclass
class _TextBound:
    label: str
    fragments: list[tuple[int, int]]
    line: int
    note: str | None = None

    @property
    def extent(self) -> tuple[int, int]:
        return min(s for s, _ in self.fragments), max(e for _, e in self.fragments)


@dataclass
class _Parsed:
    spans: dict[str, _TextBound] = field(default_factory=dict)
    events: list[tuple[str, list[tuple[str, str]], int]] = field(default_factory=list)  # id, [(role, T)], line
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    refers: dict[str, str] = field(default_factory=dict)  # speaker mention T -> the entity T it refers to
    event_notes: dict[str, str] = field(default_factory=dict)  # event id -> the speaker's resolved name
    other: list[str] = field(default_factory=list)


def paths_for(path: str | os.PathLike) -> tuple[Path, Path]:
    """The ``.txt`` and ``.ann`` of a brat document, given either."""
    path = Path(path)
    return path.with_suffix(".txt"), path.with_suffix(".ann")


# -- reading ------------------------------------------------------------------------------------

def _parse_span(text: str, ann: Path, number: int, tid: str, rest: str, covered: str) -> _TextBound:
    label, _, offsets = rest.partition(" ")
    if not label:  # "T1\t 0 3\tBob": would import as an entity without a label
        raise ReadError(ann, f"{tid}: no type before the offsets in {rest!r}", line=number)
    fragments = []
    for piece in offsets.split(";"):
        match = _FRAGMENT.match(piece.strip())
        if not match:
            raise ReadError(ann, f"{tid}: expected '<label> <start> <end>[;<start> <end>]', got {rest!r}", line=number)
        if max(len(match.group(1)), len(match.group(2))) > 18:  # no text is that long; int() would balk at 4,300 digits
            raise ReadError(ann, f"{tid}: an offset with {max(len(match.group(1)), len(match.group(2)))} digits lies outside the text", line=number)
        start, end = int(match.group(1)), int(match.group(2))
        if not 0 <= start <= end <= len(text):
            raise ReadError(ann, f"{tid}: span {start}-{end} lies outside the text (length {len(text)})", line=number)
        fragments.append((start, end))
    joined = " ".join(text[s:e] for s, e in fragments)
    if joined != covered:
        raise ReadError(ann, f"{tid}: offsets cover {joined!r}, the line says {covered!r}", line=number)
    return _TextBound(label=label, fragments=fragments, line=number)


def parse_ann(text: str, ann: Path) -> _Parsed:
    parsed = _Parsed()
    notes: list[tuple[str, str, int]] = []
    for number, line in enumerate(read_text_file(ann).split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        kind = parts[0][:1]
        if kind == "T":
            if len(parts) != 3:
                raise ReadError(ann, f"{parts[0]}: a T line needs three tab-separated fields", line=number)
            parsed.spans[parts[0]] = _parse_span(text, ann, number, parts[0], parts[1], parts[2])
        elif kind == "E" and len(parts) >= 2:
            args = []
            for arg in parts[1].split():
                role, sep, target = arg.partition(":")
                if not sep:
                    raise ReadError(ann, f"{parts[0]}: argument {arg!r} is not Role:Id", line=number)
                args.append((role, target))
            parsed.events.append((parts[0], args, number))
        elif kind == "A" and len(parts) >= 2:
            bits = parts[1].split()
            if len(bits) >= 2:
                parsed.attributes.setdefault(bits[1], {})[bits[0]] = bits[2] if len(bits) > 2 else "true"
        elif kind == "#" and len(parts) == 3 and parts[1].startswith("AnnotatorNotes "):
            notes.append((parts[1].split()[1], parts[2], number))
        elif kind == "R" and len(parts) >= 2 and parts[1].split()[:1] == [REFERS_TO] and _refers(parts[1]):
            source, target = _refers(parts[1])  # type: ignore[misc]
            parsed.refers[source] = target
        else:
            parsed.other.append(line)
    event_ids = {eid for eid, _args, _number in parsed.events}
    for target, note, _number in notes:
        if target in parsed.spans:
            parsed.spans[target].note = note
        elif target in event_ids:
            parsed.event_notes[target] = note
    for eid, args, number in parsed.events:
        for role, target in args:
            if target not in parsed.spans:
                raise ReadError(ann, f"{eid}: {role} points at {target}, which is not a T line", line=number)
    return parsed


def _refers(body: str) -> tuple[str, str] | None:
    """``Refers_to Arg1:T5 Arg2:T1`` -> ``("T5", "T1")``."""
    args = dict(arg.partition(":")[::2] for arg in body.split()[1:])
    return (args["Arg1"], args["Arg2"]) if "Arg1" in args and "Arg2" in args else None


def quote_kind(text: str) -> str:
    """Quote marks at both edges: direct; some inside: mixed; none: indirect."""
    stripped = text.strip()
    if len(stripped) >= 2 and stripped[0] in QUOTE_MARKS and stripped.rstrip(".,;:")[-1:] in QUOTE_MARKS:
        return "direct"
    return "mixed" if any(mark in stripped for mark in "\"“”«»") else "indirect"


def read_brat(path: str | os.PathLike, *, text_path: str | os.PathLike | None = None,
              status: Status = "suggested") -> AnnotationDocument:
    """Read ``<stem>.ann`` with its text (``text_path``, or ``<stem>.txt`` beside it)."""
    default_txt, ann = paths_for(path)
    txt = Path(text_path) if text_path is not None else default_txt
    text = read_text_file(txt)
    if not ann.exists():
        raise ReadError(ann, "no such file (brat keeps annotations beside the text, in <name>.ann)")
    parsed = parse_ann(text, ann)
    doc = AnnotationDocument(text=text, id=ann.stem, source=os.fspath(txt))
    build = Importer(doc, ORIGIN, status)
    role_spans = _role_spans(parsed)
    entity_ids: dict[str, str] = {}
    for tid, span in parsed.spans.items():
        if tid in role_spans:
            continue
        start, end = span.extent
        extra = {"fragments": [list(f) for f in span.fragments]} if len(span.fragments) > 1 else {}
        entity_ids[tid] = build.entity(start, end, span.label, canonical=span.note, extra=extra).id
    for eid, args, _number in parsed.events:
        contents = [parsed.spans[t] for role, t in args if role.startswith(ROLE_CONTENT)]
        if not contents:
            continue
        fragments = [f for span in contents for f in span.fragments]
        start, end = min(s for s, _ in fragments), max(e for _, e in fragments)
        roles = {role: target for role, target in args}
        extra: dict = {"brat_event": args[0][0]} if args and args[0][0] != "Attribution" else {}
        if len(fragments) > 1:
            extra["fragments"] = [list(f) for f in fragments]
        kind = parsed.attributes.get(eid, {}).get("Kind") or quote_kind(" ".join(text[s:e] for s, e in fragments))
        build.quote(start, end, kind=kind if kind in ("direct", "indirect", "mixed") else "direct",
                    speaker=_speaker(build, parsed, roles.get(ROLE_SOURCE), entity_ids, parsed.event_notes.get(eid)),
                    cue=_cue(build, parsed, roles.get(ROLE_CUE)), extra=extra)
    if parsed.other:
        doc.extra["brat"] = parsed.other
    return build.finish()


def _role_spans(parsed: _Parsed) -> set[str]:
    """T lines that are parts of quote events (trigger, content, cue, Source-labelled source)."""
    used = set()
    for _eid, args, _number in parsed.events:
        if not any(role.startswith(ROLE_CONTENT) for role, _ in args):
            continue
        for position, (role, target) in enumerate(args):
            if position == 0 or role != ROLE_SOURCE or parsed.spans[target].label == ROLE_SOURCE:
                used.add(target)
    return used


def _speaker(build: Importer, parsed: _Parsed, tid: str | None, entity_ids: dict[str, str],
             name: str | None) -> Speaker | None:
    """The Source of a quote: an entity's T line (the mention is that entity) or a Source span,
    which may refer to an entity (``Refers_to``); the name from the event's note or the span's."""
    if tid is None:
        return None
    span = parsed.spans[tid]
    start, end = span.extent
    extra = {"fragments": [list(f) for f in span.fragments]} if len(span.fragments) > 1 else {}
    entity = entity_ids.get(tid) or entity_ids.get(parsed.refers.get(tid, ""))
    return build.speaker(start, end, entity=entity, name=name or (None if tid in entity_ids else span.note),
                         extra=extra)


def _cue(build: Importer, parsed: _Parsed, tid: str | None) -> Cue | None:
    if tid is None:
        return None
    return build.cue(*parsed.spans[tid].extent)


# -- writing ------------------------------------------------------------------------------------

def _fragments(text: str, start: int, end: int, stored: object = None) -> list[tuple[int, int]]:
    """Fragments to write: the stored ones if they still fit the span, split at line breaks."""
    pieces = [(start, end)]
    if isinstance(stored, list) and stored and all(isinstance(f, list) and len(f) == 2 for f in stored):
        candidate = [(int(a), int(b)) for a, b in stored]
        if min(a for a, _ in candidate) == start and max(b for _, b in candidate) == end:
            pieces = candidate
    out = []
    for s, e in pieces:
        position = s
        for match in re.finditer(r"[\r\n]+", text[s:e]):
            if match.start() + s > position:
                out.append((position, s + match.start()))
            position = s + match.end()
        if position < e or not out:
            out.append((position, e))
    return out


class _AnnWriter:
    def __init__(self, text: str):
        self.text, self.lines, self.counts = text, [], {"T": 0, "E": 0, "A": 0, "R": 0, "#": 0}

    def next(self, kind: str) -> str:
        self.counts[kind] += 1
        return f"{kind}{self.counts[kind]}"

    def span(self, label: str, start: int, end: int, stored: object = None, note: str | None = None) -> str:
        tid = self.next("T")
        fragments = _fragments(self.text, start, end, stored)
        offsets = ";".join(f"{s} {e}" for s, e in fragments)
        self.lines.append(f"{tid}\t{label} {offsets}\t{' '.join(self.text[s:e] for s, e in fragments)}")
        if note:
            self.lines.append(f"{self.next('#')}\tAnnotatorNotes {tid}\t{' '.join(note.split())}")
        return tid


def dumps_ann(doc: AnnotationDocument) -> str:
    out = _AnnWriter(doc.text)
    entity_tids = {}
    for entity in kept(doc.entities):
        entity_tids[entity.id] = out.span(_label(entity.label), entity.start, entity.end,
                                          entity.extra.get("fragments"), entity.canonical)
    entity_spans = {e.id: (e.start, e.end) for e in kept(doc.entities)}
    for quote in kept(doc.quotes):
        _write_quote(out, quote, entity_tids, entity_spans)
    return "".join(line + "\n" for line in out.lines + list(doc.extra.get("brat", [])))


def _write_quote(out: _AnnWriter, quote: Quote, entity_tids: dict[str, str],
                 entity_spans: dict[str, tuple[int, int]]) -> None:
    content = out.span("Content", quote.start, quote.end, quote.extra.get("fragments"))
    args = [f"Content:{content}"]
    trigger_at = (quote.start, quote.end)
    if quote.cue is not None:
        args.append(f"Cue:{out.span('Cue', quote.cue.start, quote.cue.end)}")
        trigger_at = (quote.cue.start, quote.cue.end)
    speaker = quote.speaker
    entity_tid = entity_tids.get(speaker.entity or "") if speaker is not None else None
    refers = None
    if speaker is not None and entity_tid is not None and (
            not speaker.has_span or (speaker.start, speaker.end) == entity_spans[speaker.entity]):  # type: ignore[index]
        args.append(f"Source:{entity_tid}")  # the mention is the entity
    elif speaker is not None and speaker.has_span:
        # The mention ("she") as a Source span of its own, referring to its entity.
        source = out.span("Source", speaker.start, speaker.end, speaker.extra.get("fragments"))  # type: ignore[arg-type]
        args.append(f"Source:{source}")
        refers = (source, entity_tid) if entity_tid is not None else None
    event_type = quote.extra.get("brat_event", "Attribution")
    trigger = out.span(event_type, *trigger_at)
    eid = out.next("E")
    out.lines.append(f"{eid}\t{event_type}:{trigger} {' '.join(args)}")
    out.lines.append(f"{out.next('A')}\tKind {eid} {quote.kind}")
    if refers is not None:
        out.lines.append(f"{out.next('R')}\t{REFERS_TO} Arg1:{refers[0]} Arg2:{refers[1]}")
    if speaker is not None and speaker.name:
        out.lines.append(f"{out.next('#')}\tAnnotatorNotes {eid}\t{' '.join(speaker.name.split())}")


def _label(label: str) -> str:
    return re.sub(r"\s+", "_", label) or "Entity"


def write_brat(path: str | os.PathLike, doc: AnnotationDocument) -> None:
    """Write ``<stem>.txt`` (the text, exactly) and ``<stem>.ann`` beside it, and declare the
    types used in the folder's ``annotation.conf`` / ``visual.conf`` (what brat checks against)."""
    txt, ann = paths_for(path)
    # Both complete on disk before either replaces its old file: a kill or a full disk while
    # writing cannot leave a new .txt beside an old .ann (whose offsets would not fit).
    atomic_write_files([(txt, encode_text(txt, doc.text)), (ann, encode_text(ann, dumps_ann(doc)))])
    write_confs(ann.parent, {_label(e.label) for e in kept(doc.entities)},
                {q.extra.get("brat_event", "Attribution") for q in kept(doc.quotes)})
