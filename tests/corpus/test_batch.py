"""Import, batch suggestion (processes, cancel, re-run, SIGKILL mid-batch) and batch export on real stores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.corpus.batch import export_documents, suggest_documents, suggester_version
from annotator.corpus.importer import import_paths
from annotator.corpus.store import open_store
from annotator.formats import read_document, read_xml

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "canada-defense-partnership.txt"
ARTICLE = SEED.read_text(encoding="utf-8")


def _articles(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03}.txt").write_text(f"Story {i}\n\n{ARTICLE}", encoding="utf-8")
    return folder


def test_import_walks_folders_skips_unchanged_and_versions_changed_text(tmp_path, location):
    corpus = _articles(tmp_path / "corpus", 3)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "many.jsonl").write_text(
        '{"text": "Alice met Bob."}\n{"text": "Paris is big."}\n', encoding="utf-8")
    (corpus / "notes.bin").write_bytes(b"\0\1")
    store = open_store(location, create=True)
    first = import_paths(store, [corpus], base=corpus)
    assert sorted(first.added) == ["a000.txt", "a001.txt", "a002.txt", "sub/many.jsonl#1", "sub/many.jsonl#2"]
    doc_id = store.documents(text="a001")[0].id
    doc = store.load(doc_id)
    doc.entities.append(doc.make_entity(0, 5, "WORK_OF_ART", status="accepted"))
    store.save(doc_id, doc)
    again = import_paths(store, [corpus], base=corpus)
    assert (again.added, again.changed, again.unchanged) == ([], [], 3 + 1)
    (corpus / "a001.txt").write_text("A new text entirely.", encoding="utf-8")
    changed = import_paths(store, [corpus], base=corpus)
    assert changed.changed == ["a001.txt"] and changed.added == []
    current = store.documents(text="a001")
    assert len(current) == 1 and current[0].id != doc_id and current[0].title == "A new text entirely."
    assert store.load(doc_id).entities[-1].label == "WORK_OF_ART"  # the earlier version keeps its work
    store.close()


def test_batch_suggests_with_processes_reruns_only_what_is_out_of_date(tmp_path, location):
    store = open_store(location, create=True)
    import_paths(store, [_articles(tmp_path / "c", 4)], base=tmp_path / "c")
    ids = [i.id for i in store.documents()]
    seen = []
    result = suggest_documents(store, jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert (result.done, result.skipped, result.failed) == (4, 0, [])
    assert seen[-1] == (4, 4) and all(i.status == "suggested" and i.suggested > 10 for i in store.documents())
    # a person decides on some items; a later suggester version must keep those decisions
    doc = store.load(ids[0])
    kept = replace(doc.entities[0], status="accepted")
    gone = replace(doc.entities[1], status="rejected")
    doc.entities[0], doc.entities[1] = kept, gone
    store.save(ids[0], doc)
    store.set_status(ids[3], "done")
    assert suggest_documents(store, jobs=1).done == 0  # nothing out of date
    with store._engine.begin() as conn:  # noqa: SLF001 (pretend an older suggester made them)
        conn.exec_driver_sql("UPDATE documents SET suggester_version = 'annotator 0.0.1: rules'")
    rerun = suggest_documents(store, jobs=2)
    assert (rerun.done, rerun.skipped) == (3, 1)
    after = store.load(ids[0])
    assert after.entity(kept.id) == kept and after.entity(gone.id) == gone
    versions = store.suggester_versions()
    assert versions[ids[3]] == "annotator 0.0.1: rules" and versions[ids[0]] == suggester_version()
    store.close()


def test_cancel_keeps_what_finished(tmp_path):
    store = open_store(tmp_path / "ws", create=True)
    import_paths(store, [_articles(tmp_path / "c", 30)], base=tmp_path / "c")
    done: list[int] = []
    result = suggest_documents(store, jobs=2, cancelled=lambda: len(done) >= 2,
                               progress=lambda n, total: done.append(n))
    assert result.cancelled and 2 <= result.done < 30
    assert store.counts()["suggested"] == result.done
    store.close()




def test_sigkill_mid_batch_leaves_a_store_that_opens(tmp_path):
    folder = tmp_path / "ws"
    store = open_store(folder, create=True)
    import_paths(store, [_articles(tmp_path / "c", 60)], base=tmp_path / "c")
    store.close()
    code = ("import sys; from annotator.corpus.store import open_store; "
            "from annotator.corpus.batch import suggest_documents; s = open_store(sys.argv[1]); "
            "suggest_documents(s, jobs=2, progress=lambda n, t: print(n, flush=True))")
    child = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)), start_new_session=True)
    try:
        while int(child.stdout.readline() or 0) < 5:
            pass
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the writer and its workers, mid-batch
        child.wait()
    reopened = open_store(folder)  # the dead writer's lock is stale
    counts = reopened.counts()
    assert 5 <= counts["suggested"] < 60 and counts["suggested"] + counts["new"] == 60
    for info in reopened.documents(status="suggested"):
        assert reopened.load(info.id).entities  # every finished document is whole
    assert suggest_documents(reopened, jobs=2).done == counts["new"]  # and the rest can be finished
    reopened.close()


def test_export_folder_lines_and_interchange_with_filters(tmp_path, location):
    store = open_store(location, create=True)
    import_paths(store, [_articles(tmp_path / "c", 3)], base=tmp_path / "c")
    suggest_documents(store, jobs=1)
    first = store.documents()[0]
    store.set_status(first.id, "reviewed", annotator="alice")
    xml = export_documents(store, tmp_path / "xml", to="xml")
    assert xml.written == 3 and sorted(p.name for p in (tmp_path / "xml").iterdir()) == [
        "a000.xml", "a001.xml", "a002.xml"]
    assert read_xml(tmp_path / "xml" / "a000.xml") == store.load(first.id)
    lines = export_documents(store, tmp_path / "all.jsonl", to="native-jsonl", status="reviewed")
    rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines.written == 1 and rows[0]["annotation"]["state"] == "reviewed"
    conll = export_documents(store, tmp_path / "gold.conll", to="conll", annotator="alice")
    assert conll.written == 1 and read_document(tmp_path / "gold.conll", "conll").text.split()
    store.close()


def test_cli_init_suggest_status_export(tmp_path):
    corpus = _articles(tmp_path / "c", 2)
    def run(*args):
        return subprocess.run([sys.executable, "-m", "annotator", "corpus", *args], capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert "2 added" in run("init", str(corpus)).stdout
    assert "2 suggested" in run("suggest", str(corpus), "--jobs", "2").stdout
    status = json.loads(run("status", str(corpus), "--json").stdout)
    assert status == {"documents": 2, "statuses": {"new": 0, "suggested": 2, "in progress": 0, "done": 0,
                                                   "reviewed": 0}}
    out = run("export", str(corpus), "--to", "json", "-o", str(tmp_path / "out"))
    assert out.returncode == 0 and len(list((tmp_path / "out").glob("*.json"))) == 2
    bad = run("status", str(tmp_path / "nowhere"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "not a workspace" in bad.stderr


def test_learned_suggestions_follow_what_people_accepted_and_rejected(tmp_path, location):
    from annotator.corpus.learned import learned_suggestions
    from annotator.model import AnnotationDocument

    store = open_store(location, create=True)
    a, b, c = store.add_documents([(AnnotationDocument(text="Acme Corp hired Zed Zedson."), "a"),
                                   (AnnotationDocument(text="Zed Zedson left Acme Corp; Acme Corporation stayed."), "b"),
                                   (AnnotationDocument(text="Nothing here about Zed."), "c")])
    doc = store.load(a)
    doc.entities.append(doc.make_entity(0, 9, "ORG", status="accepted", origin="rules"))
    doc.entities.append(doc.make_entity(16, 26, "PERSON"))  # typed in by a person
    store.save(a, doc)
    other = store.load(b)
    learned = learned_suggestions(store, other, doc_id=b)
    assert [(e.text, e.label, e.origin, e.status) for e in learned] == [
        ("Zed Zedson", "PERSON", "learned", "suggested"), ("Acme Corp", "ORG", "learned", "suggested")]
    assert learned_suggestions(store, store.load(c), doc_id=c) == []  # "Zed" alone is not the string
    other.entities.append(replace(learned[1], status="rejected"))
    store.save(b, other)
    assert [e.text for e in learned_suggestions(store, store.load(b), doc_id=b)] == ["Zed Zedson"]
    store.close()


def test_learned_strings_need_consistent_decisions(tmp_path):
    from annotator.corpus.learned import learned_suggestions
    from annotator.model import AnnotationDocument

    store = open_store(tmp_path, create=True)
    texts = ["Brixo met Vanta in Kell.", "Vanta saw Brixo and Kell.", "Brixo Vanta Kell wrote about Vanta and brixo."]
    a, b, c = store.add_documents([(AnnotationDocument(text=t), n) for t, n in zip(texts, "abc")])
    first = store.load(a)
    first.entities += [first.make_entity(0, 5, "PER", status="accepted"), first.make_entity(10, 15, "ORG"),
                       first.make_entity(19, 23, "LOC", status="accepted")]
    store.save(a, first)
    second = store.load(b)  # Vanta labelled differently here; Kell rejected once after one acceptance
    second.entities += [second.make_entity(0, 5, "PER"), second.make_entity(20, 24, "LOC", status="rejected")]
    store.save(b, second)
    target = AnnotationDocument(text=texts[2])
    # Brixo: in lower case in this text; Vanta: two labels; Kell: 1 accepted, 1 rejected;
    # the leading "Brixo Vanta Kell" run is a longer name nobody reviewed
    assert learned_suggestions(store, target, doc_id=c) == []
    third = store.load(c)
    third.entities.append(third.make_entity(0, 5, "PER", status="accepted"))
    store.save(c, third)
    other = AnnotationDocument(text="Later Brixo left.")
    assert [(e.text, e.label) for e in learned_suggestions(store, other)] == []  # "Later Brixo": longer name
    other = AnnotationDocument(text="Then, Brixo left.")
    assert [(e.text, e.label) for e in learned_suggestions(store, other)] == [("Brixo", "PER")]
    store.close()


def test_batch_rerun_spreads_learned_strings_and_keeps_reviewed_items(tmp_path):
    from annotator.model import AnnotationDocument

    store = open_store(tmp_path, create=True)
    texts = ["Zed Zedson met Quorvex Ltd. today.", "Then Zed Zedson called Quorvex Ltd. twice.",
             "Quorvex Ltd. said no."]
    a, b, c = store.add_documents([(AnnotationDocument(text=t), n) for t, n in zip(texts, "abc")])
    assert suggest_documents(store, jobs=1, suggesters=()).done == 3
    assert all(not store.load(d).entities for d in (a, b, c))  # nobody decided anything yet
    first = store.load(a)
    first.entities += [first.make_entity(0, 10, "PERSON"), first.make_entity(15, 27, "ORG", status="accepted")]
    store.save(a, first)
    second = store.load(b)
    second.entities.append(second.make_entity(5, 8, "PERSON", status="accepted"))  # "Zed", reviewed
    store.save(b, second)

    again = suggest_documents(store, jobs=1, suggesters=())
    assert again.done == 0  # the rules are up to date; only the learned strings are new
    got_b = store.load(b)
    assert [(e.text, e.label, e.origin, e.status) for e in got_b.entities] == [
        ("Zed", "PERSON", second.entities[0].origin, "accepted"), ("Quorvex Ltd.", "ORG", "learned", "suggested")]
    got_c = store.load(c)
    assert [(e.text, e.origin) for e in got_c.entities] == [("Quorvex Ltd.", "learned")]
    assert [(e.start, e.end) for e in store.load(a).entities] == [(0, 10), (15, 27)]  # nothing doubled

    got_c.entities = [replace(got_c.entities[0], status="rejected")]
    store.save(c, got_c)
    suggest_documents(store, jobs=1, suggesters=())
    assert [(e.text, e.status) for e in store.load(c).entities] == [("Quorvex Ltd.", "rejected")]
    store.close()


def test_a_damaged_up_to_date_document_is_reported_and_does_not_stop_the_batch(tmp_path):
    store = open_store(tmp_path / "ws", create=True)
    import_paths(store, [_articles(tmp_path / "c", 3)], base=tmp_path / "c")
    assert suggest_documents(store, jobs=1).done == 3
    damaged, *rest = [i.id for i in store.documents()]
    with store._engine.begin() as conn:  # noqa: SLF001 (a document stored by something broken)
        conn.exec_driver_sql("UPDATE contents SET data = '{not json' WHERE doc_id = ?", (damaged,))
        conn.exec_driver_sql("UPDATE documents SET suggester_version = 'annotator 0.0.1: rules' WHERE id = ?",
                             (rest[0],))
    result = suggest_documents(store, jobs=1)  # the damaged one is only refreshed for learned strings
    assert result.done == 1 and [doc_id for doc_id, _ in result.failed] == [damaged]
    assert store.suggester_versions()[rest[0]] == suggester_version()
    store.close()
