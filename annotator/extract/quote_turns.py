"""Speaker turns: a name and a colon opening a line — "Graham: Trump’s rhetoric hurts us" (a
headline), "PENCE: Well, look, …" (a transcript), "Clinton camp: …" — and what follows it to the line's end.

The name must be someone the article knows: a person or organisation entity spanning exactly the
words before the colon, or a name in capitals whose surname is a person named in the article
("WALLACE" for Chris Wallace; in a transcript, any name in capitals opening two turns), or a
speaker noun ("Poll:", "Police:").  "UPDATE:", "The Latest:" name nobody and are skipped.  In an
interview printed as "Q:" and "A:" lines (two of each at least), a question names no one and an
answer is the interviewee's, taken to be the person the article names most.
A transcript is often one long quotation (each turn reopens with a mark): the quote finder drops
such a quotation in favour of its turns.  A turn is ``indirect`` (its span carries no quotation
marks), its cue is the colon.
"""

from __future__ import annotations

import re
from collections import Counter

from .base import QuoteSuggestion
from .quote_names import NOUN_HEADS
from .quote_speakers import Mention, SpeakerResolver

# A line start, an optional opening mark, one to four capitalised words, a colon, then words.
_TURN = re.compile(r"^[ \t]*[\"“]?([A-Z][\w.’'&-]*(?:[ \xa0][A-Z][\w.’'&-]*){0,3}"
                   r"(?:[ \xa0](?:camp|campaign|aides?|allies|team|lawyers?|spokes(?:man|woman|person)))?)(:)[ \t]+(?=[^\s\d])",
                   re.MULTILINE)
# The same after a line break, which the scan then skips to in C (with "^" first, a line start was
# looked for at every position); the text's first line is matched on its own.
_TURN_AFTER_BREAK = re.compile("\n" + _TURN.pattern.removeprefix("^"))
TURN_LABELS = frozenset({"PERSON", "ORG"})
MIN_TURN_WORDS = 3  # "Pence: No." says too little to suggest
MIN_INTERVIEW_TURNS = 2  # questions and answers each, for "Q:" and "A:" to be an interview


def find_turns(text: str, resolver: SpeakerResolver) -> list[QuoteSuggestion]:
    """Speaker turns in ``text``, with their colon as cue and the named speaker."""
    first = _TURN.match(text)
    turns = ([first] if first is not None else []) + list(_TURN_AFTER_BREAK.finditer(text))
    candidates = [(turn, _speaker_mention(text, resolver, turn.start(1), turn.end(1))) for turn in turns]
    # In a transcript (some turn names a known person in capitals) a name in capitals that opens
    # two turns or more is a speaker too, even when the article never names them in full.
    capitals = Counter(turn.group(1) for turn, _ in candidates if turn.group(1).isupper())
    transcript = any(mention is not None and turn.group(1).isupper() for turn, mention in candidates)
    interview = capitals["Q"] >= MIN_INTERVIEW_TURNS and capitals["A"] >= MIN_INTERVIEW_TURNS
    interviewee = resolver.most_named_person() if interview else None
    found = []
    for turn, mention in candidates:
        if mention is None and transcript and capitals[turn.group(1)] >= 2 and len(turn.group(1)) > 2:
            mention = Mention(start=turn.start(1), end=turn.end(1))
        if mention is None and interview and turn.group(1) in ("Q", "A"):
            if turn.group(1) == "A" and interviewee is not None:  # a question names no one
                mention = Mention(start=turn.start(1), end=turn.end(1), entity=interviewee)
        elif mention is None:
            continue
        start = turn.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".\"”"):
            end -= 1  # the closing full stop, and a transcript's closing mark, stay outside
        if text.count(" ", start, end) + 1 < MIN_TURN_WORDS:
            continue
        found.append(QuoteSuggestion(start=start, end=end, kind="indirect", speaker=resolver.speaker(mention),
                                     cue_start=turn.start(2), cue_end=turn.end(2), score=0.6))
    return found


def _speaker_mention(text: str, resolver: SpeakerResolver, start: int, end: int) -> Mention | None:
    words = text[start:end]
    entity = resolver.entity_at(start, end) if not words.isupper() else None  # "UPDATE", "READ MORE": no one
    if entity is not None and entity.label in TURN_LABELS:
        return Mention(start=start, end=end, entity=entity)
    if not words.isupper():  # "Dr. Ben Carson: …", "Hacker Guccifer: …": a title or description before the name
        entity = resolver.entity_ending_at(end)
        if entity is not None and entity.label in TURN_LABELS and entity.start > start:
            return Mention(start=entity.start, end=end, entity=entity)
    if words.split()[-1].islower():  # "Clinton camp: …": the people around a named person speak for them
        entity = resolver.entity_at(start, start + len(words.rsplit(None, 1)[0]))
        return Mention(start=start, end=end) if entity is not None and entity.label in TURN_LABELS else None
    if words.lower() in NOUN_HEADS and " " not in words:  # "Poll: …", "Police: …"
        return Mention(start=start, end=end)
    person = resolver.person_named(words.split()[-1]) if words.isupper() and len(words) > 2 else None
    if person is None or person.start == start or (person.start, person.end) in resolver.pseudo:
        return None  # the capitals themselves, or a guess at a name: nobody known
    return Mention(start=start, end=end, entity=person)  # "WALLACE:" is Chris Wallace
