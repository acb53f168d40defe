"""One line of big text sized by its capitals' height: it shrinks before it is cut.

The session panel gives the round and the next phase a cap height (a share of the digits'),
not a point size. A longer text (a long phase name, a German word) first gets a smaller font,
down to :data:`MIN_SHRINK` of the wanted cap height, and only then ends in "…".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from retrocoach.ui.look.plain_text import tooltip

#: The smallest font a line shrinks to, as a share of its wanted cap height, before eliding.
MIN_SHRINK = 0.5
#: The line's height over its cap height (room for descenders and a little air).
LINE_PER_CAP = 1.6
_REFERENCE_PIXELS = 100
#: How much of the width a line may take (its advance, a little wider than its ink: at
#: 1024x600 in full screen the next phase's width limits the digits).
_WIDTH_SHARE = 0.995


def line_font(pixel_size: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setStretch(QFont.Stretch.Condensed)  # more cap height for the same width
    return font


def cap_of(font: QFont) -> float:
    """The ink height of a capital ``H`` in `font`, in pixels."""
    return QFontMetricsF(font).tightBoundingRect("H").height()


class FitLine(QLabel):
    """A plain-text line whose capitals are :meth:`set_cap` pixels tall when the text fits."""

    def __init__(
        self,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._full_text = ""
        self._cap = 20.0
        self._max_lines = 1

    def sizeHint(self) -> QSize:
        return QSize(200, round(self._cap * LINE_PER_CAP))

    def full_text(self) -> str:
        return self._full_text

    def setText(self, text: str) -> None:
        if text != self._full_text:
            self._full_text = text
            self.setToolTip(tooltip(text))
            self._fit()

    def set_cap(self, cap: float) -> None:
        """The wanted cap height in pixels (the font is smaller only if the text is too wide)."""
        if abs(cap - self._cap) >= 0.5:
            self._cap = cap
            self._fit()

    def set_max_lines(self, count: int) -> None:
        """Allow the text to break onto a second line (at a space) when it does not fit one."""
        if count != self._max_lines:
            self._max_lines = count
            self._fit()

    def lines_needed(self, width: int) -> int:
        """1 when the text fits `width` at the wanted cap height, else 2."""
        return 1 if self._scale_for([self._full_text], width) >= 1.0 else 2

    def cap_for_width(self, width: int, line_count: int = 1) -> float:
        """The largest cap height at which the text fits `width` in `line_count` lines (one,
        or two broken as :meth:`set_max_lines` would); the layout sizes the digits by it."""
        lines = self._split() if line_count > 1 else [self._full_text]
        reference = line_font(_REFERENCE_PIXELS)
        widest = max(QFontMetricsF(reference).horizontalAdvance(line) for line in lines)
        return cap_of(reference) * max(1, width) * _WIDTH_SHARE / max(1.0, widest)

    def cap_height(self) -> float:
        """The cap height of the font the line is drawn with now."""
        return cap_of(self.font())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _scale_for(self, lines: list[str], width: int) -> float:
        """How much of the wanted size `lines` can have in `width` (1.0: all of it)."""
        reference = line_font(_REFERENCE_PIXELS)
        wanted = self._cap / (cap_of(reference) or 1.0) * _REFERENCE_PIXELS
        metrics = QFontMetricsF(reference)
        widest = max(metrics.horizontalAdvance(line) for line in lines) or 1.0
        return _REFERENCE_PIXELS * max(1, width) * _WIDTH_SHARE / widest / wanted

    def _split(self) -> list[str]:
        """The text in two lines, broken at the space that makes the longer one shortest."""
        words = self._full_text.split(" ")
        options = [
            [" ".join(words[:i]).strip(), " ".join(words[i:]).strip()] for i in range(1, len(words))
        ]
        if not options:
            return [self._full_text]
        return min(options, key=lambda pair: max(len(pair[0]), len(pair[1])))

    def _fit(self) -> None:
        room = max(1, self.width())
        lines = [self._full_text]
        if self._max_lines > 1 and self.lines_needed(room) > 1:
            lines = self._split()
        reference = line_font(_REFERENCE_PIXELS)
        wanted = self._cap / (cap_of(reference) or 1.0) * _REFERENCE_PIXELS
        share = min(1.0, self._scale_for(lines, room))
        if len(lines) > 1 and self.height() > 1:  # two lines (portrait) must fit its height
            spacing = QFontMetricsF(line_font(max(1, int(wanted)))).lineSpacing() or 1.0
            share = min(share, self.height() * 0.96 / (len(lines) * spacing))
        share = max(MIN_SHRINK, share)
        font = line_font(int(wanted * share))
        if font.pixelSize() != self.font().pixelSize():
            self.setFont(font)
        metrics = QFontMetricsF(font)
        shown = [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, float(room)) for line in lines
        ]
        super().setText("\n".join(shown))
