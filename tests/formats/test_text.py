import pytest
from hypothesis import given, strategies as st

from annotator.formats import ReadError, read_txt
from annotator.formats.text import decode_text, normalize_newlines

from ..conftest import shared_path


def test_seed_is_read_exactly(seed_path):
    doc = read_txt(seed_path)
    assert doc.text == seed_path.read_bytes().decode("utf-8")
    assert doc.text.startswith("Politics\nCanada Seeks")


def test_bom_is_stripped_and_newlines_normalized(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle\r\nBody line\rlast\n".encode("utf-8"))
    assert read_txt(path).text == "Title\nBody line\nlast\n"


def test_legacy_encoding_falls_back(tmp_path):
    path = tmp_path / "old.txt"
    text = "Café prices rose 5% to £3 — “strong” demand, said Zoë Müller.\n"
    path.write_bytes(text.encode("cp1252"))
    assert read_txt(path).text == text


def test_latin1_file_in_the_bbc_set_is_read():
    folder = shared_path("data", "bbc-dev")
    failures = []
    for path in sorted(folder.glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            raw.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        text = read_txt(path).text
        if "\ufffd" in text or "Ã" in text:
            failures.append(path.name)
        assert "£" in text or text.isascii() is False
    assert not failures


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes("Ärger in Köln\r\n".encode("utf-16"))
    assert read_txt(path).text == "Ärger in Köln\n"


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "pic.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReadError, match="binary") as caught:
        read_txt(path)
    assert "pic.txt" in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_txt(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="folder"):
        read_txt(tmp_path)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00")))
def test_utf8_text_without_cr_is_kept_exactly(text):
    data = text.encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        text = text[1:]
    assert decode_text(data)[0] == text


@given(st.text())
def test_newline_normalization_leaves_no_cr(text):
    assert "\r" not in normalize_newlines(text)
