"""Issue 13 bug 5: Export starts beside the article, then where (and how) the last export went."""

from PySide6.QtWidgets import QFileDialog, QLineEdit

from annotator.formats import read_document
from annotator.gui.settings import load_settings

from .helpers import answer_modal, editing_doc


def test_export_starts_beside_the_article_and_remembers_folder_and_format(open_window, seed_copy, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the folder the app was started from: never the default
    window = open_window(None)
    window.set_document(editing_doc(), seed_copy, None)
    seen = {}

    def accept_as_offered(dialog: QFileDialog):
        seen["first"] = (dialog.directory().absolutePath(), dialog.selectedFiles())
        dialog.accept()

    answer_modal(accept_as_offered)
    window.files.export()
    article_dir = str(seed_copy.parent)
    assert seen["first"][0] == article_dir
    written = list(seed_copy.parent.glob(f"{seed_copy.stem}.*json*"))
    assert written and read_document(written[0]).text == window.doc.text

    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()

    def choose_xml_elsewhere(dialog: QFileDialog):
        dialog.selectNameFilter("Article Annotator XML (*.xml)")
        dialog.setDirectory(str(elsewhere))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("gold")
        dialog.accept()

    answer_modal(choose_xml_elsewhere)
    window.files.export()
    assert (elsewhere / "gold.xml").is_file()
    assert load_settings().export_dir == str(elsewhere)

    def look(dialog: QFileDialog):
        seen["again"] = (dialog.directory().absolutePath(), dialog.selectedNameFilter())
        dialog.reject()

    answer_modal(look)
    window.files.export()
    assert seen["again"] == (str(elsewhere), "Article Annotator XML (*.xml)")
