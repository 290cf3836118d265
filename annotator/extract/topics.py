"""IPTC Media Topics for an article: scored top-level topics, one primary, clear sub-topics.

How: one pass tokenizes the lower-cased text; word and two-word counts (sub-linear, the headline
counted extra) are looked up in two weight tables per top-level topic:

* the vocabulary itself — every word of the labels and definitions of all 1,372 concepts, rolled
  up to their top-level topic and kept when it mostly belongs to one topic;
* the hand-made lexicons in :mod:`topic_lexicon` — the words news uses ("striker", "MPs").

A few entity labels add evidence to topics that already have some (many NORP/GPE mentions lean
to politics, LAW to crime and justice).  Two re-rankings follow the vocabulary's own structure:
crime that only narrowly leads another topic is that story's angle (a firm's fraud trial is
business), and politics close behind a policy area is government policy on it (IPTC files
education, healthcare and environmental policy under politics).  A story about video games (lifestyle and
leisure > game in IPTC) keeps only half of its sport and arts evidence: players, tournaments, sequels and
characters are the game's there.  Sub-topics (IPTC levels 2–3) come from cue words and are only
suggested under a top-level topic that is suggested, with their parents, so they always roll up.
Nothing here is trained on an evaluation set.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Iterable, Sequence

from .base import EntitySuggestion, TopicSuggestion
from .blocks import text_blocks
from .iptc import Vocabulary, load_vocabulary
from .topic_lexicon import (ARTS, CONFLICT, CRIME, EDUCATION, ENVIRONMENT, HEALTH, POLITICS, SOCIETY, SPORT, SUBTOPIC_CUES,
                            TOP_LEXICON)

_TOKEN = re.compile(r"[a-z0-9]+")
_TITLE_MAX = 200  # a first line longer than this is a paragraph, not a headline
TITLE_BOOST = 1.0  # headline words count this many extra times (up to twice)
MIN_EVIDENCE = 2.5  # below this for the best topic, suggest nothing
SECONDARY_SHARE = 0.3  # a second top-level topic needs this fraction of the best one's evidence
MAX_TOP_LEVEL = 4
SUBTOPIC_EVIDENCE = 2.5
POLICY_SHARE = 0.7  # politics with this share of an area's evidence makes the story government policy
CRIME_ANGLE_SHARE = 0.5  # another topic with half of crime's evidence is the story's subject (0.6 kept
# a tycoon's trial and a star's court case as crime; 0.5 gains on both halves of BBC dev and loses none)
VOCABULARY_WEIGHT = 0.5  # vocabulary words are broad; the lexicons are the sharper evidence
_WORDS_NOT_PLURAL = frozenset("news series species politics economics physics athletics gas bus "
                              "this his its was has is us yes less across always perhaps whereas "
                              "mathematics olympics lens chaos aids".split())
# Words of the vocabulary's definitions that say nothing about a topic.
_STOPWORDS = frozenset("""a about above according across activities activity actual after against all
also among an and any are area areas as aspect aspects at based be been being between both but by can
caused concerning concerns covering different do does done due each either etc event events example
excluding explanation for form forms from general generally group groups has have having how in
including individual individuals into involving is issue issues it its itself kind kinds level levels
made main major matters may more most news non not of on one or other others over own part particular
people person persons place places related relating relation relations report reports same several
some such than that the their them these they things this those through to topics type types under use
used using various via way well what when where whether which while who whose with within without
world two three four five six seven eight nine ten first second third new old long short high low
there here get got only like per year years time times day days week month big small large good
bad best better make makes making take takes give gives set sets back off out up down just very
will would could should must might shall found anti
much many less least fast slow left right early late special different common case cases arm""".split())

# label -> {top-level: weight per (sub-linear) mention count}.  MONEY and PERCENT were tried for
# economy and left out: sums of money fill sport (transfers) and arts (box office) stories too.
_ENTITY_EVIDENCE = {
    "NORP": {POLITICS: 0.5, CONFLICT: 0.2},
    "GPE": {POLITICS: 0.3},
    "LAW": {CRIME: 0.8, POLITICS: 0.5},
}


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Cheap plural folding, the same for lexicon and text: "troops" -> "troop"."""
    if len(word) <= 3 or word in _WORDS_NOT_PLURAL or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


def _fold_phrase(phrase: str) -> str:
    return " ".join(fold(w) for w in _TOKEN.findall(phrase.lower()))


@dataclass(frozen=True, kw_only=True)
class _Index:
    tops: tuple[str, ...]
    labels: dict[str, str]
    starters: frozenset[str]  # folded first words of two-word terms
    table: dict[str, dict[str, float]]  # folded term -> {top-level or sub-topic code: weight}
    sub_parents: dict[str, tuple[str, ...]]  # sub-topic code -> its ancestors below the top level
    sub_tops: dict[str, str]  # sub-topic code -> its top-level code
    # Filled as articles are read: a text word -> its folding, and the words that start a two-word term.
    folded: dict[str, str] = field(default_factory=dict, compare=False)
    starting: dict[str, str] = field(default_factory=dict, compare=False)
    terms: dict[str, str] = field(default_factory=dict, compare=False)  # a text word -> its folding, if a term


def _vocabulary_terms(vocabulary: Vocabulary) -> dict[str, dict[str, float]]:
    """Words (and label word pairs) of all concepts, kept where most of their use is one topic.

    Retired concepts count too: their words still say which top-level topic a story is about.
    """
    by_term: dict[str, Counter] = defaultdict(Counter)
    for concept in vocabulary.concepts.values():
        label = [fold(w) for w in _TOKEN.findall(concept.label.lower())]
        for word in label:
            by_term[word][concept.top] += 3
        for first, second in zip(label, label[1:]):
            if first not in _STOPWORDS and second not in _STOPWORDS:
                by_term[f"{first} {second}"][concept.top] += 3
        for word in _TOKEN.findall(concept.definition.lower()):
            by_term[fold(word)][concept.top] += 1
    terms: dict[str, dict[str, float]] = {}
    for term, counts in by_term.items():
        if term in _STOPWORDS or len(term) < 3 or term.isdigit():
            continue
        top, best = counts.most_common(1)[0]
        total = sum(counts.values())
        share = best / total
        if share >= 0.6:
            terms[term] = {top: VOCABULARY_WEIGHT * share * min(1.0, total / 4)}
    return terms


@lru_cache(maxsize=1)
def _index() -> _Index:
    vocabulary = load_vocabulary()
    tops = tuple(c.code for c in vocabulary.top_level())
    terms = _vocabulary_terms(vocabulary)
    for top, lexicon in TOP_LEXICON.items():
        for phrase, weight in lexicon.items():
            key = _fold_phrase(phrase)
            slot = terms.setdefault(key, {})
            slot[top] = slot.get(top, 0.0) + weight
    sub_terms: dict[str, list[str]] = defaultdict(list)
    sub_parents: dict[str, tuple[str, ...]] = {}
    sub_tops: dict[str, str] = {}
    for label, cues in SUBTOPIC_CUES.items():
        concept = vocabulary.by_label(label)
        if concept is None or concept.level < 2:
            continue
        sub_parents[concept.code] = tuple(a.code for a in vocabulary.ancestors(concept.code) if a.level >= 2)
        sub_tops[concept.code] = concept.top
        phrases = [c for c in cues.split(",") if c.strip()]
        if len(concept.label.split()) <= 2:
            phrases.append(concept.label)
        for phrase in {_fold_phrase(p) for p in phrases}:
            if phrase:
                sub_terms[phrase].append(concept.code)
    table = terms  # built afresh above: extended in place
    for term, codes in sub_terms.items():  # sub-topic cues weigh 1 each: they count evidence
        table.setdefault(term, {}).update(dict.fromkeys(codes, 1.0))
    starters = frozenset(t.split(" ")[0] for t in table if " " in t)
    labels = {c.code: c.label for c in vocabulary.concepts.values()}
    return _Index(tops=tops, labels=labels, table=table, starters=starters, sub_parents=sub_parents,
                  sub_tops=sub_tops)


_WORDS_KEPT = 1 << 16  # text words whose folding is kept between articles; emptied when full


def _count_terms(text: str, index: _Index) -> dict[str, int]:
    """Counts of the known terms in ``text``: folded words and two-word terms."""
    table = index.table
    folded_of, starting, terms = index.folded, index.starting, index.terms
    word_counts: Counter = Counter()
    pair_counts: Counter = Counter()
    previous: list[str] = []  # the last word of the block before: a two-word term may straddle the cut
    for block in text_blocks(text):  # a 50 MB article's word list never exists whole
        words = _TOKEN.findall(block.lower())
        new = set(words).difference(folded_of)
        if len(folded_of) + len(new) > _WORDS_KEPT:
            folded_of.clear()
            starting.clear()
            terms.clear()
            new = set(words + previous)
        for word in new:
            folded = folded_of[word] = fold(word)
            if folded in table:
                terms[word] = folded
            if folded in index.starters:
                starting[word] = folded
        # Only the words that fold to a term are counted, selected in C: most words of a text are
        # none, and looking each distinct word up afterwards in Python cost more than the counting.
        word_counts.update(filter(terms.__contains__, words))
        # The pairs whose first word starts a two-word term, selected and counted in C, in text order.
        sequence = previous + words if previous else words
        pair_counts.update(compress(zip(sequence, sequence[1:]), map(starting.__contains__, sequence)))
        previous = words[-1:] or previous
    counts: dict[str, int] = {}
    for word, n in word_counts.items():  # in the order of first use, as before the selection
        folded = terms.get(word) or fold(word)  # not kept when emptied on a huge article
        counts[folded] = counts.get(folded, 0) + n
    for (first, second), n in pair_counts.items():
        pair = f"{starting.get(first) or fold(first)} {fold(second)}"
        if pair in table:
            counts[pair] = counts.get(pair, 0) + n
    return counts


def _headline(text: str) -> str:
    stripped = text.lstrip()
    line = stripped[: stripped.find("\n")] if "\n" in stripped else stripped
    return line if len(line) <= _TITLE_MAX else ""


def _evidence(counts: dict[str, int], headline: dict[str, int], table: dict) -> dict[str, float]:
    """Evidence per code (top-level and sub-topic codes alike): sub-linear counts times weights."""
    scores: dict[str, float] = defaultdict(float)
    for term, n in counts.items():
        amount = 1.0 + math.log(n)
        if term in headline:
            amount += TITLE_BOOST * min(headline[term], 2)
        for key, weight in table[term].items():
            scores[key] += weight * amount
    return scores


def _entity_evidence(entities: Iterable[EntitySuggestion], scores: dict[str, float]) -> None:
    mentions = Counter(getattr(e, "label", None) for e in entities)
    for label, tops in _ENTITY_EVIDENCE.items():
        n = mentions.get(label, 0)
        if not n:
            continue
        for top, weight in tops.items():
            if scores.get(top, 0.0) > 0:  # supports a topic, never invents one
                scores[top] += weight * (1.0 + math.log(n))


def _all_evidence(text: str, entities: Sequence[EntitySuggestion], index: _Index) -> dict[str, float]:
    return _evidence_and_counts(text, entities, index)[0]


def _evidence_and_counts(text: str, entities: Sequence[EntitySuggestion],
                         index: _Index) -> tuple[dict[str, float], dict[str, int]]:
    counts = _count_terms(text, index)
    evidence = _evidence(counts, _count_terms(_headline(text), index), index.table)
    _entity_evidence(entities, evidence)
    return evidence, counts


def score_topics(text: str, entities: Sequence[EntitySuggestion] = ()) -> dict[str, float]:
    """Raw evidence per top-level topic code (0 where none); for inspection and benchmarks."""
    index = _index()
    evidence = _all_evidence(text, entities, index)
    return {top: evidence.get(top, 0.0) for top in index.tops}


def find_topics(text: str, entities: Sequence[EntitySuggestion] = ()) -> list[TopicSuggestion]:
    """Top-level topics by evidence (the best one primary), then clear sub-topics under them."""
    if not isinstance(text, str) or not text.strip():
        return []
    index = _index()
    evidence, counts = _evidence_and_counts(text, entities, index)
    if sum(counts.get(term, 0) for term in VIDEO_GAME) >= VIDEO_GAME_EVIDENCE:
        for borrowed in (SPORT, ARTS):
            if borrowed in evidence:
                evidence[borrowed] *= VIDEO_GAME_SPORT_SHARE
    ranked = sorted(((evidence.get(top, 0.0), top) for top in index.tops), reverse=True)
    if not any(term in counts for term in VIOLENT_CRIME):
        ranked = _crime_as_angle(ranked)
    ranked = _policy_as_politics(ranked)
    best = ranked[0][0]
    if best < MIN_EVIDENCE:
        return []
    confidence = 1.0 - math.exp(-best / 20.0)
    chosen = [(code, s) for s, code in ranked[:MAX_TOP_LEVEL] if s >= MIN_EVIDENCE and s >= SECONDARY_SHARE * best]
    result = [TopicSuggestion(code=code, label=index.labels[code], score=round(confidence * s / best, 3),
                              primary=(i == 0)) for i, (code, s) in enumerate(chosen)]
    return result + _subtopics(evidence, {t.code: t.score or 0.0 for t in result}, index)


# Words only video games have, folded.  IPTC files video games under lifestyle and leisure > game, not
# sport; a story about them is full of sport's words ("players", "tournament", "final", "team") that
# are the game's here, so sport keeps only part of its evidence there.
VIDEO_GAME = frozenset(_fold_phrase(w) for w in """gamer gamers gaming gameplay multiplayer joystick
xbox playstation nintendo""".split()) | {_fold_phrase("video game"), _fold_phrase("games console")}
VIDEO_GAME_EVIDENCE = 2  # mentions
VIDEO_GAME_SPORT_SHARE = 0.5


# Words of violent crime, folded: a story with one of them is about the crime itself.
VIOLENT_CRIME = frozenset(fold(w) for w in """murder murdered murdering murderer homicide manslaughter stabbing
stabbed shooting gunman rape raped robbery robbed kidnapping kidnapped assault assaulted""".split())


def _crime_as_angle(ranked: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Courts, charges and police run through stories on every subject (a firm's fraud trial, a
    minister's bill on sentencing, a singer's arrest): when crime leads but another topic has at least
    half as much evidence, that topic is what the story is about and crime is its angle, ranked second.
    Not called where violence is in the story (a murder over a debt is crime, whatever the firm)."""
    if len(ranked) < 2 or ranked[0][1] != CRIME or ranked[1][0] < CRIME_ANGLE_SHARE * ranked[0][0]:
        return ranked
    (crime, _), (domain, code) = ranked[0], ranked[1]
    return [(crime, code), (domain, CRIME), *ranked[2:]]


# Areas with an "X policy" concept under politics > government policy in the vocabulary.
POLICY_AREAS = frozenset({EDUCATION, ENVIRONMENT, HEALTH, SOCIETY})


def _policy_as_politics(ranked: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """IPTC files what a government does about schools, hospitals, the climate or welfare under politics
    (politics > government policy > education policy, healthcare policy, ...): a story on one of those
    areas with nearly as much evidence of politics (ministers, MPs, bills) is politics, the area second."""
    if len(ranked) < 2 or ranked[0][1] not in POLICY_AREAS:
        return ranked
    politics = next((i for i, (_, code) in enumerate(ranked) if code == POLITICS), None)
    if politics is None or ranked[politics][0] < POLICY_SHARE * ranked[0][0]:
        return ranked
    rest = [entry for i, entry in enumerate(ranked) if i != politics]
    scores = [score for score, _ in ranked]
    return [(scores[0], POLITICS)] + [(score, code) for score, (_, code) in zip(scores[1:], rest)]


def _subtopics(evidence: dict[str, float], top_scores: dict[str, float], index: _Index) -> list[TopicSuggestion]:
    chosen: dict[str, float] = {}
    for code, amount in sorted(evidence.items(), key=lambda item: -item[1]):
        top = index.sub_tops.get(code)
        if top is None or amount < SUBTOPIC_EVIDENCE or top not in top_scores:
            continue
        score = round(top_scores[top] * min(1.0, amount / 6.0), 3)
        for member in (code, *index.sub_parents.get(code, ())):
            chosen[member] = max(chosen.get(member, 0.0), score)
    ordered = sorted(chosen.items(), key=lambda item: (-item[1], item[0]))
    return [TopicSuggestion(code=code, label=index.labels[code], score=score, primary=False)
            for code, score in ordered]
