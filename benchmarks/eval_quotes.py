"""Quote suggester quality and speed: the seed gold, PolNeAR dev, and chars/s on BBC dev.

    PYTHONPATH=$PWD python benchmarks/eval_quotes.py

``evaluate_seed()`` and ``evaluate_polnear(folder)`` return dicts of figures (``benchmarks/quality.py``
calls them); ``main()`` prints them with the speed.  A data set that is absent is skipped.

PolNeAR scoring, where the data leaves it open:
- one annotator per article (the first ``.ann`` by name whose offsets agree with the text; two
  dev articles have six; a few train files disagree with their text and are passed over);
- a gold *direct* quote is a Content whose fragments, once joined where only white space
  separates them (one quote over several paragraphs), start and end with a quotation mark;
  a Content split by its cue ("“…,” said X. “…”") gives one direct quote per fragment;
- overlap of two spans = shared characters / the longer span's length (so >= 0.8 means both
  cover each other); a predicted direct quote is right when it overlaps a gold one >= 0.8;
- the speaker is right when the predicted speaker mention overlaps the gold Source span, or
  the resolved name's last word is a word of the gold Source text (the Source is "he" or
  "longtime Democratic pollster Pat Caddell", the name "Pat Caddell"); gold quotes without a
  Source are left out of speaker accuracy;
- reported speech = every other gold Content; recall at any overlap and at overlap >= 0.3,
  against any predicted quote; precision: a predicted indirect or mixed quote is right when it
  overlaps one of them >= 0.3;
- all quotes (direct and reported, the issue-12 table's first two rows): a gold Content (first to
  last fragment) is found when some predicted quote of any kind overlaps it >= 0.3, a predicted
  quote is right when it overlaps some gold Content >= 0.3; F1 of the two; speaker accuracy over
  the found gold quotes that have a Source, judged on the best-overlapping predicted quote;
- resolved-name accuracy (a proxy, stricter than the above; ``_gold_person``): on the same found quotes,
  the *person* the gold Source means, and whether our resolved speaker name ends with that person's
  surname.  A Source that names someone ("longtime pollster Pat Caddell") means that name; "who" means
  the name right before it ("Mr. Kamin, who"); a pronoun or common noun ("he", "the spokesperson") means
  the nearest earlier gold Source in its own or the previous paragraph that names someone (the gold
  attribution chain).  Quotes whose person cannot be told so are left out; the figure is given over
  all and by the gold Source's form (name / pronoun / nominal).
"""

from __future__ import annotations

import glob
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, REPO, SEED_GOLD, SEED_TEXT  # noqa: E402

sys.path.insert(0, str(REPO))

from annotator.extract.base import EntitySuggestion, QuoteSuggestion  # noqa: E402
from annotator.extract.entities import find_entities  # noqa: E402
from annotator.extract.quotes import find_quotes  # noqa: E402
from annotator.formats.brat import parse_ann  # noqa: E402
from annotator.formats.errors import ReadError  # noqa: E402

_OPENERS = ("“", '"', "”", "''", "«")
_CLOSERS = ("”", '"', "“", "''", "»")


@dataclass(frozen=True)
class GoldAttribution:
    content: tuple[tuple[int, int], ...]
    sources: tuple[tuple[int, int], ...]
    cues: tuple[tuple[int, int], ...]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return shared / longest if shared > 0 and longest > 0 else 0.0


def _touches(a: tuple[int, int], spans) -> bool:
    return any(min(a[1], b[1]) > max(a[0], b[0]) for b in spans)


def read_brat(path: Path, text: str) -> list[GoldAttribution]:
    """Attribution events of a brat ``.ann`` file over ``text``: content, source and cue spans."""
    parsed = parse_ann(text, path)
    spans = {tid: tuple(bound.fragments) for tid, bound in parsed.spans.items()}
    found = []
    for _eid, args, _line in parsed.events:
        event = dict(args)
        if "Content" not in event or event["Content"] not in spans:
            continue
        found.append(GoldAttribution(content=spans[event["Content"]], sources=spans.get(event.get("Source", ""), ()),
                                     cues=spans.get(event.get("Cue", ""), ())))
    return found


def direct_parts(text: str, content: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The direct quotes in a gold Content: fragments joined across white space, bounded by marks."""
    joined: list[list[int]] = []
    for start, end in content:
        if joined and not text[joined[-1][1]:start].strip():
            joined[-1][1] = end
        else:
            joined.append([start, end])
    parts = []
    for start, end in joined:
        stripped = text[start:end].strip()
        if stripped.startswith(_OPENERS) and stripped.endswith(_CLOSERS) and len(stripped) > 2:
            parts.append((start, end))
    return parts


def load_gold(folder: Path) -> tuple[dict[str, tuple[str, list[GoldAttribution]]], int]:
    """Article stem -> (text, gold attributions) of one annotator each, and how many files disagreed with their text."""
    choices: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        choices.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), []).append(ann)
    golds, unreadable = {}, 0
    for stem, anns in sorted(choices.items()):
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        for ann in anns:  # the first annotator whose file agrees with the text (a few train files do not)
            try:
                golds[stem] = (text, read_brat(ann, text))
                break
            except ReadError:
                unreadable += 1
    return golds, unreadable


def evaluate_polnear(folder: Path | str = DATA / "polnear-dev") -> dict[str, float] | None:
    """Figures on PolNeAR dev, or None when the folder is absent."""
    folder = Path(folder)
    if not (folder / "attributions").is_dir():
        return None
    golds, unreadable = load_gold(folder)
    direct_gold = direct_found = speaker_known = speaker_right = cue_right = 0
    predicted_direct = predicted_right = predicted_in_content = 0
    reported_gold = reported_any = reported_03 = predicted_reported = reported_right = 0
    all_gold = all_found = all_predicted = all_predicted_right = all_speaker_known = all_speaker_right = 0
    all_false_inside_content = 0
    person_known = {form: 0 for form in SOURCE_FORMS}
    person_right = {form: 0 for form in SOURCE_FORMS}
    for stem, (text, gold) in golds.items():
        chain = GoldChain(text, gold)
        quotes = find_quotes(text, find_entities(text))
        direct = [q for q in quotes if q.kind == "direct"]
        parts_of = [direct_parts(text, g.content) for g in gold]
        gold_direct = [(part, g) for g, parts in zip(gold, parts_of) for part in parts]
        for part, g in gold_direct:
            direct_gold += 1
            best = max(direct, key=lambda q: overlap((q.start, q.end), part), default=None)
            if best is None or overlap((best.start, best.end), part) < 0.8:
                continue
            direct_found += 1
            cue_right += bool(best.cue_start is not None and _touches((best.cue_start, best.cue_end), g.cues))
            if g.sources:
                speaker_known += 1
                speaker_right += _speaker_right(text, best, g)
        gold_parts = [part for part, _ in gold_direct]
        for q in direct:
            predicted_direct += 1
            predicted_right += any(overlap((q.start, q.end), part) >= 0.8 for part in gold_parts)
            predicted_in_content += any(_covered((q.start, q.end), g.content) >= 0.8 for g in gold)
        spans = [(q.start, q.end) for q in quotes]
        reported_contents = [_joined(g.content)[0] for g, parts in zip(gold, parts_of) if not parts]
        for q in quotes:
            if q.kind != "direct":
                predicted_reported += 1
                reported_right += any(overlap((q.start, q.end), c) >= 0.3 for c in reported_contents)
        for g, parts in zip(gold, parts_of):
            if parts:
                continue
            reported_gold += 1
            best_overlap = max((overlap(s, c) for s in spans for c in _joined(g.content)), default=0.0)
            reported_any += any(_touches(s, g.content) for s in spans)
            reported_03 += best_overlap >= 0.3
        contents = [_joined(g.content)[0] for g in gold]
        for g, content in zip(gold, contents):
            all_gold += 1
            best = max(quotes, key=lambda q: overlap((q.start, q.end), content), default=None)
            if best is None or overlap((best.start, best.end), content) < 0.3:
                continue
            all_found += 1
            if g.sources:
                all_speaker_known += 1
                all_speaker_right += _speaker_right(text, best, g)
                form, person = chain.person(g)
                if person:
                    person_known[form] += 1
                    person_right[form] += name_matches(best.speaker.name if best.speaker else None, person)
        for span in spans:
            all_predicted += 1
            right = any(overlap(span, content) >= 0.3 for content in contents)
            all_predicted_right += right
            # Wrong only by the span convention: PolNeAR joins “A,” she said, “B.” into one content, and
            # the suggester gives each quotation its own span (the design's quote is the quoted span).
            all_false_inside_content += not right and any(c[0] <= span[0] and span[1] <= c[1] for c in contents)
    all_recall = _ratio(all_found, all_gold)
    all_precision = _ratio(all_predicted_right, all_predicted)
    return {
        "articles": len(golds),
        "ann_files_not_matching_their_text": unreadable,
        "direct_gold": direct_gold,
        "direct_recall@0.8": _ratio(direct_found, direct_gold),
        "direct_precision@0.8": _ratio(predicted_right, predicted_direct),
        "direct_precision_in_any_content": _ratio(predicted_in_content, predicted_direct),
        "direct_speaker_accuracy": _ratio(speaker_right, speaker_known),
        "direct_cue_accuracy": _ratio(cue_right, direct_found),
        "reported_gold": reported_gold,
        "reported_recall_any_overlap": _ratio(reported_any, reported_gold),
        "reported_recall@0.3": _ratio(reported_03, reported_gold),
        "reported_precision@0.3": _ratio(reported_right, predicted_reported),
        "all_quotes_gold": all_gold,
        "all_quotes_precision@0.3": all_precision,
        "all_quotes_recall@0.3": all_recall,
        "all_quotes_f1@0.3": round(2 * all_precision * all_recall / (all_precision + all_recall), 3)
        if all_precision + all_recall else 0.0,
        "all_quotes_speaker_accuracy": _ratio(all_speaker_right, all_speaker_known),
        "all_quotes_false_inside_a_gold_content": all_false_inside_content,
        "all_quotes_false": all_predicted - all_predicted_right,
        "resolved_name_accuracy_proxy": _ratio(sum(person_right.values()), sum(person_known.values())),
        "resolved_name_quotes_judged": sum(person_known.values()),
        **{f"resolved_name_proxy_{form}_source": _ratio(person_right[form], person_known[form]) for form in SOURCE_FORMS},
        **{f"resolved_name_proxy_{form}_judged": person_known[form] for form in SOURCE_FORMS},
    }


def _joined(content: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    return [(content[0][0], content[-1][1])]


def _covered(span: tuple[int, int], content) -> float:
    inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in content)
    return inside / (span[1] - span[0]) if span[1] > span[0] else 0.0


def _speaker_right(text: str, quote: QuoteSuggestion, gold: GoldAttribution) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    if speaker.start is not None and _touches((speaker.start, speaker.end), gold.sources):
        return True
    source_words = {w.lower() for s, e in gold.sources for w in re.findall(r"[\w’'-]+", text[s:e])}
    name_words = re.findall(r"[\w’'-]+", speaker.name or "")
    return bool(name_words) and name_words[-1].lower() in source_words


SOURCE_FORMS = ("name", "pronoun", "nominal")
_SOURCE_PRONOUNS = frozenset("he she they it i we who him her them his its their".split())
_DETERMINER_WORDS = frozenset("the a an his her its their our this that these those one some another".split())
# A name in a gold Source: capitalised words (initials, "Mr.", particles inside), outside parentheses.
_GOLD_NAME = re.compile(r"[A-Z][\w’'.-]*(?:[ \xa0]+(?:(?:von|van|der|de|da|del|al|bin|la|le)[ \xa0]+)*[A-Z][\w’'.-]*)*")
_PARENTHESES = re.compile(r"\([^()]*\)")
_NOT_NAMES = frozenset("The A An He She They It I We His Her Their Its Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sen Sen. "
                       "Rep Rep. Gov Gov. President Republican Democrat Democratic GOP Secretary Minister Director "
                       "Chairman Governor Senator Representative General Gen Gen. Judge Former".split())
_PARAGRAPH = re.compile(r"\n\s*\n")
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
_TAG = re.compile(r"[A-Z]-[A-Z]|[A-Z][a-z]{0,3}\.\Z")
# "the spokesperson", "the Indiana governor", "The Republican presidential nominee": a definite noun phrase
# whose head holds a role one person has, so it points back along the chain ("sources", "a spokesman",
# "the poll", "the campaign" do not: they are nobody named, or an organisation).
_DEFINITE_PERSON = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er)[ \xa0][^,()]*?\b(?:president|nominee|candidate|senator|governor|"
                              r"secretary|minister|spokesman|spokeswoman|spokesperson|businessman|businesswoman|mogul|"
                              r"chairman|chairwoman|chair|leader|director|executive|ceo|mayor|congressman|congresswoman|"
                              r"lawmaker|ambassador|judge|attorney|lawyer|official|aide|adviser|advisor|author|host|"
                              r"founder|commissioner|chief|general|officer|professor|economist|analyst|speaker|"
                              r"strategist|manager|pollster|billionaire|star|actor|actress|former)\Z")
# Where a Source's head phrase ends: a comma, a parenthesis, a preposition ("of" is inside titles).
_HEAD_END = re.compile(r"[,(—–]|\s(?:for|at|with|to|from|in|on|who|and)\s")


def source_name(text: str) -> str:
    """The surname of the person a gold Source names: the last capitalised word of its last name run
    ("longtime Democratic pollster Pat Caddell" -> "caddell"); "" for "he", "the spokesperson"."""
    runs = [m.group().rstrip(".") for m in _GOLD_NAME.finditer(_PARENTHESES.sub(" ", text))]
    for run in reversed(runs):
        # not a title, nor a party-and-state tag or a state's abbreviation ("R-Wis.", "Md.")
        words = [w for w in run.split() if w not in _NOT_NAMES and not _TAG.match(w)
                 and w.lower().rstrip(".,") not in _NAME_SUFFIXES]  # "James B. Comey Jr." is Comey, as name_matches reads ours
        if words:
            return re.sub(r"[’']s?\Z", "", words[-1]).lower()
    return ""


def name_matches(name: str | None, surnames: frozenset[str]) -> bool:
    words = [w for w in re.findall(r"[\w’'-]+", name or "") if w.lower() not in _NAME_SUFFIXES]  # "Biden Jr."
    return bool(words) and re.sub(r"[’']s?\Z", "", words[-1]).lower() in surnames


def head_names(words: str) -> frozenset[str]:
    """The surnames a name-headed Source means: each person of a coordination ("Mr. Grassley and Mr. Leahy"),
    the name before "of" ("Gov. Terry Branstad of Iowa"; a title's "of" holds no name: "Secretary of State
    John Kerry"), or the name in apposition to a described head ("the director of the F.B.I., James Comey,")."""
    chunks = re.split(r"[,(—–]", words)
    head = _HEAD_END.split(words, maxsplit=1)[0]
    if head.split() and head.split()[0].lower() in _DETERMINER_WORDS and len(chunks) > 1 and source_name(chunks[1]):
        return frozenset({source_name(chunks[1])})
    found = set()
    for piece in re.split(r"\s(?:and|&)\s", head):
        for part in piece.split(" of "):
            if source_name(part):
                found.add(source_name(part))
                break
    return frozenset(found)


class GoldChain:
    """The gold attribution chain of one article: which person each gold Source means (see the docstring)."""

    def __init__(self, text: str, gold: list[GoldAttribution]):
        self.text = text
        self.breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
        named = {(g.sources[0][0], self.person(g)[1]) for g in gold if g.sources and self.form(g) == "name"}
        self.named = sorted((pos, name) for pos, name in named if name)

    def _words(self, g: GoldAttribution) -> str:
        return " ".join(self.text[s:e] for s, e in g.sources)

    def _paragraph(self, pos: int) -> int:
        return sum(1 for b in self.breaks if b < pos)

    def form(self, g: GoldAttribution) -> str:
        """"name" when the Source's head is a name ("Pat Caddell, a pollster", "pollster Pat Caddell"), not a
        noun ("a spokesman for Clinton", "the Clinton campaign": nominal), else "pronoun" or "nominal"."""
        words = self._words(g)
        if words.strip().lower() in _SOURCE_PRONOUNS:
            return "pronoun"
        head = _HEAD_END.split(words, maxsplit=1)[0].split()
        return "name" if head and head[-1][:1].isupper() and source_name(" ".join(head)) else "nominal"

    def person(self, g: GoldAttribution) -> tuple[str, frozenset[str]]:
        """The Source's form and the surname of the person it means ("" when the chain does not tell)."""
        form = self.form(g)
        words = self._words(g)
        if form == "name":
            return form, head_names(words)
        start = g.sources[0][0]
        if words.strip().lower() == "who":  # "Mr. Kamin, who said": the name right before
            before = self.text[max(0, start - 60):start].rstrip(" ,\xa0")
            run = re.search(_GOLD_NAME.pattern + r"\Z", before)
            return form, frozenset({source_name(run.group())} - {""}) if run else frozenset()
        if form == "nominal" and not _DEFINITE_PERSON.fullmatch(words.strip()):
            return form, frozenset()  # "sources", "a spokesman", "the poll": no one named before is meant
        paragraph = self._paragraph(start)
        for pos, name in reversed(self.named):
            if pos < start:
                return form, name if paragraph - self._paragraph(pos) <= 1 else frozenset()
        return form, frozenset()


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def evaluate_seed(gold_path: Path | str = SEED_GOLD, text_path: Path | str = SEED_TEXT) -> dict[str, float] | None:
    """The seed's gold quotes found (overlap >= 0.8) with the right speaker name and cue; None without gold."""
    gold_path, text_path = Path(gold_path), Path(text_path)
    if not gold_path.is_file() or not text_path.is_file():
        return None
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    figures: dict[str, float] = {"quotes_gold": len(gold["quotes"])}
    gold_entities = [EntitySuggestion(start=e["start"], end=e["end"], label=e["label"], canonical=e.get("canonical"))
                     for e in gold["entities"]]
    for label, entities in (("pipeline_entities", find_entities(text)), ("gold_entities", gold_entities)):
        quotes = find_quotes(text, entities)
        found = speaker = cue = 0
        for g in gold["quotes"]:
            best = max(quotes, key=lambda q: overlap((q.start, q.end), (g["start"], g["end"])), default=None)
            if best is None or overlap((best.start, best.end), (g["start"], g["end"])) < 0.8:
                continue
            found += 1
            speaker += bool(best.speaker and best.speaker.name == g["speaker"])
            cue += bool(best.cue_start is not None and text[best.cue_start:best.cue_end] == g["cue"])
        figures[f"{label}_found"] = found
        figures[f"{label}_speaker_right"] = speaker
        figures[f"{label}_cue_right"] = cue
    return figures


def measure_speed(pattern: str = str(DATA / "bbc-dev" / "*" / "*.txt"), rounds: int = 3) -> dict[str, float] | None:
    """chars/s of ``find_quotes`` alone (entities found beforehand) on BBC dev, as is and without marks."""
    texts = [Path(p).read_bytes().decode("utf-8", errors="replace") for p in sorted(glob.glob(pattern))]
    if not texts:
        return None
    figures = {}
    for label, corpus in (("bbc", texts), ("bbc_without_quote_marks", [re.sub(r"[\"“”«»]", "", t) for t in texts])):
        entities = [find_entities(t) for t in corpus]
        chars = sum(len(t) for t in corpus)
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            for t, e in zip(corpus, entities):
                find_quotes(t, e)
            best = min(best, time.perf_counter() - started)
        figures[f"{label}_chars_per_s"] = round(chars / best)
    # Linearity: all articles as one 1.4 MB text should run at about the same rate.
    whole = "\n\n".join(texts)
    whole_entities = find_entities(whole)
    started = time.perf_counter()
    find_quotes(whole, whole_entities)
    figures["bbc_as_one_text_chars_per_s"] = round(len(whole) / (time.perf_counter() - started))
    figures["bbc_chars"] = sum(len(t) for t in texts)
    return figures


def main() -> None:
    for title, figures in (("seed", evaluate_seed()), ("polnear-dev", evaluate_polnear()), ("speed", measure_speed())):
        if not figures:
            print(f"{title}: skipped (data absent)")
            continue
        print(f"{title}:")
        for key, value in figures.items():
            print(f"  {key:34} {value}")


if __name__ == "__main__":
    main()
