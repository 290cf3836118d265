"""Help > About names the version and the licence of everything that ships."""

from PySide6.QtWidgets import QMessageBox

from annotator import __version__
from annotator.licences import COMPONENTS

from .helpers import answer_modal


def test_about_shows_the_version_and_every_licence(open_window, tmp_path):
    window = open_window(None)
    seen = {}

    def read(box):
        seen["text"] = box.text() if isinstance(box, QMessageBox) else None
        if box is not None:
            box.grab().save(str(tmp_path / "about.png"))
            box.accept()

    answer_modal(read)
    window.actions.about.trigger()
    text = seen["text"]
    assert f"Article Annotator {__version__}" in text
    assert "CC BY 4.0" in text and "LGPL-3.0" in text
    assert all(component.name.replace("&", "&amp;") in text for component in COMPONENTS)
