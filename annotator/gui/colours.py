"""Colour arithmetic for the label palettes: WCAG contrast and a dark-theme variant of a colour."""

from __future__ import annotations

import colorsys

from PySide6.QtGui import QColor

from .theme import DARK

DARK_TEXT = DARK.text  # the article's text on the dark theme
MIN_CONTRAST_ON_DARK = 4.5  # WCAG AA; the dark default palette is tested against it


def _channels(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def luminance(hex_colour: str) -> float:
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _channels(hex_colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


def on_dark(hex_colour: str) -> str:
    """A colour of the same hue dark enough for light text (a label colour the person chose has
    no dark variant of its own): lightness lowered until the text reaches WCAG AA."""
    parsed = QColor(hex_colour)  # any colour name Qt reads ("#fff", "teal"), as the preferences accept
    if not parsed.isValid():
        return "#404040"
    hue, _lightness, saturation = colorsys.rgb_to_hls(*_channels(parsed.name()))
    lightness = 0.34
    while True:
        rgb = colorsys.hls_to_rgb(hue, lightness, min(saturation, 0.6))
        colour = "#" + "".join(f"{round(c * 255):02x}" for c in rgb)
        if contrast(colour, DARK_TEXT) >= MIN_CONTRAST_ON_DARK or lightness <= 0.05:
            return colour
        lightness -= 0.02
