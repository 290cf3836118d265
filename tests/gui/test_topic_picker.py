"""The IPTC tree: built from the shipped vocabulary, searchable, taken topics disabled."""

from annotator.extract.iptc import Concept, Vocabulary
from annotator.gui.topic_picker import TopicPicker


def _concept(code, level, parent, label, retired=False):
    return Concept(code=code, label=label, level=level, parent=parent, top="medtop:15000000", retired=retired)


# children listed before their parents, as a file may have them
SMALL = Vocabulary([
    _concept("medtop:20000106", 3, "medtop:20000105", "tennis"),
    _concept("medtop:15000000", 1, None, "sport"),
    _concept("medtop:20000105", 2, "medtop:15000000", "racket sport"),
    _concept("medtop:20000999", 2, "medtop:15000000", "retired thing", retired=True),
])


def test_children_sit_under_their_parents_whatever_the_order(qtbot, monkeypatch):
    monkeypatch.setattr("annotator.gui.topic_picker.vocabulary", lambda: SMALL)
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

