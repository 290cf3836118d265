"""Every install hint the README and the messages give is one that works: the package is not on a
registry, so hints install from a checkout ('.[extra]' with an extra that exists) or add a dependency."""

from __future__ import annotations

import re
import tomllib

from .conftest import REPO, source_files

EXTRAS_HINT = re.compile(r"""['"]?\.\[([a-z,]+)\]['"]?""")


def _texts():
    for name in source_files():
        if name.endswith((".py", ".md", ".sh")) or name in ("Makefile",):
            if not name.startswith("tests/"):
                yield name, (REPO / name).read_text("utf-8", errors="replace")


def test_no_hint_installs_the_package_by_name_from_a_registry():
    offenders = [name for name, text in _texts() if re.search(r"(pip|pipx) install '?article-annotator", text)]
    assert offenders == []


def test_every_extra_a_hint_names_exists():
    declared = set(tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"])
    named = {(name, extra) for name, text in _texts() for group in EXTRAS_HINT.findall(text) for extra in group.split(",")
             if "install" in text}
    unknown = {(name, extra) for name, extra in named if extra not in declared and not extra.startswith("$")}
    assert unknown == set() and named  # the README names some
