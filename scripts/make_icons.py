"""Render assets/desktop/retrocoach.svg into the PNG sizes desktops and Windows use.

Run by hand after changing the SVG: ``.venv/bin/python scripts/make_icons.py``. The PNGs are
committed, so installing needs no SVG renderer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "assets" / "desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(FOLDER / "retrocoach.svg"))
    if not renderer.isValid():
        print("the SVG does not render", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(FOLDER / f"retrocoach-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
