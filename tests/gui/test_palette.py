"""The default label palette stays apart for normal and colour-blind eyes (CIEDE76 in CIELAB, after
Machado et al. 2009 simulation of full protanopia, deuteranopia and tritanopia), keeps black text
readable, and the current-item colour is far from every label."""

from __future__ import annotations

import itertools

import os
import shutil

import pytest
from PySide6.QtCore import Qt

from annotator.packaged import default_settings
from annotator.gui.article_view import CURRENT

# Machado, Oliveira & Fernandes 2009, severity 1.0, applied in linear RGB.
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
# Pairs that were near-identical before and that annotators confuse most (issue 13, gap 18).
CRITICAL = [("GPE", "LOC"), ("PERSON", "LAW"), ("PERSON", "NORP"), ("LAW", "NORP")]


def _linear(hex_colour: str) -> tuple[float, float, float]:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return tuple(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)


def _lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, c)) for c in linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _seen(hex_colour: str, simulation: str) -> tuple[float, float, float]:
    rgb = _linear(hex_colour)
    matrix = SIMULATIONS[simulation]
    return _lab(tuple(sum(m * c for m, c in zip(row, rgb)) for row in matrix))


def _distance(a: str, b: str, simulation: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(_seen(a, simulation), _seen(b, simulation))) ** 0.5


def _contrast_with_black(hex_colour: str) -> float:
    r, g, b = _linear(hex_colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return (luminance + 0.05) / 0.05


COLOURS = {label["name"]: label["color"] for label in default_settings()["labels"]}
DARK_COLOURS = {label["name"]: label["dark"] for label in default_settings()["labels"]}
KEYED = [label["name"] for label in default_settings()["labels"] if label["key"]]
DARK_TEXT = "#f0f0f0"  # the dark theme's text colour (measured on the window below)
DARK_BASE = "#1e1e1e"  # and its page colour


def _contrast(a: str, b: str) -> float:
    def luminance(colour):
        r, g, b_ = _linear(colour)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("simulation", sorted(SIMULATIONS))
def test_labels_on_number_keys_stay_apart(simulation):
    for a, b in itertools.combinations(KEYED, 2):
        assert _distance(COLOURS[a], COLOURS[b], simulation) > 10, (a, b, simulation)


@pytest.mark.parametrize("simulation", sorted(SIMULATIONS))
def test_the_confusable_pairs_are_clearly_distinct(simulation):
    for a, b in CRITICAL:
        assert _distance(COLOURS[a], COLOURS[b], simulation) > 20, (a, b, simulation)


def test_black_text_is_readable_on_every_label():
    for name, colour in COLOURS.items():
        assert _contrast_with_black(colour) >= 7, name  # WCAG AAA for normal text


@pytest.mark.parametrize("simulation", sorted(SIMULATIONS))
def test_the_current_item_colour_is_far_from_every_label(simulation):
    current = CURRENT.name()
    for name, colour in COLOURS.items():
        assert _distance(current, colour, simulation) > 30, (name, simulation)


def test_the_current_item_is_painted_in_the_current_colour_with_white_text(qtbot, open_window, seed_copy, tmp_path):
    window = open_window(seed_copy)
    view = window.panels["entities"].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: bool(window.article.extraSelections()))
    outlined = window.article.extraSelections()[0]
    assert outlined.cursor.hasSelection()
    assert outlined.format.background().color() == CURRENT
    assert outlined.format.foreground().color().name() == "#ffffff"
    window.grab().save(str(tmp_path / "palette.png"))  # looked at while building: PALETTE_SHOT=1 keeps a copy
    if os.environ.get("PALETTE_SHOT"):
        shutil.copyfile(tmp_path / "palette.png", os.environ["PALETTE_SHOT"])


# -- the dark theme's variant of the palette --------------------------------------------------

@pytest.mark.parametrize("simulation", sorted(SIMULATIONS))
def test_dark_labels_on_number_keys_stay_apart_and_off_the_page(simulation):
    for a, b in itertools.combinations(KEYED, 2):
        assert _distance(DARK_COLOURS[a], DARK_COLOURS[b], simulation) > 10, (a, b, simulation)
    for a, b in CRITICAL:
        assert _distance(DARK_COLOURS[a], DARK_COLOURS[b], simulation) > 20, (a, b, simulation)
    for name in KEYED:  # a highlight that melts into the page is no highlight
        assert _distance(DARK_COLOURS[name], DARK_BASE, simulation) > 10, (name, simulation)


def test_light_text_is_readable_on_every_dark_label():
    for name, colour in DARK_COLOURS.items():
        assert _contrast(colour, DARK_TEXT) >= 4.5, name  # WCAG AA: 7:1 leaves dark colours too alike


@pytest.mark.parametrize("simulation", sorted(SIMULATIONS))
def test_the_dark_current_item_colour_is_far_from_every_dark_label(simulation):
    from annotator.gui.theme import DARK

    for name, colour in DARK_COLOURS.items():
        assert _distance(DARK.current, colour, simulation) > 30, (name, simulation)
    assert _contrast(DARK.current, DARK.current_text) >= 7


def test_a_colour_of_ones_own_gets_a_readable_dark_variant():
    from annotator.gui.settings import LabelStyle

    for colour in ("#ffff00", "#ffffff", "#00ff00", "#ff88cc", "teal", "#fff"):
        dark = LabelStyle(name="MINE", color=colour).color_for(dark=True)
        assert _contrast(dark, DARK_TEXT) >= 4.5, colour


def test_the_dark_window_paints_dark_labels_under_light_text(qtbot, open_window, seed_copy, tmp_path):
    from dataclasses import replace

    from PySide6.QtGui import QPalette

    window = open_window(seed_copy)
    window.set_settings(replace(window.settings, theme="dark"))
    article = window.article
    assert article.palette().color(QPalette.ColorRole.Base).name() == DARK_BASE
    assert article.palette().color(QPalette.ColorRole.Text).name() == DARK_TEXT
    painted = set()
    block = article.document().begin()
    while block.isValid():
        painted |= {r.format.background().color().name() for r in block.layout().formats()
                    if r.format.background().style() != Qt.BrushStyle.NoBrush}
        block = block.next()
    labels = {window.doc.entities[0].label, "GPE", "PERSON"}
    assert {DARK_COLOURS[name] for name in labels} <= painted
    assert not painted & set(COLOURS.values())  # no light pastel left under the light text
    view = window.panels["entities"].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: bool(article.extraSelections()))
    from annotator.gui.theme import DARK
    assert article.extraSelections()[0].format.background().color().name() == DARK.current
    window.grab().save(str(tmp_path / "dark.png"))
    if os.environ.get("PALETTE_SHOT"):
        shutil.copyfile(tmp_path / "dark.png", os.environ["PALETTE_SHOT"].replace(".png", "-dark.png"))
    window.set_settings(replace(window.settings, theme="light"))  # the next test's window starts light
    assert article.palette().color(QPalette.ColorRole.Base).lightness() > 200
