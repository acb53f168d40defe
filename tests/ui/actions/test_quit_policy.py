"""When the app may stop a session or close (retrocoach/ui/actions/quit_policy.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.actions.quit_policy import QuitPolicy
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.history import HistoryStore
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.main_window import MainWindow
from tests.core.clock import FakeClock


@pytest.fixture
def policy(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[QuitPolicy]:
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(), driver)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))  # else close asks
    paths = DataPaths.default({"RETROCOACH_HOME": str(tmp_path)})
    yield QuitPolicy(window, HistoryStore(paths), window.problems)
    driver.stop()


def _stop(driver: SessionDriver) -> None:
    driver.stop()


def state_of(driver: SessionDriver) -> State:
    return driver.state


def answer(monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    queue = list(answers)

    def question(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_stop_asks_while_under_way_and_the_session_waits(
    policy: QuitPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = policy.window.driver
    buttons = QMessageBox.StandardButton
    asked = answer(monkeypatch, buttons.No, buttons.Yes)
    driver.start()
    policy.window.stop_requested.emit()  # Esc or Stop
    assert asked == ["Stop the session?"] and driver.state is State.LEAD_IN  # went on
    policy.request_stop()
    assert state_of(driver) is State.FINISHED


def test_idle_nothing_is_asked_and_the_window_may_close(
    policy: QuitPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch)
    policy.request_stop()
    assert policy.may_close() and asked == []


def test_closing_mid_session_asks_first(
    policy: QuitPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = policy.window.driver
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    driver.start()
    assert not policy.window.close() and asked == ["Quit retrocoach?"]
    assert driver.state is State.LEAD_IN
