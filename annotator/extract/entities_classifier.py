"""A small learned reading of lone unknown names: PERSON, ORG, a place, or none of them.

The rules leave a lone capitalised word alone when nothing they know says what it is ("Velmora",
"Kessock").  The words around it and the word's own ending still lean one way: "( Korneev 15 )" and
"-ov" are people, "shares in ..." a firm.  A multinomial logistic regression over such features,
trained by ``scripts/train_name_classifier.py`` on CoNLL-2003 train only (dev stays held out), weighs
them; its weights are a small JSON file in the package.  Reading needs nothing but this module:
a feature list per name and one dictionary look-up per feature, so it stays linear.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib.resources import files

LABELS = ("PERSON", "ORG", "GPE", "NONE")  # the model's classes; NONE: no entity, or one we do not label
_WORD = re.compile(r"[^\s]+")
_REACH = 40  # characters each side read for the neighbouring words
_DIGITS, _LOWER, _UPPER = re.compile(r"\d+"), re.compile(r"[a-z]+"), re.compile(r"[A-Z]+")


def features(text: str, start: int, end: int, prose: bool, initial: bool) -> list[str]:
    """The name's ending and shape, and the two words each side (lower case), as feature strings."""
    word = text[start:end]
    lower = word.lower()
    before = _WORD.findall(text, max(0, start - _REACH), start)[-2:]
    after = _WORD.findall(text, end, end + _REACH)[:2]
    if word[:1].isupper() and word[1:].isalpha() and word[1:].islower():
        shape = "Xx"  # most names: the quick way to what the substitutions below give
    else:
        shape = _DIGITS.sub("9", word)
        shape = _UPPER.sub("X", _LOWER.sub("x", shape))
    found = [f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}", f"shape={shape}",
             "prose" if prose else "table", f"len={min(len(word), 12)}"]
    if initial:
        found.append("initial")
    if before:
        found.append(f"b1={before[-1].lower()}")
    if len(before) > 1:
        found.append(f"b2={before[-2].lower()}")
    if after:
        found.append(f"a1={after[0].lower()}")
    if len(after) > 1:
        found.append(f"a2={after[1].lower()}")
        found.append(f"a12={after[0].lower()} {after[1].lower()}")
    return found


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, list[float]], list[float], float] | None:
    try:
        data = json.loads(files("annotator.resources").joinpath("gazetteers/name_classifier.json").read_text("utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None  # no weights: the rules alone decide
    if data.get("labels") != list(LABELS):
        return None  # weights for other classes than these: not ours to read
    return data["weights"], data["bias"], data["threshold"]


def classify(feature_list: list[str]) -> tuple[str, float] | None:
    """(label, probability) of the likeliest class when it is an entity and the model is sure enough."""
    model = _model()
    if model is None:
        return None
    weights, bias, threshold = model
    s0, s1, s2, s3 = bias  # one sum per class of LABELS, unrolled: this runs for every undecided name
    get = weights.get
    for feature in feature_list:
        row = get(feature)
        if row is not None:
            s0 += row[0]
            s1 += row[1]
            s2 += row[2]
            s3 += row[3]
    scores = (s0, s1, s2, s3)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    best = max(range(len(scores)), key=scores.__getitem__)
    probability = exps[best] / sum(exps)
    if LABELS[best] == "NONE" or probability < threshold:
        return None
    return LABELS[best], probability
