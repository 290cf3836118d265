"""The JSON writer streams a document piece by piece (issue 8 item 14) with exactly the bytes of
the one-shot ``json.dumps`` of its dict form, and a write that fails half-way leaves the old file."""

import json

import pytest
from hypothesis import given, settings

from annotator.formats import WriteError, document_to_dict, read_json, write_json
from annotator.formats.native_json import iter_json
from annotator.model import AnnotationDocument

from .strategies import documents


@settings(max_examples=150, deadline=None)
@given(documents())
def test_streamed_json_is_the_one_shot_dump(doc):
    assert "".join(iter_json(doc)) == json.dumps(document_to_dict(doc), ensure_ascii=False, indent=1) + "\n"


def test_empty_document_streams_the_same():
    doc = AnnotationDocument(text="")
    assert "".join(iter_json(doc)) == json.dumps(document_to_dict(doc), ensure_ascii=False, indent=1) + "\n"


def test_a_write_failing_half_way_keeps_the_old_file(tmp_path):
    target = tmp_path / "a.json"
    good = AnnotationDocument(text="Ottawa said so.")
    good.add_entity(good.make_entity(0, 6, "GPE"))
    write_json(target, good)
    before = target.read_bytes()
    bad = AnnotationDocument(text="Ottawa said so.")
    bad.add_entity(bad.make_entity(0, 6, "GPE"))
    bad.extra["note"] = "lone surrogate \ud800 after the entities"  # encoding fails after pieces were written
    with pytest.raises(WriteError, match=r"a\.json.*U\+D800"):
        write_json(target, bad)
    assert target.read_bytes() == before
    assert read_json(target) == good
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]  # no temporary file left behind


@settings(max_examples=30, deadline=None)
@given(documents())
def test_a_long_text_streamed_in_pieces_is_the_one_shot_dump(doc):
    # Past the piece size (64 Ki characters) the text is escaped piece by piece; quotes, backslashes,
    # controls and characters outside the BMP must come out exactly as json.dumps writes them.
    doc = AnnotationDocument(text=(doc.text + '"\\\n\x01😀') * (70_000 // (len(doc.text) + 5) + 1))
    assert "".join(iter_json(doc)) == json.dumps(document_to_dict(doc), ensure_ascii=False, indent=1) + "\n"
