"""The big countdown: ``mm:ss`` digits that fill the height they are given.

The font's pixel size follows the widget's size (:meth:`Countdown.resizeEvent`), so the digits
scale with the window; the layout gives the countdown most of the window's height. Digits are
tabular (every digit equally wide), so the text does not jitter as the seconds change.

The coloured panel around it is :class:`retrocoach.ui.screen.phase_panel.PhasePanel`; the
one-line :class:`ElidedLabel` lives here because the panel and the overview both use it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QWidget,
)

from retrocoach.core.workout import format_duration
from retrocoach.ui.look.plain_text import tooltip

#: Fonts with clear, bold, tabular digits; the first one installed wins. Condensed, so the
#: digits can reach a third of the window's height even in a 4:3 or 5:4 window.
COUNTDOWN_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]
#: How much of the widget's height the digits' ink fills (the rest is breathing room).
DIGIT_HEIGHT_SHARE = 0.94
#: How much of the widget's width the widest text may take.
WIDTH_SHARE = 0.98
_REFERENCE_PIXELS = 100


def format_countdown(seconds: int) -> str:
    """``mm:ss``; from an hour on ``h:mm:ss`` (a phase is at most 2 h, a session longer)."""
    return format_duration(seconds, pad_minutes=True)


def countdown_font(pixel_size: int = _REFERENCE_PIXELS) -> QFont:
    font = QFont()
    font.setFamilies(COUNTDOWN_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setWeight(QFont.Weight.Bold)
    font.setStretch(QFont.Stretch.Condensed)  # a condensed face, or a horizontal squeeze
    font.setPixelSize(max(1, pixel_size))
    font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits where the font has both kinds
    return font


class Countdown(QLabel):
    """A label showing whole seconds as ``mm:ss``, its font sized from its own height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Time left in this phase"))
        self._seconds = 0
        self._template = ""
        self.setFont(countdown_font())
        self.set_seconds(0)

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_seconds(self, seconds: int) -> None:
        text = format_countdown(seconds)
        self._seconds = seconds
        if text != self.text():
            self.setText(text)
        template = "".join("0" if c.isdigit() else c for c in text)
        if template != self._template:  # "09:59" -> "1:00:00" needs another size
            self._template = template
            self._fit()

    def digit_height(self) -> float:
        """The height in pixels of the digits' ink at the current font size."""
        return QFontMetricsF(self.font()).tightBoundingRect("0123456789").height()

    # The size hints must not follow the (huge) font, or the digits would push the window.
    def sizeHint(self) -> QSize:
        return QSize(320, 160)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Centre the digits' ink (not the line box, whose descent would push them up)."""
        metrics = QFontMetricsF(self.font())
        ink = metrics.tightBoundingRect("0123456789")
        text = self.text()
        x = (self.width() - metrics.horizontalAdvance(text)) / 2
        baseline = self.height() / 2 - (ink.top() + ink.height() / 2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QPointF(x, baseline), text)

    def height_for_width(self, width: int) -> int:
        """The height at which the digits would fill `width` (taller only adds space)."""
        metrics = QFontMetricsF(countdown_font(_REFERENCE_PIXELS))
        ink_height = metrics.tightBoundingRect("0123456789").height() or 1.0
        text_width = metrics.horizontalAdvance(self._template or "00:00") or 1.0
        return round(width * WIDTH_SHARE / text_width * ink_height / DIGIT_HEIGHT_SHARE)

    def _fit(self) -> None:
        if not self._template or self.width() <= 0 or self.height() <= 0:
            return
        metrics = QFontMetricsF(countdown_font(_REFERENCE_PIXELS))
        ink_height = metrics.tightBoundingRect("0123456789").height() or 1.0
        text_width = metrics.horizontalAdvance(self._template) or 1.0
        by_height = self.height() * DIGIT_HEIGHT_SHARE / ink_height
        by_width = self.width() * WIDTH_SHARE / text_width
        pixel_size = int(_REFERENCE_PIXELS * min(by_height, by_width))
        if pixel_size != self.font().pixelSize():
            self.setFont(countdown_font(pixel_size))


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit, instead of widening the window.

    With `smallest` below 1 the text first shrinks, down to that share of the font given by
    :meth:`setFont`, and ends in "…" only if it still does not fit: a German or French text
    a little longer than the English one stays whole.
    """

    def __init__(
        self, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, smallest: float = 1.0
    ) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # names and tips are text, not HTML
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full_text = ""
        self._tail = ""
        self._smallest = smallest
        self._base_font = QFont(self.font())

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        """The font the text has when it fits (it may shrink: see the class)."""
        self._base_font = QFont(font)
        super().setFont(font)
        self._elide()

    def full_text(self) -> str:
        return self._full_text

    def setText(self, text: str) -> None:
        self.set_text_keeping(text, "")

    def set_text_keeping(self, text: str, tail: str) -> None:
        """Show `text` + `tail`; only `text` is shortened, so `tail` (a duration) stays."""
        self._full_text, self._tail = text + tail, tail
        self.setToolTip(tooltip(self._full_text))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        if self.width() <= 0:
            super().setText(self._full_text)
            return
        self._shrink_to_fit()
        metrics = self.fontMetrics()
        head = self._full_text[: len(self._full_text) - len(self._tail)]
        room = self.width() - metrics.horizontalAdvance(self._tail)
        shown = metrics.elidedText(head, Qt.TextElideMode.ElideRight, max(0, room))
        super().setText(shown + self._tail)

    def _shrink_to_fit(self) -> None:
        """The base font, or a smaller one (down to `smallest`) in which the text fits."""
        if self._smallest >= 1.0:  # (the font is the caller's or the style sheet's)
            return
        font = QFont(self._base_font)
        need = QFontMetricsF(font).horizontalAdvance(self._full_text)
        if need > self.width() > 0:
            share = max(self._smallest, (self.width() - 1) / need)
            if font.pixelSize() > 0:
                font.setPixelSize(max(1, int(font.pixelSize() * share)))
            else:
                font.setPointSizeF(font.pointSizeF() * share)
        if font != self.font():
            super().setFont(font)  # (its FontChange calls _elide again: the same font then)
