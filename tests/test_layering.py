"""The arrows of the design: no Qt below gui/, and gui -> corpus -> formats -> model, extract -> model."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")
# What each layer may import from the package (besides itself).
ALLOWED = {
    "model": set(),
    "extract": {"model"},
    "formats": {"model"},
    "corpus": {"model", "formats", "extract"},
    "gui": {"model", "formats", "extract", "corpus"},
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                yield ".".join([*parts, node.module] if node.module else parts)
            elif node.module:
                yield node.module


def _layer_files():
    for layer in ALLOWED:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            yield layer, path


@pytest.mark.parametrize("layer,path", list(_layer_files()), ids=lambda v: str(v))
def test_layer_imports_follow_the_arrows(layer, path):
    for name in _imports(path):
        top = name.split(".")[0]
        if layer != "gui":
            assert top not in QT, f"{path.relative_to(PACKAGE)} imports {name}: Qt belongs in gui/ only"
        if top == "annotator":
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target in ALLOWED and target != layer:
                assert target in ALLOWED[layer], f"{path.relative_to(PACKAGE)} imports {name}: {layer} may not depend on {target}"


def test_the_core_runs_without_qt_loaded():
    import subprocess
    import sys

    code = ("import sys, annotator.model, annotator.formats, annotator.extract, annotator.cli;"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
