"""Each table model is a correct Qt model (pytest-qt's qtmodeltester), before and after edits."""

import pytest

from annotator.extract import suggest_document
from annotator.formats import read_document
from annotator.gui.settings import Settings
from annotator.gui.table_models import EntityTableModel, MetaTableModel, QuoteTableModel, TopicTableModel
from annotator.model import Cue, MetaField, Quote, Speaker, Topic




@pytest.fixture
def doc(seed_path):
    doc = read_document(seed_path)
    suggest_document(doc)
    text = doc.text
    start = text.index("“We’ve been")
    end = text.index("together,”") + len("together,”")
    joly = text.index("Joly stated")
    doc.add_quote(Quote(id="q900", start=start, end=end, text=text[start:end],
                        speaker=Speaker(start=joly, end=joly + 4, text="Joly", name="Mélanie Joly"),
                        cue=Cue(start=joly + 5, end=joly + 11, text="stated")))
    if not any(t.code == "medtop:17000000" for t in doc.topics):  # whatever the topic suggester found
        doc.add_topic(Topic(code="medtop:17000000", label="weather", score=0.8, primary=True))
    doc.set_meta(MetaField(name="custom", value="x"))
    return doc


@pytest.mark.parametrize("model_class", [EntityTableModel, QuoteTableModel, TopicTableModel, MetaTableModel])
def test_models_pass_the_model_tester(qtmodeltester, doc, model_class):
    model = model_class(doc, Settings()) if model_class is EntityTableModel else model_class(doc)
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_entity_rows_follow_the_document(qtmodeltester, doc):
    model = EntityTableModel(doc, Settings())
    qtmodeltester.check(model)
    first = doc.entities[0]
    doc.relabel_entity(first.id, "PERSON")
    assert model.index(0, EntityTableModel.COL_LABEL).data() == "PERSON"
    added = doc.make_entity(0, 3, "GPE")
    row = doc.add_entity(added)
    assert model.key(row) == added.id and model.rowCount() == len(doc.entities)
    doc.remove_entity(added.id)
    assert model.row_of(added.id) is None and model.rowCount() == len(doc.entities)
    doc.set_meta(MetaField(name="late", value="y"))
    meta = MetaTableModel(doc)
    doc.remove_meta("custom")
    assert [meta.key(r) for r in range(meta.rowCount())] == list(doc.metadata)
    qtmodeltester.check(meta)


def test_typing_in_a_cell_asks_for_an_undoable_edit_instead_of_changing_the_document(qtbot, doc):
    model = EntityTableModel(doc, Settings())
    before = doc.entities[0]
    with qtbot.waitSignal(model.edit_requested) as signal:
        assert model.setData(model.index(0, EntityTableModel.COL_LABEL), "PERSON")
    assert signal.args == [before.id, EntityTableModel.COL_LABEL, "PERSON"]
    assert doc.entities[0] == before


def test_asking_a_view_s_questions_does_not_eat_references_to_none(doc):
    """PySide6 6.12 on Python 3.11 drops a reference to None per None returned from data();
    after enough repaints Python aborts. The models must hand it back (see qt_compat)."""
    import sys

    from PySide6.QtCore import QSortFilterProxyModel, Qt

    model = EntityTableModel(doc, Settings())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        proxy.data(index, Qt.ItemDataRole.SizeHintRole)  # a role the models do not answer
        proxy.headerData(99, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) - before > -100
