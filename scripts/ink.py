"""Heights measured from rendered pixels: the first glyph's ink in a part of a window.

The glance figures (``scripts/measure_screen.py``, ``tests/ui/screen/test_glance.py``) are
read from a grab of the whole window, not from font metrics: a pixel is ink when it is at
least half-way from the panel's background to the text's colour (in luminance). The first
glyph of a line is its first run of ink columns: the arrow of the banner, the ``0`` of the
digits, the ``R`` of ``ROUND``, the ``N`` of ``Next``; lines are runs of rows with ink (the
banner may put its arrow, or its pace, on a line of its own). The accents above capitals
(``RÜCKWÄRTS``, ``ATRÁS``) are a run of rows of their own: :func:`part_lines` leaves them out.
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


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of True in `flags`."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def lines_of_glyphs(
    image: QImage, area: QRect, ink: QColor, background: QColor
) -> list[list[Glyph]]:
    """The glyphs inside `area` of `image`, line by line (runs of rows with ink), each line
    left to right (runs of columns with ink inside the line's rows)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, data = grey.bytesPerLine(), bytes(grey.constBits())
    low, high = _grey(background), _grey(ink)
    if low == high:
        return []
    middle, dark_ink = (low + high) / 2, high < low
    xs = range(area.left(), area.right() + 1)

    def is_ink(x: int, y: int) -> bool:
        return (data[y * stride + x] < middle) == dark_ink

    ys = list(range(area.top(), area.bottom() + 1))
    row_ink = [any(is_ink(x, y) for x in xs) for y in ys]
    found: list[list[Glyph]] = []
    for first, last in _runs(row_ink):
        band = ys[first : last + 1]
        columns = [[y for y in band if is_ink(x, y)] for x in xs]
        line = []
        for left, right in _runs([bool(c) for c in columns]):
            run = columns[left : right + 1]
            top, bottom = min(c[0] for c in run if c), max(c[-1] for c in run if c)
            line.append(Glyph(area.left() + left, area.left() + right, top, bottom))
        found.append(line)
    return found


def part_lines(image: QImage, window: QWidget, part: QWidget, ink: QColor) -> list[list[Glyph]]:
    """The glyphs of `part` in `image` (a grab of `window`), line by line, against the
    colour at the part's top left corner; without lines under a third as tall as the
    tallest (the accents above a line of capitals)."""
    top_left = part.mapTo(window, part.rect().topLeft())
    area = QRect(top_left, part.size()).intersected(image.rect())
    background = image.pixelColor(area.left(), area.top())
    lines = lines_of_glyphs(image, area, ink, background)
    heights = [max(g.bottom for g in line) - min(g.top for g in line) + 1 for line in lines]
    tallest = max(heights, default=0)
    return [line for line, h in zip(lines, heights, strict=True) if 3 * h >= tallest]
