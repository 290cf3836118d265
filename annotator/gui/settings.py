"""User settings: a small JSON file in the platform's config folder, readable and hand-editable.

Unknown or broken values fall back to defaults one by one, so a hand edit that goes wrong costs
that one setting, not the whole file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import platformdirs

from .. import APP_ID
from ..formats import WriteError, atomic_write_text
from ..packaged import default_settings
from .colours import on_dark
from .theme import THEME_CHOICES

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
MAX_RECENT = 10
ZOOM_RANGE = (-4, 16)


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


@dataclass(frozen=True, kw_only=True)
class LabelStyle:
    name: str
    color: str  # "#rrggbb"
    key: str = ""  # a single key ("1"), or "" for none
    dark: str = ""  # the colour on a dark theme; "" derives one from ``color`` (see colours.on_dark)

    def color_for(self, dark: bool) -> str:
        return (self.dark or on_dark(self.color)) if dark else self.color


# The defaults live in resources/default-settings.json (one file, the same shape as the user's):
# Paul Tol's "light" and "pale" schemes (safe for the common colour-blindnesses) plus a light
# Okabe-Ito purple for LAW; black text stays readable on all of them (tests/test_palette.py).
_DEFAULTS = default_settings()
DEFAULT_LABELS: tuple[LabelStyle, ...] = tuple(LabelStyle(**item) for item in _DEFAULTS["labels"])
FALLBACK_COLOR = "#dddddd"
# The palette before issue 13 (pastels GPE/LOC and PERSON/LAW/NORP could not be told apart): a
# label still in its old default colour gets the new one when settings load; a colour the person
# chose is kept.
RETIRED_COLORS = {"PERSON": "#ffb3ba", "ORG": "#a8d8ff", "GPE": "#b5e8b0", "LOC": "#d4f0a0", "NORP": "#ffd8a8",
                  "DATE": "#e0c8ff", "EVENT": "#ffe98f", "MONEY": "#c8f0e8", "LAW": "#f0c8e0",
                  "WORK_OF_ART": "#d8d8c0", "PERCENT": "#c0e0d8", "FAC": "#e8d0b8", "PRODUCT": "#d0d8f0"}


@dataclass(frozen=True, kw_only=True)
class Settings:
    annotator: str = _DEFAULTS["annotator"]
    labels: tuple[LabelStyle, ...] = DEFAULT_LABELS
    font_size: int = _DEFAULTS["font_size"]
    zoom: int = 0  # Ctrl+= / Ctrl+-: points added to the text's and the tables' fonts
    show_rejected: bool = _DEFAULTS["show_rejected"]
    recent_files: tuple[str, ...] = ()
    geometry: str = ""  # base64 of QWidget.saveGeometry(), kept opaque
    splitter: str = ""
    first_run: bool = True
    annotator_asked: bool = False  # the name was asked for once (and maybe skipped)
    export_dir: str = ""  # where the last export went, and in which format
    export_format: str = ""
    theme: str = _DEFAULTS.get("theme", "system")  # "system" (follow the desktop), "light" or "dark"
    # workspace folder or URL -> its documents dock's layout (workspace_layout.py reads the values)
    workspace_docks: dict = field(default_factory=dict)

    def label(self, name: str) -> LabelStyle:
        for style in self.labels:
            if style.name == name:
                return style
        return LabelStyle(name=name, color=FALLBACK_COLOR)

    def hides(self, status: str) -> bool:
        """True if items with this status stay out of sight (rejected ones, while Show rejected is off)."""
        return status == "rejected" and not self.show_rejected

    @property
    def label_names(self) -> list[str]:
        return [style.name for style in self.labels]

    def label_for_key(self, key: str) -> LabelStyle | None:
        return next((style for style in self.labels if style.key and style.key == key), None)

    def with_recent(self, path: str) -> "Settings":
        recent = [path] + [p for p in self.recent_files if p != path]
        return replace(self, recent_files=tuple(recent[:MAX_RECENT]))


def _settings_from_dict(data: dict) -> Settings:
    defaults = Settings()
    values: dict = {}
    for name in ("annotator", "geometry", "splitter", "export_dir", "export_format"):
        if isinstance(data.get(name), str):
            values[name] = data[name]
    if data.get("theme") in THEME_CHOICES:
        values["theme"] = data["theme"]
    for name in ("show_rejected", "first_run", "annotator_asked"):
        if isinstance(data.get(name), bool):
            values[name] = data[name]
    if isinstance(data.get("zoom"), int) and ZOOM_RANGE[0] <= data["zoom"] <= ZOOM_RANGE[1]:
        values["zoom"] = data["zoom"]
    if isinstance(data.get("font_size"), int) and 6 <= data["font_size"] <= 48:
        values["font_size"] = data["font_size"]
    if isinstance(data.get("recent_files"), list):
        values["recent_files"] = tuple(p for p in data["recent_files"] if isinstance(p, str))[:MAX_RECENT]
    docks = data.get("workspace_docks")
    if isinstance(docks, dict):
        values["workspace_docks"] = {key: value for key, value in docks.items() if isinstance(value, dict)}
    labels = data.get("labels")
    if isinstance(labels, list):
        parsed = []
        for item in labels:
            if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"]:
                color = item.get("color") if isinstance(item.get("color"), str) else FALLBACK_COLOR
                key = item.get("key") if isinstance(item.get("key"), str) else ""
                dark = item.get("dark") if isinstance(item.get("dark"), str) else ""
                parsed.append(_migrated(LabelStyle(name=item["name"], color=color, key=key[:1], dark=dark)))
        if parsed:
            values["labels"] = tuple(parsed)
    return replace(defaults, **values)


def _migrated(style: LabelStyle) -> LabelStyle:
    """A label in its retired default colour takes today's default colours (light and dark)."""
    if RETIRED_COLORS.get(style.name, "").casefold() == style.color.casefold():
        default = next((d for d in DEFAULT_LABELS if d.name == style.name), None)
        if default is not None:
            return replace(style, color=default.color, dark=default.dark)
    return style


def load_settings(path: Path | None = None) -> Settings:
    path = path or config_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("%s: cannot read settings (%s); using defaults", path, error)
        return Settings()
    return _settings_from_dict(data) if isinstance(data, dict) else Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or config_dir() / SETTINGS_FILE
    data = asdict(settings)
    data["labels"] = [{k: v for k, v in asdict(style).items() if k != "dark" or v} for style in settings.labels]  # "": derived
    data["recent_files"] = list(settings.recent_files)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except (OSError, WriteError) as error:  # settings are a convenience: never fail the app over them
        log.warning("%s: cannot save settings (%s)", path, error)
