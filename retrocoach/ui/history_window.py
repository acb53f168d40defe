"""The history window (Ctrl+H): the sessions, totals and streak, a weekly chart, CSV export.

Built from a list of records (or :meth:`HistoryWindow.from_store`), so tests need no files.
It stays fast for a 10-year history: the table model formats only the rows on screen, rows
have a fixed height (nothing measures 5,000 rows), and the chart is painted with QPainter
from 26 numbers (no QtCharts to load).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.energy import format_estimate
from retrocoach.core.workout import format_duration
from retrocoach.storage.files import StorageError, atomic_write_text
from retrocoach.storage.history import HistoryStore, SessionRecord, csv_text
from retrocoach.storage.stats import WeekTotal, backward_minutes_per_week, current_streak, totals

COLUMNS = ("Date", "Workout", "Rounds", "Active", "Backwards", "Outcome", "Energy")
OUTCOME_LABELS = {"completed": "Completed", "stopped": "Stopped", "interrupted": "Interrupted"}
NO_ESTIMATE = "\u2014"
CHART_WEEKS = 26
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def error_colour(palette: QPalette) -> str:
    """A red that stands out on the window colour (light or dark theme)."""
    return "#fca5a5" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "#b91c1c"


def format_started(started_at: str) -> str:
    """``2024-05-03T18:30:00+02:00`` -> ``Fri 3 May 2024, 18:30`` (the local time recorded)."""
    moment = datetime.fromisoformat(started_at)
    return f"{moment:%a} {moment.day} {moment:%b %Y}, {moment:%H:%M}"


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
        self.setAccessibleName("Backward minutes per week")
        if self.weeks:
            best = max(self.weeks, key=lambda w: w.backward_minutes)
            self.setAccessibleDescription(
                f"{len(self.weeks)} weeks; this week {self.weeks[-1].backward_minutes:.0f} "
                f"minutes; the most {best.backward_minutes:.0f} minutes, week of {best.monday}"
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
            f"Backward minutes per week, last {len(self.weeks)} weeks",
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
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "No sessions in these weeks")
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
        every = max(1, math.ceil((metrics.horizontalAdvance("30 Sep") + 10) / slot))
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
            painter.drawText(box, align, f"{monday.day} {monday:%b}")
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
        sessions = "1 session" if week.sessions == 1 else f"{week.sessions} sessions"
        QToolTip.showText(
            event.globalPosition().toPoint(),
            f"Week of {week.monday:%d %b %Y} ({week.label}): "
            f"{week.backward_minutes:.0f} backward minutes, {sessions}",
            self,
        )


class HistoryModel(QAbstractTableModel):
    """The sessions, newest first; sortable by any column."""

    def __init__(
        self,
        records: Sequence[SessionRecord],
        body_weight_kg: float | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = list(reversed(records))  # the file is in time order
        self._show_kcal = body_weight_kg is not None

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self._records[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if 2 <= index.column() <= 4 else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return self._records[index.row()].workout_id
        return None

    def text(self, record: SessionRecord, column: int) -> str:
        """What a cell shows."""
        if column == 0:
            return format_started(record.started_at)
        if column == 1:
            return record.workout_name
        if column == 2:
            return f"{record.rounds_done}/{record.rounds_planned}"
        if column == 3:
            return format_duration(round(record.active_seconds))
        if column == 4:
            return format_duration(round(record.backward_seconds))
        if column == 5:
            return OUTCOME_LABELS[record.outcome]
        if self._show_kcal and record.kcal is not None:
            return format_estimate(record.kcal)
        return NO_ESTIMATE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            0: lambda r: r.started_at,
            1: lambda r: r.workout_name.casefold(),
            2: lambda r: (r.rounds_done, r.rounds_planned),
            3: lambda r: r.active_seconds,
            4: lambda r: r.backward_seconds,
            5: lambda r: r.outcome,
            6: lambda r: -1.0 if r.kcal is None else r.kcal,
        }
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        self._records.sort(key=keys[column], reverse=descending)
        self.layoutChanged.emit()


def summary_text(records: Sequence[SessionRecord], today: date) -> str:
    """ "12 sessions · 310 active minutes · 190 backward minutes · streak: 3 weeks"."""
    if not records:
        return "No sessions yet: each session you finish or stop is added here."
    total = totals(records)
    streak = current_streak(records, today)
    if streak == 0:
        run = "no current streak (a completed session this week starts one)"
    else:
        run = f"{streak} week{'' if streak == 1 else 's'} in a row with a completed session"
    return (
        f"{total.sessions:,} session{'' if total.sessions == 1 else 's'} \u00b7 "
        f"{math.floor(total.active_minutes + 0.5):,} active minutes \u00b7 "
        f"{math.floor(total.backward_minutes + 0.5):,} backward minutes \u00b7 "
        f"streak: {run}"
    )


class HistoryWindow(QDialog):
    """Sessions table, totals, the weekly chart and "Export CSV…"; a plain, modeless dialog."""

    exported = Signal(object)  # the Path written

    def __init__(
        self,
        records: Sequence[SessionRecord],
        body_weight_kg: float | None = None,
        *,
        messages: Sequence[str] = (),
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("History")
        self.records = list(records)
        today = today or date.today()

        self.summary = QLabel(summary_text(self.records, today))
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.chart = WeekChart(backward_minutes_per_week(self.records, today, CHART_WEEKS))
        self.model = HistoryModel(self.records, body_weight_kg, self)
        self.table = self._make_table()
        self.status = QLabel("\n".join(messages))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(bool(messages))

        self.export_button = QPushButton("&Export CSV\u2026")
        self.export_button.setEnabled(bool(self.records))
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 720)

    @classmethod
    def from_store(
        cls,
        store: HistoryStore,
        body_weight_kg: float | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> HistoryWindow:
        """Load the history file (lines that cannot be read are reported in the window)."""
        records, messages = store.load()
        return cls(records, body_weight_kg, messages=messages, today=today, parent=parent)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName("Sessions")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        samples = ("Wed 30 Sep 2026, 18:30", "", "10/10", "1:00:00", "1:00:00", "Interrupted")
        metrics = self.fontMetrics()
        for column, sample in enumerate(samples):
            if sample:
                table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        table.setColumnWidth(6, metrics.horizontalAdvance("about 1000 kcal (estimate)") + 24)
        table.setSortingEnabled(True)
        return table

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Ask for a file (unless `path` is given) and write every session as CSV."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                "Export the history as CSV",
                str(Path.home() / "retrocoach-history.csv"),
                "CSV files (*.csv);;All files (*)",
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".csv")
        try:
            atomic_write_text(path, csv_text(self.records))
        except StorageError as error:
            self._tell(f"The history was not exported: {error}", problem=True)
            return None
        self._tell(f"Exported {len(self.records):,} sessions to {path}.")
        self.exported.emit(path)
        return path

    def _tell(self, message: str, problem: bool = False) -> None:
        self.status.setText(message)
        red = error_colour(self.palette())
        self.status.setStyleSheet(f"color: {red}; font-weight: bold;" if problem else "")
        self.status.show()
