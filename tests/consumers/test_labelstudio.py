"""A real Label Studio server takes our labelling config and tasks and gives every region back.

The server runs from its own environment, on 127.0.0.1 only, with its SQLite database in a
temporary folder, no version check and no analytics, and is stopped at the end.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from annotator.formats import format_named
from annotator.formats.labelstudio import config_path

from .conftest import consumer_python

TOKEN = "0f3c1e2d4b5a69788796a5b4c3d2e1f00f1e2d3c"  # a throwaway token for this local server
START_TIMEOUT = 300


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, url: str):
        self.url = url

    def call(self, method: str, path: str, body: object | None = None) -> object:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method=method, headers={
            "Authorization": f"Token {TOKEN}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            raise AssertionError(f"{method} {path}: {error.code} {error.read()[:2000]!r}") from None
        return json.loads(raw) if raw else None


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory):
    python = consumer_python("labelstudio")
    data = tmp_path_factory.mktemp("label-studio")
    port = _free_port()
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data), "LATEST_VERSION_CHECK": "false",
           "COLLECT_ANALYTICS": "false", "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "",
           "LABEL_STUDIO_USERNAME": "ci@example.invalid", "LABEL_STUDIO_PASSWORD": "annotator-ci-only",
           "LABEL_STUDIO_USER_TOKEN": TOKEN, "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
           "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true"}
    log = open(data / "server.log", "w")
    process = subprocess.Popen([str(Path(python).parent / "label-studio"), "start", "--no-browser",
                                "--internal-host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)],
                               cwd=data, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}")
    began = time.monotonic()
    try:
        while True:
            if process.poll() is not None:
                raise AssertionError(f"label-studio exited: {(data / 'server.log').read_text()[-3000:]}")
            try:
                server.call("GET", "/api/projects")
                break
            except (OSError, AssertionError):
                if time.monotonic() - began > START_TIMEOUT:
                    raise AssertionError(f"label-studio did not answer in {START_TIMEOUT} s") from None
                time.sleep(1)
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def _regions(tasks: list) -> list[list[tuple]]:
    """Per task, its regions (id, control, start, end, label) and relations, sorted."""
    out = []
    for task in tasks:
        (annotation,) = task["annotations"]
        items = []
        for r in annotation["result"]:
            if r["type"] == "labels":
                items.append((r["id"], r["from_name"], r["value"]["start"], r["value"]["end"], r["value"]["labels"][0],
                              r.get("meta")))
            elif r["type"] == "relation":
                items.append(("relation", r["from_id"], r["to_id"], r["labels"][0]))
            elif r["type"] == "choices":
                items.append(("choices", *r["value"]["choices"]))
        out.append(sorted(items, key=repr))
    return out


def test_a_project_from_our_config_takes_our_tasks_and_gives_every_region_back(tmp_path, label_studio, consumer_docs):
    export = tmp_path / "tasks.json"
    format_named("labelstudio").write_many(export, consumer_docs)
    project = label_studio.call("POST", "/api/projects", {
        "title": "annotator consumer check", "label_config": config_path(export).read_text("utf-8")})
    ours = json.loads(export.read_text("utf-8"))
    for task in ours:
        task.pop("id")  # Label Studio numbers tasks itself
    label_studio.call("POST", f"/api/projects/{project['id']}/import", ours)
    theirs = label_studio.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON")
    theirs.sort(key=lambda task: task["id"])
    assert len(theirs) == len(consumer_docs)
    assert [t["data"]["text"] for t in theirs] == [doc.text for doc in consumer_docs]
    assert _regions(theirs) == _regions(ours)
    # And what it exports reads back as the documents we wrote.
    (tmp_path / "back.json").write_text(json.dumps(theirs), "utf-8")
    back = format_named("labelstudio").read_many(tmp_path / "back.json")
    for doc, again in zip(consumer_docs, back, strict=True):
        kept = [e for e in doc.entities if e.status != "rejected"]
        assert sorted((e.start, e.end, e.label) for e in again.entities) == sorted((e.start, e.end, e.label) for e in kept)
        speakers = lambda quotes: [(q.start, q.end, q.speaker and (q.speaker.start, q.speaker.end, q.speaker.name))  # noqa: E731
                                   for q in quotes if q.status != "rejected"]
        assert speakers(again.quotes) == speakers(doc.quotes)


def test_the_server_does_refuse_a_config_it_cannot_use(label_studio):
    """The check above means something: the config we used to ship (an empty Choices) is refused."""
    bad = ('<View><Labels name="label" toName="text"><Label value="PERSON"/></Labels><Text name="text" value="$text"/>'
           '<Choices name="topic" toName="text" choice="multiple"/></View>')
    with pytest.raises(AssertionError, match="400"):
        label_studio.call("POST", "/api/projects", {"title": "bad", "label_config": bad})


def _snapshot(server: Server, project: int, out: Path, options: dict | None) -> None:
    """An export snapshot (what Label Studio's Export makes), downloaded as JSON to ``out``."""
    body = {"title": "snapshot", **({"serialization_options": options} if options else {})}
    snapshot = server.call("POST", f"/api/projects/{project}/exports", body)
    for _ in range(60):
        if server.call("GET", f"/api/projects/{project}/exports/{snapshot['id']}")["status"] == "completed":
            break
        time.sleep(1)
    request = urllib.request.Request(f"{server.url}/api/projects/{project}/exports/{snapshot['id']}/download"
                                     "?exportType=JSON", headers={"Authorization": f"Token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=120) as response:
        out.write_bytes(response.read())


def test_ids_only_predictions_warn_and_the_hinted_export_gives_them_whole(tmp_path, label_studio, consumer_docs):
    """Label Studio's default export lists predictions by id: our reader warns and names the export
    that holds them whole, and that export (made here on the real server) imports every region."""
    from annotator.formats.errors import FormatWarning

    export = tmp_path / "tasks.json"
    format_named("labelstudio").write_many(export, consumer_docs[:2])
    tasks = json.loads(export.read_text("utf-8"))
    for task in tasks:
        task.pop("id")
        task["predictions"] = [{"model_version": "annotator", "result": task.pop("annotations")[0]["result"]}]
    project = label_studio.call("POST", "/api/projects", {
        "title": "predictions", "label_config": config_path(export).read_text("utf-8")})
    label_studio.call("POST", f"/api/projects/{project['id']}/import", tasks)
    _snapshot(label_studio, project["id"], tmp_path / "default.json", None)  # the export's defaults
    with pytest.warns(FormatWarning, match="ids only"):
        empty = format_named("labelstudio").read_many(tmp_path / "default.json")
    assert all(not doc.entities for doc in empty)
    _snapshot(label_studio, project["id"], tmp_path / "full.json", {"predictions": {"only_id": False}})  # the hint
    full = format_named("labelstudio").read_many(tmp_path / "full.json")
    for doc, again in zip(consumer_docs[:2], full, strict=True):
        assert sorted((e.start, e.end, e.label) for e in again.entities) == \
               sorted((e.start, e.end, e.label) for e in doc.entities if e.status != "rejected")
        assert {e.origin for e in again.entities} <= {"annotator"}
