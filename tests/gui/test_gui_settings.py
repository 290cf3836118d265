"""Settings: a readable JSON file; a bad value costs that value, not the file."""

import json

from annotator.gui.settings import LabelStyle, Settings, config_dir, load_settings, save_settings


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
