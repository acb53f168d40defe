""" "How hard was that?" at the finish (ui/actions/effort.py) with the real window, driver,
remote control and history: the keys, the buttons and a clicker answer, nothing starts a
session while it is open, and the answer is kept and moves the plan."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.desktop.mpris import RemoteCommand
from retrocoach.storage.history import record_from_session
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.actions.effort import EffortQuestion
from retrocoach.ui.actions.history import HistoryActions
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.remote import RemoteControl
from retrocoach.ui.ops.history import HistoryStore
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.main_window import MainWindow
from retrocoach.ui.screen.status_labels import StatusLabels
from tests.core.clock import FakeClock


class Setup:
    def __init__(self, qtbot: QtBot, clock: FakeClock, home: Path) -> None:
        self.paths = DataPaths.default({"RETROCOACH_HOME": str(home)})
        self.driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
        self.window = MainWindow(WorkoutLibrary(), self.driver)
        qtbot.addWidget(self.window, before_close_func=lambda _w: self._stop())
        self.window.show()
        qtbot.waitExposed(self.window)
        self.store = HistoryStore(self.paths)
        labels = StatusLabels(self.window.statusBar())
        self.sessions = HistoryActions(
            self.window, self.store, WorkoutLibrary(), labels, lambda: None
        )
        self.sessions.load()
        self.said: list[str] = []
        self.question = EffortQuestion(
            self.window, self.driver, self.store, self.sessions, self.window.problems,
            self.said.append,
        )  # fmt: skip
        self.remote = RemoteControl(self.driver, self.said.append)
        self.remote.handled.connect(self.question.on_remote)

    def _stop(self) -> None:
        self.driver.stop()

    def finish_week(self, week: int) -> None:
        """Run week `week` to its end (skipping phases) and record it, as the recorder does."""
        assert self.window.select_workout(f"week-{week}")
        assert self.driver.start()
        while self.driver.state is not State.FINISHED:
            assert self.driver.skip()
        assert self.driver.session is not None
        record = record_from_session(self.driver.session, "2026-12-01T08:00:00+01:00")
        record = replace(record, outcome="completed")  # skipped through, as if completed
        self.store.append(record)
        self.sessions.on_recorded(record)
        self.question.ask(record)


@pytest.fixture
def setup(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[Setup]:
    yield Setup(qtbot, clock, tmp_path / "home")


def test_a_number_key_rates_the_session_keeps_it_and_moves_the_plan(
    qtbot: QtBot, setup: Setup
) -> None:
    setup.finish_week(3)
    row = setup.window.effort_row
    assert row.isVisible() and setup.question.is_open
    assert [w.text() for w in row.words.values()][::9] == ["very easy", "maximal"]
    assert [b.text() for b in row.buttons.values()][::9] == ["1", "10"]
    setup.driver.toggle()  # Space: no new session while the question is open
    assert setup.driver.state is State.FINISHED
    QTest.keyClick(setup.window, Qt.Key.Key_8)
    assert not row.isVisible() and not setup.question.is_open
    assert setup.said[-1] == "Effort 8: very, very hard. Saved."
    records, problems = HistoryStore(setup.paths).load()
    assert problems == [] and records[-1].effort == 8
    assert setup.sessions.suggestion is not None
    assert setup.sessions.suggestion.reason == "Week 3 again: last time felt 8/10."
    assert "Next session: Week 3 again: last time felt 8/10." in setup.window.panel.card.lines()
    assert setup.driver.toggle() and setup.driver.state is not State.FINISHED  # now it starts


def test_zero_is_ten(qtbot: QtBot, setup: Setup) -> None:
    setup.finish_week(1)
    QTest.keyClick(setup.window, Qt.Key.Key_0)
    assert HistoryStore(setup.paths).load()[0][-1].effort == 10


def test_a_clicker_steps_along_the_scale_and_play_pause_confirms(setup: Setup) -> None:
    setup.finish_week(2)
    presses = [RemoteCommand.NEXT, RemoteCommand.NEXT] + [RemoteCommand.PREVIOUS] * 2
    for command in presses:  # the first lands on 5: 5, 6, 5, 4
        setup.remote.handle(command)
    assert setup.window.effort_row.buttons[4].isChecked() and setup.said[-1] == "4, somewhat hard"
    setup.remote.handle(RemoteCommand.PLAY_PAUSE)
    assert setup.driver.state is State.FINISHED  # the play/pause confirmed, it started nothing
    assert HistoryStore(setup.paths).load()[0][-1].effort == 4
    assert setup.sessions.suggestion is not None
    assert setup.sessions.suggestion.workout_id == "week-3"  # easy: moves on after one


def test_skipping_is_fine_and_keeps_no_effort(qtbot: QtBot, setup: Setup) -> None:
    setup.finish_week(1)
    setup.window.effort_row.skip_button.click()
    assert not setup.question.is_open
    QTest.keyClick(setup.window, Qt.Key.Key_5)  # the keys are off once it is closed
    assert HistoryStore(setup.paths).load()[0][-1].effort is None


def test_a_big_button_answers(setup: Setup) -> None:
    setup.finish_week(1)
    setup.window.effort_row.buttons[6].click()
    assert HistoryStore(setup.paths).load()[0][-1].effort == 6
