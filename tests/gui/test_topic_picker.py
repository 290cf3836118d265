"""The IPTC tree: built from the vocabulary CSV, searchable, taken topics disabled."""

from pathlib import Path

import pytest

from annotator.gui.topic_picker import TopicPicker, read_vocabulary

IPTC = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "iptc" / "mediatopics_en.csv"

SMALL = """qcode,uri,level,parent_qcode,top_qcode,label_en_GB,definition_en_GB,label_en_US,retired
medtop:20000106,x,3,medtop:20000105,medtop:15000000,tennis,,tennis,
medtop:15000000,x,1,,medtop:15000000,sport,,sport,
medtop:20000105,x,2,medtop:15000000,medtop:15000000,racket sport,,racket sport,
medtop:20000999,x,2,medtop:15000000,medtop:15000000,retired thing,,retired thing,2020-01-01
"""


def test_children_sit_under_their_parents_whatever_the_order(qtbot, monkeypatch):
    monkeypatch.setattr("annotator.gui.topic_picker.vocabulary", lambda: read_vocabulary(SMALL))
    picker = TopicPicker(None, taken={"medtop:20000105"})
    qtbot.addWidget(picker)
    assert picker.tree.topLevelItemCount() == 1
    sport = picker.tree.topLevelItem(0)
    racket = sport.child(0)
    assert (sport.text(0), racket.text(0), racket.child(0).text(0)) == ("sport", "racket sport  (added)", "tennis")
    assert sport.childCount() == 1  # the retired topic is left out
    picker.tree.setCurrentItem(racket)
    picker.accept()
    assert picker.chosen is None  # already in the document
    picker.filter("tennis")
    assert picker.tree.currentItem().text(1) == "medtop:20000106" and not sport.isHidden()
    picker.accept()
    assert picker.chosen == ("medtop:20000106", "tennis")


@pytest.mark.skipif(not IPTC.is_file(), reason="the IPTC vocabulary in ../shared/data is absent")
def test_the_real_vocabulary_reads():
    topics = read_vocabulary(IPTC.read_text("utf-8"))
    assert len([t for t in topics if t[2] is None]) == 17 and len(topics) > 1000
