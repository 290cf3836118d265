"""Sport: clubs named by their city or county ("Leeds 2 Arsenal 1", "title rivals Essex"): ORG there.

A place name is a team where a score or a standings row follows it, on either side of a fixture's "v",
where a fixture word ("beat", "against") stands next to it with a score near, and -- in an article about
sport (enough sport words in it) -- after words that only take a team ("rivals", "side", "played for",
"against") or in a list with a team ("Essex, Derbyshire and Surrey").  Countries stay places:
national teams are written as their country.  Once a name is a team in an article, all its
mentions there are.  Any name in a results or standings row of names and scores is a club, as
is "the Mets" in a sport report; the surnames of a cricket scorecard are people.
"""

from __future__ import annotations

import re
from typing import Callable

from .entities_lexicon import Lexicon
from .entities_places import DATELINE_AFTER, PLACE_BEFORE
from .entities_rules import MULTI, SINGLE, Candidate

# "Leeds 2", "Sale 31, Wasps 33", a standings row; not "Hamburg 21,240" (a thousands separator).
SCORE_AFTER = re.compile(r"[ \xa0]\d{1,3}(?:-\d{1,2})?(?=[ \xa0]|,(?!\d)|$)", re.M)
_FIXTURE = re.compile(r"(?:\b(?:beat|v|vs\.?|against|AT|drew with|lost to)[ \xa0]$)")
_FIXTURE_AFTER = re.compile(r"[ \xa0](?:beat|v|vs\.?|AT|drew)\b")
# A result with its score before the opponent: "drew 1-1 with Leeds", "lost 2-0 to Benfica", "won 3-1 over Porto".
_SCORED_FIXTURE = re.compile(r"\b(?:drew|tied|lost|beat|won)[ \xa0]\d{1,2}-\d{1,2}[ \xa0](?:with|to|against|over|at)[ \xa0]$")
# The side after "v" is a team as the side before it is, score or not ("Doncaster v Darlington ,").
_VERSUS_BEFORE = re.compile(r"[ \xa0](?:v|vs\.?)[ \xa0]\Z")
_CAPS_FIXTURE = re.compile(r"[A-Z] AT \Z")  # "CLEVELAND AT TEXAS": a schedule line, played in Texas
_CAPS_FIXTURE_AFTER = re.compile(r" (?:AT|V|VS\.?|v|vs\.?) [A-Z]")
# Words that take a team, not a place, once the article is about sport.
_TEAM_BEFORE = re.compile(r"\b(?:against|beat|beating|rivals|side|club|champions|leaders|visitors|hosts|"
                          r"played for|plays for|signed for|joined|coach|coached|drew with|lost to|defeated|"
                          r"at home to|wins? over|victory over|victories over|defeat by|defeat to|defeat of|sweep of|"
                          r"signed from|loss to|losses to|seasons? with|play for|playing for|debut for|newcomers|"
                          r"(?:goals?|homers?|hat-trick|tries|wickets|scored|pitched|struck[ \xa0]out[ \xa0]\w+)"
                          r"[ \xa0]for)"
                          r"[ \xa0]+(?:[A-Z][a-z]+[ \xa0]+)?$")
# In a sport article, what only a team does or has after its name: "Toronto won its fifth straight", "Florida
# manager John Boles", "the Liverpool pair of …", "extended Colorado's lead", "third-placed Surrey".
_TEAM_AFTER = re.compile(r"(?:[ \xa0]?[’']s(?:[ \xa0]\d{1,2}-\d{1,2})?(?:[ \xa0](?:home|away))?)?"  # "Metz 's 3-1 home"
                         r"[ \xa0](?:won|beat|drew|lost|trailed|rallied|clinched|completed|handed|"
                         r"manager|coach|captain|boss|starter|reliever|fans|supporters|pair|trio|players|squad|"
                         r"lead|victory|win|defeat|innings|total|bullpen|defence|defense|attack|player|debut|"
                         r"chairman|sponsors|history|demolition)\b")
# In a sport article, a place's player: "Boston 's Roger Clemens", "Bremen's Jens Todt".
_PLAYER_POSSESSIVE = re.compile(r"[ \xa0]?[’']s[ \xa0]+")
# A competitor's country in brackets right before the team's name, and the time or points after the team.
_COUNTRY_BEFORE = re.compile(r"[ \xa0]\([ \xa0]?([A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)*)[ \xa0]?\)[ \xa0]\Z")
_TIME_OR_POINTS_AFTER = re.compile(r"[ \xa0]\d(?!\d?\.\d{1,2}\.\d)")  # (not a date: "17.8.90")
# A cup result's club: its country in brackets, then its score or the fixture's "v".
_COUNTRY_BRACKET = re.compile(r"\s\([ \xa0]?([A-Z][\w.]*(?:[ \xa0][A-Z][\w.]*)*)[ \xa0]?\)")
_CUP_SCORE_OR_VERSUS = re.compile(r"[ \xa0]+(?:\d{1,2}(?=[ \xa0]+[A-Z(]|[ \xa0]*$)|v[ \xa0])", re.M)
_RANKED_LINE = re.compile(r"^[ \xa0]*\d{1,3}\.[ \xa0]", re.M)  # "9. Rubens Barrichello ( Brazil ) 12": standings
_RESULT_AFTER_STARTS = frozenset("(wlg")  # what may follow a club's name here: "( Slovakia )", "won", "lost", "go"
_ON_AGGREGATE = re.compile(r"[ \xa0](?:won|win|wins|lost|lose|loses|went[ \xa0]through|go[ \xa0]through)[ \xa0]"
                           r"(?:\d{1,2}-\d{1,2}[ \xa0])?on[ \xa0](?:aggregate|penalties|away[ \xa0]goals)")
# A player and the club in brackets after the name: "Ramon Vega ( Cagliari )", "Jon Holm (Halifax)".
_BRACKET_OPEN = re.compile(r"[ \xa0]?\([ \xa0]?\Z")
_BRACKET_CLOSE = re.compile(r"[ \xa0]?\)")
_PLACED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|"
                            r"\d{1,2}(?:st|nd|rd|th))-placed[ \xa0]+$")
_VENUE_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Aa]t|near|outside)|\b(?:town|city|village|state) of)[ \xa0]$")
_LIST_GAP = re.compile(r"(?:,|[ \xa0]and|[ \xa0]or|,[ \xa0]and)[ \xa0]+\Z")
_SPORT_TERMS = (r"match(?:es)?|innings|wickets?|goals?|scored|league|cup|championship|season|"
                r"coach|striker|midfielder|goalkeeper|batsman|bowler|pitcher|homered|inning|soccer|"
                r"cricket|rugby|baseball|hockey|tournament|semi-?final|quarter-?final|draw|drew|"
                r"first division|premier division|unbeaten|title|points|runs|squad")
# The lookahead on the terms' first letters lets the scan skip most positions at once (twice as fast).
_SPORT_WORDS = re.compile(rf"(?=[{''.join(sorted({t[0] for t in _SPORT_TERMS.split('|')}))}])\b(?:{_SPORT_TERMS})\b",
                          re.I)
_CLUB_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w\u00e9]*)[ \xa0]\Z")
SPORT_EVIDENCE = 4  # sport words an article needs before a bare "against Surrey" makes Surrey a team
# A results or standings row: names, scores and brackets, no prose ("Norwich 4 3 0 1 5 3 9", "Sale 31 Wasps 33").
_PROSE_WORD = re.compile(r"(?<![\w'’.-])(?!(?:v|vs|of|de|del|la|le|and|bye)\b)[a-z]{2,}")
# "Oxford 2 years ago": a number that counts the next word is no score.
_COUNT_AFTER = re.compile(r"[ \xa0]\d{1,3}[ \xa0]+(?!(?:and|or|v|vs|in|at|to|after|for)\b)[a-z]{2,}")
# The last word of a line in company accounts ("Net Income 821 512"), which has a row of numbers too.
_ACCOUNT_LINES = frozenset("Income Revenue Revenues Sales Profit Profits Loss Losses Earnings Share Shares Data "
                           "Assets Liabilities Expenses Costs Dividend Dividends Tax Taxes Total Turnover Margin "
                           "Equity Debt Interest Charges Items".split())
# The capitalised words before a name that open a results row or follow its last score ("Port ", "North ").
_ROW_NAME_LEAD = re.compile(r"(?:^|(?<=\d[ \xa0]))(?:[A-Z][\w'’.&-]*[ \xa0])+\Z", re.M)
_DECIMAL = re.compile(r"\d\.\d")
_INITIAL = re.compile(r"[A-Z]\.")
_ROW_NUMBERS = re.compile(r"(?<![\w.,:/-])\d[\d.,:/-]*")
_SCORE_BEFORE = re.compile(r"(?:^|\d[ \xa0]+)\Z", re.M)  # the name opens the row, or follows the last score
# Roles only a club has players or staff in: "Norwich striker Keith O'Neill", "Surrey all-rounder".
_TEAM_ROLE_AFTER = re.compile(r"[ \xa0](?:(?:central|left|right|former|new|veteran|star|reserve|fast|spin|opening)[ \xa0])?(?:striker|forward|midfielder|defender|goalkeeper|playmaker|winger|"
                              r"full-back|centre-back|skipper|batsman|bowler|all-rounder|wicketkeeper|"
                              r"quarterback|pitcher|outfielder|shortstop|fly-half|scrum-half|flanker|fullback)s?\b")


def before_caps_fixture(text: str, end: int) -> bool:
    """"PITTSBURGH AT COLORADO", "LEEDS V ARSENAL": a name in capitals before a schedule's "AT" or "V" is
    the visiting team (the one after "AT" is also where the game is played)."""
    return bool(_CAPS_FIXTURE_AFTER.match(text, end))


def _about_sport(text: str) -> bool:
    for n, _ in enumerate(_SPORT_WORDS.finditer(text), start=1):
        if n >= SPORT_EVIDENCE:
            return True
    return False


# Words that open a club's name in many languages: "Olympique Lyonnais", "Borussia Dortmund", "FC Porto".
CLUB_OPENERS = frozenset("Olympique Olympiakos Sporting Dynamo Dinamo Atletico Atlético Athletic Racing Real "
                         "Borussia Eintracht Hertha Fortuna Lokomotiv Spartak Steaua Partizan Rapid Slavia Sparta "
                         "Standard Galatasaray Fenerbahce Besiktas Ajax Feyenoord PSV FC AC AS SC SV VfB VfL "
                         "TSV FK NK SK KV RC CF CD UD SD Bayern Werder Hamburger Hapoel Maccabi Beitar Torpedo Zenit "
                         "Slovan Legia Widzew Wisla Gornik Polonia Vitesse Roda AZ NEC NAC RKC VVV IFK AIK CSKA "
                         "Shakhtar Olimpija Hajduk Anderlecht Benfica Boavista Sampdoria F.C.".split())
# Abbreviations that close a club's name: "Paris SG", "Helsingborgs IF", "Brondby IF", "Wimbledon FC".
CLUB_CLOSERS = frozenset("FC F.C. SG SC AFC CF BK FF IF SK".split())


_THE_BEFORE = re.compile(r"\b[Tt]he[ \xa0]$")
# A cricket scorecard: "Thorpe b Croft 6", "c Healy b Fleming 44", "Bowling : Gough 8-0-39-3": fielders and bowlers.
_CAUGHT_BEFORE = re.compile(r"(?<![\w.])(?:c|st)[ \xa0]$")
_BOWLED_BEFORE = re.compile(r"(?<![\w.])b[ \xa0]$")
_BOWLED_AFTER = re.compile(r"[ \xa0]b[ \xa0][A-Z]")
_RUNS_AFTER = re.compile(r"[ \xa0]\d{1,3}\b")
# A scorer and the minute of the goal: "( Max 11th , Thon 34th )", "Heinrich 90th-pen", "Roest 33rd minute".
_MINUTE_AFTER = re.compile(r"[ \xa0]\d{1,3}(?:st|nd|rd|th)(?:-pen|[ \xa0]min(?:ute)?)?(?=[ \xa0,;)]|$)", re.M)
_BOWLING_FIGURES = re.compile(r"[ \xa0]\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")


def in_scorecard(text: str, c: Candidate) -> bool:
    """A fielder ("c Healy b ..."), a bowler ("b Fleming 44") or bowling figures ("Gough 8-0-39-3")."""
    if text[c.end + 1:c.end + 2].isdigit() and _BOWLING_FIGURES.match(text, c.end):
        return True
    if c.start < 2 or text[c.start - 2] not in "cbt":  # "c ", "b ", "st ": a scorecard's word before the name
        return False
    before = max(0, c.start - 3)
    return bool((_CAUGHT_BEFORE.search(text, before, c.start) and _BOWLED_AFTER.match(text, c.end))
                or (_BOWLED_BEFORE.search(text, before, c.start) and _RUNS_AFTER.match(text, c.end)))


def scored_at_minute(text: str, c: Candidate) -> bool:
    """A goal scorer and the minute ("Thon 34th", "Heinrich 90th-pen")."""
    return text[c.end + 1:c.end + 2].isdigit() and bool(_MINUTE_AFTER.match(text, c.end))


def _is_nickname(lex: Lexicon, text: str, c: Candidate) -> bool:
    """'the Mets', 'the Braves': a capitalised plural after "the" that is no group of people, event or body."""
    word = c.text
    return (len(word) > 3 and word.endswith("s") and word[1:].islower() and word not in lex.norp
            and word not in lex.event_heads and word not in lex.org_heads and word.lower() not in lex.titles
            and word not in lex.places and bool(_THE_BEFORE.search(text, max(0, c.start - 4), c.start)))


def _club_after_player(text: str, c: Candidate, person_ends: set[int]) -> bool:
    """"Ramon Vega ( Cagliari )": a place in brackets right after a person's name (not after a ground:
    "Edgbaston ( Birmingham )")"""
    bracket = _BRACKET_OPEN.search(text, max(0, c.start - 3), c.start)
    return bracket is not None and bracket.start() in person_ends and bool(_BRACKET_CLOSE.match(text, c.end))


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends: its line break, or the text's end."""
    found = text.find("\n", pos)
    return len(text) if found < 0 else found


def _in_results_row(text: str, c: Candidate, start: int) -> bool:
    """A name (from ``start``) followed by a score in a row of names and numbers, where it opens the row
    or follows a score."""
    if not SCORE_AFTER.match(text, c.end) or not _SCORE_BEFORE.search(text, max(0, start - 12), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, c.end)
    if line_end - line_start > 160 or _PROSE_WORD.search(text, line_start, line_end):
        return False
    # two scores at least: "Sale 31 Wasps 33", "Dundee 3 1 2 0"; not "Attendance 8,000", "Halftime 1-2"
    return sum(1 for _ in _ROW_NUMBERS.finditer(text, line_start, line_end)) >= 2


def club_in_row(text: str, c: Candidate) -> bool:
    """An unknown name of capitals ("CSKA", "LG") listed with scores in a results or standings row
    ("CSKA 6 1 1 4 4 7 4", "OB 4 LG 3", "3. BVSC 3 2 1 - 6 2 7"): a club."""
    if not SCORE_AFTER.match(text, c.end):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    ranked = _RANKED_LINE.match(text, line_start)
    if ranked is not None and not text[ranked.end():c.start].strip():  # "3. BVSC": the row starts at the rank
        return _in_results_row(text, c, line_start)
    return _in_results_row(text, c, c.start)


def find_teams(lex: Lexicon, text: str, candidates: list[Candidate],
               is_country: Callable[[Lexicon, str | None], bool]) -> None:
    _results_rows(lex, text, candidates, is_country)
    driver_ends = {c.end for c in candidates if c.label == "PERSON"}  # (before any person here becomes a club)
    for c in candidates:
        if c.label != "PERSON" and _team_after_driver(lex, text, c, driver_ends, is_country):
            c.label, c.score, c.canonical = "ORG", 0.6, c.text
        if c.label in (None, "PERSON", "GPE") and " " in c.text and (
                c.text.split(" ", 1)[0] in CLUB_OPENERS or c.text.rsplit(" ", 1)[1] in CLUB_CLOSERS):
            c.label, c.score, c.canonical = "ORG", 0.6, c.text
        elif c.label in ("GPE", "ORG", "PERSON") and not c.text.isupper() and (
                opener := _CLUB_BEFORE.search(text, max(0, c.start - 13), c.start)):
            if opener.group(1) in CLUB_OPENERS:  # "Real Madrid", "AC Milan": the opener was read as a word
                c.start, c.text = opener.start(1), text[opener.start(1):c.end]
                c.label, c.score, c.canonical = "ORG", 0.6, c.text
    teams: set[str] = set()
    sport: bool | None = None  # looked at only when a place could be a team by its words alone
    for c in candidates:
        if c.kind == SINGLE and (c.label is None or c.score <= 0.4) and _is_nickname(lex, text, c):
            if sport is None:
                sport = _about_sport(text)
            if not sport:
                break
            c.label, c.score, c.canonical = "ORG", 0.55, c.text
    places: list[Candidate] = []
    cup_clubs: set[str] = set()  # guessed persons a cup result shows to be clubs, one word or more
    person_ends = {c.end for c in candidates if c.label == "PERSON"}
    person_starts = {c.start for c in candidates if c.label == "PERSON"}
    for c in candidates:
        if c.label not in ("GPE", "ORG", "PERSON") or is_country(lex, c.canonical):
            continue
        club_result = c.label == "PERSON" and _club_result(lex, text, c, is_country)
        if club_result:
            cup_clubs.add(c.text.upper())
        if c.label == "PERSON" and not club_result and (c.kind != MULTI or (c.start and text[c.start - 1] != "\n")):
            continue  # a guessed name opening a results line ("Deportivo Coruna 1") may be a club
        if c.label == "GPE":
            places.append(c)
        if club_result or (SCORE_AFTER.match(text, c.end) and not _COUNT_AFTER.match(text, c.end)
                and not PLACE_BEFORE.search(text, max(0, c.start - 16), c.start)) or _FIXTURE_AFTER.match(text, c.end) or _TEAM_ROLE_AFTER.match(
                text, c.end) or _CAPS_FIXTURE_AFTER.match(text, c.end) or _VERSUS_BEFORE.search(text, max(0, c.start - 5), c.start) or (
                _FIXTURE.search(text, max(0, c.start - 9), c.start) and SCORE_AFTER.search(text, c.end, c.end + 40)) or (
                _SCORED_FIXTURE.search(text, max(0, c.start - 20), c.start)):
            teams.add(c.text.upper())
        elif c.label == "GPE" and (_TEAM_BEFORE.search(text, max(0, c.start - 30), c.start)
                                   or _club_after_player(text, c, person_ends)
                                   or _player_of_place(text, c, person_starts)
                                   or c.text in CLUB_OPENERS  # "Benfica", "Ajax": also a parish, a town
                                   or _PLACED_BEFORE.search(text, max(0, c.start - 20), c.start)
                                   or _TEAM_AFTER.match(text, c.end)):
            if sport is None:
                sport = _about_sport(text)
            if sport:
                teams.add(c.text.upper())
    if not teams:
        return
    if sport is None:
        sport = _about_sport(text)
    if sport:  # "title rivals Essex, Derbyshire and Surrey": the places listed with a team are teams too
        for _round in range(2):
            for before, after in zip(places, places[1:]):
                if after.start - before.end <= 6 and _LIST_GAP.search(text, before.end, after.start):
                    if before.text.upper() in teams or after.text.upper() in teams:
                        teams.update((before.text.upper(), after.text.upper()))
    for c in candidates:
        if (DATELINE_AFTER.match(text, c.end) or _VENUE_BEFORE.search(text, max(0, c.start - 16), c.start)
                or _CAPS_FIXTURE.search(text, max(0, c.start - 5), c.start)):
            # "NEW YORK 1996-08-30": where the story was filed; "In Vaduz :", "At Florida ,", "BOSTON AT
            # OAKLAND": where it was played
            continue
        if c.text.upper() in teams and (c.label == "GPE" or (c.label == "PERSON" and (
                c.kind == MULTI or c.text.upper() in cup_clubs))):
            c.label, c.score, c.canonical = "ORG", 0.6, c.text


def _player_of_place(text: str, c: Candidate, person_starts: set[int]) -> bool:
    """"Boston 's Roger Clemens": a person's name right after the place's possessive."""
    possessive = _PLAYER_POSSESSIVE.match(text, c.end)
    return possessive is not None and possessive.end() in person_starts


def _team_after_driver(lex: Lexicon, text: str, c: Candidate, person_ends: set[int],
                       is_country: Callable[[Lexicon, str | None], bool]) -> bool:
    """"Jacques Villeneuve ( Canada ) Williams 1:50.574", "Rubens Barrichello ( Brazil ) Jordan 29": in a
    results line the name between a competitor's country and the time or points is the team."""
    if text[c.start - 2:c.start - 1] != ")":  # the cheap test first: most names follow no bracket
        return False
    if c.label == "GPE" and not is_country(lex, c.canonical):
        return False  # "Maria Mutola ( Mozambique ) Brussels 25.8.95": where a record was set
    bracket = _COUNTRY_BEFORE.search(text, max(0, c.start - 30), c.start)
    return (bracket is not None and bracket.start() in person_ends and is_country(lex, bracket.group(1))
            and _TIME_OR_POINTS_AFTER.match(text, c.end) is not None)


def _club_result(lex: Lexicon, text: str, c: Candidate, is_country: Callable[[Lexicon, str | None], bool]) -> bool:
    """A guessed person that is a club in a cup result: its country in brackets and a one-number score or a
    "v" after it ("Chemlon Humenne ( Slovakia ) 2", "Alania Vladikavkaz ( Russia ) v …"), or "won 4-2 on
    aggregate".  (A runner's time, "( Kenya ) 13:02.4", a golfer's rounds or tennis sets are no score here.)"""
    if text[c.end + 1:c.end + 2] not in _RESULT_AFTER_STARTS:  # the cheap test first: most names are not in results
        return False
    if _ON_AGGREGATE.match(text, c.end):
        return True
    bracket = _COUNTRY_BRACKET.match(text, c.end)
    if bracket is None:
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    if lex.is_given_name(c.text.split(" ", 1)[0]) or _RANKED_LINE.match(text, line_start):
        return False  # "Pete Sampras ( U.S. ) v …" in a draw, "3. Jane Quigley ( U.S. ) 18" in standings: players
    return (is_country(lex, bracket.group(1))
            and _CUP_SCORE_OR_VERSUS.match(text, bracket.end()) is not None)


def _ends_in_town(lex: Lexicon, text: str, c: Candidate, is_country: Callable[[Lexicon, str | None], bool]) -> bool:
    """"Lech Poznan": a guessed person whose last word is a town, not after an initial ("P. Prichard 88") nor
    in a row of averages ("Mike Atherton 3 5 0 162 64 32.40": a batsman's figures)."""
    words = c.text.split()
    place = lex.places.get(words[-1]) if len(words) > 1 and not _INITIAL.fullmatch(words[0]) else None
    if place is None or place[0] != "GPE" or is_country(lex, place[1]):
        return False
    return not _DECIMAL.search(text, c.end, _line_end(text, c.end))


_WHOLE_NUMBER = re.compile(r"[ \xa0](?:\d{1,3}|-)(?=[ \xa0]|$)", re.M)


def _league_table_row(text: str, c: Candidate) -> bool:
    """A name followed by a league table's seven whole numbers or more and nothing else (played, won, drawn,
    lost, for, against, points: "Petra Drnovice 3 1 1 1 7 5 4"): a club, though it reads like a person
    (a golfer's rounds, a bowler's figures or an athlete's times are fewer numbers, or decimals)."""
    line_end = _line_end(text, c.end)
    pos, count = c.end, 0
    while (number := _WHOLE_NUMBER.match(text, pos, line_end)) is not None:
        pos, count = number.end(), count + 1
    return count >= 7 and not text[pos:line_end].strip()


_NAME_WORDS = r"[A-Z][\w.'’-]*(?:[ \xa0][A-Z][\w.'’-]*){0,3}"
_FIXTURE_LINE = re.compile(rf"[ \xa0]*{_NAME_WORDS}[ \xa0]\d{{1,2}}[ \xa0]{_NAME_WORDS}[ \xa0]\d{{1,2}}[ \xa0]*$", re.M)


def _fixture_line(text: str, c: Candidate) -> bool:
    """A line of two names and their scores alone ("Guimaraes 4 Gil Vicente 2", "Aarau 1 Young Boys 0"):
    a result, whose sides are clubs even where one reads like a person."""
    line_start = text.rfind("\n", 0, c.start) + 1
    return _FIXTURE_LINE.match(text, line_start) is not None


def _results_rows(lex: Lexicon, text: str, candidates: list[Candidate],
                  is_country: Callable[[Lexicon, str | None], bool]) -> None:
    """Names a results or standings row lists with scores are clubs, whatever else they are alone
    ("Dundee 3 1 2 0", "Crystal Palace 4 1 2 1", "Lotte 6 Hyundai 2"); a person's known name and a
    country (a national side, written as its country) stay as they are, unless the "person" ends in a
    town ("Lech Poznan 7 5 0 2", "Willem II Tilburg 3 0 1 2": a club named after its town)."""
    merged: list[Candidate] = []  # candidates a club's whole name took in
    for c in candidates:
        if not SCORE_AFTER.match(text, c.end):  # the cheap test first: most names have no score
            continue
        if c.label != "ORG" and (c.label in ("PERSON", "NORP", "DATE") and c.kind != MULTI
                                 and not (c.label == "PERSON" and (_ends_in_town(lex, text, c, is_country)
                                                                   or _league_table_row(text, c)
                                                                   or _fixture_line(text, c)))
                                 or is_country(lex, c.canonical)):
            continue
        # "Port Vale 3", "Queens Park Rangers 1": the row's whole run of capitalised words is the club's name
        lead = _ROW_NAME_LEAD.search(text, max(0, c.start - 40), c.start)
        if lead is None and c.label == "ORG":
            continue
        start = lead.start() if lead is not None else c.start
        if c.text[:1].isupper() and c.text.rsplit(None, 1)[-1] not in _ACCOUNT_LINES and _in_results_row(text, c, start):
            merged.extend(other for other in candidates if start <= other.start < c.start)
            c.start, c.text = start, text[start:c.end]
            c.label, c.score, c.canonical = "ORG", 0.6, c.text
    if merged:
        gone = {id(c) for c in merged}
        candidates[:] = [c for c in candidates if id(c) not in gone]
