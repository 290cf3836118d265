"""Desktop integration: one app id everywhere, files the freedesktop tools accept, a user-level install."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from annotator import APP_ID, __version__

from .conftest import REPO

PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text("utf-8"))
    return parser["Desktop Entry"]


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; scripts/system-deps.sh installs it)")
    return path


def test_one_app_id_names_the_entry_the_metainfo_the_icon_and_the_mime_types():
    entry = _entry(DESKTOP)
    assert entry["Icon"] == APP_ID and entry["StartupWMClass"] == APP_ID.rsplit(".", 1)[1]  # Qt's applicationName
    metainfo = etree.parse(str(METAINFO)).getroot()
    assert metainfo.findtext("id") == APP_ID and metainfo.findtext("launchable") == DESKTOP.name
    assert (REPO / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    native = [t.get("type") for t in etree.parse(str(MIME)).getroot().iter(f"{MIME_NS}mime-type")]
    assert len(native) == 2 and set(native) <= set(entry["MimeType"].rstrip(";").split(";"))
    assert set(native) == {m.text for m in metainfo.iter("mediatype")}


def test_the_metainfo_release_is_this_version_and_has_notes_and_a_screenshot():
    metainfo = etree.parse(str(METAINFO)).getroot()
    latest = metainfo.find("releases/release")
    assert latest.get("version") == __version__ and latest.findtext("description/p").strip()
    assert metainfo.find("screenshots/screenshot/image").text.startswith("https://")


def test_the_xml_root_the_mime_type_names_is_what_the_writer_writes():
    from annotator.formats.native_xml import NS

    root_xml = next(etree.parse(str(MIME)).getroot().iter(f"{MIME_NS}root-XML"))
    assert (root_xml.get("namespaceURI"), root_xml.get("localName")) == (NS, "article")


def test_appstreamcli_accepts_the_metainfo():
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_validate_accepts_the_entry_without_hints():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr


def test_install_desktop_puts_everything_in_the_user_data_folder_and_uninstall_removes_it(tmp_path):
    _tool("update-mime-database", "shared-mime-info")
    data = tmp_path / "data with space"
    program = tmp_path / "bin" / "annotator"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = PACKAGING / "install-desktop.sh"
    done = subprocess.run(["sh", str(script), str(program)], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    entry = _entry(data / "applications" / DESKTOP.name)
    assert entry["Exec"] == f'"{program}" gui %f' and entry["TryExec"] == str(program)
    for size in (16, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()
    # update-mime-database compiled our types: it parsed the XML and took both.
    assert (data / "mime" / "application" / "x-article-annotator+json.xml").is_file()
    assert "x-article-annotator+xml" in (data / "mime" / "XMLnamespaces").read_text("utf-8")
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(data / "applications" / DESKTOP.name)],
                                 capture_output=True, text=True)
        assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    if shutil.which("gio"):  # what a file manager would make of the files Save writes
        from annotator.formats import dumps_json, dumps_xml
        from annotator.model import AnnotationDocument

        doc = AnnotationDocument(text="Ottawa")
        (tmp_path / "a.annotations.json").write_text(dumps_json(doc), "utf-8")
        (tmp_path / "a.annotations.xml").write_bytes(dumps_xml(doc))
        (tmp_path / "no-extension").write_text(dumps_json(doc), "utf-8")
        for name, kind in (("a.annotations.json", "json"), ("a.annotations.xml", "xml"), ("no-extension", "json")):
            info = subprocess.run(["gio", "info", "-a", "standard::content-type", str(tmp_path / name)], env=env,
                                  capture_output=True, text=True).stdout
            assert f"application/x-article-annotator+{kind}" in info, (name, info)
    gone = subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True, text=True)
    assert gone.returncode == 0
    assert not list(data.rglob(f"{APP_ID}*"))


def test_install_desktop_without_a_program_says_what_to_do(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(["sh", str(PACKAGING / "install-desktop.sh"), str(tmp_path / "nope")], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 2 and "pipx install ." in result.stderr and not (tmp_path / "applications").exists()
