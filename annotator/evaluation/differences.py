"""Where annotators of one article differ, as a list an adjudicator settles one by one.

Items of every annotator that overlap (entities with entities, quotes with quotes) form one
cluster; what each annotator has in a cluster is their *version* of it.  A cluster where everyone
has the same version is agreed and goes into the result as is; any other is a difference:
only some annotators have something there, the labels differ, the spans differ, or (quotes)
the speakers differ.  Topics differ by code.  The result keeps, on every item, the names of the
annotators whose version it was (``extra["annotators"]``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping, Sequence

from ..model import AnnotationDocument, Entity, Quote, Speaker, Topic
from .compare import live, speaker_display_name, speaker_name

ONLY, LABEL, SPAN, SPEAKER, TOPIC = "only", "label differs", "span differs", "speaker differs", "topic"


@dataclass(frozen=True, kw_only=True)
class Version:
    annotators: tuple[str, ...]  # who has exactly this
    items: tuple  # their items in the cluster (entities or quotes), or one topic


@dataclass(frozen=True, kw_only=True)
class Difference:
    collection: str  # "entities", "quotes", "topics"
    kind: str  # ONLY, LABEL, SPAN, SPEAKER (or SPAN and LABEL together: "span and label differ")
    start: int
    end: int
    versions: tuple[Version, ...]  # versions of those who have something here
    missing: tuple[str, ...]  # annotators with nothing here

    def describe(self) -> str:
        if self.kind == ONLY:
            return f"only {', '.join(self.versions[0].annotators)}"
        return self.kind


@dataclass(frozen=True, kw_only=True)
class Comparison:
    names: tuple[str, ...]
    text: str
    agreed: tuple[tuple[str, object], ...]  # (collection, item) everyone has
    differences: tuple[Difference, ...]


def _key(collection: str, doc: AnnotationDocument, item) -> tuple:
    if collection == "entities":
        return item.start, item.end, item.label
    return item.start, item.end, speaker_name(doc, item)


def _clusters(spans: list[tuple[int, int, int, object]]) -> list[list[tuple[int, int, int, object]]]:
    """Overlapping (start, end, annotator, item) grouped, in text order."""
    clusters: list[list] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], s[1])):
        if clusters and span[0] < reach:
            clusters[-1].append(span)
            reach = max(reach, span[1])
        else:
            clusters.append([span])
            reach = span[1]
    return clusters


def _kind(collection: str, keys: list[tuple]) -> str:
    spans = {key[:2] for key in keys}
    others = {key[2:] for key in keys}
    if len(spans) == 1:
        return LABEL if collection == "entities" else SPEAKER
    if len(others) == 1:
        return SPAN
    return "span and label differ" if collection == "entities" else "span and speaker differ"


def compare(names: Sequence[str], docs: Sequence[AnnotationDocument]) -> Comparison:
    """Everyone's annotations of one text, as what they agree on and a list of differences."""
    if len(docs) < 2 or len(names) != len(docs):
        raise ValueError("adjudication needs two or more annotations, each with a name")
    if len({doc.sha256 for doc in docs}) != 1:
        raise ValueError("the annotations are not of the same text")
    names = tuple(names)
    agreed: list[tuple[str, object]] = []
    differences: list[Difference] = []
    for collection in ("entities", "quotes"):
        spans = [(item.start, item.end, k, item) for k, doc in enumerate(docs) for item in live(getattr(doc, collection))]
        for cluster in _clusters(spans):
            mine: dict[int, list] = {}
            for _s, _e, k, item in cluster:
                mine.setdefault(k, []).append(item)
            versions: dict[tuple, list[int]] = {}
            for k in sorted(mine):
                versions.setdefault(tuple(_key(collection, docs[k], item) for item in mine[k]), []).append(k)
            if len(versions) == 1 and len(mine) == len(docs):
                agreed.extend((collection, _owned(item, docs[0], names)) for item in mine[min(mine)])
                continue
            missing = tuple(names[k] for k in range(len(docs)) if k not in mine)
            keys = [key for version in versions for key in version]
            kind = ONLY if missing and len(versions) == 1 else _kind(collection, keys)
            differences.append(Difference(
                collection=collection, kind=kind, start=min(s for s, *_ in cluster), end=max(e for _, e, *_ in cluster),
                versions=tuple(Version(annotators=tuple(names[k] for k in ks),
                                       items=tuple(_owned(i, docs[ks[0]], tuple(names[k] for k in ks)) for i in mine[ks[0]]))
                               for ks in versions.values()),
                missing=missing))
    codes: dict[str, list[int]] = {}
    for k, doc in enumerate(docs):
        for topic in live(doc.topics):
            codes.setdefault(topic.code, []).append(k)
    for code, ks in codes.items():
        topic = next(t for t in live(docs[ks[0]].topics) if t.code == code)
        owned = _owned(topic, docs[ks[0]], tuple(names[k] for k in ks))
        if len(ks) == len(docs):
            agreed.append(("topics", owned))
        else:
            differences.append(Difference(collection="topics", kind=ONLY, start=-1, end=-1,
                                          versions=(Version(annotators=tuple(names[k] for k in ks), items=(owned,)),),
                                          missing=tuple(n for k, n in enumerate(names) if k not in ks)))
    differences.sort(key=lambda d: (d.start < 0, d.start, d.end))
    return Comparison(names=names, text=docs[0].text, agreed=tuple(agreed), differences=tuple(differences))


def _owned(item, doc: AnnotationDocument, annotators: Sequence[str]):
    """``item`` accepted, recording whose it was; a quote's speaker keeps its name, not its
    link (entity ids are each annotator's own)."""
    extra = {**item.extra, "annotators": list(annotators)}
    if isinstance(item, Quote) and item.speaker is not None and item.speaker.entity is not None:
        speaker = Speaker(start=item.speaker.start, end=item.speaker.end, text=item.speaker.text,
                          name=speaker_display_name(doc, item), extra=item.speaker.extra)
        return replace(item, speaker=speaker, status="accepted", extra=extra)
    return replace(item, status="accepted", extra=extra)


def adjudicated(comparison: Comparison, choices: Sequence[int | None], doc_id: str | None = None,
                labels: Mapping[int, str] | None = None) -> AnnotationDocument:
    """The gold document: what everyone agreed on plus the chosen version of each difference
    (``choices[n]``: an index into ``differences[n].versions``, or None for neither); ``labels[n]``
    relabels the entities of difference ``n``'s chosen version (marked edited)."""
    doc = AnnotationDocument(text=comparison.text, id=doc_id)
    labels = labels or {}
    chosen = [replace(item, label=labels[n], edited=True) if n in labels and isinstance(item, Entity) else item
              for n, (difference, choice) in enumerate(zip(comparison.differences, choices)) if choice is not None
              for item in difference.versions[choice].items]
    collection_of = {Entity: "entities", Quote: "quotes", Topic: "topics"}
    items = [item for _collection, item in comparison.agreed] + chosen
    new_id = doc.id_maker()
    for item in sorted((i for i in items if isinstance(i, Entity)), key=lambda e: (e.start, e.end)):
        doc.entities.append(replace(item, id=new_id("e")))
    for item in sorted((i for i in items if isinstance(i, Quote)), key=lambda q: (q.start, q.end)):
        doc.quotes.append(replace(item, id=new_id("q")))
    primary_seen = False
    for item in (i for i in items if collection_of.get(type(i)) == "topics"):
        doc.topics.append(replace(item, primary=item.primary and not primary_seen))
        primary_seen = primary_seen or item.primary
    return doc
