"""Prodigy / spaCy JSONL and spaCy DocBin."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.formats import ReadError, read_document, write_document
from annotator.formats.jsonl_spacy import (read_jsonl_many, read_spacy_many, spacy_available, write_jsonl_many,
                                            write_spacy_many)
from annotator.model import AnnotationDocument, Cue, Entity, Quote, Speaker, Topic

from .interop_strategies import entity_documents, spans_of

TEXT = "Mélanie Joly 😀 said: “We’re ready,” in Ottawa."


def sample() -> AnnotationDocument:
    doc = AnnotationDocument(text=TEXT, id="joly")
    doc.entities = [Entity(id="e1", start=0, end=12, text="Mélanie Joly", label="PERSON", status="accepted"),
                    Entity(id="e2", start=39, end=45, text="Ottawa", label="GPE"),
                    Entity(id="e3", start=8, end=12, text="Joly", label="PERSON", status="rejected")]
    doc.quotes = [Quote(id="q1", start=21, end=35, text="“We’re ready,”", kind="direct",
                        speaker=Speaker(start=0, end=12, text="Mélanie Joly", entity="e1", name="Mélanie Joly"),
                        cue=Cue(start=15, end=19, text="said"))]
    doc.topics = [Topic(code="medtop:11000000", label="politics", score=0.8, primary=True)]
    return doc


def test_sample_offsets_are_what_the_test_says():
    assert TEXT[21:35] == "“We’re ready,”" and TEXT[39:45] == "Ottawa" and TEXT[15:19] == "said"


def test_task_fields_are_prodigy_spans_in_code_points(tmp_path):
    path = tmp_path / "out.jsonl"
    write_document(path, sample())
    task = json.loads(path.read_text("utf-8"))
    assert task["text"] == TEXT
    # The rejected "Joly" is not gold and is not exported.
    assert [(s["start"], s["end"], s["label"]) for s in task["spans"]] == [(0, 12, "PERSON"), (39, 45, "GPE")]
    tokens = task["tokens"]
    for span in task["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    assert task["quotes"][0]["speaker"]["entity"] == "e1" and task["quotes"][0]["cue"]["text"] == "said"
    assert task["topics"] == [{"code": "medtop:11000000", "label": "politics", "score": 0.8, "primary": True}]
    assert task["answer"] == "accept" and task["meta"]["id"] == "joly"


def test_import_gives_suggestions_with_quotes_topics_and_unknown_keys(tmp_path):
    path = tmp_path / "in.jsonl"
    write_document(path, sample())
    task = json.loads(path.read_text("utf-8"))
    task["_input_hash"], task["flagged"] = 12345, True
    path.write_text(json.dumps(task) + "\n", "utf-8")
    doc = read_document(path)
    assert {(e.text, e.status, e.origin) for e in doc.entities} == {("Mélanie Joly", "suggested", "jsonl"),
                                                                   ("Ottawa", "suggested", "jsonl")}
    assert doc.quotes[0].speaker.entity == "e1" and doc.quotes[0].cue.text == "said"
    assert doc.topics[0].primary and doc.problems() == []
    write_document(tmp_path / "again.jsonl", doc)
    again = json.loads((tmp_path / "again.jsonl").read_text("utf-8"))
    # Unknown keys come back; the hashes are Prodigy's for what is exported now, not the stale ones.
    assert again["flagged"] is True and again["_input_hash"] != 12345


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(entity_documents(quotes=True, topics=True))
def test_round_trip_keeps_entities_quotes_topics(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("rt") / "docs.jsonl"
    write_jsonl_many(path, [doc, doc])
    back = read_jsonl_many(path)
    assert len(back) == 2
    for again in back:
        assert again.text == doc.text
        assert spans_of(again.entities) == spans_of(doc.entities)
        assert [(q.start, q.end, q.kind, q.speaker and q.speaker.entity, q.cue and (q.cue.start, q.cue.end))
                for q in again.quotes] == [(q.start, q.end, q.kind, q.speaker and q.speaker.entity,
                                            q.cue and (q.cue.start, q.cue.end)) for q in doc.quotes]
        assert [(t.code, t.primary) for t in again.topics] == [(t.code, t.primary) for t in doc.topics]
        assert again.problems() == []


@pytest.mark.parametrize("line, problem", [
    ('{"text": "abc"', "not valid JSON"),
    ('[1, 2]', "expected a JSON object"),
    ('{"spans": []}', "missing 'text'"),
    ('{"text": "abc", "spans": [{"start": 1, "end": 9, "label": "X"}]}', "outside the text"),
    ('{"text": "abc", "spans": [{"start": "1", "end": 2, "label": "X"}]}', "wrong type"),
])
def test_malformed_lines_name_file_and_line(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n\n' + line + "\n", "utf-8")
    with pytest.raises(ReadError) as caught:
        read_jsonl_many(path)
    assert caught.value.line == 3 and problem in str(caught.value) and "bad.jsonl:3" in str(caught.value)


def test_single_reader_refuses_several_documents(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "a"}\n{"text": "b"}\n', "utf-8")
    with pytest.raises(ReadError, match="holds 2 documents"):
        read_document(path)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(entity_documents())
def test_spacy_reads_back_the_same_entity_spans(tmp_path_factory, doc):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    path = tmp_path_factory.mktemp("sp") / "docs.spacy"
    write_spacy_many(path, [doc])
    nlp = spacy.blank("en")
    (spacy_doc,) = DocBin().from_disk(path).get_docs(nlp.vocab)
    assert spacy_doc.text == doc.text
    assert sorted((s.start_char, s.end_char, s.label_) for s in spacy_doc.spans["sc"]) == spans_of(doc.entities)
    ents = [(s.start_char, s.end_char) for s in spacy_doc.ents]
    assert all(a[1] <= b[0] for a, b in zip(ents, ents[1:]))  # doc.ents: the non-overlapping ones
    assert set(ents) <= {(e.start, e.end) for e in doc.entities}
    assert spans_of(read_spacy_many(path)[0].entities) == spans_of(doc.entities)


def test_spacy_rejects_a_file_that_is_not_a_docbin(tmp_path):
    pytest.importorskip("spacy")
    path = tmp_path / "bad.spacy"
    path.write_bytes(b"not msgpack at all")
    with pytest.raises(ReadError, match="not a spaCy DocBin"):
        read_spacy_many(path)


def test_entity_with_an_edge_in_whitespace_still_gets_token_indices(tmp_path):
    doc = AnnotationDocument(text="In  Canada now")
    doc.entities = [Entity(id="e1", start=3, end=10, text=" Canada", label="GPE")]
    path = tmp_path / "ws.jsonl"
    write_jsonl_many(path, [doc])
    (span,) = json.loads(path.read_text("utf-8"))["spans"]
    tokens = json.loads(path.read_text("utf-8"))["tokens"]
    assert tokens[span["token_start"]]["text"] == "Canada" == tokens[span["token_end"]]["text"]
    assert (read_jsonl_many(path)[0].entities[0].start, read_jsonl_many(path)[0].entities[0].end) == (3, 10)
    if spacy_available():
        write_spacy_many(tmp_path / "ws.spacy", [doc])
        assert [(e.start, e.end) for e in read_spacy_many(tmp_path / "ws.spacy")[0].entities] == [(3, 10)]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_line_and_paragraph_separators_inside_text_round_trip(tmp_path, separator):
    # JSON writers leave these characters raw; only "\n" ends a JSON line.
    text = f"First line{separator}Ottawa said so."
    doc = AnnotationDocument(text=text, id="sep")
    start = text.index("Ottawa")
    doc.entities = [Entity(id="e1", start=start, end=start + 6, text="Ottawa", label="GPE")]
    path = tmp_path / "sep.jsonl"
    write_jsonl_many(path, [doc])
    assert separator in path.read_text("utf-8")
    (again,) = read_jsonl_many(path)
    assert again.text == text and [(e.start, e.end, e.text) for e in again.entities] == [(start, start + 6, "Ottawa")]


def test_deeply_nested_line_is_a_read_error_naming_the_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": "fine"}\n' + "[" * 100000 + "]" * 100000 + "\n", "utf-8")
    with pytest.raises(ReadError) as caught:
        read_jsonl_many(path)
    assert caught.value.line == 2 and "nested too deeply" in str(caught.value)


def test_spacy_export_leaves_out_rejected_metadata(tmp_path):
    pytest.importorskip("spacy")
    from annotator.model import MetaField

    doc = sample()
    doc.metadata["title"] = MetaField(name="title", value="Joly is ready", status="accepted")
    doc.metadata["byline"] = MetaField(name="byline", value="Wrong guess", status="rejected")
    path = tmp_path / "meta.spacy"
    write_spacy_many(path, [doc])
    (again,) = read_spacy_many(path)
    assert {name: m.value for name, m in again.metadata.items()} == {"title": "Joly is ready"}


def test_tokens_rebuild_the_text_with_every_kind_of_whitespace(tmp_path):
    text = "\tHeadline 😀\n\nThe  speech\r\nends here.  \n"
    doc = AnnotationDocument(text=text)
    doc.entities = [Entity(id="e1", start=13, end=16, text="The", label="X")]
    write_jsonl_many(tmp_path / "t.jsonl", [doc])
    task = json.loads((tmp_path / "t.jsonl").read_text("utf-8"))
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in task["tokens"]) == text
    assert all(text[t["start"]:t["end"]] == t["text"] for t in task["tokens"])
    assert "\n\n" in [t["text"] for t in task["tokens"]]
    (span,) = task["spans"]
    assert task["tokens"][span["token_start"]]["text"] == "The"
    if spacy_available():
        from spacy.tokens import Doc
        from spacy.vocab import Vocab

        words = [t["text"] for t in task["tokens"]]
        assert Doc(Vocab(), words=words, spaces=[t["ws"] for t in task["tokens"]]).text == text


def test_prodigy_hashes_use_murmurhash3_as_prodigy_does():
    from annotator.formats.prodigy_hashes import murmurhash3_32, set_hashes

    murmurhash = pytest.importorskip("murmurhash")  # what spaCy and Prodigy hash with
    for value in ["", "a", "abc", "abcd", "Mélanie Joly 😀 said", '{"text":"x"}' * 7]:
        assert murmurhash3_32(value.encode("utf-8")) == murmurhash.hash(value)
    one = set_hashes({"text": "Canada", "spans": [{"start": 0, "end": 6, "label": "GPE"}]})
    other = set_hashes({"text": "Canada", "spans": [{"start": 0, "end": 6, "label": "ORG"}]})
    scored = set_hashes({"text": "Canada", "spans": [{"start": 0, "end": 6, "label": "GPE", "score": 0.3}]})
    assert one["_input_hash"] == other["_input_hash"] and one["_task_hash"] != other["_task_hash"]
    assert scored["_task_hash"] == one["_task_hash"]  # scores are not part of the question


def test_rejected_and_ignored_tasks_are_left_out_with_a_warning(tmp_path):
    from annotator.formats.errors import FormatWarning

    path = tmp_path / "answers.jsonl"
    spans = [{"start": 0, "end": 6, "label": "GPE"}]
    path.write_text("".join(json.dumps({"text": "Canada", "spans": spans, "answer": a}) + "\n"
                            for a in ("accept", "reject", "ignore")), "utf-8")
    with pytest.warns(FormatWarning, match=r"left out 2 tasks answered reject or ignore \(1 ignore, 1 reject\)"):
        docs = read_jsonl_many(path)
    assert len(docs) == 1 and docs[0].entities[0].label == "GPE"
