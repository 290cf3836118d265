"""The document pass of the entity recognizer: what a run alone could not settle.

A lone surname after a full name is that person ("Joly" -> "Mélanie Joly"); a word labelled once
is labelled the same elsewhere; an acronym spelled out in brackets is that name; all-caps and
Title Case headings keep only names the body or a gazetteer knows; city names with scores after
them are sports clubs.  Everything here is dictionary look-ups and anchored regular expressions
around each candidate, so the pass is linear in the article's length.
"""

from __future__ import annotations

import re

from .entities_lexicon import Lexicon
from .entities_rules import ACRONYM, CAPS, CONNECTORS, COUNTRY, GUESS, MULTI, PARTICLES, SINGLE, SURE, Candidate

_TOKEN = re.compile(r"[^ \xa0]+")
# Words after which a lone capitalised word names a person ("Smith said", "Smith, 45,").
_AGE_AFTER = re.compile(r"[ \xa0]?,[ \xa0]\d{1,2}[ \xa0]?,")  # "Smith, 45, of Leeds": only people have ages
_SPEECH = re.compile(r"[ \xa0](?:said|says|told|added|asked|wrote|stated|warned|argued|explained|revealed|"
                     r"admitted|insisted|claimed|denied|recalled|replied|believes|thinks)\b"
                     r"|[ \xa0]?,[ \xa0]\d{1,2}[ \xa0]?,")
_WORD_BEFORE = re.compile(r"([\w-]+)[ \xa0]$")
# "Jansher Khan ( Pakistan )": a competitor and the country they represent, in results lists.
_COUNTRY_AFTER = re.compile(r"[ \xa0]?\([ \xa0]?([A-Z][\w. ]{1,24}?)[ \xa0]?\)")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according[ \xa0]to|Mr|Mrs|Ms|Dr)\.?[ \xa0]$")
# ... and before which it names a place ("in Velten", "the town of Staoueli").
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside)|\b(?:town|city|village|province|region|district|suburb|"
                           r"north|south|east|west|capital) of)[ \xa0]$")
# Company talk around a name: "Volkswagen said its ...", "shares in Rolls-Royce", "the IG Metall union".
_ORG_AFTER = re.compile(r"[ \xa0](?:said|says|reported|announced|posted)[ \xa0]its\b|[’']s[ \xa0](?:shares|shareholders|"
                        r"share[ \xa0]price|profits?|revenues?|chief[ \xa0]executive)\b|[ \xa0](?:union|party|"
                        r"group|company|firm|bank|club|newspaper|agency|ministry|airline|carmaker|retailer)\b")
_ORG_BEFORE = re.compile(r"\b(?:[Ss]hares[ \xa0](?:in|of)|stake[ \xa0]in|shareholders[ \xa0]in)[ \xa0]$")
# "Gennifer Flowers, who once ...", "Flowers and her husband": words only people take.
_PERSONAL_AFTER = re.compile(r"[ \xa0]?,[ \xa0]who[ \xa0](?!(?:beat|lost|won|drew|play|face|host|lead|trail)\w*)|"
                             r"[ \xa0]and[ \xa0](?:his|her)[ \xa0](?:wife|husband|partner|son|daughter|family)\b")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "MSPs", "CEOs": people, but no names
_PLACE_AFTER = re.compile(r"[ \xa0](?:county|province|region|district|village|town|city)\b")

def settle(lex: Lexicon, text: str, candidates: list[Candidate]) -> None:
    """Label what a run alone could not, from what the rest of the article says."""
    people: dict[str, str] = {}  # "Joly" and "Mélanie Joly" -> "Mélanie Joly"
    known: dict[str, tuple[str, str | None]] = {}  # surface -> label, canonical
    for c in candidates:
        if c.label == "PERSON" and c.kind == SURE:
            _add_person(people, c.text)
    for c in candidates:
        if c.kind == MULTI:
            last = c.text.rsplit(" ", 1)[-1]
            if last in people or c.text in people:
                c.label, c.kind, c.score = "PERSON", SURE, 0.75
                _add_person(people, c.text)
    for c in candidates:
        if c.kind == MULTI:
            if c.initial and c.text.split(" ", 1)[0].lower() in lex.common_words:
                c.label = None
            elif _looks_personal(lex, c.text) or _person_context(lex, text, c):
                c.label, c.score = "PERSON", 0.55
                _add_person(people, c.text)
            else:
                c.label, c.score = "ORG", 0.45
    for c in candidates:
        if c.label == "GPE" and c.kind == SURE and c.text.title() in people and " " not in c.text \
                and not _is_country(lex, c.canonical) and not _PLACE_BEFORE.search(text, max(0, c.start - 16), c.start):
            c.label, c.canonical, c.score = "PERSON", people[c.text.title()], 0.7  # "Bellingham" after "Jude Bellingham"
        elif c.label == "PERSON" and c.kind == MULTI and _org_context(text, c):
            c.label, c.score = "ORG", 0.5
        elif c.label == "PERSON" and c.initial and " " in c.text:
            first, rest = c.text.split(" ", 1)
            # "Will Gennifer Flowers be there?" -- but "Bill Clinton" is the person "Clinton" stands for
            if first.lower() in lex.common_words and people.get(rest, c.text) != people.get(c.text, c.text):
                wrong, c.start, c.text, c.initial = c.text, c.start + len(first) + 1, rest, False
                for name in [n for n, canonical in people.items() if canonical == wrong]:
                    people[name] = people[rest]  # "Flowers" stands for "Gennifer Flowers" again
    for c in candidates:
        if c.label is not None and c.kind in (SURE, MULTI):
            known.setdefault(c.text, (c.label, c.canonical))
    first_names: dict[str, str] = {}  # a given name alone, when one person in the article has it
    for canonical in set(people.values()):
        first = canonical.split(" ", 1)[0]
        first_names[first] = canonical if first not in first_names else ""
    for c in candidates:
        if c.kind == SINGLE:
            _settle_single(lex, text, c, people, known, first_names)
        elif c.kind == ACRONYM:
            _settle_acronym(text, c, known, people)
        if c.label == "PERSON":
            c.canonical = people.get(c.text, c.canonical or c.text)
    upper = {surface.upper(): value for surface, value in known.items()}
    for name, canonical in people.items():
        upper.setdefault(name.upper(), ("PERSON", canonical))
    caps = [c for c in candidates if c.kind == CAPS]
    if caps:
        extra = [piece for c in caps for piece in _read_caps(lex, c, upper)]
        candidates[:] = [c for c in candidates if c.kind != CAPS] + extra
    _find_teams(lex, text, candidates)


# A score or a standings row after a name, or a fixture word before it: the name is a team there.
_SCORE_AFTER = re.compile(r"[ \xa0]\d{1,3}(?:-\d{1,2})?(?=[ \xa0,]|$)", re.M)
_FIXTURE = re.compile(r"(?:\b(?:beat|v|vs\.?|against|AT|drew with|lost to)[ \xa0]$)")
_FIXTURE_AFTER = re.compile(r"[ \xa0](?:beat|v|vs\.?|AT|drew)\b")


def _find_teams(lex: Lexicon, text: str, candidates: list[Candidate]) -> None:
    """City and county names that are sports clubs in this article ("Leeds 2 Arsenal 1") become ORG.

    Countries stay places: national teams are written as their country.  Once a name is a team
    in an article, all its mentions there are.
    """
    teams: set[str] = set()
    for c in candidates:
        if c.label not in ("GPE", "ORG", "PERSON") or _is_country(lex, c.canonical):
            continue
        if c.label == "PERSON" and (c.kind != MULTI or (c.start and text[c.start - 1] != "\n")):
            continue  # a guessed name opening a results line ("Deportivo Coruna 1") may be a club
        if _SCORE_AFTER.match(text, c.end) or _FIXTURE_AFTER.match(text, c.end) or (
                _FIXTURE.search(text, max(0, c.start - 9), c.start) and _SCORE_AFTER.search(text, c.end, c.end + 40)):
            teams.add(c.text.upper())
    if not teams:
        return
    for c in candidates:
        if c.text.upper() in teams and (c.label == "GPE" or (c.label == "PERSON" and c.kind == MULTI)):
            c.label, c.score, c.canonical = "ORG", 0.6, c.text


def _is_country(lex: Lexicon, canonical: str | None) -> bool:
    place = lex.places.get(canonical) if canonical else None
    return place is not None and place[2] >= COUNTRY


def _add_person(people: dict[str, str], name: str) -> None:
    canonical = people.get(name, name)
    people.setdefault(name, canonical)
    words = [w for w in name.split(" ") if w not in PARTICLES and not w.endswith(".")]
    if len(words) > 1:
        people.setdefault(words[-1], canonical)
        # "von der Leyen" as a surname
        tail = name[name.find(" ") + 1:]
        if tail.split(" ", 1)[0] in PARTICLES:
            people.setdefault(tail, canonical)


def _settle_single(lex: Lexicon, text: str, c: Candidate, people: dict[str, str],
                   known: dict[str, tuple[str, str | None]], first_names: dict[str, str]) -> None:
    word = c.text
    if word in people or (word.isupper() and word.title() in people):
        c.label, c.canonical, c.score = "PERSON", people.get(word) or people[word.title()], 0.8
        return
    if word in known:
        c.label, c.canonical = known[word]
        c.score = 0.7
        return
    # "SpaceX", "YouTube": a capital inside a word is never an ordinary word's
    common = word.lower() in lex.common_words and (word.isupper() or not any(ch.isupper() for ch in word[1:]))
    if common and _AGE_AFTER.match(text, c.end) and not lex.is_given_name(word):
        c.label, c.score = "PERSON", 0.6  # "Smith, 45, of Leeds", even opening a sentence
        return
    if (c.initial and common) or _PLURAL_ACRONYM.fullmatch(word):
        return  # "Looking", "However": a capital that only opens the sentence
    if lex.is_given_name(word):
        if not common and first_names.get(word):
            c.label, c.canonical, c.score = "PERSON", first_names[word], 0.5  # "Nigel" after "Nigel Farage"
        return
    if "-" in word and (not word.rsplit("-", 1)[1][:1].isupper()
                        or all(part.lower() in lex.common_words for part in word.split("-"))):
        return  # "Dublin-born", "Quarter-final", "Under-21", "Half-Blood", "Self-Made"
    if _org_context(text, c):
        c.label, c.score = "ORG", 0.55
    elif _SPEECH.match(text, c.end) or _person_context(lex, text, c):
        c.label, c.score = "PERSON", 0.6
    elif _PLACE_BEFORE.search(text, max(0, c.start - 16), c.start) or _PLACE_AFTER.match(text, c.end):
        c.label, c.score = "GPE", 0.5
    elif common or (c.initial and word.endswith(("ing", "ed", "ly"))):
        return  # a capitalised ordinary word ("Internet"), or a verb opening a sentence ("Enacting")
    else:
        c.label, c.score = "ORG", 0.4


_DEFINED_BEFORE = re.compile(r"([\w’'-]+(?:[ \xa0][\w’'-]+){0,5})[ \xa0]?\($")


def _settle_acronym(text: str, c: Candidate, known: dict[str, tuple[str, str | None]],
                    people: dict[str, str]) -> None:
    """An acronym spelled out before it: "(IEA)" after a name is that name; "(LNG)" after words is none.
    A capitalised surname of someone in the article is that person ("PENCE:" in a transcript)."""
    if c.text.title() in people:
        c.label, c.canonical, c.score = "PERSON", people[c.text.title()], 0.6
        return
    if c.text in known:
        c.label, c.canonical = known[c.text]
        return
    before = _DEFINED_BEFORE.search(text, max(0, c.start - 80), c.start)
    if before is None:
        return
    letters = c.text.replace(".", "").upper()
    words = before.group(1).split()
    picked: list[str] = []
    for i in range(len(words) - 1, -1, -1):  # from the end, skipping "of", "and", ...
        if words[i] not in CONNECTORS:
            picked.append(words[i])
        if len(picked) == len(letters):
            break
    if "".join(w[0] for w in reversed(picked)).upper() != letters:
        return
    if not any(w[0].isupper() for w in picked):
        c.label = None  # a common noun's abbreviation: "liquefied natural gas (LNG)"
        return
    name = " ".join(words[i:])
    c.label, c.canonical = known.get(name, ("ORG", name))
    c.canonical = c.canonical or name
    known[c.text] = (c.label, c.canonical)


def _org_context(text: str, c: Candidate) -> bool:
    return bool(_ORG_AFTER.match(text, c.end) or _ORG_BEFORE.search(text, max(0, c.start - 20), c.start))


def _person_context(lex: Lexicon, text: str, c: Candidate) -> bool:
    """A lower-case title before ("president Suharto"), speech around, or a country after in brackets."""
    window = max(0, c.start - 24)
    before = _WORD_BEFORE.search(text, window, c.start)
    if before is not None and before.group(1).lower() in lex.titles:
        return True
    if _SPEECH_BEFORE.search(text, window, c.start) or _PERSONAL_AFTER.match(text, c.end):
        return True
    after = _COUNTRY_AFTER.match(text, c.end)
    # "Benetton ( Italy ) 92": a club and its country before a score is no person
    return after is not None and _is_country(lex, after.group(1).strip()) and not _SCORE_AFTER.match(text, after.end())


def _looks_personal(lex: Lexicon, name: str) -> bool:
    words = [w for w in name.split(" ") if w not in PARTICLES]  # "Luiz Inácio Lula da Silva"
    return 2 <= len(words) <= (4 if len(words) < len(name.split(" ")) else 3) and not any(
        w.lower() in lex.common_words for w in words)


def _read_caps(lex: Lexicon, c: Candidate, upper: dict[str, tuple[str, str | None]]) -> list[Candidate]:
    """All-caps words ("SOCCER - JAPAN GET LUCKY WIN"): only names the article or a gazetteer knows."""
    tokens = [(c.start + m.start(), c.start + m.end(), m.group()) for m in _TOKEN.finditer(c.text)]
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        for n in range(min(4, len(tokens) - i), 0, -1):
            key = " ".join(t[2] for t in tokens[i:i + n]).upper()
            hit = upper.get(key)
            if hit is None:
                surface = lex.places_upper.get(key)
                if surface is not None and (n > 1 or key.lower() not in lex.common_words):
                    place = lex.places[surface]
                    hit = (place[0], place[1])
                elif n == 1 and key.title() in lex.norp:
                    hit = ("NORP", lex.norp[key.title()])
                elif key in lex.orgs:
                    hit = ("ORG", lex.orgs[key])
            if hit is not None:
                found.append(Candidate(tokens[i][0], tokens[i + n - 1][1], c.text[tokens[i][0] - c.start:
                             tokens[i + n - 1][1] - c.start], hit[0], hit[1], 0.6, GUESS))
                i += n
                break
        else:
            i += 1
    return found
