"""The cue lexicon: reporting verbs and phrases, and one fast regex over all their forms.

Lemmas are listed once; regular inflections (-s, -ed, -ing) are generated and irregular ones
given.  All forms are compiled into a single prefix-tree regex, which runs several times faster
than a flat alternation of the same words (Python's ``re`` does not factor alternatives).
"""

from __future__ import annotations

import functools
import re

# Verbs that introduce speech or a stated position.  "Strong" ones may take a bare clause
# ("Joly said the talks…"); the others introduce reported speech with "that", or with their
# object when a speaker stands right before them ("Trump attacked the plan"): the last group
# are verbs of stance and intent, whose object is what the source holds or wants.
STRONG_LEMMAS = """
say tell claim argue insist warn assert state declare proclaim contend maintain allege
""".split()

LEMMAS = STRONG_LEMMAS + """
add note explain announce confirm deny admit acknowledge mention suggest write tweet
report reply respond answer ask urge continue recall predict promise pledge vow threaten
boast complain emphasize emphasise stress observe remark comment concede charge testify
echo counter retort quip joke shout yell chant scream whisper exclaim demand caution reveal disclose
conclude estimate hint agree reiterate repeat underline underscore highlight assure inform
advise remind describe speculate lament praise criticize criticise
blast slam accuse tout recount indicate signal cite wonder question dispute posit opine
muse sigh affirm attest scoff snap fume rail counsel concur clarify elaborate bark snarl gush interject react
object protest propose recommend grumble mutter murmur stammer confide remember reminisce deadpan marvel
think believe feel expect call dub show find read
""".split()
STANCE_LEMMAS = frozenset("""
support endorse oppose attack defend blame reject discuss want plan seek hope decline refuse offer
favor favour prefer target condemn denounce decry dismiss mock ridicule challenge welcome applaud
hail champion embrace fear doubt intend label brand characterize characterise deride lambaste
chastise rebuke scold
""".split())
LEMMAS += sorted(STANCE_LEMMAS)

# Nouns of speech and stance: a cue after a possessive ("the mayor’s claim that …", "his call for …").
SPEECH_NOUNS = frozenset("""
statement statements accusation accusations allegation allegations threat threats proposal proposals
suggestion suggestions insistence denial denials admission belief beliefs view views criticism criticisms
endorsement opposition concern concerns prediction predictions announcement announcements testimony
complaint complaints assertion assertions argument arguments contention message messages assessment
assessments position stance request requests
""".split())

# Irregular or doubled forms: lemma -> forms besides the lemma itself.
_IRREGULAR = {
    "say": ["says", "said", "saying"],
    "tell": ["tells", "told", "telling"],
    "write": ["writes", "wrote", "written", "writing"],
    "think": ["thinks", "thought", "thinking"],
    "feel": ["feels", "felt", "feeling"],
    "admit": ["admits", "admitted", "admitting"],
    "quip": ["quips", "quipped", "quipping"],
    "snap": ["snaps", "snapped", "snapping"],
    "concur": ["concurs", "concurred", "concurring"],
    "rail": ["rails", "railed", "railing"],
    "show": ["shows", "showed", "shown", "showing"],
    "read": ["reads", "reading"],
    "find": ["finds", "found", "finding"],
    "counsel": ["counsels", "counseled", "counselled", "counseling"],
    "slam": ["slams", "slammed", "slamming"],
    "plan": ["plans", "planned", "planning"],
    "prefer": ["prefers", "preferred", "preferring"],
    "seek": ["seeks", "sought", "seeking"],
    "label": ["labels", "labeled", "labelled", "labeling", "labelling"],
    "speak": ["speaks", "spoke", "spoken", "speaking"],
    "take": ["takes", "took", "taken", "taking"],
    "refer": ["refers", "referred", "referring"],
    "testify": ["testifies", "testified", "testifying"],
    "deadpan": ["deadpans", "deadpanned", "deadpanning"],
    "marvel": ["marvels", "marveled", "marvelled", "marveling", "marvelling"],
}

# Multi-word cues: their own forms, matched before single words.
PHRASES = """
point out|points out|pointed out|pointing out
according to|According to
Said|Says|Asked|Stated|Added|Wrote|Explained|Replied|Countered|Declared|Insisted|Quipped|Retorted|Tweeted
shot back|shoots back|shoot back|shooting back|fired back|fires back|fire back|firing back
hit back|hits back|hitting back|snapped back|wrote back|writes back
made clear|makes clear|make clear|making clear
went on to say|goes on to say
spoke of|speaks of|speaking of
call for|calls for|called for|calling for
""".replace("\n", "|").strip("|").split("|")


def inflect(lemma: str) -> list[str]:
    """The lemma and its -s, -ed and -ing forms (regular English spelling rules)."""
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, gerund = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, gerund = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, gerund = lemma + "ed", lemma + "ing"
    return [lemma, third, past, gerund]


# Verbs whose object follows a particle ("called on the city to …", "lashed out at the board"):
# lemma -> particles; every inflection becomes a phrase cue.
PARTICLE_VERBS = {
    "call": ["on"], "push": ["for"], "ask": ["for"], "argue": ["for", "against"], "warn": ["against", "of"],
    "complain": ["about"], "talk": ["about"], "speak": ["about", "out against", "out for"], "lash": ["out at"],
    "take": ["aim at"], "point": ["to"], "refer": ["to"], "rail": ["against"], "weigh": ["in on"],
}


def _trie_pattern(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_SPEECH_PHRASES = frozenset(PHRASES)
_SPEECH_LEMMAS = frozenset(LEMMAS) - STANCE_LEMMAS
PHRASES += [f"{form} {particle}" for lemma, particles in PARTICLE_VERBS.items()
            for form in inflect(lemma) for particle in particles]
FORMS: dict[str, str] = {}  # form -> lemma
for _lemma in LEMMAS:
    for _form in inflect(_lemma):
        FORMS.setdefault(_form, _lemma)
STRONG_FORMS = frozenset(form for form, lemma in FORMS.items() if lemma in STRONG_LEMMAS)
OPINION_FORMS = frozenset(form for form, lemma in FORMS.items() if lemma in {"think", "believe", "feel", "expect"})

def _tries_by_first_char(groups: list[list[str]]) -> str:
    """A regex matching the words of ``groups``, earlier groups tried first, as one alternative per
    first character holding each group's trie of what follows it.  The same matches as the tries one
    after the other (at one position only the words starting with its character can match, and they
    are tried in the same order), but at each word start the engine walks one alternation of first
    characters instead of one per group (a tenth fewer instructions a scan)."""
    rests_by_char: dict[str, list[list[str]]] = {}  # first character -> each group's continuations
    for i, group in enumerate(groups):
        for word in group:
            rests_by_char.setdefault(word[0], [[] for _ in groups])[i].append(word[1:])
    alternatives = []
    for char in sorted(rests_by_char):
        continuations = []
        for rests in rests_by_char[char]:
            if rests:
                body = _trie_pattern(sorted(rest for rest in rests if rest))
                continuations.append((f"(?:{body})?" if body else "") if "" in rests else body)
        inner = continuations[0] if len(continuations) == 1 else "(?:" + "|".join(continuations) + ")"
        alternatives.append(re.escape(char) + inner)
    return "(?:" + "|".join(alternatives) + ")"


@functools.cache
def cue_re() -> re.Pattern[str]:
    """One regex for every cue, lower case only: capitalised "State" or "Report" is a name, not a cue.

    Built on first use rather than at import, so importing the suggesters stays quick."""
    return re.compile(r"(?<![\w’'-])" + _tries_by_first_char([sorted(PHRASES), sorted(FORMS)]) + r"(?![\w’-])")


@functools.cache
def reported_cue_re() -> re.Pattern[str]:
    """Every cue and the speech nouns, for the one scan for reported speech.  The nouns stay out of
    :func:`cue_re`: they never attribute a direct quote ("…,” the statement said" is cued by "said")."""
    return re.compile(r"(?<![\w’'-])" + _tries_by_first_char([sorted(PHRASES), sorted(set(FORMS) | SPEECH_NOUNS)])
                      + r"(?![\w’-])")


def cue_lemma(form: str) -> str:
    """The lemma of a cue form ("said" -> "say"); a phrase is its own lemma ("according to")."""
    return FORMS.get(form.lower(), form.lower())


@functools.cache  # a few hundred forms, asked about for every cue
def may_be_noun(form: str) -> bool:
    """"plan", "tweets", "remark": a base or -s form may be a noun after modifiers ("says" is a verb)."""
    head = form.split()[0].lower()
    lemma = cue_lemma(head)
    return lemma != "say" and head in (lemma, inflect(lemma)[1])


def is_speech(form: str) -> bool:
    """A cue of saying something (not a stance such as "endorsed", nor a particle verb such as "talked about")."""
    return cue_lemma(form) in _SPEECH_LEMMAS or form in _SPEECH_PHRASES


def is_strong(form: str) -> bool:
    return form.lower() in STRONG_FORMS


def is_gerund(form: str) -> bool:
    return form.lower().split()[0].endswith("ing")
