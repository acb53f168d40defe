"""The direction mark: an arrow plus ``BACKWARDS`` / ``FORWARDS`` and the pace word.

After the time left, the direction is the one fact a runner must get at a glance, so this is
the second-largest thing on screen. The words come from the phase's direction and pace (never
from its name, which the user writes and which may be cut). The text is painted, sized from
the widget's height: its cap height is :data:`CAP_SHARE` of the height, smaller only when the
line would not fit the width. A narrow (portrait) widget puts the last word (the pace in
English, the direction in French: the order is the language's, ``theme.phase_words``) on a
second line instead of shrinking the text.

The arrow points left for backwards (against the reading direction, as the Back key's ←)
and right for forwards; it is drawn, not a font glyph, so it looks the same with every font,
and it is a second, colour-free sign of the direction next to the word.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from retrocoach.core.workout import Direction

#: The cap height of the words as a share of the widget's height (one line).
CAP_SHARE = 0.78
#: How much of the widget's width the widest line may take. The painted ink spans exactly the
#: measured line (tight bounding boxes), so a little slack is enough: at 1024x600 the banner's
#: width limits the digits, and each percent here is one of theirs.
WIDTH_SHARE = 0.985
#: The gap between the words, in cap heights.
_GAP = 0.3
FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]


def banner_font(pixel_size: int) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setWeight(QFont.Weight.Black)
    font.setStretch(QFont.Stretch.Condensed)  # more cap height for the same width
    font.setPixelSize(max(1, pixel_size))
    return font


def lines_height(count: int) -> float:
    """The height of `count` lines of words, in cap heights (0.3 of a cap between lines)."""
    return count + 0.3 * (count - 1)


def cap_height(font: QFont) -> float:
    """The height of a capital's ink (``H``) in pixels."""
    return QFontMetricsF(font).tightBoundingRect("H").height()


class DirectionBanner(QWidget):
    """Paints an arrow for `direction`, then `words` (e.g. ``["BACKWARDS", "JOG"]``).

    With `direction` None there is no arrow (``GET READY``): the words alone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directionBanner")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self._direction: Direction | None = None
        self._words: list[str] = []
        self._colour = QColor("#ffffff")
        self._font = banner_font(40)
        self._lines: list[list[str]] = []
        self._line_count: int | None = None  # None: one or two lines, whichever is bigger

    def sizeHint(self) -> QSize:
        return QSize(400, 80)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, 20)

    def set_content(self, direction: Direction | None, words: list[str]) -> None:
        if (direction, words) != (self._direction, self._words):
            self._direction, self._words = direction, list(words)
            self.setAccessibleName(" ".join(words))
            self._fit()
            self.update()

    def set_colour(self, colour: QColor) -> None:
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def text(self) -> str:
        return " ".join(self._words)

    def direction(self) -> Direction | None:
        return self._direction

    def text_cap_height(self) -> float:
        """The cap height of the words as painted now, in pixels."""
        return cap_height(self._font) if self._words else 0.0

    def line_count(self) -> int:
        return len(self._lines)

    def set_line_count(self, count: int | None) -> None:
        """Force one or two lines (the session panel decides with the digits), or None."""
        if count != self._line_count:
            self._line_count = count
            self._fit()
            self.update()

    def cap_for_width(self, width: float, line_count: int) -> float:
        """The largest cap height at which the words fit `width` in `line_count` lines."""
        lines = self._split(line_count)
        if not lines:
            return 0.0
        reference = banner_font(100)
        widest = max(self._line_width(words, reference, i == 0) for i, words in enumerate(lines))
        return WIDTH_SHARE * width * cap_height(reference) / max(1.0, widest)

    def resizeEvent(self, event: object) -> None:
        self._fit()

    def _split(self, line_count: int) -> list[list[str]]:
        """The words in `line_count` lines: the last word on a line of its own, then (three) the
        arrow alone above the direction (a tall, narrow portrait panel)."""
        if line_count >= 3 and self._direction is not None and len(self._words) > 1:
            return [[], self._words[:-1], self._words[-1:]]
        if line_count >= 2 and len(self._words) > 1:
            return [self._words[:-1], self._words[-1:]]
        return [self._words] if self._words else []

    # --- fitting ----------------------------------------------------------------------------

    def _line_width(self, words: list[str], font: QFont, first: bool) -> float:
        metrics = QFontMetricsF(font)
        cap = cap_height(font)
        width = sum(metrics.tightBoundingRect(word).width() for word in words)
        width += _GAP * cap * max(0, len(words) - 1)
        if first and self._direction is not None:
            width += cap * (1.0 + _GAP) if words else cap  # the arrow, a gap if words follow
        return width

    def _fit(self) -> None:
        """The largest font for one line; two lines if that makes the text bigger."""
        if not self._words or self.width() <= 0 or self.height() <= 0:
            self._lines = [self._words] if self._words else []
            return
        counts = [self._line_count] if self._line_count is not None else [1, 2]
        layouts = [self._split(n) for n in counts]
        best: tuple[float, QFont, list[list[str]]] | None = None
        for lines in layouts:
            font = self._font_for(lines)
            cap = cap_height(font)
            if best is None or cap > best[0] * 1.15:  # two lines only when clearly bigger
                best = (cap, font, lines)
        assert best is not None
        _, self._font, self._lines = best

    def _font_for(self, lines: list[list[str]]) -> QFont:
        reference = banner_font(100)
        ref_cap = cap_height(reference) or 1.0
        by_height = CAP_SHARE * self.height() / lines_height(len(lines))
        cap = min(by_height, self.cap_for_width(self.width(), len(lines)))
        return banner_font(int(100 * cap / ref_cap))

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._lines:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        painter.setPen(self._colour)
        metrics = QFontMetricsF(self._font)
        cap = cap_height(self._font)
        line_gap = 0.3 * cap
        block = len(self._lines) * cap + (len(self._lines) - 1) * line_gap
        top = (self.height() - block) / 2
        for i, words in enumerate(self._lines):
            x = (self.width() - self._line_width(words, self._font, i == 0)) / 2
            x = max(0.0, x)
            baseline = top + cap + i * (cap + line_gap)
            if i == 0 and self._direction is not None:
                self._paint_arrow(painter, QRectF(x, baseline - cap, cap, cap))
                x += cap * (1.0 + _GAP)
            for word in words:
                ink = metrics.tightBoundingRect(word)
                painter.drawText(QPointF(x - ink.left(), baseline), word)
                x += ink.width() + _GAP * cap

    def _paint_arrow(self, painter: QPainter, box: QRectF) -> None:
        """A solid arrow filling `box`: left for backwards, right for forwards."""
        backward = self._direction is Direction.BACKWARD
        w, h = box.width(), box.height()
        shaft = w * 0.36
        head = h * 0.5
        points = [
            (0.5 * w - shaft / 2, 0.0),
            (0.5 * w + shaft / 2, 0.0),
            (0.5 * w + shaft / 2, h - head),
            (w, h - head),
            (0.5 * w, h),
            (0.0, h - head),
            (0.5 * w - shaft / 2, h - head),
        ]
        # drawn pointing down, then turned: left (backwards) or right (forwards)
        points = [(h - y, x) if backward else (y, x) for x, y in points]
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawPolygon(QPolygonF([QPointF(box.left() + x, box.top() + y) for x, y in points]))
        painter.restore()
