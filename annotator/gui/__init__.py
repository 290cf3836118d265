"""The annotation window (PySide6). Thin adapters over :mod:`annotator.model`; Qt lives only here."""

from . import qt_compat  # noqa: F401  (first: guards against a PySide refcount bug before any Qt call)
