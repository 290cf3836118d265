"""The documents dock's layout, remembered per workspace in the settings and restored when that
workspace is opened again: where the dock is (bottom, left, right, floating), whether it is shown,
its size, the table's columns (widths, order, the sort) and the filter.

The settings keep one plain dict per workspace (``Settings.workspace_docks``, most recently closed
last, at most ``REMEMBERED`` of them); anything in it that does not fit is ignored, value by value.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt

from .settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .workspace_dock import WorkspaceDock  # noqa: F401 - for the annotations

REMEMBERED = 20  # workspaces whose dock layout is kept
AREAS = {"bottom": Qt.DockWidgetArea.BottomDockWidgetArea, "left": Qt.DockWidgetArea.LeftDockWidgetArea,
         "right": Qt.DockWidgetArea.RightDockWidgetArea}
DEFAULT_SIZE = 230


@dataclass(frozen=True, kw_only=True)
class DockLayout:
    area: str = "bottom"  # a key of AREAS
    floating: bool = False
    visible: bool = True
    size: int = DEFAULT_SIZE  # height at the bottom, width at a side
    header: str = ""  # base64 of QHeaderView.saveState(): column widths and order, the sort column
    status: str = ""  # the status filter ("" for all)
    text: str = ""  # the text filter


def workspace_key(location: str) -> str:
    """One key per workspace however it was named: a folder by its absolute path, a URL as it is."""
    return location if "://" in location else str(Path(location).expanduser().resolve())


def remembered(settings: Settings, location: str) -> DockLayout | None:
    data = settings.workspace_docks.get(workspace_key(location))
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for field in fields(DockLayout):
        value, default = data.get(field.name), getattr(DockLayout(), field.name)
        if type(value) is type(default):
            values[field.name] = value
    layout = replace(DockLayout(), **values)
    return layout if layout.area in AREAS and layout.size > 0 else replace(layout, area="bottom", size=DEFAULT_SIZE)


def remember(settings: Settings, location: str, layout: DockLayout) -> Settings:
    key = workspace_key(location)
    docks = {name: value for name, value in settings.workspace_docks.items() if name != key}
    docks[key] = asdict(layout)
    return replace(settings, workspace_docks=dict(list(docks.items())[-REMEMBERED:]))


def capture(window: "QMainWindow", dock: "WorkspaceDock") -> DockLayout:
    area = next((name for name, value in AREAS.items() if value == window.dockWidgetArea(dock)), "bottom")
    status, text = dock.current_filter()
    return DockLayout(area=area, floating=dock.isFloating(), visible=not dock.isHidden(),
                      size=dock.height() if area == "bottom" else dock.width(),
                      header=bytes(dock.view.horizontalHeader().saveState().toBase64()).decode("ascii"),
                      status=status, text=text)


def restore(window: "QMainWindow", dock: "WorkspaceDock", layout: DockLayout) -> None:
    """Put the dock where ``layout`` says; its filter widgets show the filter without asking for
    a listing (the caller lists the rows once, with that filter)."""
    window.addDockWidget(AREAS[layout.area], dock)  # moves it when it is elsewhere
    dock.setFloating(layout.floating)
    header = dock.view.horizontalHeader()
    if not layout.header or not header.restoreState(QByteArray.fromBase64(layout.header.encode("ascii"))):
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the workspace's own order
    dock.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
    dock.show_filter(layout.status, layout.text)
    dock.setVisible(layout.visible)
    if not layout.floating:
        orientation = Qt.Orientation.Vertical if layout.area == "bottom" else Qt.Orientation.Horizontal
        window.resizeDocks([dock], [layout.size], orientation)
