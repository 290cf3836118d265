"""Render the application icon's PNG sizes from its SVG source (resources/icons/).

Run after editing the SVG:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_icons.py
Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) does it, so no other tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"{out}: cannot write")


def main() -> int:
    from annotator import APP_ID

    svg = ICONS / f"{APP_ID}.svg"
    for size in SIZES:
        out = ICONS / f"{size}x{size}" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        render(svg, size, out)
        print(out.relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
