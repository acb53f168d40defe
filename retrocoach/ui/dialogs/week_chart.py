"""The weekly bar chart of backward minutes, drawn with QPainter (no QtCharts to load)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

from retrocoach.ui.look.dates import day_and_month, full_day
from retrocoach.ui.ops.history import WeekTotal

CHART_WEEKS = 26
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def chart_scale(largest: float) -> tuple[float, float]:
    """(top, step) of the minutes axis: a step of 1, 2 or 5 x 10^n, at most 5 steps, top >= 10."""
    value = max(largest, 10.0)
    magnitude = 10.0 ** math.floor(math.log10(value / 5))
    step = next(m * magnitude for m in (1, 2, 5, 10) if value / (m * magnitude) <= 5)
    return math.ceil(value / step) * step, step


class WeekChart(QWidget):
    """A bar chart of backward minutes per week, drawn with QPainter; a tooltip per bar."""

    BAR_COLOUR = QColor("#d97706")  # the warm hue of backward phases

    def __init__(self, weeks: Sequence[WeekTotal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(200)
        self.setMouseTracking(True)
        self.set_weeks(weeks)

    def set_weeks(self, weeks: Sequence[WeekTotal]) -> None:
        self.weeks = list(weeks)
        self.top, self.step = chart_scale(max((w.backward_minutes for w in self.weeks), default=0))
        self.setAccessibleName(self.tr("Backward minutes per week"))
        if self.weeks:
            best = max(self.weeks, key=lambda w: w.backward_minutes)
            description = self.tr(
                "%n week(s); this week {this} minutes; the most {most} minutes, week of {monday}",
                "",
                len(self.weeks),
            )
            self.setAccessibleDescription(
                description.format(
                    this=f"{self.weeks[-1].backward_minutes:.0f}",
                    most=f"{best.backward_minutes:.0f}",
                    monday=full_day(best.monday),
                )
            )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def plot_rect(self) -> QRectF:
        """Where the bars go (inside the axis labels)."""
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance(f"{self.top:.0f}") + 14
        top = metrics.height() + 12
        bottom = 2 * metrics.height() + 10
        return QRectF(
            left, top, max(1, self.width() - left - 8), max(1, self.height() - top - bottom)
        )

    def bar_rects(self) -> list[QRectF]:
        """One rectangle per week, oldest first; the height is proportional to the minutes."""
        area = self.plot_rect()
        slot = area.width() / max(1, len(self.weeks))
        gap = min(6.0, slot * 0.25)
        rects = []
        for number, week in enumerate(self.weeks):
            height = area.height() * week.backward_minutes / self.top
            x = area.left() + number * slot + gap / 2
            rects.append(QRectF(x, area.bottom() - height, slot - gap, height))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text, faint = (
            palette.color(QPalette.ColorRole.WindowText),
            QColor(palette.color(QPalette.ColorRole.Mid)),
        )
        area = self.plot_rect()
        metrics = self.fontMetrics()
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.tr("Backward minutes per week, last %n week(s)", "", len(self.weeks)),
        )
        steps = round(self.top / self.step)
        for step in range(steps + 1):  # gridlines and the minutes axis
            value = self.step * step
            y = area.bottom() - area.height() * step / steps
            painter.setPen(
                QPen(faint, 1, Qt.PenStyle.SolidLine if step == 0 else Qt.PenStyle.DotLine)
            )
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height())
            painter.drawText(label, _RIGHT, f"{value:g}")
        rects = self.bar_rects()
        painter.setPen(Qt.PenStyle.NoPen)
        for number, rect in enumerate(rects):
            colour = QColor(self.BAR_COLOUR)
            if number == len(rects) - 1:
                colour.setAlpha(150)  # this week: not over yet
            painter.setBrush(colour)
            if rect.height() > 0:
                painter.drawRoundedRect(rect.adjusted(0, 0, 0, 2), 2, 2)
        if not any(week.sessions for week in self.weeks):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("No sessions in these weeks")
            )
        self._draw_week_labels(painter, area, rects, text)
        painter.end()

    def _draw_week_labels(
        self, painter: QPainter, area: QRectF, rects: list[QRectF], colour: QColor
    ) -> None:
        """A date under every n-th bar (as many as fit), the year under the first of a year."""
        if not rects:
            return
        metrics = self.fontMetrics()
        slot = area.width() / len(rects)
        every = max(
            1, math.ceil((metrics.horizontalAdvance(day_and_month(date(2026, 9, 30))) + 10) / slot)
        )
        painter.setPen(colour)
        for number in range(len(rects) - 1, -1, -every):  # always label this week
            monday = self.weeks[number].monday
            centre, width = rects[number].center().x(), slot * every
            left = min(max(0.0, centre - width / 2), self.width() - width)  # inside the widget
            box = QRectF(left, area.bottom() + 4, width, metrics.height())
            align = Qt.AlignmentFlag.AlignHCenter
            if left + width / 2 < centre - 1:
                align = Qt.AlignmentFlag.AlignRight
            elif left + width / 2 > centre + 1:
                align = Qt.AlignmentFlag.AlignLeft
            painter.drawText(box, align, day_and_month(monday))
            older = number - every
            if older < 0 or self.weeks[older].monday.year != monday.year:  # first of its year
                painter.drawText(box.translated(0, metrics.height()), align, str(monday.year))

    def week_at(self, point: QPointF) -> WeekTotal | None:
        area = self.plot_rect()
        if not self.weeks or not area.left() <= point.x() < area.right():
            return None
        return self.weeks[int((point.x() - area.left()) / area.width() * len(self.weeks))]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        week = self.week_at(event.position())
        if week is None:
            QToolTip.hideText()
            return
        text = self.tr(
            "Week of {monday} ({label}): {minutes} backward minutes, %n session(s)",
            "",
            week.sessions,
        )
        QToolTip.showText(
            event.globalPosition().toPoint(),
            text.format(
                monday=full_day(week.monday),
                label=week.label,
                minutes=f"{week.backward_minutes:.0f}",
            ),
            self,
        )
