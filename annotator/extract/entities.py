"""Named entities with OntoNotes labels, by gazetteers, name shapes and document-level evidence.

``find_entities(text)`` is the interface the quote and topic suggesters rely on: suggestions in text
order, never overlapping, each with a label, a score in 0..1 and a ``canonical`` name shared by the
mentions of one entity ("Joly" and "Mélanie Joly", "EU" and "European Union").

How it works, in linear time: one regular expression finds runs of capitalised words;
:mod:`entities_rules` cuts each run into mentions (dropping titles and sentence openers) and labels
those a gazetteer, an organisation head word or a given name vouches for.  A second pass over the
document settles the rest: a lone surname after a full name is that person, a word labelled once is
labelled the same elsewhere, and all-caps headlines are read against names found in the body.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys

from .base import EntitySuggestion
from .entities_lexicon import Lexicon, lexicon
from .entities_numeric import find_numeric
from .entities_document import settle
from .entities_rules import CAPS, CONNECTORS, TOKEN, Candidate, read_group, split_connectors

__all__ = ["find_entities"]


def _upper_class() -> str:
    """Every capital letter in the Basic Multilingual Plane, as a regex character class body."""
    return "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper() or chr(c).istitle())


# Short words that end in a stop and go on to a name ("Gov. Jerry Brown", "St. Louis"): only these and initials,
# never a short surname ending a sentence ("… by Jane Lee. The ferry …" is two sentences).
_SHORT_ABBREVIATIONS = "|".join("""Mr Mrs Ms Dr St Ste Mt Ft Jr Sr Gov Sen Rep Gen Col Lt Sgt Maj Adm Rev Hon Det Sec
Cpl Pvt Pte Fr Mme Bro Cdr Ald""".split())


@functools.cache
def _run_re() -> re.Pattern[str]:
    """The capitalised-run regex; built on first use (~50 ms), not at import, so start-up stays quick."""
    upper = _upper_class()
    # A word: "U.S.", "Mr.", "J.", "Mélanie", "O'Brien", "AT&T", "M&S", "G7" -- never a trailing possessive "’s",
    # and never a short word ending a sentence ("in May.", "by Jane Lee."); Arabic names keep "al-" ("Abu Bakr al-Baghdadi").
    word = rf"(?:(?:Inc|Corp|Co|Cos|Ltd|Bros|Jr|Sr|Plc)\.|(?:[{upper}]\.){{2,}}|(?:[{upper}]|{_SHORT_ABBREVIATIONS})\.(?=[ \xa0][{upper}])|(?:al|el)-[{upper}]\w*|[{upper}]\w*(?:[-'’‘](?!(?:s|S|ve|ll|re|d|m|t)\b)\w+|&\w+)*)"
    # "the" only after "of" ("Bank of the West"): "After the World Cup" is an opener and a name.
    connector = "of[ \xa0]the|" + "|".join(sorted((re.escape(c) for c in CONNECTORS - {"the"}), key=len, reverse=True))
    # A run starts with a capital or the "a"/"e" of "al-"/"el-": the lookahead first turns away the
    # positions at other lower-case letters and spaces, most of a text, with one small-table test
    # (a third faster a scan than the look-behind and five alternatives tried there first).
    # Not inside a word ("O'Brien" is one name, never "Brien"), but after an opening mark of apostrophes: the
    # NYT's ''Hillary Clinton …'' and the BBC's 'Ada Quill' open a quotation there.
    return re.compile(rf"(?![b-df-z\s])(?<![\w’-])(?<!\w['‘]){word}(?:[ \xa0](?:(?:{connector})[ \xa0])*{word})*")


_LONGEST_NAME = 12  # words; a longer run is a heading or a list, read word by word
_LOWER = re.compile(r"[a-zß-öø-ÿ]")
# What may stand between a sentence boundary and its first word: spaces, quotes, brackets, dashes.
_OPENERS = " \t\xa0\"“‘'([—–-*•"
_BOUNDARIES = ".!?:;\n"



def find_entities(text: str) -> list[EntitySuggestion]:
    """Entity suggestions in text order, non-overlapping; never raises on odd text."""
    if not text:
        return []
    lex = lexicon()
    candidates = _scan(lex, text)
    settle(lex, text, candidates)
    return _emit(text, candidates)


def _scan(lex: Lexicon, text: str) -> list[Candidate]:
    found: list[Candidate] = []
    heading_lines: dict[int, bool] = {}
    runs = _run_readings(lex)
    line_start, line_end = 0, text.find("\n")  # the line of the last run (-1: it runs to the end)
    for match in _run_re().finditer(text):
        start, end = match.span()
        run = match.group()
        if 0 <= line_end < start:  # a later line: looked for from the last one, not from the text's start
            line_start = text.rfind("\n", line_end, start) + 1
            line_end = text.find("\n", start)
        heading = heading_lines.get(line_start)
        if heading is None:
            heading = heading_lines[line_start] = _is_heading_line(lex, text, line_start)
        if heading or (" " in run and not _LOWER.search(run)):  # the cheap test first
            found.append(Candidate(start, end, run, None, None, 0.5, CAPS, True))
            continue
        contraction = text.startswith(("’t", "'t"), end)  # "Flowers Won’t Be", "Don't": a verb, not a name's end
        initial = _starts_sentence(text, start)
        key = (run, contraction, initial)
        read = runs.get(key)
        if read is None:
            if len(runs) >= _RUN_CACHE_SIZE:
                runs.clear()
            read = runs[key] = _read_run(lex, run, contraction, initial)
        # Fresh candidates: the document pass changes them, the kept readings stay as they were read.
        found.extend([Candidate(start + c.start, start + c.end, c.text, c.label, c.canonical, c.score, c.kind,
                                c.initial, c.by_given_name) for c in read])
    return found


_RUN_CACHE_SIZE = 1 << 14  # readings kept; emptied when full, so a huge article's memory stays bounded
_Readings = dict[tuple[str, bool, bool], tuple[Candidate, ...]]
_run_cache: list[tuple[Lexicon, _Readings]] = []  # one lexicon's readings (the lexicon is loaded once)


def _run_readings(lex: Lexicon) -> _Readings:
    """The readings of runs already seen with this lexicon: the same words, followed by the same
    contraction and opening a sentence or not, always read the same (news repeats "The", "He",
    "Mr Blair" thousands of times), so each is read once."""
    if not _run_cache or _run_cache[0][0] is not lex:
        _run_cache[:] = [(lex, {})]
    return _run_cache[0][1]


def _read_run(lex: Lexicon, run: str, contraction: bool, initial: bool) -> tuple[Candidate, ...]:
    """The mentions in one capitalised run, with offsets from the run's start."""
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(run)]
    if contraction:
        tokens.pop()
        if not tokens:
            return ()
    if len(tokens) > _LONGEST_NAME or (len(tokens) >= 4 and _is_headline(lex, tokens)):
        return (Candidate(0, len(run), run, None, None, 0.5, CAPS, True),)
    breaks = [i for i, token in enumerate(tokens) if token[2] in _RUN_BREAKS]
    if breaks and len(tokens) > 1:
        # "Megyn Kelly Is No Different Than Kim Kardashian": a Title Case headline's verb or "Than" is no
        # part of a name; the names on either side are read apart
        found = []
        for lo, hi in zip([-1] + breaks, breaks + [len(tokens)]):
            if hi - lo > 1:
                part = run[tokens[lo + 1][0]:tokens[hi - 1][1]]
                offset = tokens[lo + 1][0]
                found.extend(replace_offsets(c, offset) for c in _read_run(lex, part, False, initial and lo < 0))
        return tuple(found)
    found: list[Candidate] = []
    for group in split_connectors(lex, tokens):
        while group and group[-1][2] in CONNECTORS:
            group = group[:-1]
        if group:
            found.extend(read_group(lex, group, initial and group[0][0] == 0))
    return tuple(found)


# Capitalised words of a Title Case headline that are never inside a name: auxiliaries, "Than", "Says"
# (not "Said": Edward Said).
_RUN_BREAKS = frozenset("Is Are Was Were Has Have Had Would Could Should Does Did Than Says".split())


def replace_offsets(c: Candidate, offset: int) -> Candidate:
    """A candidate read from part of a run, moved to the run's offsets."""
    return dataclasses.replace(c, start=c.start + offset, end=c.end + offset)


_HEADING_LENGTH = 200  # characters; a longer line is a paragraph
_LINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_APOSTROPHE = re.compile(r"[’']")


def _is_heading_line(lex: Lexicon, text: str, line_start: int) -> bool:
    """An all-caps line, or a short line in Title Case made of ordinary words: capitals that prove nothing.

    A short line of names ("Mark Brooks, Tom Lehman and Mark O'Meara") is no heading.
    """
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if _LOWER.search(text, line_start, line_end) is None:
        return True
    if line_end - line_start > _HEADING_LENGTH:
        return False
    # "It’s", "Clinton’s": looked up without the contraction or possessive
    words = [_APOSTROPHE.split(w, 1)[0] for w in _LINE_WORD.findall(text, line_start, line_end) if len(w) > 1]
    capitalised = [w for w in words if w[0].isupper()]
    if len(words) < 4 or len(capitalised) * 4 < len(words) * 3:
        return False
    ordinary = sum(1 for w in capitalised if _ordinary(lex, w))
    return ordinary * 2 >= len(capitalised)


def _ordinary(lex: Lexicon, word: str) -> bool:
    """A capitalised word that is an everyday word, and no part of a name nor a given name."""
    return word.lower() in lex.common_words and not _is_name_part(lex, word) and not lex.is_given_name(word)


def _is_headline(lex: Lexicon, tokens: list) -> bool:
    """Title Case like 'Canada Seeks Strategic Defense Partnership': capitals that prove nothing."""
    words = [t[2] for t in tokens if t[2] not in CONNECTORS]
    last = words[-1] if words else ""
    if last in lex.event_heads or last in lex.org_heads or last in lex.law_heads or last in lex.fac_heads:
        return False  # "IAAF World Cross Country Championships": a name with a head, not a headline
    if len(words) < len(tokens) and any(t[2] == "&" for t in tokens):
        return False  # "Marks & Spencer and Johnson & Johnson": firms joined by "&" are names
    common = sum(1 for w in words if _ordinary(lex, w))
    return len(words) >= 4 and common * 3 >= len(words) * 2


def _is_name_part(lex: Lexicon, word: str) -> bool:
    """Words that belong in names and titles even though they are ordinary English words."""
    lower = word.lower()
    return (word in lex.norp or word in lex.org_heads or word in lex.places or lower in lex.titles
            or lower in lex.title_modifiers)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether only openers (quotes, brackets, dashes) stand between a sentence boundary and ``start``."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _BOUNDARIES


def _emit(text: str, candidates: list[Candidate]) -> list[EntitySuggestion]:
    spans: list[tuple[int, int, str, str | None, float]] = []
    for c in candidates:
        if c.label is not None and c.end > c.start:
            canonical = c.canonical if c.canonical is not None else c.text
            spans.append((c.start, c.end, c.label, canonical, c.score))
    for start, end, label, canonical in find_numeric(text):
        spans.append((start, end, label, canonical or text[start:end], 0.85))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    result: list[EntitySuggestion] = []
    last_end = -1
    for start, end, label, canonical, score in spans:
        if start < last_end:  # overlaps a longer or earlier span: that one stays
            continue
        result.append(EntitySuggestion(start=start, end=end, label=label, score=score, canonical=canonical))
        last_end = end
    return result


if __name__ == "__main__":  # quick look: python -m annotator.extract.entities FILE
    source = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else sys.stdin.read()
    for s in find_entities(source):
        print(f"{s.start}\t{s.end}\t{s.label}\t{source[s.start:s.end]!r}\t{s.canonical}\t{s.score}")
