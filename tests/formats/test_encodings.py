"""Legacy-encoded articles are read as their writers meant, and the assumption is recorded.

Sentences here are not the ones benchmarks/encodings.py tunes on."""

import pytest

from annotator.formats import read_txt
from annotator.formats.text import assumed_encoding

WESTERN = {
    "French": "La présidente Hélène Crémieux a jugé les prêts « trop coûteux » pour l'État.",
    "Spanish": "José Núñez, señor de la Peña, viajó a Córdoba el miércoles.",
    "German": "Der Bürgermeister von München, Dieter Reiter, sprach über Straßenbahnen.",
    "Portuguese": "A ministra Inês Gonçalves disse que não há solução à vista em Brasília.",
}
CENTRAL = {
    "Polish": "Minister Małgorzata Kidawa-Błońska odwiedziła Gdańsk i Wrocław w środę.",
    "Czech": "Ministr zahraničí Jan Lipavský uvedl, že Česko pošle pomoc do Brna.",
}
RUSSIAN = "Министр иностранных дел Сергей Лавров прибыл в Женеву во вторник."

CASES = ([(lang, text, enc) for lang, text in WESTERN.items() for enc in ("cp1252", "latin-1", "mac_roman")]
         + [(lang, text, enc) for lang, text in CENTRAL.items() for enc in ("cp1250", "iso8859-2")]
         + [("Russian", RUSSIAN, enc) for enc in ("cp1251", "koi8-r")])


@pytest.mark.parametrize(("language", "text", "encoding"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_a_legacy_file_reads_exactly(tmp_path, language, text, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(f"{language} news\n\n{text}\n".encode(encoding))
    doc = read_txt(path)
    assert doc.text == f"{language} news\n\n{text}\n"
    assert assumed_encoding(doc) is not None
    assert doc.metadata["encoding"].status == "suggested"  # a guess, for a person to confirm


def test_utf8_is_no_guess(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(WESTERN["Spanish"], "utf-8")
    doc = read_txt(path)
    assert doc.text == WESTERN["Spanish"] and "encoding" not in doc.metadata and assumed_encoding(doc) is None


def test_the_recorded_encoding_survives_saving(tmp_path):
    from annotator.formats import read_json, write_json

    path = tmp_path / "article.txt"
    path.write_bytes(WESTERN["French"].encode("cp1252"))
    doc = read_txt(path)
    write_json(tmp_path / "a.json", doc)
    assert read_json(tmp_path / "a.json").metadata["encoding"].value == doc.metadata["encoding"].value
