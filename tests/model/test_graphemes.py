"""Span edges never split a grapheme cluster: where spans are made (model, suggestions, imports)."""

import unicodedata

from hypothesis import given, strategies as st

from annotator.extract.base import EntitySuggestion, QuoteSuggestion, SpeakerSuggestion, apply_suggestions
from annotator.formats.interop import Importer
from annotator.model import AnnotationDocument
from annotator.model.graphemes import is_boundary, snap_span, step

TILDE = "\u0303"
TEXT = f"Saldan{TILDE}a said 🇨🇦🇫🇷 and 👍🏽 and 👩\u200d👩\u200d👧 — שלום\r\nend"


def test_an_end_before_a_combining_mark_takes_the_mark():
    assert snap_span(TEXT, 0, 6) == (0, 7)
    assert TEXT[slice(*snap_span(TEXT, 0, 6))] == f"Saldan{TILDE}"


def test_flags_pair_up_and_modifiers_and_zwj_sequences_stay_whole():
    flags = TEXT.index("🇨")
    assert snap_span(TEXT, flags + 1, flags + 3) == (flags, flags + 4)  # inside both flags
    assert is_boundary(TEXT, flags + 2)  # between the two flags
    thumb = TEXT.index("👍")
    assert snap_span(TEXT, thumb, thumb + 1) == (thumb, thumb + 2)
    family = TEXT.index("👩")
    assert snap_span(TEXT, family, family + 1) == (family, family + 5)
    crlf = TEXT.index("\r")
    assert snap_span(TEXT, crlf, crlf + 1) == (crlf, crlf + 2)


@given(st.text(alphabet=st.sampled_from(["a", "n", TILDE, "\u0301", "🇨", "🇦", "👍", "\U0001F3FD", "\u200d", " ", "ש"]),
               max_size=30), st.data())
def test_snapped_spans_cover_the_span_and_end_on_boundaries(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_span(text, start, end)
    assert s <= start and end <= e
    assert is_boundary(text, s) and is_boundary(text, e)
    assert snap_span(text, s, e) == (s, e)  # idempotent
    # No snapped span starts with a combining mark, except one with no base before it.
    assert s in (0, e) or unicodedata.category(text[s]) not in ("Mn", "Mc", "Me")


def test_suggestions_model_and_imports_all_snap():
    doc = AnnotationDocument(text=TEXT)
    apply_suggestions(doc, [EntitySuggestion(start=0, end=6, label="ORG", canonical="Saldan"),
                            QuoteSuggestion(start=0, end=6, kind="indirect", cue_start=8, cue_end=12,
                                            speaker=SpeakerSuggestion(start=0, end=6, entity_start=0, entity_end=6))],
                      "test")
    assert doc.entities[0].text == f"Saldan{TILDE}a"  # a suggester's word stopped at the mark: the whole word
    assert doc.entities[0].canonical == f"Saldan{TILDE}a"
    assert doc.quotes[0].text == f"Saldan{TILDE}" and doc.quotes[0].speaker.end == 7
    assert doc.quotes[0].speaker.entity == doc.entities[0].id
    assert doc.make_entity(1, 6, "ORG").text == f"aldan{TILDE}"
    imported = AnnotationDocument(text=TEXT)
    build = Importer(imported, "test")
    assert build.entity(0, 6, "ORG").text == f"Saldan{TILDE}"
    assert build.cue(0, 6).end == 7 and build.speaker(0, 6).text == f"Saldan{TILDE}"


def test_stepping_an_edge_moves_by_whole_clusters():
    assert step(TEXT, 7, -1) == 5 and step(TEXT, 5, 1) == 7  # over "n" + tilde as one
    flags = TEXT.index("🇨")
    assert step(TEXT, flags, 1) == flags + 2 and step(TEXT, flags, 2) == flags + 4
    assert step(TEXT, 0, -1) == -1  # past the start: left for the model's own check to refuse


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=40))
def test_below_the_combining_marks_every_position_is_a_boundary_but_inside_cr_lf(text):
    # UAX #29: no character below U+0300 extends the one before it; only CR LF is one cluster.
    expected = [not (text[i - 1:i + 1] == "\r\n") for i in range(len(text) + 1)]
    assert [is_boundary(text, i) for i in range(len(text) + 1)] == expected
