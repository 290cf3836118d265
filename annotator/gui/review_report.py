"""The extractor's figures in the review summary (Ctrl+I): the same rows `annotator eval FILE` prints."""

from __future__ import annotations

from html import escape

from ..evaluation.review import review_rows
from ..evaluation.scores import fmt
from ..model import AnnotationDocument


def extractor_html(doc: AnnotationDocument) -> str:
    """Precision, partly right and recall per collection, label and suggester origin."""
    rows = [row for row in review_rows([doc]) if row.summary.total_suggestions or row.by == "all"]
    if not rows:
        return ""
    head = ("<tr><th></th><th>precision</th><th>partly right</th><th>recall</th><th>lenient recall</th>"
            "<th>waiting</th></tr>")
    body = []
    for row in rows:
        name = f"<b>{row.collection}</b>" if row.by == "all" else f"&nbsp;&nbsp;{row.by} {escape(row.key)}"
        body.append(f"<tr><td>{name}</td><td align=right>{fmt(row.precision)}</td>"
                    f"<td align=right>{fmt(row.partly_right)}</td><td align=right>{fmt(row.recall)}</td>"
                    f"<td align=right>{fmt(row.lenient_recall)}</td><td align=right>{row.summary.suggested}</td></tr>")
    return ("<p><b>The suggesters, judged by this review</b><br>precision: accepted as suggested / reviewed; "
            "partly right: edited / reviewed; recall: accepted as suggested / items in the result</p>"
            f"<table cellpadding=3>{head}{''.join(body)}</table>")
