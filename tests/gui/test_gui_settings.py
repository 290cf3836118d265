"""Settings: a readable JSON file; a bad value costs that value, not the file."""

import json

from annotator.gui.settings import LabelStyle, Settings, config_dir, load_settings, save_settings

from .helpers import answer_modal


def test_settings_round_trip_through_a_readable_file(tmp_path):
    settings = Settings(annotator="Ada", font_size=14, labels=(LabelStyle(name="PERSON", color="#ff0000", key="1"),),
                        show_rejected=False).with_recent("/a.txt").with_recent("/b.txt").with_recent("/a.txt")
    save_settings(settings)
    path = config_dir() / "settings.json"
    assert str(tmp_path) in str(path)  # isolated by the autouse fixture
    data = json.loads(path.read_text("utf-8"))
    assert data["annotator"] == "Ada" and data["labels"][0] == {"name": "PERSON", "color": "#ff0000", "key": "1"}
    assert load_settings() == settings
    assert settings.recent_files == ("/a.txt", "/b.txt")


def test_broken_values_fall_back_one_by_one(tmp_path):
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"annotator": "Ada", "font_size": "huge", "labels": [{"color": "#fff"}], "show_rejected": 1}))
    settings = load_settings()
    assert settings.annotator == "Ada"
    assert settings.font_size == Settings().font_size and settings.labels == Settings().labels
    path.write_text("{not json")
    assert load_settings() == Settings()


def test_preferences_change_name_font_and_labels_and_are_kept(open_window):

    window = open_window(None)

    def edit(dialog):
        dialog.annotator.setText("Grace")
        dialog.font_size.setValue(15)
        dialog.labels.item(0, 2).setText("0")  # PERSON now on key 0
        dialog.accept()

    answer_modal(edit)
    window.actions.preferences.trigger()
    assert window.settings.annotator == "Grace" and window.article.font().pointSize() == 15
    assert window.settings.label_for_key("0").name == "PERSON"
    assert any(a.text() == "PERSON" and a.shortcut().toString() == "0" for a in window.actions.label_actions)
    assert load_settings().annotator == "Grace"


def test_hiding_rejected_suggestions_takes_their_highlight_away(open_window):
    from annotator.model import AnnotationDocument, Entity

    window = open_window(None)
    text = "Joly met Carney."
    window.set_document(AnnotationDocument(text=text, entities=[
        Entity(id="e1", start=0, end=4, text="Joly", label="PERSON", origin="rules", status="rejected"),
        Entity(id="e2", start=9, end=15, text="Carney", label="PERSON", origin="rules")]), None, None)
    window.article.highlighter.rehighlight()

    def painted():
        return sorted((r.start, r.length) for r in window.article.document().begin().layout().formats())

    assert painted() == [(0, 4), (9, 6)]  # struck through, still there
    window.actions.show_rejected.trigger()  # Ctrl+H
    assert not window.settings.show_rejected and painted() == [(9, 6)]


def test_the_defaults_are_the_shipped_default_settings_file():
    # resources/default-settings.json has the user file's shape, and the user-file reader takes it whole.
    from annotator.gui.settings import _settings_from_dict
    from annotator.packaged import default_settings

    shipped = default_settings()
    assert _settings_from_dict(shipped) == Settings()
    assert [(s.name, s.color, s.key) for s in Settings().labels] == [(d["name"], d["color"], d["key"]) for d in shipped["labels"]]
    assert Settings().font_size == shipped["font_size"] and Settings().annotator == shipped["annotator"]


def test_a_settings_file_in_the_old_default_colours_gets_the_new_palette_and_keeps_custom_ones():
    # Written by a version before issue 13: the retired pastels, one colour of the person's own,
    # one label of the person's own, in their order and with their keys.
    old = [{"name": "PERSON", "color": "#ffb3ba", "key": "1"}, {"name": "ORG", "color": "#123456", "key": "2"},
           {"name": "GPE", "color": "#B5E8B0", "key": "3"}, {"name": "LAW", "color": "#f0c8e0", "key": "4"},
           {"name": "TEAM", "color": "#ffb3ba", "key": "5"}]
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"annotator": "Ada", "labels": old}))
    from annotator.packaged import default_settings

    shipped = {label["name"]: label for label in default_settings()["labels"]}
    settings = load_settings()
    got = {s.name: s for s in settings.labels}
    assert [s.name for s in settings.labels] == ["PERSON", "ORG", "GPE", "LAW", "TEAM"]
    for name in ("PERSON", "GPE", "LAW"):
        assert (got[name].color, got[name].dark) == (shipped[name]["color"], shipped[name]["dark"]), name
    assert got["LAW"].key == "4"  # the person's key stays
    assert got["ORG"].color == "#123456" and got["ORG"].dark == ""  # their own colour: kept, dark derived
    assert got["TEAM"].color == "#ffb3ba"  # not a default label: the colour is theirs
    save_settings(settings)
    assert load_settings() == settings  # migrated once, and stays so
