"""Qt's own messages, minus the one that is noise: every offscreen window prints "This plugin does not
support propagateSizeHints()" (the offscreen platform has no window manager to give size hints to)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

NOISE = ("This plugin does not support propagateSizeHints()",)
_installed = False


def _handler(kind: QtMsgType, context, message: str) -> None:
    if message in NOISE:
        return
    category = getattr(context, "category", None)
    prefix = f"{category}: " if category and category != "default" else ""
    print(prefix + message, file=sys.stderr)  # Qt's default format: "%{if-category}%{category}: %{endif}%{message}"


def quiet_known_noise() -> None:
    """Drop the known-harmless messages; everything else still reaches stderr as before."""
    global _installed
    if not _installed:
        qInstallMessageHandler(_handler)
        _installed = True
