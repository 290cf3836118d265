"""CoNLL-2003 style BIO tokens: import -> export -> import is stable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings

from annotator.formats import ReadError
from annotator.formats.conll import dumps_conll, loads_conll, read_conll_many, write_conll_many
from annotator.formats.tokens import tokenize

from .interop_strategies import entity_documents, spans_of
from .shared_data import shared_data
from .test_jsonl_spacy import sample

IOB1 = """-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
Smith NNP I-NP B-PER
"""


def test_iob1_import_rebuilds_text_and_entities():
    (doc,) = loads_conll(IOB1, "x.conll")
    assert doc.text == "EU rejects German call .\nPeter Blackburn Smith"
    assert [(e.text, e.label) for e in doc.entities] == [("EU", "ORG"), ("German", "MISC"),
                                                         ("Peter Blackburn", "PER"), ("Smith", "PER")]


def test_export_of_an_article_splits_punctuation_and_keeps_iob2():
    text, dropped = dumps_conll([sample()])
    lines = text.splitlines()
    assert lines[:2] == ["-DOCSTART- -X- -X- O", ""]
    assert "Mélanie _ _ B-PERSON" in lines and "Joly _ _ I-PERSON" in lines
    assert "Ottawa _ _ B-GPE" in lines and ". _ _ O" in lines and dropped == 0


def test_tokenizer_keeps_offsets_and_abbreviations():
    text = "U.S. officials (Inc. said) “no,” he said.\nDone"
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == ["U.S.", "officials", "(", "Inc.", "said", ")", "“", "no", ",", "”",
                                        "he", "said", ".", "Done"]


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(entity_documents(overlapping=False))
def test_entities_survive_export_and_import_is_then_stable(doc):
    assume(doc.text.strip())  # a blank article has no tokens: CoNLL cannot hold it
    text, dropped = dumps_conll([doc])
    assert dropped == 0
    (first,) = loads_conll(text)
    # Tokens are re-spaced ("Canada," -> "Canada ,"), so compare entity texts without whitespace.
    squeeze = lambda e: ("".join(e.text.split()), e.label)  # noqa: E731
    assert list(map(squeeze, first.entities)) == list(map(squeeze, doc.entities))
    again, _ = dumps_conll([first])
    assert again == text


@pytest.mark.parametrize("raw, problem, line", [
    ("EU I-ORG\nrejects\n", "expected a token and a tag", 2),
    ("EU NNP X-ORG\n", "'X-ORG' is not a tag", 1),
])
def test_malformed(tmp_path, raw, problem, line):
    path = tmp_path / "bad.conll"
    path.write_text(raw, "utf-8")
    with pytest.raises(ReadError) as caught:
        read_conll_many(path)
    assert problem in str(caught.value) and caught.value.line == line


def _token_tag_sentences(raw: str) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in raw.splitlines():
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
            current = []
        else:
            current.append((columns[0], columns[-1]))
    return sentences + ([current] if current else [])


def test_eng_testa_import_export_import_is_stable(tmp_path):
    source = shared_data("conll2003-dev", "eng.testa")
    docs = read_conll_many(source)
    assert len(docs) == 216
    assert sum(len(doc.entities) for doc in docs) == 5942
    out = tmp_path / "testa.conll"
    assert write_conll_many(out, docs, scheme="iob1") == 0
    # Same tokens, same sentences, same IOB1 tags as the original file.
    assert _token_tag_sentences(out.read_text("utf-8")) == _token_tag_sentences(source.read_text("utf-8"))
    again = read_conll_many(out)
    assert [(d.text, spans_of(d.entities)) for d in again] == [(d.text, spans_of(d.entities)) for d in docs]


def test_imported_documents_are_numbered_so_they_sort_in_order(tmp_path):
    from annotator.formats.conll import read_conll_many

    path = tmp_path / "all.conll"
    path.write_text("".join(f"-DOCSTART- -X- -X- O\n\nWord{n} _ _ O\n\n" for n in range(12)), "utf-8")
    ids = [doc.id for doc in read_conll_many(path)]
    assert ids == [f"all-{n:02d}" for n in range(1, 13)] and ids == sorted(ids)
