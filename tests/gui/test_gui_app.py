"""Starting the app: first run, screenshots, geometry kept between runs, drag and drop."""

import subprocess
import sys

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from annotator.gui.app import run_gui
from annotator.gui.settings import data_dir

from .helpers import child_env



def test_first_run_opens_the_sample_and_later_runs_do_not(open_window, seed_path):
    first = open_window(None)
    # A copy of the sample from the package, in the user's data folder: saving it writes beside the copy.
    assert first.path == data_dir() / "sample" / seed_path.name and first.doc.entities  # with its suggestions
    assert first.path.read_bytes() == seed_path.read_bytes()
    first.close()
    second = open_window(None)
    assert second.path is None and second.doc.text == ""


def test_screenshot_flag_writes_a_png_after_suggestions(tmp_path, seed_path):
    # In a child process: run_gui owns its event loop and quits the application at the end.
    out = tmp_path / "shot.png"
    env = child_env()
    result = subprocess.run([sys.executable, "-m", "annotator", "gui", str(seed_path), "--screenshot", str(out)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "", result.stderr[-2000:]  # no Qt noise either
    image = QImage(str(out))
    assert image.width() >= 800 and len({image.pixel(x, 100) for x in range(0, image.width(), 5)}) > 5


def test_screenshot_of_a_missing_file_fails_with_a_message(tmp_path, capsys):
    assert run_gui(str(tmp_path / "nope.txt"), screenshot=str(tmp_path / "x.png")) == 2  # before any window
    assert "nope.txt" in capsys.readouterr().err


def test_window_size_and_splitter_come_back(open_window):
    window = open_window(None)
    window.resize(700, 555)  # within the offscreen screen, which clamps
    window.splitter.setSizes([200, 500])
    sizes = window.splitter.sizes()
    assert sizes[0] < sizes[1]
    window.close()
    again = open_window(None)
    assert (again.width(), again.height()) == (700, 555)
    assert again.splitter.sizes() == sizes


def test_dropping_a_file_opens_it(open_window, seed_copy, qtbot):
    window = open_window(None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_copy))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.files.suggester.running)
    assert window.path == seed_copy and window.doc.entities
    assert str(seed_copy.resolve()) in window.settings.recent_files


def test_a_label_studio_json_opens_as_predictions_to_review(open_window, tmp_path):
    from annotator.formats.labelstudio import write_labelstudio
    from annotator.gui.files import format_of_filter, open_filters
    from annotator.model import AnnotationDocument

    doc = AnnotationDocument(text="Keir Starmer spoke in Leeds.", id="ls")
    doc.add_entity(doc.make_entity(0, 12, "PERSON", status="accepted"))
    path = tmp_path / "export.json"
    write_labelstudio(path, doc)
    window = open_window(None)
    assert window.files.open_path(path, confirmed=True)
    assert [(e.text, e.label) for e in window.doc.entities] == [("Keir Starmer", "PERSON")]
    # Not native: Save must not overwrite the Label Studio file with native JSON.
    assert window.save_path != path
    label_studio_filter = next(f for f in open_filters().split(";;") if f.startswith("Label Studio"))
    assert format_of_filter(label_studio_filter) == "labelstudio"
    assert format_of_filter("All files (*)") is None


def test_the_application_has_one_id_and_the_icon_in_every_size():
    from annotator import APP_ID
    from annotator.gui.app import application

    app = application()
    assert f"{app.organizationDomain().split('.')[1]}.{app.organizationDomain().split('.')[0]}.{app.applicationName()}" == APP_ID
    assert app.desktopFileName() == APP_ID
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (48, 48), (512, 512)} <= sizes
