"""Issue 8 items 3, 5-11: each input described there gets one clear line naming the input file,
exit code 2, and nothing invalid (or half) written.  Run in-process through the real entry point."""

from __future__ import annotations

import json

import pytest

from annotator.cli import main, validate_file
from annotator.formats import ReadError, read_document


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    return code, err


def one_line_naming(err: str, path) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert path.name in lines[0], err
    assert "internal error" not in lines[0] and "Traceback" not in err
    return lines[0]


NATIVE = {"format": "annotator/article", "version": 1, "text": "Bob met Ann.",
          "entities": [{"id": "e1", "start": 0, "end": 3, "text": "Bob", "label": "PERSON", "canonical": "Bob"}]}


# -- item 3: lone surrogates ---------------------------------------------------------------

@pytest.mark.parametrize("field", ["label", "canonical"])
def test_a_lone_surrogate_is_refused_with_file_field_and_position(tmp_path, capsys, field):
    path = tmp_path / "doc.json"
    raw = json.dumps(NATIVE).replace(f'"{field}": "', f'"{field}": "X\\ud800', 1)
    path.write_text(raw, "utf-8")
    with pytest.raises(ReadError) as error:
        read_document(path)
    message = str(error.value)
    assert "doc.json" in message and f"entities[0].{field}" in message and "U+D800" in message and "position 1" in message
    code, err = run(capsys, "validate", path)
    assert code == 2 and "U+D800" in one_line_naming(err, path)
    code, err = run(capsys, "convert", path, tmp_path / "doc.xml")
    assert code == 2 and not (tmp_path / "doc.xml").exists()
    assert "doc.json" in one_line_naming(err, path)  # the input is named, not the output


def test_a_lone_surrogate_in_escaped_xml_text_is_refused(tmp_path):
    from annotator.formats import write_xml
    from annotator.model import AnnotationDocument

    write_xml(tmp_path / "doc.xml", AnnotationDocument(text="Bob\x01"))  # escaped="true"
    raw = (tmp_path / "doc.xml").read_text("utf-8").replace("\\u0001", "\\ud800")
    (tmp_path / "doc.xml").write_text(raw, "utf-8")
    with pytest.raises(ReadError, match="U\\+D800"):
        read_document(tmp_path / "doc.xml")
    assert any("U+D800" in p for p in validate_file(str(tmp_path / "doc.xml")))


# -- item 5: HTML that libxml2 would cut short ---------------------------------------------

def page(middle: str) -> str:
    return ("<html><head><title>A long page</title></head><body><article><p>The story starts here.</p>"
            f"{middle}<p>The story ends here.</p></article></body></html>")


def test_deep_html_is_read_whole(tmp_path, capsys):
    path = tmp_path / "deep.html"
    path.write_text(page("<div>" * 300 + "deep" + "</div>" * 300), "utf-8")
    assert "The story ends here." in read_document(path).text


def test_a_huge_text_node_is_read_whole(tmp_path):
    path = tmp_path / "big.html"
    path.write_text(page("<p>" + "word " * 2_200_000 + "</p>"), "utf-8")  # 11 MB in one text node
    assert read_document(path).text.rstrip().endswith("The story ends here.")


def test_html_too_deep_to_read_is_refused_not_cut(tmp_path, capsys):
    path = tmp_path / "deeper.html"
    path.write_text(page("<div>" * 3000 + "deep" + "</div>" * 3000), "utf-8")
    code, err = run(capsys, "import", path, "-o", tmp_path / "out")
    assert code == 2 and "2,048" in one_line_naming(err, path)
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


# -- item 6: imports never write a file validate rejects ----------------------------------

def test_a_brat_line_without_a_type_names_the_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Bob is here", "utf-8")
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tPERSON 0 3\tBob\nT2\t 7 11\there\n", "utf-8")
    code, err = run(capsys, "import", ann, "-o", tmp_path / "out")
    line = one_line_naming(err, ann)
    assert code == 2 and "a.ann:2" in line and "T2" in line and "type" in line
    assert not (tmp_path / "out" / "a.json").exists()


def test_a_label_studio_region_without_labels_names_task_and_region(tmp_path, capsys):
    path = tmp_path / "tasks.json"
    region = {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
              "value": {"start": 0, "end": 3, "text": "Bob", "labels": []}}
    path.write_text(json.dumps([{"data": {"text": "Bob is here"}, "predictions": [{"result": [region]}]}]), "utf-8")
    code, err = run(capsys, "import", path, "--from", "labelstudio", "-o", tmp_path / "out")
    line = one_line_naming(err, path)
    assert code == 2 and "tasks[0]" in line and "result[0]" in line and "label" in line


def test_a_nitf_quote_without_speaker_start_is_refused(tmp_path, capsys):
    from annotator.formats import write_document
    from annotator.model import AnnotationDocument, Quote, Speaker

    text = 'Bob said "we are ready" today.'
    start, end = text.index('"'), text.rindex('"') + 1
    doc = AnnotationDocument(text=text, id="n1")
    doc.add_quote(Quote(id="q1", start=start, end=end, text=text[start:end], speaker=Speaker(start=0, end=3, text="Bob")))
    path = tmp_path / "n1.nitf.xml"
    write_document(path, doc, "nitf")
    raw = path.read_text("utf-8")
    assert 'speaker-start="0"' in raw
    path.write_text(raw.replace(' speaker-start="0"', ""), "utf-8")
    code, err = run(capsys, "import", path, "-o", tmp_path / "out")
    assert code == 2 and "q1" in one_line_naming(err, path)


def test_every_file_an_import_writes_validates(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Bob is here with Ann", "utf-8")
    (tmp_path / "a.ann").write_text("T1\tPERSON 0 3\tBob\nT2\tPERSON 17 20\tAnn\n", "utf-8")
    code, _ = run(capsys, "import", tmp_path / "a.ann", "-o", tmp_path / "out")
    assert code == 0 and validate_file(str(tmp_path / "out" / "a.json")) == []


# -- item 7: UTF-16 Label Studio ----------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_label_studio_with_a_bom_imports(tmp_path, capsys, encoding):
    task = [{"data": {"text": "Joly 😀 met Bob"}, "predictions": [{"result": [
        {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 11, "end": 14, "text": "Bob", "labels": ["PERSON"]}}]}]}]
    path = tmp_path / "tasks.json"
    data = json.dumps(task, ensure_ascii=False).encode(encoding)
    path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
    for extra in (["--from", "labelstudio"], []):  # named, and told apart from native JSON by content
        code, err = run(capsys, "import", path, *extra, "-o", tmp_path / "out")
        assert code == 0, err
        written = json.loads((tmp_path / "out" / "tasks-1.json").read_text("utf-8"))
        assert [(e["text"], e["label"]) for e in written["entities"]] == [("Bob", "PERSON")]


# -- item 8: files with no documents ------------------------------------------------------

@pytest.mark.parametrize("content", ["", "  \n\n\t\n"])
@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "conll"])
def test_an_empty_file_is_an_error_not_zero_articles(tmp_path, capsys, content, fmt):
    path = tmp_path / f"empty.{'conll' if fmt == 'conll' else 'jsonl'}"
    path.write_text(content, "utf-8")
    code, err = run(capsys, "import", path, "--from", fmt, "-o", tmp_path / "out")
    assert code == 2 and "no documents" in one_line_naming(err, path)
    code, err = run(capsys, "export", path, "--to", "jsonl", "-o", tmp_path / "x.jsonl") if fmt != "doccano" else (2, err)
    assert code == 2 and not (tmp_path / "x.jsonl").exists()


# -- items 9-10: no internal errors; the input named ----------------------------------------

def test_a_doccano_object_id_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "Bob met Ann", "entities": [
        {"id": {"a": 1}, "label": "PERSON", "start_offset": 0, "end_offset": 3}]}) + "\n", "utf-8")
    code, err = run(capsys, "import", path, "--from", "doccano", "-o", tmp_path / "out")
    assert code == 2 and "'id'" in one_line_naming(err, path)


@pytest.mark.parametrize("number", ["1" + "0" * 400, "1" + "0" * 400 + ".5"])
def test_a_400_digit_score_is_a_clear_error(tmp_path, capsys, number):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(NATIVE).replace('"canonical": "Bob"', f'"canonical": "Bob", "score": {number}'), "utf-8")
    code, err = run(capsys, "convert", path, tmp_path / "doc.xml")
    assert code == 2 and "too large" in one_line_naming(err, path)


def test_a_5000_digit_integer_names_the_file(tmp_path, capsys):
    for name, raw in (("a.json", json.dumps(NATIVE).replace('"start": 0', '"start": ' + "9" * 5000)),
                      ("b.jsonl", '{"text": "Bob", "spans": [{"start": ' + "9" * 5000 + ', "end": 3, "label": "P"}]}\n')):
        path = tmp_path / name
        path.write_text(raw, "utf-8")
        code, err = run(capsys, "import", path, "-o", tmp_path / "out")
        assert code == 2 and "4,300 digits" in one_line_naming(err, path)


# -- item 11: one line, even from libxml2 -----------------------------------------------------

def test_libxml2_messages_stay_on_one_line(tmp_path, capsys):
    path = tmp_path / "bad.xml"
    path.write_text('<?xml version="1.0"?>\n<article text="&#1114112;"/>', "utf-8")
    code, err = run(capsys, "validate", path)
    assert code == 2 and "line 2" in one_line_naming(err, path)
