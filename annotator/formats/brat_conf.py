"""``annotation.conf`` and ``visual.conf`` for a brat export folder.

brat checks every ``.ann`` against its folder's ``annotation.conf`` and, without one, reports
every type it does not know as an error.  These files declare what :mod:`.brat` writes: the
entity types used, the ``Content`` / ``Cue`` / ``Source`` spans, the ``Attribution`` event (and
any other event type a quote came in with) with its arguments, the ``Refers_to`` relation from a
speaker mention to its entity, the ``Kind`` attribute, and overlap of any kind (a quote contains
entities; a cue is also the event's trigger).

Exporting articles one by one into the same folder grows the files: the types already declared by
an earlier export are kept.  A folder whose ``annotation.conf`` someone else wrote is left alone.
"""

from __future__ import annotations

import os
from pathlib import Path

from .atomic import atomic_write_text

MARK = "# Written by Article Annotator; exporting into this folder again adds the new types."
ROLE_TYPES = ("Content", "Cue", "Source")
KIND_VALUES = ("direct", "indirect", "mixed")
REFERS_TO = "Refers_to"
_COLOURS = {"PERSON": "#ffccaa", "ORG": "#8fb2ff", "GPE": "#7fe2ff", "LOC": "#95dfff", "NORP": "#ffe000",
            "DATE": "#9affe6", "Content": "#e0e0e0", "Cue": "#ff99cc", "Source": "#ffccaa"}


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = sections.setdefault(stripped[1:-1], [])
        elif current is not None and stripped and not stripped.startswith("#"):
            current.append(stripped)
    return sections


def _declared(folder: Path) -> tuple[set[str], set[str]] | None:
    """Entity and event types our earlier export declared here; None when the folder's
    ``annotation.conf`` is someone else's (left alone)."""
    path = folder / "annotation.conf"
    if not path.exists():
        return set(), set()
    text = path.read_text("utf-8", errors="replace")
    if not text.startswith(MARK):
        return None
    sections = _sections(text)
    entities = {line for line in sections.get("entities", []) if line not in ROLE_TYPES}
    events = {line.split()[0] for line in sections.get("events", [])}
    return entities, events


def annotation_conf(entity_types: set[str], event_types: set[str]) -> str:
    entity_list = sorted(entity_types - set(ROLE_TYPES) - event_types)
    source_args = "|".join(["Source", *entity_list])
    lines = [MARK, "", "[entities]", *entity_list, *ROLE_TYPES, "",
             "[relations]",
             # Quotes contain entities, a cue is also its event's trigger, mentions nest.
             "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>",
             f"{REFERS_TO}\tArg1:Source, Arg2:{'|'.join(entity_list) or 'Source'}", "",
             "[events]"]
    lines += [f"{event}\tContent+:Content, Cue?:Cue, Source?:{source_args}" for event in sorted(event_types)]
    lines += ["", "[attributes]", f"Kind\tArg:{'|'.join(sorted(event_types))}, Value:{'|'.join(KIND_VALUES)}", ""]
    return "\n".join(lines)


def visual_conf(entity_types: set[str], event_types: set[str]) -> str:
    types = sorted(entity_types - set(ROLE_TYPES) - event_types) + list(ROLE_TYPES)
    lines = [MARK, "", "[labels]", *types, *sorted(event_types), REFERS_TO, "", "[drawing]",
             "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
             "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
             *(f"{t}\tbgColor:{_COLOURS[t]}" for t in types if t in _COLOURS),
             *(f"{e}\tbgColor:#ffe0a0" for e in sorted(event_types)),
             "Kind\tglyph:D|I|M", ""]
    return "\n".join(lines)


def write_confs(folder: str | os.PathLike, entity_types: set[str], event_types: set[str]) -> None:
    """Declare ``entity_types`` and ``event_types`` in the folder's confs (with those declared before)."""
    folder = Path(folder)
    declared = _declared(folder)
    if declared is None:
        return
    entities, events = entity_types | declared[0], event_types | declared[1] | {"Attribution"}
    for name, text in (("annotation.conf", annotation_conf(entities, events)),
                       ("visual.conf", visual_conf(entities, events))):
        path = folder / name
        # A batch export writes one document after another into the folder: no fsynced rewrite
        # of a conf that already says this.
        if not path.exists() or path.read_text("utf-8", errors="replace") != text:
            atomic_write_text(path, text)
