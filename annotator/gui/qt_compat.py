"""Work around PySide6 reference-counting bugs that crash the app ("deallocating None").

Seen with PySide6 6.12 on Python 3.11: when C++ calls a Python ``data()`` / ``headerData()``
override that returns ``None``, one reference to ``None`` is dropped that was never taken.
A table repaint asks for a dozen roles per cell, most answered with ``None``, so after some
minutes of scrolling ``None``'s count reaches zero and Python aborts ("deallocating None").
Python 3.12+ makes ``None`` immortal, and a fixed PySide gives the reference back; the probe
below finds out at import time and only then hands back the stolen reference.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QColor


class _Probe(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=0):
        return None


def _none_is_stolen() -> bool:
    if sys.version_info >= (3, 12):
        return False  # None is immortal: nothing to lose
    model = _Probe()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(64):
        proxy.data(index, 0)
    return sys.getrefcount(None) - before <= -32


NONE_IS_STOLEN = _none_is_stolen()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def no_data() -> None:
    """Return this from ``data()`` / ``headerData()`` instead of a bare ``None``."""
    if NONE_IS_STOLEN:
        _incref(None)  # the reference PySide will drop
    return None


# PySide6 6.12.0 on Python 3.11 is worse: *every* call of a method that returns nothing
# (QLabel.setText, QColor.setRed, QSyntaxHighlighter.setFormat, ...) drops a reference to
# ``None``.  Python starts with a few thousand, so painting the highlights of a long article
# (several setFormat calls per entity) aborts the app within a second of opening it.  The calls
# are everywhere, so instead of patching each one, ``None`` gets what Python 3.12 gives it:
# a reference count no leak can use up.
IMMORTAL_REFS = 1 << 40


def _void_call_steals_none() -> bool:
    if sys.version_info >= (3, 12):
        return False
    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(64):
        color.setRed(1)
    return sys.getrefcount(None) - before <= -32


VOID_CALLS_STEAL_NONE = _void_call_steals_none()


def make_singletons_immortal() -> None:
    """Give ``None``, ``True`` and ``False`` reference counts no leak can exhaust (as 3.12 does).

    True and False too: the same build also loses bool references somewhere (the 1 MB benchmark,
    after many accepts and relabels, aborted on exit with "deallocating True or False")."""
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < IMMORTAL_REFS:
            refcount.value += IMMORTAL_REFS


if VOID_CALLS_STEAL_NONE:
    make_singletons_immortal()
