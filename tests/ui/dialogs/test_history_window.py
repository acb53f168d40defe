"""The history window from a prepared history file: rows, totals, the chart, CSV export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from retrocoach.storage.history import HistoryStore, SessionRecord, csv_text
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.dialogs.history_window import HistoryWindow
from retrocoach.ui.dialogs.week_chart import chart_scale

TODAY = date(2026, 4, 29)  # a Wednesday; its week starts on Monday 27 April


def record(
    day: date, backward: float, outcome: str = "completed", name: str = "Week 3", kcal: float = 150
) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, 18, 30).astimezone()
    return SessionRecord(
        started_at=start.isoformat(timespec="seconds"),
        workout_id="week-3",
        workout_name=name,
        rounds_planned=4,
        rounds_done=4 if outcome == "completed" else 2,
        active_seconds=backward * 2,
        backward_seconds=backward,
        outcome=outcome,  # type: ignore[arg-type]
        kcal=kcal,
    )


HISTORY = [
    record(TODAY - timedelta(weeks=40), 3000),  # older than the chart's 26 weeks
    record(TODAY - timedelta(weeks=2, days=1), 1200),  # Tue 14 April: 20 minutes
    record(date(2026, 4, 27), 600, "stopped", kcal=80),  # this week: 10 + 5 minutes
    record(date(2026, 4, 28), 300, name="Intervals", kcal=40),
]


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path))
    return DataPaths.default()


@pytest.fixture
def store(paths: DataPaths) -> HistoryStore:
    store = HistoryStore(paths)
    for item in HISTORY:
        store.append(item)
    return store


def open_window(qtbot: QtBot, window: HistoryWindow) -> HistoryWindow:
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_rows_newest_first(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, 70.0, TODAY))
    model = window.model
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert [model.index(row, 1).data() for row in range(4)] == [
        "Intervals", "Week 3", "Week 3", "Week 3",
    ]  # fmt: skip
    assert model.index(0, 0).data() == "Tue 28 Apr 2026, 18:30"
    assert model.index(1, 2).data() == "2/4"
    assert model.index(1, 3).data() == "20:00" and model.index(1, 4).data() == "10:00"
    assert model.index(1, 5).data() == "Stopped"
    assert model.index(1, 6).data() == "about 80 kcal (estimate)"
    assert model.index(3, 4).data() == "50:00"
    assert not window.status.isVisible()


def test_no_body_weight_no_estimate(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, None, TODAY))
    assert {window.model.index(row, 6).data() for row in range(4)} == {"\u2014"}


def test_sorting_by_a_column(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, 70.0, TODAY))
    window.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [window.model.index(row, 4).data() for row in range(4)] == [
        "5:00", "10:00", "20:00", "50:00",
    ]  # fmt: skip


def test_totals_and_streak(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, 70.0, TODAY))
    assert window.summary.text() == (
        "4 sessions \u00b7 170 active minutes \u00b7 85 backward minutes \u00b7 "
        "streak: 1 week in a row with a completed session"
    )


def test_chart_bars_from_the_data(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, 70.0, TODAY))
    chart = window.chart
    assert len(chart.weeks) == 26
    assert chart.weeks[-1].monday == date(2026, 4, 27)
    assert chart.weeks[0].monday == date(2026, 4, 27) - timedelta(weeks=25)
    minutes = [week.backward_minutes for week in chart.weeks]
    assert minutes == [0.0] * 23 + [20.0, 0.0, 15.0]
    assert [week.sessions for week in chart.weeks][-3:] == [1, 0, 2]

    assert (chart.top, chart.step) == (20, 5)
    plot = chart.plot_rect()
    bars = chart.bar_rects()
    assert len(bars) == 26
    assert bars[-3].height() == pytest.approx(plot.height())  # the tallest: the whole scale
    assert bars[-1].height() == pytest.approx(plot.height() * 15 / 20)
    assert all(bar.height() == 0 for bar in bars[:-3] + bars[-2:-1])
    assert all(bar.bottom() == pytest.approx(plot.bottom()) for bar in bars)
    lefts = [bar.left() for bar in bars]
    assert lefts == sorted(lefts) and bars[-1].right() <= plot.right() + 0.01
    assert not chart.grab().isNull()  # paints without error


def test_chart_scale() -> None:
    assert chart_scale(0) == (10, 2)
    assert chart_scale(37) == (40, 10)
    assert chart_scale(120) == (150, 50)
    assert chart_scale(1234) == (1500, 500)


def test_export_csv_through_the_file_dialog(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, 70.0, TODAY))
    asked: list[str] = []

    def choose(*args: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(tmp_path / "my-history"), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    with qtbot.waitSignal(window.exported) as exported:
        QTest.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "my-history.csv"
    assert exported.args == [target] and asked == ["Export the history as CSV"]
    assert target.read_text(encoding="utf-8") == csv_text(store.load()[0])
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert window.status.isVisible() and window.status.text().startswith("Exported 4 sessions")


def test_export_cancelled_writes_nothing(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, None, TODAY))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert window.export_csv() is None
    assert not list(tmp_path.glob("*.csv")) and not window.status.isVisible()


def test_export_error_is_shown(qtbot: QtBot, store: HistoryStore, tmp_path: Path) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, None, TODAY))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert window.export_csv(blocker / "history.csv") is None
    assert window.status.isVisible()
    assert window.status.text().startswith("The history was not exported: Cannot save")


def test_damaged_lines_are_reported(qtbot: QtBot, store: HistoryStore) -> None:
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    window = open_window(qtbot, HistoryWindow.from_store(store, None, TODAY))
    assert window.model.rowCount() == 4
    assert window.status.isVisible() and "could not be read" in window.status.text()


def test_empty_history(qtbot: QtBot, paths: DataPaths) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(HistoryStore(paths), None, TODAY))
    assert window.model.rowCount() == 0
    assert window.summary.text().startswith("No sessions yet")
    assert len(window.chart.weeks) == 26 and not any(w.sessions for w in window.chart.weeks)
    assert not window.export_button.isEnabled()
    assert not window.chart.grab().isNull()


def test_five_thousand_rows_scroll(qtbot: QtBot) -> None:
    start = date(2016, 5, 2)
    records = [record(start + timedelta(days=i * 3650 // 5000), 600) for i in range(5000)]
    window = open_window(qtbot, HistoryWindow(records, 70.0, today=TODAY))
    assert window.model.rowCount() == 5000
    window.table.scrollToBottom()
    last = window.table.rowAt(window.table.viewport().height() - 2)
    assert last == 4999
    assert window.model.index(last, 0).data() == "Mon 2 May 2016, 18:30"


def test_progress_shows_the_longest_run_and_effort_over_time(
    qtbot: QtBot, store: HistoryStore
) -> None:
    window = open_window(qtbot, HistoryWindow.from_store(store, 70.0, TODAY))
    assert not window.progress.isVisible()  # version 1 records know neither
    rated = [
        replace(record(TODAY, 600), longest_backward_seconds=150.0, effort=5),
        replace(record(TODAY, 600), longest_backward_seconds=90.0, effort=7),
    ]
    window = open_window(qtbot, HistoryWindow([*HISTORY, *rated], 70.0, today=TODAY))
    assert window.progress.isVisible()
    assert window.progress.text() == (
        "Longest backward jog or run: 2:30 · Effort, last 2 sessions: 5 → 7"
    )
