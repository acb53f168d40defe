"""The history window (Ctrl+H): the sessions, totals and streak, a weekly chart, CSV export.

Built from a list of records (or :meth:`HistoryWindow.from_store`), so tests need no files.
It stays fast for a 10-year history: the table model formats only the rows on screen, rows
have a fixed height (nothing measures 5,000 rows), and the chart is painted with QPainter
from 26 numbers (no QtCharts to load).
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.energy import estimate_text
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.workout import format_elapsed
from retrocoach.ui.dialogs.progress_text import progress_text
from retrocoach.ui.dialogs.week_chart import CHART_WEEKS, WeekChart
from retrocoach.ui.i18n import render, render_problem
from retrocoach.ui.look.dates import moment
from retrocoach.ui.look.geometry import fit_dialog
from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.ops.history import (
    HistoryStore,
    SessionRecord,
    backward_minutes_per_week,
    current_streak,
    export_csv,
    totals,
)
from retrocoach.ui.problems import show_on_label

# Words marked for the catalogue here, translated where they are shown (context HistoryModel).
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    QT_TRANSLATE_NOOP("HistoryModel", "Workout"),
    QT_TRANSLATE_NOOP("HistoryModel", "Rounds"),
    QT_TRANSLATE_NOOP("HistoryModel", "Active"),
    QT_TRANSLATE_NOOP("HistoryModel", "Backwards"),
    QT_TRANSLATE_NOOP("HistoryModel", "Outcome"),
    QT_TRANSLATE_NOOP("HistoryModel", "Energy"),
)
OUTCOME_LABELS = {
    "completed": QT_TRANSLATE_NOOP("HistoryModel", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("HistoryModel", "Stopped"),
    "interrupted": QT_TRANSLATE_NOOP("HistoryModel", "Interrupted"),
}
NO_ESTIMATE = "\u2014"
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def format_started(started_at: str) -> str:
    """``2024-05-03T18:30:00+02:00`` -> ``Fri 3 May 2024, 18:30`` (the local time recorded)."""
    return moment(datetime.fromisoformat(started_at))


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
            return self.tr(COLUMNS[section])
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
            return format_elapsed(record.active_seconds)
        if column == 4:
            return format_elapsed(record.backward_seconds)
        if column == 5:
            return self.tr(OUTCOME_LABELS[record.outcome])
        if self._show_kcal and record.kcal is not None:
            estimate = estimate_text(record.kcal)
            return "" if estimate is None else render(estimate)
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
        return QCoreApplication.translate(
            "HistoryWindow", "No sessions yet: each session you finish or stop is added here."
        )
    total = totals(records)
    streak = current_streak(records, today)
    translate = QCoreApplication.translate
    if streak == 0:
        run = translate(
            "HistoryWindow", "no current streak (a completed session this week starts one)"
        )
    else:
        run = translate(
            "HistoryWindow", "%n week(s) in a row with a completed session", None, streak
        )
    sessions = total.sessions
    active = math.floor(total.active_minutes + 0.5)
    backward = math.floor(total.backward_minutes + 0.5)
    return " \u00b7 ".join(
        [
            translate("HistoryWindow", "%n session(s)", None, sessions),
            translate("HistoryWindow", "%n active minute(s)", None, active),
            translate("HistoryWindow", "%n backward minute(s)", None, backward),
            translate("HistoryWindow", "streak: {run}").format(run=run),
        ]
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
        self.setWindowTitle(self.tr("History"))
        self.records = list(records)
        today = today or date.today()

        self.summary = plain(QLabel(summary_text(self.records, today)))
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.progress = plain(QLabel(progress_text(self.records)))  # best run, effort over time
        self.progress.setWordWrap(True)
        self.progress.setVisible(bool(self.progress.text()))
        self.chart = WeekChart(backward_minutes_per_week(self.records, today, CHART_WEEKS))
        self.model = HistoryModel(self.records, body_weight_kg, self)
        self.table = self._make_table()
        self.status = plain(QLabel("\n".join(messages)))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(bool(messages))

        self.export_button = QPushButton(self.tr("&Export CSV\u2026"))
        self.export_button.setEnabled(bool(self.records))
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(900, 720))  # smaller on a small screen: the table scrolls

    @classmethod
    def from_store(
        cls,
        store: HistoryStore,
        body_weight_kg: float | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> HistoryWindow:
        """Load the history file (lines that cannot be read are reported in the window)."""
        records, problems = store.load()
        messages = [render_problem(problem) for problem in problems]
        return cls(records, body_weight_kg, messages=messages, today=today, parent=parent)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Sessions"))
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
                self.tr("Export the history as CSV"),
                str(Path.home() / "retrocoach-history.csv"),
                self.tr("CSV files (*.csv);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:  # the dialog asked about the name without .csv, not this one
                path = path.with_suffix(".csv")
                if os.path.lexists(path) and not self._may_replace(path):
                    return None
        result = export_csv(self.records, path)  # the dialog asked before replacing
        if not result.ok:
            show_on_label(self.status, result.problems[0])
            return None
        if result.done is not None:
            show_on_label(self.status, result.done, problem=False)
        self.exported.emit(path)
        return path

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("This file already exists. Do you want to replace it?\n{path}").format(
                path=path
            ),  # (line 1: text)
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
