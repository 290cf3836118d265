"""The dialog a second window sees: who holds the workspace, and whether to open it read-only."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


def since_text(since: str, now: dt.datetime | None = None) -> str:
    """'21:40 UTC today (12 min ago)' from an ISO 8601 time; the raw text if it does not parse."""
    try:
        when = dt.datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError:
        return since
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    local = when.astimezone()
    minutes = int((now - when).total_seconds() // 60)
    if minutes < 1:
        ago = "just now"
    elif minutes < 120:
        ago = f"{minutes} min ago"
    elif minutes < 48 * 60:
        ago = f"{minutes // 60} h ago"
    else:
        ago = f"{minutes // (24 * 60)} days ago"
    day = "today" if local.date() == now.astimezone().date() else f"{local:%Y-%m-%d}"
    return f"{local:%H:%M} {day} ({ago})"


def holder_text(holder: Any) -> str:
    return (f"{holder.user} on {holder.host}, process {holder.pid}, since {since_text(holder.since)}")


def ask_read_only(parent: QWidget, location: str, holder: Any) -> bool:
    """True if the person chose to open the locked workspace read-only."""
    box = QMessageBox(parent)
    box.setObjectName("workspaceLocked")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Workspace in use")
    box.setText(f"<b>{escape(location)}</b> is open in another window.")
    stale = getattr(holder, "stale", False)
    detail = (f"Held by {escape(holder_text(holder))}."
              + (" That process seems to be gone (a stale lock)." if stale else "")
              + "<br><br>You can open it read-only: you can look at every document, "
                "but nothing you change is stored in the workspace.")
    box.setInformativeText(detail)
    read_only = box.addButton("Open &read-only", QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnly")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only
