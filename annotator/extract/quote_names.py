"""Words and patterns for names: titles, speaker nouns, capitalised name runs, name edges.

Used by the speaker resolver to tell "Commission President Ursula von der Leyen" (a title, then
a name) from "the Royal Military College" (an organisation) and "the minister" (a speaker noun).
"""

from __future__ import annotations

import re

from .dates import WEEKDAYS

# Words that are part of a title, never of a name: stripped from the front of a name run.
TITLES = frozenset("""
president minister prime foreign affairs secretary senator sen. sen rep. rep representative gov. gov
governor mayor chancellor chairman chairwoman chair ceo director commissioner ambassador general
gen. col. lt. capt. sgt. dr. dr mr. mr mrs. mrs ms. ms miss prof. professor judge justice attorney
speaker leader spokesman spokeswoman spokesperson deputy vice chief officer king queen prince
princess pope rev. father sir lord lady dame candidate nominee republican democrat
democratic gop sec. supt. commander coach house senate state defense defence del. assemblyman
assemblywoman councilman councilwoman premier councillor councilor constable superintendent inspector
sergeant sgt detective mp mpp mla
""".split())
FEMALE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame", "queen", "princess"})
MALE_TITLES = frozenset({"mr.", "mr", "sir", "lord", "king", "prince", "father"})


def title_gender(text: str, name_start: int) -> str:
    """"f"/"m" for a name right after Mrs./Ms./Mr. (and the like), else ""."""
    before = text[max(0, name_start - 6):name_start].split()
    word = before[-1].lower() if before else ""
    return "f" if word in FEMALE_TITLES else "m" if word in MALE_TITLES else ""

# Heads of common-noun speaker phrases ("the minister said", "officials said").
NOUN_HEADS = frozenset("""
spokesman spokeswoman spokesperson official officials minister president secretary senator governor
mayor police officer officers analyst analysts expert experts campaign company aide aides source
sources lawyer lawyers attorney attorneys critics critic supporters supporter agency department
ministry government administration committee group organization organisation researchers
scientists leader leaders chief director executive economist economists doctor doctors witness
witnesses residents representative candidate nominee chairman prosecutor prosecutors judge court
board union party team manager coach professor author statement report study survey poll pollster
investigators authorities officials spokespeople strategist strategists adviser advisers advisor
ruling letter memo filing lawsuit complaint document release website article editorial analysis
resident neighbour neighbor neighbours neighbors victim victims survivor survivors worker workers teacher authority
teachers student students parent parents mother father passenger passengers fan fans voter voters owner
owners farmer farmers nurse nurses patient patients activist activists campaigner campaigners protester
protesters member members relative relatives friend friends lawmaker lawmakers regulator regulators
investor investors trader traders eyewitness spokesmen diplomat diplomats commander officer colleague
woman man narrator host actor actress singer comedian reporter journalist columnist editor historian scholar
businessman businesswoman billionaire mogul veteran lawmaker senator congressman congresswoman nominee
opponent advocate backer proponent observer commentator pundit delegate donor insider participant respondent
organizer organiser employee specialist frontrunner front-runner challenger contender hopeful incumbent surrogate
operative consultant newspaper paper magazine network outlet publication tabloid blog documents records transcript
premier councillor councilor trustee commissioner superintendent inspector constable sergeant detective coroner
ombudsman chancellor deputy chair chairperson chairwoman dean principal founder physician surgeon mp mpp mla agent
user users commenter commenters boss bosses staffer staffers player players citizen citizens locals
researcher scientist investigator
champion captain skipper striker midfielder defender goalkeeper keeper winger winner medallist medalist sprinter
athlete golfer cyclist boxer batsman bowler referee umpire full-back fly-half scrum-half
ambassador envoy negotiator mediator
""".split())


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def is_plural_noun(word: str) -> bool:
    """"officials", "bosses" (not "boss", "witness", "actress": singulars ending in -ss)."""
    return word.endswith("s") and not word.endswith("ss")


# Every head also in the plural ("polls showed", "studies found"), listed or not.
NOUN_HEADS |= frozenset(_plural(noun) for noun in NOUN_HEADS if not noun.endswith("s") or noun.endswith("ss"))
# Words that make a capitalised run an organisation or place, not a person (fallback only).
# "the company said": the noun, and the words one of the organisations it stands for has in its name
# (ANY_KIND: or a name of no kind, as a firm's is: "Volkswagen"; "the agency" is a public body of any name,
# "Statistics Canada", "the Congressional Budget Office", "the State Department").
ANY_KIND = ""
_FIRM = frozenset({ANY_KIND})
ORG_NOUNS = {noun: _FIRM for noun in ("company firm group carmaker retailer airline club utility insurer automaker "
                                       "broadcaster charity organization organisation").split()}
ORG_NOUNS |= {noun.lower(): frozenset({noun}) for noun in
              "Bank Ministry Department Party Council Union Commission Association Authority Board".split()}
ORG_NOUNS["agency"] = frozenset({"Agency", "Department", "Office", "Administration", "Service", "Bureau", ANY_KIND})
KIND_HEADS = frozenset("Ministry Department Party Council Union Agency Commission University Court Committee "
                        "Government Parliament Congress Senate House Police Army".split())
# "the newspaper reported": a print outlet, the one quoted just before (an unnamed paper is too often meant;
# "the network" is as often the channel the story is about).
OUTLET_PHRASE = re.compile(r"(?:[Tt]he)[ \xa0](?:newspaper|paper|daily|tabloid|weekly|magazine)")
OUTLET_NAME_WORDS = frozenset("""Times Post News Mail Mirror Herald Journal Press Daily Telegraph Guardian Gazette
Tribune Star Sun Globe Chronicle Observer Independent Express Courier Citizen Record Review Standard Magazine
Newsweek Economist Radio Television TV FT BBC CNN CBC CTV NPR Reuters Bloomberg Politico Axios""".split())
ORG_NOUN_PHRASE = re.compile(r"(?:[Tt]he)[ \xa0](?:" + "|".join(ORG_NOUNS) + ")")
ORG_REACH = 1500  # characters back to look for the organisation meant
ORG_NEAR = 200  # characters: an organisation named this close before "the company said" is the one meant

ORG_WORDS = frozenset("""
College University School Union States Kingdom Party Department Ministry Commission Council Committee
Congress House Senate Court Company Corporation Corp Inc Ltd Bank Agency Association Institute News
Times Post Journal Group Foundation Club Network Army Navy Force Forces Office Service Services Center
Centre Church Hospital Airlines Republic Federation Nations Organization Organisation Assembly Bureau
Parliament Bundestag Government Administration Campaign Street City County State Road River
""".split())
DETERMINERS = frozenset("the a an his her its their our my your this these those some many several one two three "
                         "another each every".split())
# Auxiliaries and modals: after a noun they make it a clause's subject ("the candidate could win").
AUXILIARIES = frozenset("has have had was were is are will would could should can may might must did does do".split())
# Words that open or join clauses: no part of a name nor of the noun phrase before a verb ("and" joins noun
# phrases as well, so each use adds it where a subject cannot be two joined ones).
CLAUSE_LINKS = frozenset("but or nor which who whom that when while because if as since although though so then "
                         "also not".split())
# Words that end no speaker phrase ("the plan that said", "which said").
NOT_HEADS = AUXILIARIES | frozenset("that which who whom what it this there then and or but not also be been being".split())

# A capitalised name run: words, initials, and lower-case particles inside names (von der Leyen).
# A word keeps a period only as an abbreviation or initial (Mr., Sen., J.), so a run stops at a full stop.
NAME_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w’'-]*)"
_NAME_GAP = r"[ \t\xa0]+(?:(?:von|van|der|den|de|da|del|di|du|la|le|al|bin|ibn|dos|das)[ \t\xa0]+)*"
NAME_RUN = re.compile(NAME_WORD + "(?:" + _NAME_GAP + NAME_WORD + ")*")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w-]*")
MULTI_NAME_RUN = re.compile(NAME_WORD + "(?:" + _NAME_GAP + NAME_WORD + ")+")  # two words at least
NAME_RUN_AT_END = re.compile(NAME_RUN.pattern + r"\Z")
STOP_CAPITALS = frozenset("""
The A An But And Or So Yet In On At For With By From As After Before When While If Although Though
This That These Those It Its He She They We I You His Her Their Our My Your There Here Then Now Still
However Meanwhile Also Asked Speaking Despite Since Because During Under Over Into Later Earlier Last
Today Yesterday Tomorrow
Said Says According
Rather Instead Indeed Thus Otherwise Moreover Furthermore Nonetheless Nevertheless Perhaps Maybe Finally Ultimately
Eventually Separately Similarly Likewise Again Afterward Afterwards Overall Regardless Besides Therefore Initially
Recently Additionally Specifically Notably Previously Currently
""".split()) | frozenset(WEEKDAYS)
_WORD = re.compile(r"\S+")
POSSESSIVE = re.compile(r"[’']s?\Z")


_TITLE_MODIFIERS = frozenset("former ex- then acting retired senior top longtime veteran fellow interim the a".split())


def only_titles(words: str) -> bool:
    """"said Ms. Gil", "said former governor Ed Rendell": titles and their modifiers before a name."""
    split = words.split()
    return len(split) <= 4 and all(word.lower() in TITLES or word.lower() in _TITLE_MODIFIERS for word in split)


def surname(word: str) -> str:
    return POSSESSIVE.sub("", word).lower()


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_PHRASE_STOP = re.compile(r"[,;:!?()\n“”\"—–]|''|\.(?!\w)")


def phrase_end(text: str, pos: int, hi: int) -> int:
    """Where the noun phrase starting at ``pos`` ends: punctuation, but not a title's or initial's period."""
    for stop in _PHRASE_STOP.finditer(text, pos, hi):
        if stop.group() == ".":
            word = text[max(pos, stop.start() - 5):stop.start()].split()
            last = word[-1].lower() if word else ""
            if word and (last in TITLES or last + "." in TITLES or len(last) == 1 or last in ("jr", "sr", "st")
                         or _INITIALS.fullmatch(last)):  # "J.R. Holloway": run-together initials
                continue
        return stop.start()
    return hi


def strip_titles(text: str, start: int, end: int) -> int | None:
    """Where the name proper starts in a capitalised run, after any titles; None if it is no name."""
    words = list(_WORD.finditer(text, start, end))
    keep = 0
    for i, word in enumerate(words):
        if word.group().lower() in TITLES or word.group() in STOP_CAPITALS:
            keep = i + 1
    if keep >= len(words) and len(words) > 1 and words[-1].group()[0].isupper():
        keep = len(words) - 1  # "Mr. King", "Sen. Chief": a title word can be a surname after a title
    if keep >= len(words):
        return None
    return words[keep].start()


def name_end(text: str, start: int, end: int) -> int:
    """Drop a sentence's full stop and a possessive from the end of a name run ("Caddell." -> "Caddell")."""
    possessive = POSSESSIVE.search(text, max(start, end - 2), end)
    if possessive and possessive.start() > start:
        end = possessive.start()
    if text[end - 1:end] == "." and end - start > 2 and text[end - 3:end - 2].isalpha():
        end -= 1
    return end


def first_head(text: str, pos: int, stop: int) -> int | None:
    """End of the first speaker noun in ``text[pos:stop]`` ("a spokesman for …")."""
    for word in _LATIN_WORD.finditer(text[pos:stop]):
        if word.group().lower() in NOUN_HEADS:
            return pos + word.end()
    return None
