"""The whole session at a glance: a strip of coloured phases with a marker, and its overview.

:class:`Timeline` block widths are proportional to the phases' seconds. The blocks are painted
once into a pixmap (on a new plan, theme or size); each repaint only copies it, shades the past
and draws the marker, so a repaint per second costs next to nothing even for 50 rounds.
:class:`SessionOverview` puts "Round 2 of 4", "Next: ...", the session progress bar with the
time left, and the strip together.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from retrocoach.core.session import Snapshot, State
from retrocoach.core.workout import Plan, format_duration
from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.look.theme import DEFAULT_THEME, Theme, named, scaled_font
from retrocoach.ui.screen.countdown import ElidedLabel

_BAR_STEPS = 1000
_MARKER_HEAD = 7.0  # half-width of the marker's triangle, in pixels
_RADIUS = 6.0


class Timeline(QWidget):
    """Paints `plan`'s phases across its width, with a marker at workout time `position`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Session timeline"))
        self._plan: Plan | None = None
        self._theme = DEFAULT_THEME
        self._position: float | None = None
        self._strip: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 40)

    def set_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        self._position = None
        self._strip = None
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._strip = None
        self.update()

    def set_position(self, workout_time: float | None) -> None:
        """Where the marker goes (seconds on the workout axis); None hides it."""
        if workout_time != self._position:
            self._position = workout_time
            self.update()

    def position_x(self, workout_time: float) -> float:
        """The x coordinate of `workout_time` inside the strip."""
        bar = self._bar_rect()
        total = self._plan.total_seconds if self._plan is not None else 0
        share = min(max(workout_time / total, 0.0), 1.0) if total else 0.0
        return bar.left() + share * bar.width()

    def _bar_rect(self) -> QRectF:
        return QRectF(
            _MARKER_HEAD,
            6.0,
            max(1.0, self.width() - 2 * _MARKER_HEAD),
            max(1.0, self.height() - 12.0),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._strip = None

    def _paint_strip(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = self._bar_rect()
        clip = QPainterPath()
        clip.addRoundedRect(bar, _RADIUS, _RADIUS)
        painter.fillPath(clip, QColor(self._theme.surface))
        painter.setClipPath(clip)
        plan = self._plan
        if plan is not None and plan.total_seconds:
            scale = bar.width() / plan.total_seconds
            gap = 1.0 if bar.width() / max(1, len(plan.phases)) > 4 else 0.0
            for p in plan.phases:
                left = bar.left() + p.start * scale
                block = QRectF(left, bar.top(), max(1.0, p.seconds * scale - gap), bar.height())
                painter.fillRect(block, self._theme.phase_colour(p.phase))
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._strip is None or self._strip.size() != self.size() * self.devicePixelRatioF():
            self._strip = self._paint_strip()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._strip)
        if self._position is None or self._plan is None:
            return
        bar = self._bar_rect()
        x = self.position_x(self._position)
        clip = QPainterPath()
        clip.addRoundedRect(bar, _RADIUS, _RADIUS)
        painter.setClipPath(clip)
        past = QColor(self._theme.window)  # what is behind you fades into the background
        past.setAlpha(150)
        painter.fillRect(QRectF(bar.left(), bar.top(), x - bar.left(), bar.height()), past)
        painter.setClipping(False)
        marker = QColor(self._theme.text)
        painter.setPen(QPen(QColor(self._theme.window), 5.0))
        painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
        painter.setPen(QPen(marker, 3.0))
        painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(marker)
        head = QPolygonF(
            [
                QPointF(x - _MARKER_HEAD, 0.0),
                QPointF(x + _MARKER_HEAD, 0.0),
                QPointF(x, bar.top() + 2.0),
            ]
        )
        painter.drawPolygon(head)


class SessionOverview(QWidget):
    """Round i of n, the next phase, the session's progress and time left, and the strip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_label = named(plain(QLabel()), "round")
        self.next_label = named(ElidedLabel(Qt.AlignmentFlag.AlignRight, smallest=0.75), "next")
        self.session_bar = named(QProgressBar(textVisible=False), "sessionBar")
        self.session_bar.setMaximum(_BAR_STEPS)
        self.total_label = named(plain(QLabel(alignment=Qt.AlignmentFlag.AlignRight)), "total")
        self.timeline = Timeline()
        info, progress = QHBoxLayout(), QHBoxLayout()
        info.addWidget(self.round_label)
        info.addWidget(self.next_label, 1)
        progress.addWidget(self.session_bar, 1)
        progress.addWidget(self.total_label)
        self._rows = (info, progress)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(info)
        self._layout.addLayout(progress)
        self._layout.addWidget(self.timeline)

    def show_snapshot(self, snap: Snapshot, plan: Plan) -> None:
        state = snap.state
        if state is State.IDLE:
            self.round_label.setText(self.tr("%n round(s)", "", plan.rounds))
            self.total_label.setText(
                self.tr("{length} in all").format(length=format_duration(plan.total_seconds))
            )
            upcoming, word = (plan.phases[0] if plan.phases else None), self.tr("First: {phase}")
        else:
            left = format_duration(math.ceil(snap.total_remaining - 1e-9))
            self.round_label.setText(self._round_text(snap, plan.rounds))
            ended = state is State.FINISHED
            self.total_label.setText(
                self.tr("Session over")
                if ended
                else self.tr("Session: {left} left").format(left=left)
            )
            upcoming, word = snap.next_phase, self.tr("Next: {phase}")
        if state is State.FINISHED:
            self.next_label.setText("")
        elif upcoming is None:
            self.next_label.setText(self.tr("Next: finish"))
        else:
            self.next_label.set_text_keeping(
                word.format(phase=upcoming.name), f"  {format_duration(upcoming.seconds)}"
            )
        self.session_bar.setValue(round(snap.session_progress * _BAR_STEPS))
        self.timeline.set_position(None if state is State.IDLE else snap.workout_time)

    def show_info(self, shown: bool) -> None:
        """Show or hide the round and next-phase line (the panel shows them under way)."""
        self.round_label.setVisible(shown)
        self.next_label.setVisible(shown)

    def _round_text(self, snap: Snapshot, rounds: int) -> str:
        if snap.round is not None:
            return self.tr("Round {round} of {rounds}").format(round=snap.round, rounds=rounds)
        if snap.phase is not None and snap.phase.section == "warm_up":
            return self.tr("Warm-up")
        if snap.phase is not None and snap.phase.section == "cool_down":
            return self.tr("Cool-down")
        if snap.phase is not None:
            return ""
        return self.tr("%n round(s)", "", rounds)

    def rescale(self, scale: float) -> None:
        """Fonts and spacing for a window `scale` times 1280x800."""
        self._layout.setSpacing(round(12 * scale))
        for row in self._rows:
            row.setSpacing(round(14 * scale))
        for label in (self.round_label, self.next_label):
            label.setFont(scaled_font(32 * scale, bold=True))
        self.total_label.setFont(scaled_font(24 * scale, bold=True))
        self.session_bar.setFixedHeight(max(4, round(12 * scale)))
        self.timeline.setFixedHeight(max(20, round(40 * scale)))
