"""The big countdown (``mm:ss`` digits that fill the height they are given) and its panel.

The font's pixel size follows the widget's size (:meth:`Countdown.resizeEvent`), so the digits
scale with the window; the layout gives the countdown most of the window's height. Digits are
tabular (every digit equally wide), so the text does not jitter as the seconds change.

:class:`PhasePanel` is the coloured panel around it: what to do now in words ("BACKWARDS ·
JOG", the phase name) and colour, the countdown, the voice caption and the phase progress.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.session import Outcome, Snapshot, State
from retrocoach.core.workout import Plan, format_duration
from retrocoach.ui.theme import (
    DEFAULT_THEME,
    Theme,
    named,
    panel_style_sheet,
    phase_tag,
    scaled_font,
)

#: Fonts with clear, bold, tabular digits; the first one installed wins. Condensed, so the
#: digits can reach a third of the window's height even in a 4:3 or 5:4 window.
COUNTDOWN_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]
#: How much of the widget's height the digits' ink fills (the rest is breathing room).
DIGIT_HEIGHT_SHARE = 0.94
#: How much of the widget's width the widest text may take.
WIDTH_SHARE = 0.98
_REFERENCE_PIXELS = 100
_BAR_STEPS = 1000
_HINTS = {
    State.IDLE: "Press Space to start",
    State.PAUSED: "PAUSED · Space to resume",
    State.FINISHED: "Space to go again",
}


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
        self.setAccessibleName("Time left in this phase")
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
    """One line that ends in "…" when it does not fit, instead of widening the window."""

    def __init__(self, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        super().__init__()
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full_text = ""

    def full_text(self) -> str:
        return self._full_text

    def setText(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._full_text, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown if self.width() > 0 else self._full_text)


class PhasePanel(QFrame):
    """The big coloured panel: it shows a snapshot in words and colour, and decides nothing."""

    def __init__(self, theme: Theme = DEFAULT_THEME, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._theme = theme
        self._colour, self._dimmed, self._scale = theme.idle, False, 1.0
        self._style_key: tuple[object, ...] = ()
        self.tag_label = named(QLabel(), "tag")
        self.hint_label = named(QLabel(alignment=Qt.AlignmentFlag.AlignRight), "hint")
        self.name_label = named(ElidedLabel(), "phaseName")
        self.countdown = Countdown()
        self.caption_label = named(
            QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter), "caption"
        )
        self.progress = named(QProgressBar(textVisible=False), "phaseBar")
        self.progress.setMaximum(_BAR_STEPS)
        top = QHBoxLayout()
        top.addWidget(self.tag_label)
        top.addStretch(1)
        top.addWidget(self.hint_label)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.name_label)
        self._layout.addWidget(self.countdown, 1)
        self._layout.addWidget(self.caption_label)
        self._layout.addWidget(self.progress)
        self.rescale(1.0)

    def show_snapshot(self, snap: Snapshot, plan: Plan) -> None:
        """Words, colour, countdown and phase progress for `snap` (a snapshot of `plan`)."""
        theme, state, phase = self._theme, snap.state, snap.phase
        seconds = snap.displayed_seconds
        if state is State.IDLE:  # the chosen workout and its length
            colour, tag, name, seconds = theme.idle, "READY", plan.workout.name, plan.total_seconds
        elif state is State.FINISHED:
            done = snap.outcome is Outcome.COMPLETED
            colour, tag = (theme.done, "WELL DONE") if done else (theme.stopped, "SESSION ENDED")
            name, seconds = ("Done" if done else "Stopped"), 0
        elif phase is None:  # the lead-in, moving or paused
            colour, tag, name = theme.lead_in, "CHECK THE PATH BEHIND YOU", "Get ready"
        else:
            colour, tag = theme.phase_colour_name(phase.phase), phase_tag(phase.phase)
            name = phase.name
        self._colour, self._dimmed = colour, state is State.PAUSED
        self._restyle()
        self.tag_label.setText(tag)
        self.hint_label.setText(_HINTS.get(state, ""))
        self.name_label.setText(name)
        self.countdown.set_seconds(seconds)
        self.progress.setValue(round(snap.phase_progress * _BAR_STEPS))

    def show_caption(self, text: str) -> None:
        self.caption_label.setText(text)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._restyle()

    def rescale(self, scale: float) -> None:
        """Fonts and spacing for a window `scale` times 1280x800 (the countdown fits itself)."""
        self._scale = scale

        def px(value: float) -> int:
            return max(2, round(value * scale))

        self._layout.setContentsMargins(px(32), px(18), px(32), px(22))
        self._layout.setSpacing(px(4))
        self.tag_label.setFont(scaled_font(26 * scale, bold=True))
        self.hint_label.setFont(scaled_font(22 * scale, bold=True))
        self.name_label.setFont(scaled_font(54 * scale, bold=True))
        self.caption_label.setFont(scaled_font(26 * scale))
        self.caption_label.setMinimumHeight(px(39))
        self.progress.setFixedHeight(px(12))
        self._restyle()

    def _restyle(self) -> None:
        key = (self._theme, self._colour, self._dimmed, self._scale)
        if key != self._style_key:  # style sheets are costly: only when something changed
            self._style_key = key
            self.setStyleSheet(
                panel_style_sheet(self._theme, self._colour, self._dimmed, self._scale)
            )
