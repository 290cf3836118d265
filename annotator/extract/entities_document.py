"""The document pass of the entity recognizer: what a run alone could not settle.

A lone surname after a full name is that person ("Joly" -> "Mélanie Joly"); a word labelled once
is labelled the same elsewhere; an acronym spelled out in brackets is that name; all-caps and
Title Case headings keep only names the body or a gazetteer knows; city names with scores after
them are sports clubs.  Everything here is dictionary look-ups and anchored regular expressions
around each candidate, so the pass is linear in the article's length.
"""

from __future__ import annotations

import re

from .blocks import text_blocks
from .entities_classifier import classify, features
from .entities_context import firm_context, in_prose, is_country, named_as_outlet, org_context, person_context
from .entities_lexicon import Lexicon, singular
from .entities_places import PLACE_BEFORE, larger_place_after, opens_dateline, place_label
from .entities_teams import (SCORE_AFTER, before_caps_fixture, club_in_row, find_teams, in_scorecard,
                             scored_at_minute)
from .entities_rules import (ACRONYM, CALENDAR, CAPS, CONNECTORS, FUNCTION_WORDS, GUESS, MULTI, PARTICLES,
                             SINGLE, SURE, TOKEN, Candidate)
from .quote_names import title_gender

# Words after which a lone capitalised word names a person ("Smith said", "Smith, 45,").
_AGE = r"[ \xa0]?,[ \xa0]\d{1,2}[ \xa0]?,"  # "Smith, 45, of Leeds": only people have ages
_AGE_AFTER = re.compile(_AGE)
_SPEECH = re.compile(r"[ \xa0](?:said|says|told|added|asked|wrote|stated|warned|argued|explained|revealed|"
                     r"admitted|insisted|claimed|denied|recalled|replied|believes|thinks)\b|" + _AGE)
# A reporting verb and the pronoun that takes the name up: a person, or an organisation.
_SPEECH_HE = re.compile(r"[ \xa0](?:said|says|told|added|argued|insisted|claimed|believes|thinks)(?:[ \xa0]that)?"
                        r"[ \xa0](?:he|she)\b")
_SPEECH_IT = re.compile(r"[ \xa0](?:said|says|added|claimed|believes)(?:[ \xa0]that)?[ \xa0](?:it|its)\b")
# A verb of saying or an auxiliary after a name: "Obama said", "Obama was winning".
_SUBJECT_VERB = (r"[ \xa0](?:said|says|told|added|asked|wrote|argued|explained|insisted|claimed|believes|thinks|"
                 r"was|is|has|had|could|would|will|did|does)\b")
_SPEECH_OPENERS = frozenset("Said Says Added Asked Wrote Replied".split())
_PERSON_SURE = 0.65  # scores of lone names read from strong context: these spread to other mentions
_ORG_SURE = 0.55
_PLACE_SURE = 0.56
_ADJECTIVE_ENDINGS = ("sceptic", "skeptic", "ite", "ist", "ism", "esque", "ian", "ean")
_THE_BEFORE = re.compile(r"\bthe[ \xa0]$")
# Heads that capitalised alone after "the" are as often a title or a place as an institution.
_GENERIC_HEADS = frozenset("House Order Republic Chamber Library Museum Transport Campaign Fund Trust Network "
                           "Service Partnership Centre Center Centres Centers".split())
# What follows a nationality word that is a person's surname, not an adjective before a noun: a verb, a
# possessive, punctuation ("Cuban said", "Cuban’s team", "Cuban, who").
_NOT_AN_ADJECTIVE = re.compile(r"(?:[’']s?\b|[ \xa0]*[,.;:!?)]|[ \xa0]+(?:and|who|is|was|has|had|will|would|"
                               r"said|says|told|added|thinks|believes|wrote|argued|also|then|later|never|still|[a-z]+ed)\b)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "MSPs", "CEOs": people, but no names


def settle(lex: Lexicon, text: str, candidates: list[Candidate]) -> None:
    """Label what a run alone could not, from what the rest of the article says."""
    people: dict[str, str] = {}  # "Joly" and "Mélanie Joly" -> "Mélanie Joly"
    known: dict[str, tuple[str, str | None]] = {}  # surface -> label, canonical
    names, capitalised = _names_in_article(lex, text, candidates)
    subjects: dict[str, bool] = {}  # surname -> a subject alone somewhere, looked up when a name needs it
    # "analysts at Morgan Stanley", "shares in Goldman Sachs": firms named like people, in every mention
    firms = {c.text for c in candidates if c.by_given_name and c.label == "PERSON" and firm_context(text, c)}
    for c in candidates:
        if c.text in firms and c.label == "PERSON" and c.kind == SURE:
            c.label, c.score = "ORG", 0.6
    for c in candidates:
        if (c.label == "EVENT" and " " in c.text and lex.is_given_name(c.text.split(" ", 1)[0])
                and (_SPEECH.match(text, c.end) or person_context(lex, text, c))):
            c.label, c.score = "PERSON", 0.7  # "said Kristen Day": a surname that is an event's head ("Victoria Day")
        if c.label == "PERSON" and c.kind == SURE:
            _add_person(people, c.text)
    for c in candidates:
        if c.kind == MULTI:
            last = c.text.rsplit(" ", 1)[-1]
            if last in people or c.text in people:
                c.label, c.kind, c.score = "PERSON", SURE, 0.75
                _add_person(people, c.text)
    multi_mentions: dict[str, int] = {}
    alone: set[str] = set()  # lone names, which may be a longer name's short form
    for c in candidates:
        if c.kind == MULTI:
            multi_mentions[c.text] = multi_mentions.get(c.text, 0) + 1
        elif c.kind == SINGLE:
            alone.add(c.text)
    for c in candidates:
        if c.kind == MULTI:
            if c.initial and _is_common(lex, c.text.split(" ", 1)[0], names):
                c.label = None
            elif (_looks_personal(lex, c.text) or person_context(lex, text, c)
                  or _speaks_alone(lex, text, c, names, capitalised, subjects)):
                c.label, c.score = "PERSON", 0.55
                _add_person(people, c.text)
            elif any(len(w) > 1 and w.isupper() for w in c.text.split(" ")):
                c.label, c.score = "ORG", 0.45  # "IG Metall", "Sirius XM", "BNP Paribas": an acronym in it, a body's name
            elif (in_prose(text, c) and multi_mentions.get(c.text, 0) < 2
                  and (first := c.text.split(" ", 1)[0]) not in lex.orgs and first not in alone):
                # "a Toyota Celica", "the Grenfell fire": a name met once in prose, of no known kind; not
                # "U.N. Women" (a known body's branch) nor "Patriot Coal" when "Patriot" comes up again alone
                c.label = None
            else:
                c.label, c.score = "ORG", 0.45
    mid_sentence: set[str] | None = None  # people named mid-sentence, gathered when a "Said ..." needs them
    for c in candidates:
        if c.label == "GPE" and c.kind == SURE and c.text.title() in people and " " not in c.text \
                and (not is_country(lex, c.canonical) or _SPEECH.match(text, c.end)) \
                and not PLACE_BEFORE.search(text, max(0, c.start - 16), c.start):
            # "Bellingham" after "Jude Bellingham"; a country only as a speaker ("Jordan said" after "Neil Jordan")
            c.label, c.canonical, c.score = "PERSON", people[c.text.title()], 0.7
        elif c.label == "NORP" and c.kind == SURE and c.text in people and _NOT_AN_ADJECTIVE.match(text, c.end):
            c.label, c.canonical, c.score = "PERSON", people[c.text], 0.7  # "Cuban said" after "Mark Cuban", not "Cuban exiles"
        elif (c.label in ("GPE", "LOC") and c.kind == SURE and " " not in c.text and not is_country(lex, c.canonical)
              and named_as_outlet(text, c)):
            c.label, c.canonical, c.score = "ORG", None, 0.6  # "the Xinhua news agency said": no county in China
        elif (c.label == "GPE" and c.text in lex.vehicle_makers and not opens_dateline(text, c.start, c.end)
              and not PLACE_BEFORE.search(text, max(0, c.start - 16), c.start)):
            c.label, c.canonical, c.score = "ORG", None, 0.6  # "Toyota said", "in his Toyota": the maker, not its town
        elif c.label == "PERSON" and c.kind == MULTI and org_context(text, c):
            c.label, c.score = "ORG", 0.5
        elif c.label == "PERSON" and c.initial and " " in c.text:
            first, rest = c.text.split(" ", 1)
            # "Will Gennifer Flowers be there?" -- but "Bill Clinton" is the person "Clinton" stands for
            # "Said Smith, the minister, ...": a speech verb opening an inverted sentence, unless the article
            # also writes the whole name mid-sentence (a person called Said)
            if first in _SPEECH_OPENERS and mid_sentence is None:
                mid_sentence = {o.text for o in candidates if not o.initial and o.label == "PERSON"}
            spoken = first in _SPEECH_OPENERS and c.text not in mid_sentence
            if spoken or (_is_common(lex, first, names) and people.get(rest, c.text) != people.get(c.text, c.text)):
                wrong, c.start, c.text, c.initial = c.text, c.start + len(first) + 1, rest, False
                if people.get(rest, wrong) == wrong:
                    people[rest] = rest
                    _add_person(people, rest)
                for name in [n for n, canonical in people.items() if canonical == wrong]:
                    people[name] = people[rest]  # "Flowers" stands for "Gennifer Flowers" again
    for c in candidates:
        if c.label is not None and c.kind in (SURE, MULTI):
            known.setdefault(c.text, (c.label, c.canonical))
            if c.label == "ORG" and " " in c.text:  # a firm's first word alone is its short name
                known.setdefault(_FIRST_WORD_KEY + c.text.split(" ", 1)[0], (c.label, c.canonical or c.text))
    for c in candidates:
        if c.label == "ORG" and " " in c.text:
            nickname = c.text.rsplit(" ", 1)[1]
            if _is_nickname(lex, nickname):  # "the Mets", "METS BEAT ..." after "New York Mets"
                known.setdefault(nickname, ("ORG", c.canonical or c.text))
    first_names: dict[str, str] = {}  # a given name alone, when one person in the article has it
    for canonical in set(people.values()):
        first = canonical.split(" ", 1)[0]
        first_names[first] = canonical if first not in first_names else ""
    for c in candidates:
        if c.kind == SINGLE:
            _settle_single(lex, text, c, people, known, first_names, names)
        elif c.kind == ACRONYM:
            _settle_acronym(text, c, known, people)
            if c.label == "ORG" and c.canonical is None and _dateline_place(lex, text, c):
                c.label, c.score = "GPE", _PLACE_SURE  # "MAHALA, Bosnia 1996-08-31": a village, not an acronym
    _agree_singles(candidates)
    _agree_with_list(text, candidates)
    namesakes = _namesakes(people)
    for c in candidates:
        if c.label == "PERSON":
            c.canonical = people.get(c.text, c.canonical or c.text)
            if c.text in namesakes:
                c.canonical = _titled_namesake(lex, text, c, namesakes[c.text]) or c.canonical
    _title_offices(lex, text, candidates)
    _join_possessive_names(lex, text, candidates, people)
    upper = {surface.upper(): value for surface, value in known.items()}
    for name, canonical in people.items():
        upper.setdefault(name.upper(), ("PERSON", canonical))
    caps = [c for c in candidates if c.kind == CAPS]
    if caps:
        extra = [piece for c in caps for piece in _read_caps(lex, c, upper, text)]
        candidates[:] = [c for c in candidates if c.kind != CAPS] + extra
    find_teams(lex, text, candidates, is_country)


# "Moody's Investors Service", "Lloyd's Register": a founder's possessive opens the firm's name.  The
# scanner stops a name before "'s" (CoNLL writes it " 's"), so the two halves are joined here.
_POSSESSIVE = re.compile(r"[ \xa0]?[’']s[ \xa0]")
# "rated A1 by Moody's.", "McDonald's said": a possessive that owns nothing is the end of a firm's name.
# Bodies a country or a leader has ("Ruritania's Labour Party", "Sunak's Cabinet"): never a founder's firm.
_STATE_HEADS = frozenset("Party Government Parliament Army Navy Ministry Cabinet Senate Congress Assembly Council "
                         "Police Force Forces Court Treasury Department Office Guard Front Movement".split())
_NAME_ENDS_IN_S = re.compile(r"[ \xa0]?[’']s(?=[ \xa0]?[.,;:)]|[ \xa0](?:said|says|announced|reported|rated|posted)\b)")


# "the Prime Minister's Office", "the Sheriff’s Office", "the Attorney General's Office": an office named by
# the title that holds it (up to three capitalised words before the possessive).
_TITLE_BEFORE_OFFICE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An)[ \xa0])((?:[A-Z][a-z]+[ \xa0]){0,2}[A-Z][a-z]+)[’']s[ \xa0]\Z")


def _title_offices(lex: Lexicon, text: str, candidates: list[Candidate]) -> None:
    """"Office" after a title's possessive is the whole office, an organisation: it was "Office" alone,
    read as a person or a body of no name."""
    previous_end = 0
    for c in candidates:
        if c.text == "Office" and (title := _TITLE_BEFORE_OFFICE.search(text, max(0, c.start - 40), c.start)) \
                and title.start(1) >= previous_end and any(w.lower() in lex.titles for w in title.group(1).split()):
            c.start, c.text = title.start(1), text[title.start(1):c.end]
            c.label, c.canonical, c.score, c.kind = "ORG", c.text, 0.7, SURE
        previous_end = c.end


def _join_possessive_names(lex: Lexicon, text: str, candidates: list[Candidate], people: dict[str, str]) -> None:
    """Join "X's" to a name with an organisation head right after it, when X alone is no place, nation or
    person of this article: "Britain's Labour Party" and "Smith's Trust" (after "John Smith") stay apart."""
    kept: list[Candidate] = []
    for c in candidates:
        if (c.kind == SINGLE and c.label in (None, "ORG") and c.text not in people and not lex.is_given_name(c.text)
                and not (c.initial and c.text.lower() in lex.common_words)
                and (whole := _NAME_ENDS_IN_S.match(text, c.end)) is not None):
            c.end, c.text, c.label, c.score = whole.end(), text[c.start:whole.end()], "ORG", 0.6
        owner = kept[-1] if kept else None
        if (owner is not None and c.label == "ORG" and c.kind == SURE and c.canonical is None
                and (head := c.text.rsplit(" ", 1)[-1]) in lex.org_heads and head not in _STATE_HEADS and owner.kind in (SINGLE, MULTI)
                and owner.label in (None, "ORG") and owner.text not in people
                and not (owner.initial and owner.text.lower() in lex.common_words)
                and not lex.is_given_name(owner.text.split(" ", 1)[0])
                and (match := _POSSESSIVE.match(text, owner.end)) is not None and match.end() == c.start):
            owner.end, owner.text, owner.label, owner.kind, owner.score = c.end, text[owner.start:c.end], "ORG", SURE, 0.7
            continue
        kept.append(c)
    if len(kept) < len(candidates):
        candidates[:] = kept


def _namesakes(people: dict[str, str]) -> dict[str, list[str]]:
    """Surnames two or more people of the article share ("Bill Clinton", "Hillary Clinton") -> their full names."""
    by_surname: dict[str, list[str]] = {}
    for full in set(people.values()):
        if " " in full:
            by_surname.setdefault(full.rsplit(" ", 1)[1], []).append(full)
    return {name: sorted(fulls) for name, fulls in by_surname.items() if len(fulls) > 1}


def _titled_namesake(lex: Lexicon, text: str, c: Candidate, fulls: list[str]) -> str | None:
    """Which of a shared surname's people a titled surname is, by the given names' genders: "Mrs. Clinton"
    is Hillary and "Mr. Clinton" Bill, whoever the article named first.  When two could be meant (two
    women, or a given name of no known gender) it stays open: the surname alone, never the other gender's name."""
    wanted = title_gender(text, c.start)
    if not wanted:
        return None
    genders = {full: lex.gender_of(full.split(" ", 1)[0]) for full in fulls}
    possible = [full for full, gender in genders.items() if gender in ("", wanted)]
    if len(possible) == 1 and genders[possible[0]] == wanted:
        return possible[0]
    # (with no one of the title's gender the given-name list is what is wrong: "Mr. Meyer" after "Laurence Meyer")
    return c.text if possible and genders.get(c.canonical, "") not in ("", wanted) else None


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
                   known: dict[str, tuple[str, str | None]], first_names: dict[str, str], names: frozenset[str]) -> None:
    word = c.text
    if word in people or (word.isupper() and word.title() in people):
        c.label, c.canonical, c.score = "PERSON", people.get(word) or people[word.title()], 0.8
        return
    if word in known:
        c.label, c.canonical = known[word]
        c.score = 0.7
        return
    if word.endswith("s") and word[:-1] in people and _THE_BEFORE.search(text, max(0, c.start - 4), c.start):
        c.label, c.score = "PERSON", 0.7  # "the Clintons" after "Hillary Clinton": the family, people all the same
        return
    if word in _LANGUAGES:
        return  # "said in Latin": a language
    if word.isupper() and len(word) > 3 and opens_dateline(text, c.start, c.end):
        c.label, c.canonical, c.score = "GPE", word.title(), _PLACE_SURE  # "RANGOON (Reuters) -": a dateline
        return
    firm = known.get(_FIRST_WORD_KEY + word)
    if firm is not None and not _is_common(lex, word, names) and not lex.is_given_name(word):
        c.label, c.canonical, c.score = "ORG", firm[1], 0.6  # "Patriot" after "Patriot Coal", "Goldman" after "Goldman Sachs"
        return
    if in_scorecard(text, c):
        c.label, c.score = "PERSON", _PERSON_SURE
        return
    # "SpaceX", "YouTube": a capital inside a word is never an ordinary word's
    common = _is_common(lex, word, names) and (word.isupper() or not any(ch.isupper() for ch in word[1:]))
    if (not common or lex.is_given_name(word)) and scored_at_minute(text, c):
        c.label, c.score = "PERSON", _PERSON_SURE  # "( Max 11th , Thon 34th )"; not "Round 3rd"
        return
    if common and _AGE_AFTER.match(text, c.end) and not lex.is_given_name(word):
        c.label, c.score = "PERSON", 0.6  # "Smith, 45, of Leeds", even opening a sentence
        return
    if (c.initial and common) or _PLURAL_ACRONYM.fullmatch(word):
        return  # "Looking", "However": a capital that only opens the sentence
    if word in lex.org_of_heads and word not in _GENERIC_HEADS and _THE_BEFORE.search(text, max(0, c.start - 4), c.start):
        c.label, c.score = "ORG", 0.5  # "the Commission said", "the Treasury": an institution named by its head
        return
    if lex.is_given_name(word):
        if not common and first_names.get(word):
            c.label, c.canonical, c.score = "PERSON", first_names[word], 0.5  # "Nigel" after "Nigel Farage"
        elif not common and first_names.get(word) is None and _SPEECH.match(text, c.end):
            c.label, c.score = "PERSON", _PERSON_SURE  # "Bob said": someone the article names by first name only
        return
    if "-" in word and (not word.rsplit("-", 1)[1][:1].isupper()
                        or all(part.lower() in lex.common_words for part in word.split("-"))):
        return  # "Dublin-born", "Quarter-final", "Under-21", "Half-Blood", "Self-Made"
    if larger_place_after(lex, text, c):
        c.label, c.score = "GPE", _PLACE_SURE  # "Lockerbie, Scotland": spreads to the other mentions
    elif org_context(text, c) and not _adjective_shaped(word):  # "Eurosceptic MPs" are no party's
        c.label, c.score = "ORG", _ORG_SURE
    elif person_context(lex, text, c, strong=True) or _SPEECH_HE.match(text, c.end):
        c.label, c.score = "PERSON", _PERSON_SURE  # "Sunak said he", "Mr Sunak": spreads to the other mentions
    elif _SPEECH_IT.match(text, c.end):
        c.label, c.score = "ORG", _ORG_SURE  # "Qantas said it would"
    elif person_context(lex, text, c):
        c.label, c.score = "PERSON", 0.6
    elif _SPEECH.match(text, c.end):
        c.label, c.score = "PERSON", 0.6
    elif (place := place_label(text, c)) is not None:
        c.label, c.score = place, _PLACE_SURE
    elif common or (c.initial and word.endswith(("ing", "ed", "ly"))):
        return  # a capitalised ordinary word ("Internet"), or a verb opening a sentence ("Enacting")
    elif _adjective_shaped(word):
        return  # "Eurosceptic", "Blairite", "Orwellian": an adjective made of a name, no name itself
    elif _INNER_CAPITAL.match(word):
        c.label, c.score = "ORG", _BRAND  # "SpaceX", "TikTok": a brand's shape, never a person's or a place's
    else:
        prose = in_prose(text, c)
        learned = classify(features(text, c.start, c.end, prose, c.initial))
        if learned is not None:  # the words around it and its ending lean one way (entities_classifier)
            c.label, c.score = learned[0], _LEARNED
        elif prose:
            c.score = _UNKNOWN_NAME  # unlabelled, but a name: another mention's context may still say what it is
        else:
            c.label, c.score = "ORG", _GUESSED  # a lone name in a table or list row is mostly a club or a firm


# A capital inside a word ("SpaceX", "TikTok", "OpenAI"), but not a surname's prefix ("McCarthy", "DeSantis").
_INNER_CAPITAL = re.compile(r"(?!(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von)[A-Z]).+?[a-z][A-Z]")


def _is_nickname(lex: Lexicon, word: str) -> bool:
    """A club's plural nickname ("Mets", "Giants", "Rangers"): no organisation head ("Holdings") nor group of
    people ("Democrats")."""
    return (len(word) >= 4 and word.endswith("s") and word[0].isupper() and word[1:].islower()
            and word not in lex.org_heads and word not in lex.norp and word not in lex.places)


# Languages that are no people's name nor place (OntoNotes LANGUAGE, which is not suggested): "said Mass in Latin".
_LANGUAGES = frozenset("Latin Esperanto Sanskrit Swahili Mandarin Cantonese Hindi Urdu Tagalog Farsi Pashto Yiddish".split())


def _adjective_shaped(word: str) -> bool:
    return word[1:].islower() and word.endswith(_ADJECTIVE_ENDINGS)


def _dateline_place(lex: Lexicon, text: str, c: Candidate) -> bool:
    return len(c.text) > 3 and (c.start == 0 or text[c.start - 1] == "\n") and (
        larger_place_after(lex, text, c) or opens_dateline(text, c.start, c.end))


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
    # The spelled-out name ends in "(" just before the acronym ("$" also matches before a final "\n"):
    # most acronyms have none, and the search would backtrack through 80 characters to find that out.
    if not text.endswith(("(", "(\n"), max(0, c.start - 2), c.start):
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


def _looks_personal(lex: Lexicon, name: str) -> bool:
    """Two or three words no ordinary one among them, none an acronym ("Sirius XM") or a compound adjective
    ("Pulitzer Prize-winning")."""
    words = [w for w in name.split(" ") if w not in PARTICLES]  # "Luiz Inácio Lula da Silva"
    return 2 <= len(words) <= (4 if len(words) < len(name.split(" ")) else 3) and not any(
        w.lower() in lex.common_words or w.isupper() or _LOWER_AFTER_HYPHEN.search(w) for w in words)


_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")


def _speaks_alone(lex: Lexicon, text: str, c: Candidate, names: frozenset[str], capitalised: frozenset[str],
                  subjects: dict[str, bool]) -> bool:
    """"as Barack Obama spoke … Obama said": a two-word name whose words this article writes only capitalised
    (wordfreq folds case: "barack" and "obama" are ordinary words to it), the surname more than once and as a
    subject alone somewhere ("Obama said", "Obama was").  ``subjects`` caches the answer per surname."""
    words = c.text.split(" ")
    if len(words) != 2 or words[1].lower() not in names:
        return False
    if _is_common(lex, words[0], names) and (c.initial or words[0].lower() not in capitalised):
        return False  # the first word an ordinary one the article also writes in lower case ("Daily Variety": "daily")
    surname = words[1]
    if surname not in subjects:  # a literal first: the regex engine skips to each occurrence
        subjects[surname] = any(found.start() == 0 or not (text[found.start() - 1].isalnum()
                                                           or text[found.start() - 1] in "’'-")
                                for found in re.finditer(re.escape(surname) + _SUBJECT_VERB, text))
    return subjects[surname]


def _is_common(lex: Lexicon, word: str, names: frozenset[str]) -> bool:
    """An ordinary English word, unless this article uses it only as a name."""
    lower = word.lower()
    return (lower in lex.common_words or singular(lower) in lex.common_words) and lower not in names


def _names_in_article(lex: Lexicon, text: str, candidates: list[Candidate]) -> tuple[frozenset[str], frozenset[str]]:
    """Ordinary words (lower case) this article uses only as names: capitalised more than once, at least once
    mid-sentence, and never in lower case; and those capitalised mid-sentence once or more, never in lower case.

    wordfreq folds case, so names that are frequent in news ("trump", "musk", "tesla", "ukip") are
    ordinary words to it, and such a name opening a sentence would be read as an ordinary word.
    Words that are capitalised in institutional use ("the Government", "the Queen") or are function
    words, months, places or nationalities prove nothing and are left out.  One regular expression
    over the text collects the lower-case words, so this stays linear.
    """
    seen: set[str] = set()
    mentions: dict[str, int] = {}
    for c in candidates:
        if c.kind == SURE and c.label == "GPE" and " " not in c.text:
            mentions[c.text] = mentions.get(c.text, 0) + 1  # "Obama" read as the town in Japan counts as a capital too
        if c.kind not in (SINGLE, MULTI):
            continue
        for word in c.text.split(" "):
            mentions[word] = mentions.get(word, 0) + 1
        if c.initial or _DETERMINER_BEFORE.search(text, max(0, c.start - 6), c.start):
            continue  # "the Budget", "the West": institutions and regions, not people or firms
        for word in c.text.split(" "):
            lower = word.lower()
            if (lower in lex.common_words and word[:1].isupper() and word[1:].islower() and len(word) > 2
                    and lower not in FUNCTION_WORDS and word not in CALENDAR and word not in _HOLIDAYS
                    and not _institutional(lex, word)):
                seen.add(lower)
    if not any(mentions.get(w.capitalize(), 0) > 1 for w in seen):  # one capital proves little: "the film Sideways"
        return frozenset(), frozenset()
    lower_words: set[str] = set()
    for block in text_blocks(text):  # not one list of every word: the article's peak memory
        lower_words.update(_LOWER_WORD.findall(block))
    once = frozenset(seen - lower_words)
    return frozenset(w for w in once if mentions.get(w.capitalize(), 0) > 1), once


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Nn]ext|[Ll]ast)[ \xa0]$")
# Capitalised like names, but dates or events: never evidence that an ordinary word is a name.
_HOLIDAYS = frozenset("Christmas Easter Halloween Thanksgiving Ramadan Eid Diwali Hanukkah Passover Lent".split())


def _institutional(lex: Lexicon, word: str) -> bool:
    lower = word.lower()
    return (lower in lex.titles or lower in lex.weak_titles or lower in lex.title_modifiers or word in lex.org_heads
            or word in lex.org_of_heads or word in lex.event_heads or word in lex.law_heads or word in lex.fac_heads
            or word in lex.norp or word in lex.places or lex.is_given_name(word))


def _agree_singles(candidates: list[Candidate]) -> None:
    """A lone name read from its context in one place is read the same where the context says nothing.

    "Sunak said he ..." makes "Sunak" a person; "Sunak’s plan" elsewhere in the article, which alone
    would be guessed an organisation, is the same person.  Only an unopposed reading spreads.
    """
    evidence: dict[str, set[str]] = {}
    for c in candidates:
        if c.kind == SINGLE and c.label is not None and (c.score >= _PERSON_SURE or c.score in (_ORG_SURE, _PLACE_SURE)):
            evidence.setdefault(c.text, set()).add(c.label)
        elif c.kind == ACRONYM and c.score == _PLACE_SURE:  # a dateline's "MAHALA" is the body's "Mahala"
            evidence.setdefault(c.text.title(), set()).add(c.label)
    for c in candidates:
        if c.kind == SINGLE and (c.label is None or c.score <= _GUESSED):
            labels = evidence.get(c.text)
            if labels is not None and len(labels) == 1 and (c.label is not None or not c.initial
                                                             or c.score == _UNKNOWN_NAME):
                c.label, c.score = next(iter(labels)), 0.5


_LIST_GAP = re.compile(r"(?:,|,?[ \xa0](?:and|or))[ \xa0]")


def _agree_with_list(text: str, candidates: list[Candidate]) -> None:
    """A lone name left unlabelled in prose takes the kind of the names it is listed with: "Netflix and
    Spotify", "Slack, Zoom and the BBC" -- when those listed next to it agree on one."""
    for _round in range(2):  # "A, B and C": the middle one first, then the end of the chain
        for i, c in enumerate(candidates):
            if c.kind != SINGLE or c.label is not None or c.score != _UNKNOWN_NAME:
                continue
            labels = set()
            if i > 0 and (before := candidates[i - 1]).label is not None and before.score != _GUESSED:
                gap = _LIST_GAP.fullmatch(text, before.end, c.start)
                if gap is not None:
                    labels.add(before.label)
            if i + 1 < len(candidates) and (after := candidates[i + 1]).label is not None and after.score != _GUESSED:
                if _LIST_GAP.fullmatch(text, c.end, after.start) is not None:
                    labels.add(after.label)
            if len(labels) == 1 and (label := labels.pop()) in ("ORG", "GPE"):
                c.label, c.score = label, 0.45


_FIRST_WORD_KEY = "\x00"  # marks "first word of an organisation's name" keys in the known names
_GUESSED = 0.4  # the score of a lone name labelled ORG for want of any context
_BRAND = 0.42  # the score of a lone name with a capital inside it, labelled ORG
_UNKNOWN_NAME = 0.39  # the score of a lone name left unlabelled in prose, for want of any context
_LEARNED = 0.38  # the score of a lone name the classifier labelled: below a guess, so any evidence overrides it


# A press review: its lead names newspapers, then each paper's name heads its stories' "- " lines.
_DIGEST_LEAD = re.compile(r"\b(?:newspapers?|PRESS DIGEST|[Pp]ress [Dd]igest)\b")
_DIGEST_ITEM = re.compile(r"[ \xa0]*\n- ")


def _digest_heading(text: str, c: Candidate) -> bool:
    """A line of capitals alone before "- " story lines in a press digest ("EL PAIS", "DIARIO 16"):
    a newspaper's name, known or not (a place heading a digest's section stays a place)."""
    return (c.start > 0 and text[c.start - 1] == "\n" and bool(_DIGEST_ITEM.match(text, c.end))
            and bool(_DIGEST_LEAD.search(text, 0, min(c.start, 600))))


def _read_caps(lex: Lexicon, c: Candidate, upper: dict[str, tuple[str, str | None]], text: str) -> list[Candidate]:
    """All-caps words ("SOCCER - JAPAN GET LUCKY WIN"): only names the article or a gazetteer knows;
    a place that is also a common word ("PITTSBURGH", "NICE") only before a score or standings row, or
    before a schedule's "AT" ("PITTSBURGH AT COLORADO")."""
    tokens = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(c.text)]
    if _digest_heading(text, c) and " ".join(t[2] for t in tokens) not in lex.places_upper:
        return [Candidate(c.start, c.end, c.text, "ORG", None, 0.55, GUESS)]
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        for n in range(min(4, len(tokens) - i), 0, -1):
            key = " ".join(t[2] for t in tokens[i:i + n]).upper()
            hit = upper.get(key)
            if hit is None:
                surface = lex.places_upper.get(key)
                if surface is not None and (n > 1 or key.lower() not in lex.common_words
                                            or SCORE_AFTER.match(text, tokens[i][1])
                                            or before_caps_fixture(text, tokens[i + n - 1][1])):
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
    if not found and len(tokens) <= 3 and c.text.title() not in lex.orgs and opens_dateline(text, c.start, c.end):
        # "BOMBAY 1996-08-28", "RANGOON (Reuters) -": a dateline names a place, in whatever spelling (but
        # "UNITED NATIONS 1996-08-22" is the body's headquarters)
        found.append(Candidate(c.start, c.end, c.text, "GPE", c.text.title(), 0.6, GUESS))
    elif (not found and len(tokens) <= 3 and not any(t[2].lower() in lex.common_words for t in tokens)
          and club_in_row(text, c)):
        found.append(Candidate(c.start, c.end, c.text, "ORG", None, 0.55, GUESS))
    return found
