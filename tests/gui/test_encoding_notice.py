"""A legacy-encoded article says so in the status bar; a UTF-8 one does not."""

from .helpers import SEED


def test_the_status_bar_names_a_guessed_encoding(qtbot, open_window, tmp_path):
    legacy = tmp_path / "nunez.txt"
    legacy.write_bytes("Sección\nJosé Núñez gana en Logroño\n\nEl alcalde José Núñez dijo que sí.\n".encode("cp1252"))
    window = open_window(legacy)
    assert "José Núñez" in window.doc.text
    notice = window.encoding_notice
    assert notice.isVisible() and "Windows-1252" in notice.text() and "not UTF-8" in notice.text()
    window.grab().save(str(tmp_path / "legacy.png"))
    window.files.open_path(SEED, confirmed=True)
    qtbot.waitUntil(lambda: not window.files.suggester.running, timeout=20_000)
    assert not notice.isVisible()
