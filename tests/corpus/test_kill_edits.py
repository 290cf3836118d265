"""A writer saving edits to a real SQLite workspace is SIGKILLed: every save it reported is in the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from annotator.corpus.store import open_store
from annotator.model import AnnotationDocument

REPO = Path(__file__).resolve().parents[2]
WORDS = ("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu " * 4).split()

# Adds one entity per save, on the next word, and prints the count only after save() returned
# (the transaction committed); the parent kills it at an arbitrary moment after a few saves.
WRITER = """
import re, sys, time
from annotator.corpus.store import open_store
store = open_store(sys.argv[1])
doc_id = store.documents()[0].id
doc = store.load(doc_id)
words = [m.span() for m in re.finditer(r"\\w+", doc.text)]
for n, (start, end) in enumerate(words, 1):
    doc.entities.append(doc.make_entity(start, end, "ORG", status="accepted"))
    store.save(doc_id, doc)
    print(n, flush=True)
    time.sleep(0.2)
"""


def test_sigkill_while_editing_keeps_every_committed_save(tmp_path):
    folder = tmp_path / "ws"
    store = open_store(folder, create=True)
    (doc_id,) = store.add_documents([(AnnotationDocument(text=" ".join(WORDS)), "words.txt")])
    store.close()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)), start_new_session=True)
    committed = 0
    try:
        while committed < 6:
            line = child.stdout.readline()
            assert line, "the writer died before it was killed"
            committed = int(line)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    reopened = open_store(folder)  # the dead writer's lock is stale
    doc = reopened.load(doc_id)
    saved = len(doc.entities)
    assert committed <= saved <= committed + 1  # at most the save in flight when killed is extra
    assert [e.text for e in doc.entities] == WORDS[:saved]
    assert not doc.problems()
    reopened.close()
