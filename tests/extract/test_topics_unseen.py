"""Primary topics of short news items written for these tests (``unseen_news/``), one per IPTC
top-level topic the BBC dev set has no category for, so the lexicons are checked beyond its five.
The expected topic is what an editor would file each item under."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.extract.entities import find_entities
from annotator.extract.topics import find_topics

NEWS = Path(__file__).resolve().parent / "unseen_news"
EXPECTED = {
    "disaster.txt": "medtop:03000000",
    "education.txt": "medtop:05000000",
    "environment.txt": "medtop:06000000",
    "health.txt": "medtop:07000000",
    "human.txt": "medtop:08000000",
    "labour.txt": "medtop:09000000",
    "lifestyle.txt": "medtop:10000000",
    "religion.txt": "medtop:12000000",
    "science.txt": "medtop:13000000",
    "society.txt": "medtop:14000000",
    "nfl.txt": "medtop:15000000",
    "weather.txt": "medtop:17000000",
}


def test_every_item_has_an_expected_topic():
    assert sorted(p.name for p in NEWS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_primary_topic(name):
    text = (NEWS / name).read_text(encoding="utf-8")
    primary = [t.code for t in find_topics(text, find_entities(text)) if t.primary]
    assert primary == [EXPECTED[name]]
