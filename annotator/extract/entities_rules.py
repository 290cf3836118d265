"""Reading one run of capitalised words: where names start and end, and what each name is.

A *run* is what the scanner in :mod:`entities` finds: capitalised words joined by single spaces
and name particles ("Royal Military College of Canada", "Foreign Affairs Minister Mélanie Joly").
This module cuts a run into mentions and labels what it can from the run alone; whatever needs the
rest of the article (a lone surname, an all-caps headline) is left as a :class:`Candidate` with a
``kind`` for the document pass to settle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS
from .entities_lexicon import Lexicon, singular

# Lower-case words that may sit inside a name.  Particles join person and place names; the
# others join only what an organisation head or a gazetteer vouches for.
PARTICLES = frozenset("von van der den de du da di del della dos das la le al bin ibn y zu ter ten".split())
CONNECTORS = PARTICLES | {"of", "the", "and", "&", "for", "on"}

CALENDAR = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAYS)

SURE, GUESS, SINGLE, MULTI, CAPS, ACRONYM = "sure", "guess", "single", "multi", "caps", "acronym"

# Organisation heads that are also surnames: after a given name that names no place, a person ("Jim Courier",
# "Emily Post"); after a place, the paper ("Denver Post").
_SURNAME_HEADS = frozenset({"Post", "Courier"})
# Words opening the names of Arabic, Urdu and Malay movements and armed groups ("Ansar al-Sharia", "Jabhat
# al-Nusra", "Lashkar-e-Taiba", "Jemaah Islamiyah"): an organisation, never a given name.
_ORG_LEADS = frozenset("Ansar Jabhat Ahrar Jaish Jemaah Jamaat Jamiat Harakat Hizb Liwa Kataib Katibat Jund Lashkar "
                       "Tehrik Tanzim Majlis".split())
# A firm's legal form closes its name: "Dow Chemical Co of the United States" is a firm and a place.
LEGAL_FORMS = frozenset("Inc Inc. Corp Corp. Co Co. Cos Cos. Ltd Ltd. LLC LLP PLC Plc plc AG GmbH SA S.A. NV N.V. "
                        "BV B.V. SpA AB ASA Oy Oyj Bhd Tbk Pty Bros Bros.".split())
# "Ohio-based", "Dublin-born", "UN-sponsored": an adjective made of a name, before a name or alone.
_NAME_ADJECTIVE = re.compile(r".+-(?:based|born|bred|led|backed|owned|run|controlled|sponsored|funded|listed|"
                             r"registered|made|built|brokered|dominated|headquartered)")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    label: str | None
    canonical: str | None
    score: float
    kind: str  # SURE / GUESS: labelled here; SINGLE / MULTI: unknown name; CAPS: all-caps words
    initial: bool = False  # opens a sentence, so its capital letter proves nothing
    by_given_name: bool = False  # PERSON only because it starts with a given name ("Morgan Stanley" may be a bank)


Token = tuple[int, int, str]  # start, end, text
TOKEN = re.compile(r"[^ \xa0]+")  # a word of a capitalised run: what lies between spaces


def _join(tokens: list[Token]) -> str:
    return " ".join(t[2] for t in tokens)


def _candidate(tokens: list[Token], label: str | None, canonical: str | None, score: float, kind: str,
               initial: bool = False) -> Candidate:
    return Candidate(tokens[0][0], tokens[-1][1], _join(tokens), label, canonical, score, kind, initial)


def _gazetteer(lex: Lexicon, name: str) -> tuple[str, str] | None:
    """(label, canonical) when a gazetteer knows the whole name."""
    if name in lex.orgs:
        return "ORG", lex.orgs[name]
    place = lex.places.get(name)
    if place is not None:
        return place[0], place[1]
    if name in lex.norp:
        return "NORP", lex.norp[name]
    return None


STRONG_TITLE, WEAK_TITLE, TITLE_WORD = 1, 2, 3
# Last words of programme titles, which often start with the host's name.
SHOW_HEADS = frozenset("Show Podcast Hour Tonight".split())
# Political groups among the NORP words: two of them together name a party ("Social Democrats").
POLITICAL = frozenset("Democrat Republican Liberal Conservative Labour Socialist Communist Green Social".split())
# Last words that make a capitalised run a place, not a person, even after a title word.
PLACE_NOUNS = frozenset("City County Island Islands Valley Bay Lake River Mountains Hills Beach Coast".split())
COUNTRY = 10**9  # the population column of countries and regions in places.tsv


def _title_kind(lex: Lexicon, word: str) -> int | None:
    lower = word.lower()
    if lower in lex.titles or lower.rstrip(".") in lex.titles:
        return STRONG_TITLE
    if lower in lex.weak_titles:
        return WEAK_TITLE
    if lower in lex.title_modifiers:
        return TITLE_WORD
    return None


def split_connectors(lex: Lexicon, tokens: list[Token]) -> list[list[Token]]:
    """Cut a run at connectors that join two names ("Canada and Europe") rather than make one."""
    groups: list[list[Token]] = [[]]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token[2]
        if word in CONNECTORS and groups[-1]:
            # the connector (and a following "the") up to the next capitalised word
            j = i
            while j < len(tokens) and tokens[j][2] in CONNECTORS:
                j += 1
            left = groups[-1]
            right_end = j
            while right_end < len(tokens) and tokens[right_end][2] not in CONNECTORS:
                right_end += 1
            joined = _join(left + tokens[i:right_end])
            particles = all(t[2] in PARTICLES for t in tokens[i:j])
            if word == "&" or particles or _joins(lex, left, word, joined, [t[2] for t in tokens[j:right_end]]):
                groups[-1].extend(tokens[i:j])
            else:
                groups.append([])
            i = j
            continue
        if word in CALENDAR and not _calendar_name(lex, tokens, i, groups[-1]):
            groups.append([])  # "CNBC Friday", "July FOMC": dates are found elsewhere
        else:
            groups[-1].append(token)
        i += 1
    return [g for g in groups if g]


def _calendar_name(lex: Lexicon, tokens: list[Token], i: int, group: list[Token]) -> bool:
    """A month or weekday that is part of a name: a surname after a given name ("Theresa May"), or a
    given name before a surname that is no ordinary word ("April Ryan"; not "July FOMC", "May Day")."""
    if group:
        return lex.is_given_name(group[-1][2]) and group[-1][2] not in CALENDAR
    if not lex.is_given_name(tokens[i][2]) or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1][2]
    return (following not in CALENDAR and following not in CONNECTORS and not following.isupper()
            and (following.lower() not in lex.common_words or lex.is_given_name(following)))


def _joins(lex: Lexicon, left: list[Token], connector: str, joined: str, right: list[str] = ()) -> bool:
    if _gazetteer(lex, joined) is not None:
        return True
    if connector == "and" and _gazetteer(lex, _join(left)) is None:
        # One organisation, not two names: "International Longshore and Warehouse Union" (the head
        # ends the whole name), "Organisation for Security and Cooperation" (inside an "X for/of ...").
        words = [t[2] for t in left if not _NAME_ADJECTIVE.fullmatch(t[2])][1 if left[0][2] == "The" else 0:]
        if not words or lex.is_given_name(words[0]):
            return False
        inside = len(words) > 2 and words[0] in lex.org_of_heads and words[1] in ("of", "for")
        if inside:
            return True
        if not right or right[-1] not in lex.org_heads or words[-1] in lex.org_heads:
            return False
        # "Food and Drug Administration", "Competition and Markets Authority": one ordinary noun before "and"
        # is the name's first field when the words after it are ordinary nouns too; a name there ("Google
        # and Microsoft Corp", "Israel and Palestine Liberation Organisation") is a name of its own.
        return len(words) >= 2 or all(_plain_noun(lex, w) for w in words + right[:-1])
    if connector == "of" and _title_kind(lex, left[-1][2]) == STRONG_TITLE:
        return True  # "Secretary of State John Kerry": the title's domain, then the name
    if connector in ("of", "for"):
        if left[-1][2] in LEGAL_FORMS:
            return False
        return left[-1][2] in lex.org_heads or left[0][2] in lex.org_of_heads or left[-1][2] in lex.org_of_heads
    return False


def _plain_noun(lex: Lexicon, word: str) -> bool:
    """A capitalised everyday noun that names nothing alone: no place, nationality, given name or body."""
    return (word[1:].islower() and word.lower() in lex.common_words and _gazetteer(lex, word) is None
            and not lex.is_given_name(word))  # not "BP": an acronym is a name


def read_group(lex: Lexicon, group: list[Token], initial: bool) -> list[Candidate]:
    """Mentions in one connector-free group, titles and sentence openers removed."""
    if "-" in group[-1][2] or (len(group) > 1 and any("-" in t[2] for t in group)):
        adjective = max((i for i, t in enumerate(group) if _NAME_ADJECTIVE.fullmatch(t[2])), default=-1)
        if adjective >= 0:  # "Minneapolis-based First Bank System Inc.": the firm after the adjective
            group, initial = group[adjective + 1:], False
            if not group:
                return []
    # "Labour MPs", "Eurosceptic MEPs": a plural acronym after a name counts people, it names nobody
    while len(group) > 1 and _PLURAL_ACRONYM.fullmatch(group[-1][2]):
        group = group[:-1]
    # a leading "The", "But", "In" ... is never part of a name
    while group and group[0][2].lower() in lex.common_words and _is_function(lex, group):
        group = group[1:]
        initial = False
    if not group:
        return []
    if initial and len(group) > 1 and group[1][2] not in CONNECTORS and group[-1][2] not in LEGAL_FORMS \
            and _drops_opener(lex, group):  # "Jones Medical Industries Inc said": a legal name is whole
        group = group[1:]
        initial = False
    known = _gazetteer(lex, _join(group))
    if known is not None:
        return [_candidate(group, known[0], known[1], 0.9, SURE, initial)]
    titled = _split_title(lex, group, initial)
    if titled is not None:
        return titled
    described = _split_at_given_name(lex, group, initial)
    if described is not None:
        return described
    return read_plain(lex, group, initial)


def _split_at_given_name(lex: Lexicon, group: list[Token], initial: bool) -> list[Candidate] | None:
    """"Maricopa County Recorder Helen Purcell", "Supreme Court Justice Antonin Scalia", "BuzzFeed
    Editor-in-Chief Ben Smith": a given name and a surname (or two) ending a run, after a word no list
    holds as a title but that describes the person -- an ordinary noun ("Recorder", "Reliever") or a
    hyphenated office ("Secretary-General").  The person is split off; the words before it are read
    alone, less the describing word.  Not a firm's or a building's name ("Walt Disney Co", "Ritz
    Carlton Golf Club"), nor a given name opening the run ("Morgan Stanley")."""
    words = [t[2] for t in group]
    for i in range(len(words) - 2, 0, -1):
        if not lex.is_given_name(words[i]):
            continue
        before, rest = words[i - 1], words[i + 1:]
        if lex.is_given_name(before) or before in CONNECTORS or len(rest) > 2:
            return None
        if any(w in LEGAL_FORMS or w in lex.org_heads or w in lex.fac_heads or w in PLACE_NOUNS or w in CALENDAR
               or w in lex.norp or w.isupper() or _gazetteer(lex, w) is not None
               or (w.lower() in lex.common_words and not _is_initial(w)) for w in rest):
            return None  # "South Carolina Republican", "Defeat Crooked Hillary PAC"
        if _gazetteer(lex, f"{before} {words[i]}") is not None or _gazetteer(lex, " ".join(words[i:])) is not None:
            return None  # "North Carolina", "San Juan": a place holding the given name
        if not ("-" in before or before.lower() in lex.common_words or before.lower() in lex.weak_titles):
            return None
        if _gazetteer(lex, before) is not None:
            return None  # "Australian Paul Keating": a nationality, read by the rules for those
        # the words before: a known body or place ("Supreme Court"), not a run of unknown words ("Senate Minority")
        head = [c for c in read_plain(lex, group[:i - 1], initial) if c.kind != MULTI] if i > 1 else []
        return head + [_candidate(group[i:], "PERSON", None, 0.85, SURE)]
    return None


def _is_function(lex: Lexicon, group: list[Token]) -> bool:
    word = group[0][2]
    if word.lower() not in FUNCTION_WORDS:
        return False
    # keep "The Hague", drop "The European Union" -> "European Union"
    return _gazetteer(lex, _join(group)) is None or len(group) == 1


# Words that open a sentence or heading and are never the first word of a name.
FUNCTION_WORDS = frozenset("""the a an this that these those it its he she they we you i his her their our
my your but and or nor so yet for as at by in on of to from with without within into about above below
after before during since until while when where why how what which who if then than though although
because unless whether not no also however meanwhile moreover thus still there here today yesterday
now just only even all both each every some any many much more most few several such other another
despite among amid against under over between across through toward towards via per like unlike
according""".split())


def _drops_opener(lex: Lexicon, group: list[Token]) -> bool:
    """A sentence's first word that is a common word and starts no known name ("Looking Europe")."""
    first = group[0][2]
    if first.lower() not in lex.common_words or _title_kind(lex, first) is not None:
        return False  # a title opening the sentence is cut off with the title rules
    if _gazetteer(lex, first) is not None or (lex.is_given_name(first) and len(group) > 1):
        return False
    return _gazetteer(lex, _join(group)) is None


def _split_title(lex: Lexicon, group: list[Token], initial: bool) -> list[Candidate] | None:
    """'European Commission President Ursula von der Leyen' -> ORG + PERSON, title dropped."""
    last, kind = -1, None
    for i, token in enumerate(group):
        k = _title_kind(lex, token[2])
        after_initial = i > 0 and len(group[i - 1][2]) == 2 and _is_initial(group[i - 1][2])  # "T.", not "U.S."
        if k in (STRONG_TITLE, WEAK_TITLE) and not after_initial:
            last, kind = i, k  # (after an initial a title word is a surname: "Peter T. King")
    if last < 0:
        return None
    title_start = last
    if last + 2 < len(group) and group[last + 1][2] == "of":  # "Secretary of State", "Minister of the Interior"
        last += 2
        while last < len(group) - 1 and group[last][2] in CONNECTORS:
            last += 1
    name, place = group[last + 1:], []
    of = next((j for j, token in enumerate(name) if token[2] == "of"), 0)
    if of and kind == STRONG_TITLE:  # "Representative Peter T. King of New York": the person, then the place
        name, place = name[:of], name[of + 1:]
    if not name and last == len(group) - 1 and 1 <= last <= 2 and lex.is_given_name(group[0][2]) and all(
            _title_kind(lex, t[2]) is None for t in group[:last]):
        return [_candidate(group, "PERSON", None, 0.8, SURE, initial)]  # "John Major", "Martin Luther King"
    if name and not _name_after_title(lex, [t[2] for t in name], kind == STRONG_TITLE):
        return None  # "General Motors", "Prince Edward Island": not a title before a name
    before = group[:title_start + 1]
    while before and (_title_kind(lex, before[-1][2]) is not None or before[-1][2] in CONNECTORS):
        before = before[:-1]
    found = read_plain(lex, before, initial) if before else []
    if name:
        found.append(_candidate(name, "PERSON", None, 0.9, SURE))
    return found + (read_plain(lex, place, False) if place else [])


def _name_after_title(lex: Lexicon, words: list[str], strong: bool) -> bool:
    proper = [w for w in words if w not in PARTICLES]
    if not proper or len(proper) > 4 or "of" in words or "and" in words or "&" in words:
        return False
    if proper[-1] in lex.org_heads or proper[-1] in lex.fac_heads or proper[-1] in PLACE_NOUNS:
        return False  # "Queen City", "King Street", "Prince Edward Island"
    known = _gazetteer(lex, " ".join(words))
    if strong:  # "President Clinton" although Clinton is a town too; not "Minister Canada"
        return known is None or (known[0] == "GPE" and lex.places[" ".join(words)][2] < COUNTRY)
    if known is not None:
        return False
    return lex.is_given_name(proper[0]) or _is_initial(proper[0]) or not any(
        w.lower() in lex.common_words for w in proper)


_NATIONALITY_NOUN = re.compile(r"[A-Z][a-z]+(?:s|ch|sh)(?:wo)?man")  # "Frenchman", "Scotswoman" (not "German")


def read_plain(lex: Lexicon, group: list[Token], initial: bool) -> list[Candidate]:
    """Label a group with no title: gazetteers, organisation heads, given names, then shape."""
    name = _join(group)
    known = _gazetteer(lex, name)
    if known is not None:
        return [_candidate(group, known[0], known[1], 0.9, SURE, initial)]
    words = [t[2] for t in group]
    if len(group) > 1:
        rest = " ".join(words[1:])
        if words[0] in lex.norp and rest in lex.orgs:  # "German Bundestag": a nationality and an organisation
            return [_candidate(group[:1], "NORP", lex.norp[words[0]], 0.9, SURE),
                    _candidate(group[1:], "ORG", lex.orgs[rest], 0.9, SURE)]
        head = " ".join(words[:-1])
        if (words[-1] in lex.norp and head in lex.places and lex.places[head][0] == "GPE"
                and not _club_of_a_place(lex, words)):
            # "a South Carolina Democrat", "Ohio Republicans": a place and the group its member belongs to (not
            # "Cleveland Indians", a club)
            return [_candidate(group[:-1], "GPE", lex.places[head][1], 0.9, SURE, initial),
                    _candidate(group[-1:], "NORP", lex.norp[words[-1]], 0.9, SURE)]
        if words[0] in lex.vehicle_makers and len(words) == 2 and words[-1] not in lex.org_heads \
                and words[-1] not in LEGAL_FORMS and _gazetteer(lex, rest) is None:
            return []  # "a Toyota Celica", "the Ford Escort": a model, a product (no label of ours)
        if words[-1] in lex.event_heads and words[0].lower() not in lex.titles:
            return [_candidate(group, "EVENT", None, 0.6, SURE, initial)]  # "World Cup", "Cultural Revolution"
        if words[-1] in lex.law_heads or (words[0] in lex.law_heads and "of" in words):
            return [_candidate(group, "LAW", None, 0.6, SURE, initial)]  # "Clean Air Act", "Treaty of Rome"
        if words[-1] in lex.fac_heads:
            return [_candidate(group, "FAC", None, 0.6, SURE, initial)]  # "Heathrow Airport", "Carrow Road"
        if words[0] in _ORG_LEADS:
            return [_candidate(group, "ORG", None, 0.8, SURE, initial)]  # "Ansar al-Sharia", "Jemaah Islamiyah"
        if (len(words) == 2 and words[-1] in _SURNAME_HEADS and lex.is_given_name(words[0])
                and _gazetteer(lex, words[0]) is None):
            return [_candidate(group, "PERSON", None, 0.6, GUESS, initial)]  # "Jim Courier" (not "Denver Post")
        if words[-1] in lex.org_heads or words[-1].rstrip(".") in lex.org_heads or (
                ("of" in words or "for" in words) and words[0] in lex.org_of_heads):
            return [_candidate(group, "ORG", None, 0.8, SURE, initial)]
        if "of" in words and words[words.index("of") - 1] in lex.org_heads:
            return [_candidate(group, "ORG", None, 0.8, SURE, initial)]
        if "&" in words:
            # Firms join surnames with "&" ("Marks & Spencer", "Johnson & Johnson", "Procter & Gamble");
            # titles of shows and books join ordinary nouns ("Law & Order", "Power & Politics").
            if all(w == "&" or (w.lower() in lex.common_words and not lex.is_given_name(w)) for w in words):
                return [_candidate(group, "WORK_OF_ART", None, 0.5, GUESS, initial)]
            return [_candidate(group, "ORG", None, 0.6, GUESS, initial)]
        if _club_of_a_place(lex, words):
            return [_candidate(group, "ORG", None, 0.6, GUESS, initial)]  # "Houston Astros", "Sydney Bulldogs"
        first = _gazetteer(lex, words[0])
        if first is not None and first[0] in ("GPE", "LOC") and _gazetteer(lex, rest) is None \
                and not lex.is_given_name(words[0]) and not lex.is_given_name(words[1]):
            return [_candidate(group, "ORG", None, 0.6, GUESS, initial)]  # "Bristol City", "Seattle Mariners"
        if first is not None and first[0] in ("NORP", "GPE", "LOC") and not lex.is_given_name(words[0]):
            # "German Bundestag", "Russian Pavel Durov": the adjective is a mention of its own ...
            rest_read = read_plain(lex, group[1:], False)
            if first[0] == "NORP" and len(rest_read) == 1 and rest_read[0].label == "NORP":
                if first[1] in POLITICAL or lex.norp.get(rest) in POLITICAL:
                    return [_candidate(group, "ORG", None, 0.7, SURE, initial)]  # "Liberal Democrats": a party
                return [_candidate(group, "NORP", None, 0.85, SURE, initial)]  # "African Americans"
            if len(rest_read) == 1 and rest_read[0].kind != SURE and first[0] == "NORP":
                noun = _NATIONALITY_NOUN.fullmatch(words[0]) or (first[1].endswith("ish")
                                                                 and not words[0].endswith(("ish", "s")))
                if noun and len(words) > 2:
                    # "Spaniard Conchita Martinez", "Frenchman Jean-Philippe Fleurian": a nationality noun (Swede,
                    # Scot, Dutchman; not the adjective) is a person's, and so is the full name after it (not "Scot
                    # Ross", "Dane Cook": a given name)
                    return [_candidate(group[:1], "NORP", first[1], 0.85, SURE, initial),
                            _candidate(group[1:], "PERSON", None, 0.7, SURE)]
                return [_candidate(group, "ORG", None, 0.5, GUESS, initial)]  # ... not "British Retail Consortium"
            return [_candidate(group[:1], first[0], first[1], 0.85, SURE, initial)] + rest_read
        if words[-1] in SHOW_HEADS:
            return [_candidate(group, "WORK_OF_ART", None, 0.5, GUESS, initial)]  # "The Steve Harvey Morning Show"
        initials = _is_initial(words[0]) and first is None  # "J.K. Rowling", not "U.N. Women"
        if (lex.is_given_name(words[0]) or initials) and words[-1] not in PLACE_NOUNS:
            if sum(1 for w in words if w not in PARTICLES) <= 4:  # "Luiz Inácio Lula da Silva"
                person = _candidate(group, "PERSON", None, 0.85, SURE, initial)
                person.by_given_name = lex.is_given_name(words[0])
                return [person]
        return [_candidate(group, None, None, 0.5, MULTI, initial)]
    word = words[0]
    if _PARTY_STATE.fullmatch(word):
        return []  # "(R-Wis.)", "(D-Va.)": a US lawmaker's party and state, no name
    parts = word.split("-")
    if len(parts) > 2 and parts[0] in _ORG_LEADS:  # "Lashkar-e-Taiba", "Tehrik-i-Taliban"
        return [_candidate(group, "ORG", None, 0.8, SURE, initial)]
    if len(parts) > 1 and all(p in lex.norp for p in parts):  # "African-American", "Mexican-Peruvian"
        return [_candidate(group, "NORP", word, 0.8, SURE, initial)]
    if word.isupper() and len(word) > 3 and word in lex.places_upper:  # "OTTAWA, Canada"
        place = lex.places[lex.places_upper[word]]
        return [_candidate(group, place[0], place[1], 0.7, SURE, initial)]
    if _is_acronym(word):
        if word in lex.abbreviations:
            return []  # "GMT", "GDP": no organisation (an ordinary word in capitals may be one: "UKIP")
        return [_candidate(group, "ORG", None, 0.6, ACRONYM, initial)]
    return [_candidate(group, None, None, 0.5, SINGLE, initial)]


def _club_of_a_place(lex: Lexicon, words: list[str]) -> bool:
    """A place and a plural nickname: "San Francisco Giants", "Cleveland Indians" -- even where the place is
    also a given name, which a surname is not ("Houston Williams": "william" is no ordinary word)."""
    nickname = words[-1]
    if len(nickname) < 4 or not nickname.endswith("s") or not nickname[1:].islower():
        return False
    place = lex.places.get(" ".join(words[:-1]))
    if place is None or place[0] != "GPE" or place[2] >= COUNTRY:
        return False
    one = singular(nickname.lower())
    given = lex.is_given_name(one.capitalize())
    if len(words) > 2 and not given and one.capitalize() not in CALENDAR:
        return True  # "San Diego Padres", "St. Louis Blues": a two-word place leaves no given name to a person
    return (one in lex.common_words and not given) or nickname in lex.norp


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "CEOs"
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{1,3}")


def _is_initial(word: str) -> bool:
    """"J." or "J.K.": a person's initials (a known "U.S." or "U.N." is looked up before this)."""
    return 2 <= len(word) <= 6 and len(word) % 2 == 0 and all(
        word[k].isupper() and word[k + 1] == "." for k in range(0, len(word), 2))


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()
