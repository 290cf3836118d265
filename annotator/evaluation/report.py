"""Plain-text tables of evaluations, review figures and agreement, for the command line."""

from __future__ import annotations

from typing import Sequence

from .agreement import AgreementReport
from .compare import Evaluation
from .review import ReviewRow
from .scores import Counts, Ratio, fmt, overall


def _counts_line(name: str, counts: Counts) -> str:
    return (f"  {name:<22} {fmt(counts.precision):>6} {fmt(counts.recall):>6} {fmt(counts.f1):>6}"
            f" {counts.reference:>6} {counts.predicted:>6} {counts.matched:>6}")


def _ratio_line(name: str, ratio: Ratio) -> str:
    return f"  {name:<22} {fmt(ratio.value):>6}   ({ratio.hits} of {ratio.total})"


HEAD = f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6} {'match':>6}"


def evaluation_table(result: Evaluation, threshold: float) -> str:
    lines = [f"{result.documents} document{'s' * (result.documents != 1)}", HEAD]
    for title, per_label in (("entities, exact span", result.entities_exact),
                             ("entities, overlapping span", result.entities_overlap)):
        lines.append(title)
        lines.extend(_counts_line(label, counts) for label, counts in per_label.items())
        lines.append(_counts_line("all labels", overall(per_label)))
    lines.append(f"quotes, covering >= {threshold:g} of the gold quote")
    lines.append(_counts_line("quotes", result.quotes))
    lines.append(_ratio_line("speaker by name", result.speaker_name))
    lines.append(_ratio_line("speaker by mention", result.speaker_span))
    lines.append("topics")
    lines.append(_counts_line("IPTC codes", result.topics))
    lines.append(_ratio_line("primary topic", result.primary_topic))
    return "\n".join(lines)


def worst_documents_table(results: Sequence[Evaluation], limit: int) -> str:
    worst = sorted(results, key=lambda r: r.badness(), reverse=True)[:limit]
    lines = [f"worst {len(worst)} of {len(results)} documents (mean of 1 - F1 over entities, quotes, topics)",
             f"  {'document':<40} {'ent F1':>6} {'quo F1':>6} {'top F1':>6}"]
    for r in worst:
        lines.append(f"  {r.name[:40]:<40} {fmt(r.overall_exact.f1):>6} {fmt(r.quotes.f1):>6} {fmt(r.topics.f1):>6}")
    return "\n".join(lines)


def review_table(rows: Sequence[ReviewRow]) -> str:
    lines = [f"  {'':<26} {'precision':>9} {'edited':>6} {'recall':>6} {'lenient':>7}"
             f" {'accept':>6} {'edit':>5} {'reject':>6} {'added':>5} {'wait':>5}"]
    for row in rows:
        name = row.collection if row.by == "all" else f"  {row.by} {row.key}"
        s = row.summary
        lines.append(f"  {name[:26]:<26} {fmt(row.precision):>9} {fmt(row.partly_right):>6} {fmt(row.recall):>6}"
                     f" {fmt(row.lenient_recall):>7} {s.accepted:>6} {s.edited:>5} {s.rejected:>6} {s.added:>5}"
                     f" {s.suggested:>5}")
    return "\n".join(lines)


def agreement_table(report: AgreementReport, per_document: bool) -> str:
    lines = [f"{len(report.annotators)} annotators, {report.articles} articles",
             f"  {'pair':<24} {'ent F1':>6} {'quo F1':>6} {'spk F1':>6} {'κ ent':>6} {'κ quo':>6} {'κ top':>6}"]
    for p in report.pairs:
        lines.append(f"  {(p.first + ' / ' + p.second)[:24]:<24} {fmt(overall(p.entities).f1):>6} {fmt(p.quotes.f1):>6}"
                     f" {fmt(p.speakers.f1):>6} {fmt(p.entity_token_kappa):>6} {fmt(p.quote_token_kappa):>6}"
                     f" {fmt(p.topic_kappa):>6}")
    a = report.all
    lines.append("all annotators              Fleiss κ  Krippendorff α")
    for name, fleiss, alpha in (("entity label per token", a.entity_token_fleiss, a.entity_token_alpha),
                                ("inside a quote per token", a.quote_token_fleiss, a.quote_token_alpha),
                                ("topic codes", a.topic_fleiss, a.topic_alpha)):
        lines.append(f"  {name:<26} {fmt(fleiss):>8} {fmt(alpha):>15}")
    if per_document:
        lines.append(f"  {'article (worst quote agreement first)':<40} {'ent F1':>6} {'quo F1':>6} {'α ent':>6} {'α quo':>6}")
        for art in sorted(report.per_article, key=lambda x: (x.quotes_f1 is None, x.quotes_f1 or 0)):
            lines.append(f"  {art.name[:40]:<40} {fmt(art.entities_f1):>6} {fmt(art.quotes_f1):>6}"
                         f" {fmt(art.entity_token_alpha):>6} {fmt(art.quote_token_alpha):>6}")
    return "\n".join(lines)
