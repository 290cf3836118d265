"""The `annotator` command, run as a user would: a real subprocess, real files."""

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest
from lxml import etree

from .conftest import SEED


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("annotator ")


def test_suggest_to_stdout_gives_valid_json_and_xml(tmp_path):
    result = run("suggest", SEED, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    schema = json.loads(resources.files("annotator.resources").joinpath("schema/article.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    assert data["metadata"]["title"]["value"].startswith("Canada Seeks")

    result = run("suggest", SEED, "--format", "xml")
    assert result.returncode == 0, result.stderr
    xsd = etree.XMLSchema(etree.fromstring(resources.files("annotator.resources").joinpath("schema/article.xsd").read_bytes()))
    xsd.assertValid(etree.fromstring(result.stdout.encode("utf-8")))


def test_validate_and_convert_both_ways(tmp_path):
    out = tmp_path / "out"
    assert run("suggest", SEED, "-o", out, "--format", "json").returncode == 0
    native = out / "canada-defense-partnership.json"
    assert run("validate", native).stdout.strip().endswith(": ok")
    assert run("convert", native, tmp_path / "a.xml").returncode == 0
    assert run("validate", tmp_path / "a.xml").returncode == 0
    assert run("convert", tmp_path / "a.xml", tmp_path / "b.json").returncode == 0
    assert native.read_bytes() == (tmp_path / "b.json").read_bytes()


def test_many_inputs_to_a_folder_with_two_jobs(tmp_path):
    inputs = []
    for n in range(6):
        path = tmp_path / f"article{n}.txt"
        path.write_text(f"Headline number {n}\n\nBody of the article number {n} said the minister in Paris.\n", encoding="utf-8")
        inputs.append(path)
    result = run("suggest", *inputs, "-o", tmp_path / "out", "--format", "xml", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"article{n}.xml" for n in range(6)]


def test_validate_lists_every_problem_and_exits_1(tmp_path):
    data = json.loads(run("suggest", SEED).stdout)
    data["metadata"]["title"]["start"] = -4
    data["entities"] = [{"id": "e1", "start": 9, "end": 15, "text": "Kanada", "label": "GPE"},
                        {"id": "e1", "start": 9, "end": 15, "text": "Canada", "label": "GPE"}]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", path)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) >= 3 and all(line.startswith(str(path)) for line in lines)
    assert any("Kanada" in line for line in lines) and any("duplicate id" in line for line in lines)


BAD_INPUTS = {
    "binary.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
    "truncated.json": b'{"format": "annotator/article", "version": 1, "text": "Canada is',
    "evil.xml": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<article xmlns="https://articleannotator.org/ns/article/1" version="1"><text>&x;</text>'
                b'<metadata/><entities/><quotes/><topics/></article>',
    "drift.json": json.dumps({"format": "annotator/article", "version": 1, "text": "Canada",
                              "entities": [{"id": "e1", "start": 1, "end": 6, "text": "Canada", "label": "GPE"}]}).encode(),
}


@pytest.mark.parametrize("name", [*BAD_INPUTS, "missing.txt"])
@pytest.mark.parametrize("command", ["suggest", "convert"])
def test_bad_input_gets_one_line_and_exit_2_and_leaves_output_alone(tmp_path, name, command):
    path = tmp_path / name
    if name in BAD_INPUTS:
        path.write_bytes(BAD_INPUTS[name])
    out = tmp_path / "out"
    out.mkdir()
    previous = out / f"{path.stem}.json"
    previous.write_text("earlier work", encoding="utf-8")
    if command == "suggest":
        result = run("suggest", path, "-o", out)
    else:
        result = run("convert", path, previous)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in result.stderr
    assert previous.read_text(encoding="utf-8") == "earlier work"


def test_validate_an_unreadable_file_is_exit_2(tmp_path):
    path = tmp_path / "truncated.json"
    path.write_bytes(BAD_INPUTS["truncated.json"])
    result = run("validate", path)
    assert result.returncode == 2 and "truncated.json" in result.stderr and "not valid JSON" in result.stderr


def test_several_inputs_without_a_folder_is_a_usage_error(tmp_path):
    result = run("suggest", SEED, SEED)
    assert result.returncode == 2 and "-o FOLDER" in result.stderr


def _without_display():
    import os

    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_gui_without_a_display_says_so_instead_of_aborting(tmp_path):
    result = subprocess.run([sys.executable, "-m", "annotator", "gui", str(SEED)], capture_output=True, text=True,
                            env=_without_display())
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr


def test_screenshot_without_a_display_renders_offscreen(tmp_path):
    out = tmp_path / "shot.png"
    env = _without_display() | {"XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_STATE_HOME": str(tmp_path / "s")}
    result = subprocess.run([sys.executable, "-m", "annotator", "gui", str(SEED), "--screenshot", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_the_no_display_hint_is_a_command_that_works_as_written(tmp_path):
    import shlex

    article = tmp_path / "my article.txt"
    article.write_bytes(SEED.read_bytes())
    hint = subprocess.run([sys.executable, "-m", "annotator", "gui", str(article)], capture_output=True, text=True,
                          env=_without_display()).stderr
    command = shlex.split(hint.rsplit(": ", 1)[-1].strip().replace("OUT.png", str(tmp_path / "out.png")))
    assert command[:3] == ["annotator", "gui", str(article)]
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**_without_display(), "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run([sys.executable, "-m", "annotator", *command[1:]], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert (tmp_path / "out.png").stat().st_size > 20_000


def test_suggest_to_a_folder_reports_the_same_way_for_one_input_and_for_two(tmp_path):
    one = subprocess.run([sys.executable, "-m", "annotator", "suggest", str(SEED), "-o", str(tmp_path / "a")],
                         capture_output=True, text=True)
    two = subprocess.run([sys.executable, "-m", "annotator", "suggest", str(SEED), str(tmp_path / "missing.txt"),
                          "-o", str(tmp_path / "b")], capture_output=True, text=True)
    assert one.returncode == 0 and one.stderr == f"1 of 1 article written to {tmp_path / 'a'}\n"
    assert two.returncode == 2 and two.stderr.endswith(f"1 of 2 articles written to {tmp_path / 'b'}\n")
    assert (tmp_path / "a" / "canada-defense-partnership.json").is_file()
