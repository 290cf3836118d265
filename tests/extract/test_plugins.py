"""Third-party suggesters register through the "annotator.suggesters" entry-point group.

Each test installs a real (tiny) distribution into a temporary folder on ``sys.path``: a module
and a ``*.dist-info`` with ``entry_points.txt``, which ``importlib.metadata`` finds like any
installed package.
"""

import logging
import sys
import textwrap

import pytest

from annotator.extract import base
from annotator.extract.base import ENTRY_POINT_GROUP, get_suggester, reload_plugins, suggesters


@pytest.fixture
def install(tmp_path, monkeypatch):
    saved = dict(base._REGISTRY)
    monkeypatch.syspath_prepend(str(tmp_path))

    def _install(dist: str, module: str, source: str, entry_points: str) -> None:
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = tmp_path / f"{dist}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\n{entry_points}\n", encoding="utf-8")

    yield _install
    base._REGISTRY.clear()
    base._REGISTRY.update(saved)
    for name in [m for m in sys.modules if m.startswith("shouty_")]:
        del sys.modules[name]


def test_a_suggester_object_and_a_factory_both_register(install):
    install("shouty_plugin", "shouty_words", """
        from annotator.extract.base import EntitySuggestion, Suggester

        def _run(text):
            start = text.find("ACME")
            if start >= 0:
                yield EntitySuggestion(start=start, end=start + 4, label="ORG", score=1.0)

        SUGGESTER = Suggester(name="shouty", run=_run, kinds=frozenset({"entities"}), default=False)

        def make():
            return Suggester(name="shouty-factory", run=_run, kinds=frozenset({"entities"}), default=False)
        """, "shouty = shouty_words:SUGGESTER\nshouty-factory = shouty_words:make")
    found = reload_plugins()
    assert {"shouty", "shouty-factory", "layout", "rules"} <= set(found)
    assert [s.start for s in get_suggester("shouty").run("Shares of ACME rose.")] == [10]
    assert not get_suggester("shouty").default and "shouty" not in {s.name for s in base.default_suggesters()}


def test_a_plug_in_does_not_replace_a_built_in(install):
    install("shouty_clash", "shouty_clash", """
        from annotator.extract.base import Suggester
        SUGGESTER = Suggester(name="rules", run=lambda text: [])
        """, "rules = shouty_clash:SUGGESTER")
    builtin = get_suggester("rules")
    reload_plugins()
    assert get_suggester("rules") is builtin


def test_broken_plug_ins_are_logged_and_skipped(install, caplog):
    install("shouty_broken", "shouty_broken", """
        raise RuntimeError("plug-in bug")
        """, "broken = shouty_broken:SUGGESTER\nmissing = shouty_nowhere:SUGGESTER")
    install("shouty_wrong", "shouty_wrong", "NOT_A_SUGGESTER = 42\n", "wrong = shouty_wrong:NOT_A_SUGGESTER")
    with caplog.at_level(logging.INFO, logger="annotator.extract.base"):
        found = reload_plugins()
    assert not {"broken", "missing", "wrong"} & set(found)
    assert "rules" in suggesters()
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "plug-in bug" in messages and "shouty_nowhere" in messages and "not a Suggester" in messages
