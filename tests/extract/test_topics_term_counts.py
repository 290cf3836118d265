"""Term counting for topics keeps the foldings of words it has seen between articles: what it counts
must not depend on what was read before, nor on how much is kept, nor on where a long text is cut."""

from __future__ import annotations

from annotator.extract import topics
from annotator.extract.topics import _count_terms, _index, score_topics

SENTENCE = "The prime minister praised the strikers. "  # 41 characters, written for this test


def test_terms_of_a_long_text_are_counted_across_its_blocks():
    text = SENTENCE * 3000  # 123,000 characters: cut into blocks of 65,536
    counts = _count_terms(text, _index())
    assert counts["prime minister"] == 3000
    assert counts["striker"] == 3000  # folded: "strikers" -> "striker"


def test_counts_do_not_depend_on_how_many_foldings_are_kept(monkeypatch):
    text = "Budget vote\n\n" + SENTENCE * 2000 + "Shares fell as interest rates rose and the striker scored."
    expected = _count_terms(text, _index())
    index = _index()
    monkeypatch.setattr(topics, "_WORDS_KEPT", 3)  # emptied at every block
    index.folded.clear()
    index.starting.clear()
    assert _count_terms(text, index) == expected
    assert len(index.folded) <= len(set(SENTENCE.lower().split())) + 12


def test_scores_do_not_depend_on_the_article_read_before():
    article = "Shares slide as profits fall\n\nShares in the retailer fell after it reported a drop in profit."
    before = score_topics(article)
    score_topics("Late goal sends United into cup final\n\nThe striker scored in the semi-final.")
    assert score_topics(article) == before
