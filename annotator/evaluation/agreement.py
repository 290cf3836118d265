"""Agreement between annotators on the same articles.

- pairwise span F1: entities by exact span and label (per label), quotes by the GGT overlap
  rule in both directions (the mean, so that the pair's figure does not depend on who is named
  first), speakers by their mention spans;
- per-token labels (an entity label or ``O``; inside a quote or not): Cohen's kappa per pair,
  Fleiss' kappa and Krippendorff's alpha over all annotators;
- topics: each IPTC code any annotator used on an article is a yes/no item per annotator
  (codes nobody used are left out: they would make agreement look better than it is).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import PurePath
from typing import Hashable, Sequence

from ..formats.tokens import document_tokens, token_range
from ..model import AnnotationDocument
from .compare import live
from .matching import DEFAULT_QUOTE_THRESHOLD, exact_by_label, match_quotes
from .scores import Counts, add_maps, overall
from .stats import cohen_kappa, fleiss_kappa, krippendorff_alpha

OUTSIDE = "O"
IN_QUOTE = "QUOTE"


@dataclass(frozen=True, kw_only=True)
class PairAgreement:
    first: str
    second: str
    entities: dict[str, Counts] = field(default_factory=dict)
    quotes: Counts = Counts()
    speakers: Counts = Counts()
    entity_token_kappa: float | None = None
    quote_token_kappa: float | None = None
    topic_kappa: float | None = None

    def as_dict(self) -> dict:
        return {"annotators": [self.first, self.second],
                "entities": {"overall_f1": overall(self.entities).f1,
                             "labels": {k: v.f1 for k, v in self.entities.items()}},
                "quotes_f1": self.quotes.f1, "speakers_f1": self.speakers.f1,
                "entity_token_kappa": self.entity_token_kappa, "quote_token_kappa": self.quote_token_kappa,
                "topic_kappa": self.topic_kappa}


@dataclass(frozen=True, kw_only=True)
class AllAgreement:
    """Over every annotator at once: Fleiss' kappa (more than two) and Krippendorff's alpha."""

    entity_token_fleiss: float | None = None
    entity_token_alpha: float | None = None
    quote_token_fleiss: float | None = None
    quote_token_alpha: float | None = None
    topic_fleiss: float | None = None
    topic_alpha: float | None = None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True, kw_only=True)
class ArticleAgreement:
    name: str
    entities_f1: float | None
    quotes_f1: float | None
    entity_token_alpha: float | None
    quote_token_alpha: float | None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True, kw_only=True)
class AgreementReport:
    annotators: list[str]
    articles: int
    pairs: list[PairAgreement]
    all: AllAgreement
    per_article: list[ArticleAgreement]

    def as_dict(self) -> dict:
        return {"annotators": self.annotators, "articles": self.articles,
                "pairs": [p.as_dict() for p in self.pairs], "all": self.all.as_dict(),
                "per_article": [a.as_dict() for a in self.per_article]}


# -- per-token labels -------------------------------------------------------------------

def token_labels(docs: Sequence[AnnotationDocument], spans_of) -> list[list[str]]:
    """``labels[annotator][token]``: each token of the shared text labelled by the first span
    (``spans_of(doc)`` -> [(start, end, label)]) that covers it, else ``O``.  Tokens are cut at
    every annotator's span edges, so no one's span is rounded."""
    edges = [edge for doc in docs for start, end, _label in spans_of(doc) for edge in (start, end)]
    tokens = document_tokens(docs[0], edges)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    labels = []
    for doc in docs:
        row = [OUTSIDE] * len(tokens)
        for start, end, label in sorted(spans_of(doc), reverse=True):  # earlier spans win
            for i in token_range(starts, ends, start, end):
                row[i] = label
        labels.append(row)
    return labels


def entity_spans(doc: AnnotationDocument) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in live(doc.entities)]


def quote_spans(doc: AnnotationDocument) -> list[tuple[int, int, str]]:
    return [(q.start, q.end, IN_QUOTE) for q in live(doc.quotes)]


def topic_items(docs: Sequence[AnnotationDocument]) -> list[list[str]]:
    """``present[annotator][code]`` ("yes"/"no") over the codes anyone used on this article."""
    codes = sorted({t.code for doc in docs for t in live(doc.topics)})
    return [["yes" if code in {t.code for t in live(doc.topics)} else "no" for code in codes] for doc in docs]


# -- pairs ----------------------------------------------------------------------------------

def quote_counts(a: AnnotationDocument, b: AnnotationDocument, threshold: float) -> Counts:
    qa, qb = live(a.quotes), live(b.quotes)
    one_way = Counts(matched=len(match_quotes(qa, qb, threshold)), predicted=len(qb), reference=len(qa))
    other_way = Counts(matched=len(match_quotes(qb, qa, threshold)), predicted=len(qa), reference=len(qb))
    return one_way + other_way


def speaker_counts(a: AnnotationDocument, b: AnnotationDocument) -> Counts:
    def spans(doc):
        return Counter((q.speaker.start, q.speaker.end) for q in live(doc.quotes)
                       if q.speaker is not None and q.speaker.has_span)
    sa, sb = spans(a), spans(b)
    return Counts(matched=sum((sa & sb).values()), predicted=sum(sb.values()), reference=sum(sa.values()))


def _columns(rows_per_article: list[list[list[Hashable]]]) -> list[list[Hashable]]:
    """Join articles' ``[annotator][unit]`` tables into one, units one after another."""
    annotators = len(rows_per_article[0]) if rows_per_article else 0
    return [[value for table in rows_per_article for value in table[k]] for k in range(annotators)]


def agreement(annotators: Sequence[str], articles: Sequence[Sequence[AnnotationDocument]],
              quote_threshold: float = DEFAULT_QUOTE_THRESHOLD) -> AgreementReport:
    """``articles[n][k]``: annotator ``k``'s document of article ``n`` (all of the same text)."""
    if len(annotators) < 2:
        raise ValueError("agreement needs at least two annotators")
    entity_tables = [token_labels(docs, entity_spans) for docs in articles]
    quote_tables = [token_labels(docs, quote_spans) for docs in articles]
    topic_tables = [topic_items(docs) for docs in articles]
    entity_units, quote_units, topic_units = _columns(entity_tables), _columns(quote_tables), _columns(topic_tables)
    pairs = []
    for i, j in combinations(range(len(annotators)), 2):
        pairs.append(PairAgreement(
            first=annotators[i], second=annotators[j],
            entities=add_maps(exact_by_label(live(docs[i].entities), live(docs[j].entities)) for docs in articles),
            quotes=sum((quote_counts(docs[i], docs[j], quote_threshold) for docs in articles), Counts()),
            speakers=sum((speaker_counts(docs[i], docs[j]) for docs in articles), Counts()),
            entity_token_kappa=cohen_kappa(entity_units[i], entity_units[j]) if entity_units else None,
            quote_token_kappa=cohen_kappa(quote_units[i], quote_units[j]) if quote_units else None,
            topic_kappa=cohen_kappa(topic_units[i], topic_units[j]) if topic_units else None))
    many = len(annotators) > 2
    everyone = AllAgreement(
        entity_token_fleiss=fleiss_kappa(list(zip(*entity_units))) if many and entity_units else None,
        entity_token_alpha=krippendorff_alpha(entity_units) if entity_units else None,
        quote_token_fleiss=fleiss_kappa(list(zip(*quote_units))) if many and quote_units else None,
        quote_token_alpha=krippendorff_alpha(quote_units) if quote_units else None,
        topic_fleiss=fleiss_kappa(list(zip(*topic_units))) if many and topic_units and topic_units[0] else None,
        topic_alpha=krippendorff_alpha(topic_units) if topic_units else None)
    per_article = []
    for docs, entity_table, quote_table in zip(articles, entity_tables, quote_tables):
        pair_ids = list(combinations(range(len(docs)), 2))
        entity_f1 = [overall(exact_by_label(live(docs[i].entities), live(docs[j].entities))).f1 for i, j in pair_ids]
        quote_f1 = [quote_counts(docs[i], docs[j], quote_threshold).f1 for i, j in pair_ids]
        per_article.append(ArticleAgreement(
            name=article_name(docs), entities_f1=_mean(entity_f1), quotes_f1=_mean(quote_f1),
            entity_token_alpha=krippendorff_alpha(entity_table), quote_token_alpha=krippendorff_alpha(quote_table)))
    return AgreementReport(annotators=list(annotators), articles=len(articles), pairs=pairs, all=everyone,
                           per_article=per_article)


def article_name(docs: Sequence[AnnotationDocument]) -> str:
    """The shared id, else the text file's name (annotators' copies often carry their own ids)."""
    ids = {doc.id for doc in docs}
    if len(ids) == 1 and docs[0].id:
        return docs[0].id
    return PurePath(docs[0].source).stem if docs[0].source else (docs[0].id or "")


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None
