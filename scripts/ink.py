"""Heights measured from rendered pixels: the first glyph's ink in a part of a window.

The glance figures (``scripts/measure_screen.py``, ``tests/ui/screen/test_glance.py``) are
read from a grab of the whole window, not from font metrics: a pixel is ink when it is at
least half-way from the panel's background to the text's colour (in luminance). The first
glyph of a line is its first run of ink columns: the arrow of the banner, the ``0`` of the
digits, the ``R`` of ``ROUND``, the ``N`` of ``Next``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, qGray
from PySide6.QtWidgets import QWidget

#: A 15.6" 1920x1080 laptop: 396 mm over 2203 px of diagonal.
LAPTOP_MM_PER_PX = 396.24 / (1920**2 + 1080**2) ** 0.5
#: A capital needs about 35 mm to be read at 5 m (issue 16).
CAP_MM_AT_5M = 35.0
#: The screen each size stands for, by its diagonal in inches (the pixel density follows).
DIAGONALS = {(1920, 1080): 15.6, (1366, 768): 15.6, (1024, 600): 10.1, (1080, 1920): 21.5}


def mm_per_px(width: int, height: int) -> float:
    """Millimetres per pixel of the screen a size stands for (:data:`DIAGONALS`)."""
    inches = DIAGONALS.get((width, height), 15.6)
    return float(inches * 25.4 / (width**2 + height**2) ** 0.5)


@dataclass(frozen=True)
class Glyph:
    """A run of ink columns: its left and right x and its top and bottom y (inclusive)."""

    left: int
    right: int
    top: int
    bottom: int

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1


def _grey(colour: QColor) -> int:
    return qGray(QColor(colour).rgb())


def glyphs(image: QImage, area: QRect, ink: QColor, background: QColor) -> list[Glyph]:
    """The runs of ink columns inside `area` of `image`, left to right."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, data = grey.bytesPerLine(), bytes(grey.constBits())
    low, high = _grey(background), _grey(ink)
    if low == high:
        return []
    middle = (low + high) / 2
    dark_ink = high < low
    columns: list[tuple[int, int] | None] = []
    for x in range(area.left(), area.right() + 1):
        rows = [
            y
            for y in range(area.top(), area.bottom() + 1)
            if (data[y * stride + x] < middle) == dark_ink
        ]
        columns.append((rows[0], rows[-1]) if rows else None)
    found: list[Glyph] = []
    start: int | None = None
    for i, column in enumerate([*columns, None]):
        if column is not None and start is None:
            start = i
        elif column is None and start is not None:
            run = [c for c in columns[start:i] if c is not None]
            top, bottom = min(c[0] for c in run), max(c[1] for c in run)
            found.append(Glyph(area.left() + start, area.left() + i - 1, top, bottom))
            start = None
    return found


def part_glyphs(image: QImage, window: QWidget, part: QWidget, ink: QColor) -> list[Glyph]:
    """The glyphs of `part` in `image` (a grab of `window`), against the pixel left of them."""
    top_left = part.mapTo(window, part.rect().topLeft())
    area = QRect(top_left, part.size()).intersected(image.rect())
    background = image.pixelColor(area.left(), area.top())
    return glyphs(image, area, ink, background)
