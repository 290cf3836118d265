"""brat standoff: export, and import of the real PolNeAR attribution files."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.formats import ReadError, read_document, write_document
from annotator.formats.brat import quote_kind, read_brat, write_brat

from .interop_strategies import entity_documents, spans_of
from .shared_data import shared_data
from .test_jsonl_spacy import TEXT, sample


def test_export_writes_text_and_attribution_events(tmp_path):
    write_document(tmp_path / "joly.ann", sample())
    assert (tmp_path / "joly.txt").read_text("utf-8") == TEXT
    lines = (tmp_path / "joly.ann").read_text("utf-8").splitlines()
    spans = {line.split("\t")[0]: line.split("\t")[1:] for line in lines if line.startswith("T")}
    assert ["PERSON 0 12", "Mélanie Joly"] in spans.values() and ["GPE 39 45", "Ottawa"] in spans.values()
    (event,) = [line for line in lines if line.startswith("E")]
    args = dict(arg.split(":") for arg in event.split("\t")[1].split())
    assert spans[args["Content"]] == ["Content 21 35", "“We’re ready,”"]
    assert spans[args["Cue"]] == ["Cue 15 19", "said"]
    assert spans[args["Source"]] == ["PERSON 0 12", "Mélanie Joly"]  # the speaker is the entity itself
    assert f"Kind {event.split(chr(9))[0]} direct" in "\n".join(lines)


def test_span_across_a_line_break_is_written_as_fragments_and_read_back_whole(tmp_path):
    doc = sample()
    doc.text = "Prime\nMinister said"
    from annotator.model import Entity

    doc.entities = [Entity(id="e1", start=0, end=14, text="Prime\nMinister", label="PERSON")]
    doc.quotes = []
    write_brat(tmp_path / "d.ann", doc)
    assert "PERSON 0 5;6 14\tPrime Minister" in (tmp_path / "d.ann").read_text("utf-8")
    assert [(e.start, e.end) for e in read_brat(tmp_path / "d.ann").entities] == [(0, 14)]


def _brat_can_hold(start: int, end: int, text: str) -> bool:
    """brat has no empty spans, and a line break at a span's edge is not part of any fragment."""
    return end > start and text[start:end].strip("\r\n") == text[start:end]


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(entity_documents(quotes=True))
def test_round_trip(tmp_path_factory, doc):
    doc.quotes = [replace(q, cue=q.cue if q.cue and _brat_can_hold(q.cue.start, q.cue.end, doc.text) else None)
                  for q in doc.quotes if _brat_can_hold(q.start, q.end, doc.text)]
    folder = tmp_path_factory.mktemp("b")
    write_brat(folder / "a.ann", doc)
    again = read_brat(folder / "a.ann")
    assert again.text == doc.text and spans_of(again.entities) == spans_of(doc.entities)
    entity_span = {e.id: (e.start, e.end) for e in again.entities}
    assert sorted((q.start, q.end, q.kind, ((q.cue.start, q.cue.end) if q.cue else ()),
                   (entity_span[q.speaker.entity] if q.speaker else ())) for q in again.quotes) == \
           sorted((q.start, q.end, q.kind, ((q.cue.start, q.cue.end) if q.cue else ()),
                   ((q.speaker.start, q.speaker.end) if q.speaker else ())) for q in doc.quotes)
    assert again.problems() == []


@pytest.mark.parametrize("ann, problem, line", [
    ("T1\tPERSON 0 4\tMéla\nT2\tORG 0 99\tx\n", "lies outside the text", 2),
    ("T1\tPERSON 0 4\tJoly\n", "offsets cover 'Méla', the line says 'Joly'", 1),
    ("T1\tPERSON zero 4\tMéla\n", "expected '<label> <start> <end>", 1),
    ("T1\tPERSON 0 4\tMéla\nE1\tAttribution:T1 Content:T7\n", "Content points at T7", 2),
])
def test_malformed_ann(tmp_path, ann, problem, line):
    (tmp_path / "x.txt").write_text(TEXT, "utf-8")
    (tmp_path / "x.ann").write_text(ann, "utf-8")
    with pytest.raises(ReadError) as caught:
        read_document(tmp_path / "x.ann")
    assert problem in str(caught.value) and caught.value.line == line and "x.ann" in str(caught.value)


def test_quote_kind_from_quote_marks():
    assert quote_kind("“We are ready,”") == "direct"
    assert quote_kind("that it would “keep details under wraps.”") == "mixed"
    assert quote_kind("that the plan would work") == "indirect"


def _polnear_pairs():
    base = shared_data("polnear-dev")
    for ann in sorted((base / "attributions").glob("*.ann")):
        # PolNeAR names each annotation file <article>_<annotators>.ann.
        yield ann, base / "text" / (re.sub(r"_[^_]+$", "", ann.stem) + ".txt")


def test_polnear_events_become_quotes_with_speakers_and_cues():
    pairs = list(_polnear_pairs())
    assert len(pairs) >= 84  # 84 articles, some annotated twice
    quotes = speakers = cues = discontinuous = 0
    for ann, txt in pairs:
        doc = read_brat(ann, text_path=txt)
        events = sum(1 for line in ann.read_text("utf-8").splitlines() if line.startswith("E") and "Content:" in line)
        assert len(doc.quotes) == events, ann.name
        assert doc.problems() == [], ann.name
        # Every other PolNeAR span is an attribution part; its Discuss / Discard marks stay as spans.
        assert {e.label for e in doc.entities} <= {"Discuss", "Discard"}, ann.name
        quotes += len(doc.quotes)
        speakers += sum(1 for q in doc.quotes if q.speaker and q.speaker.text)
        cues += sum(1 for q in doc.quotes if q.cue)
        discontinuous += sum(1 for q in doc.quotes if "fragments" in q.extra)
    assert quotes > 2000 and speakers > 0.9 * quotes and cues > 0.9 * quotes and discontinuous > 0


def test_polnear_first_attribution_in_detail():
    ann, txt = next(_polnear_pairs())
    doc = read_brat(ann, text_path=txt)
    quote = doc.quotes[0]
    assert (quote.start, quote.end) == (115, 290)
    assert quote.text.startswith("that Hillary Clinton’s team") and quote.kind == "mixed"
    assert quote.speaker.text == "The New York Post" and quote.cue.text == "reports"


def test_polnear_discontinuous_content_covers_its_extent_and_keeps_fragments():
    base = shared_data("polnear-dev")
    (ann,) = (base / "attributions").glob("breitbart_2016-09-15_pat-caddell*.ann")
    doc = read_brat(ann, text_path=base / "text" / "breitbart_2016-09-15_pat-caddell-democrat-voters-worr.txt")
    quote = next(q for q in doc.quotes if q.start == 315)
    assert quote.end == 553 and quote.extra["fragments"] == [[315, 448], [463, 553]] and quote.kind == "direct"
