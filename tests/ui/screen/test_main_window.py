"""The main window with real widgets, a real driver and a fake clock: keys, display, pickers."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.core.workout import Direction
from retrocoach.storage.files import StorageError
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.app import install_error_hooks
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.plain_text import tooltip
from retrocoach.ui.screen.main_window import MainWindow
from retrocoach.ui.screen.status_bar import ElidingStatusBar
from tests.core.clock import FakeClock

LEAD_IN = 10


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """A user workout with another default round count, next to the built-in beginner one."""
    workout = {
        "version": 1, "id": "short", "name": "Short test", "default_rounds": 7,
        "round": [{"name": "Run backwards", "direction": "backward", "pace": "run",
                   "seconds": 20}],
    }  # fmt: skip
    (tmp_path / "short.json").write_text(json.dumps(workout), encoding="utf-8")
    return tmp_path


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, user_dir: Path) -> Iterator[MainWindow]:
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(user_dir=user_dir), driver, lead_in_seconds=LEAD_IN)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))  # else close asks
    window.resize(1280, 800)
    window.set_flash(False)  # colours sampled at a boundary (test_immersion.py tests it)
    window.show()
    qtbot.waitExposed(window)
    yield window
    driver.stop()


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let `seconds` pass on the fake clock and wake the driver, as its timer would."""
    clock.advance(seconds)
    window.driver.tick()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, target: QWidget | None = None) -> None:
    QTest.keyClick(target or window, key)  # through the shortcut map, as a real key press


def state(window: MainWindow) -> State:
    return window.driver.state


def panel_colour(window: MainWindow) -> QColor:
    """The painted background of the big panel, sampled inside its left edge."""
    panel = window.panel
    return panel.grab().toImage().pixelColor(8, panel.height() // 2)


def test_idle_shows_the_workout_card_not_countdown_digits(window: MainWindow) -> None:
    assert state(window) is State.IDLE
    assert window.panel.tag_label.text() == "READY"
    assert window.panel.pages.currentWidget() is window.panel.card
    assert not window.countdown.isVisible()
    assert window.panel.card.title_label.full_text() == "Beginner reverse running"
    assert window.panel.card.lines() == [
        "4 rounds · 16:20 · 8:20 backwards",  # 5:00 + 4 x 2:50; 5:00 + 4 x 0:50 backwards
        "First: BACKWARDS · WALK 5:00",
    ]
    assert window.panel.card.hint_label.text() == "Press Space to start"
    assert window.overview.next_label.text() == "First: Warm-up: walk backwards  5:00"
    assert window.overview.total_label.text() == "16:20 in all"
    assert window.start_button.text() == "Start"
    assert not window.skip_button.isEnabled()


def test_space_starts_with_the_lead_in_then_shows_the_first_phase(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    assert state(window) is State.LEAD_IN
    assert window.panel.round_line.text() == "GET READY"
    assert window.panel.next_line.full_text() == "Check the path behind you"  # said big
    assert window.panel.name_label.text() == "Check the path behind you"
    assert window.countdown.text() == "00:10"
    assert window.countdown.isVisible()
    assert window.panel.banner.text() == "BACKWARDS WALK"  # the first phase: face that way
    assert window.start_button.text() == "Pause"
    advance(window, clock, 3.2)
    assert window.countdown.text() == "00:07"
    advance(window, clock, 7.3)
    assert state(window) is State.RUNNING
    assert window.panel.name_label.text() == "Warm-up: walk backwards"
    assert window.panel.round_line.text() == "WARM-UP"
    assert window.panel.next_line.full_text() == "Next: BACKWARDS JOG  0:30"
    assert window.panel.banner.text() == "BACKWARDS WALK"
    assert window.panel.banner.direction() is Direction.BACKWARD
    assert window.countdown.text() == "05:00"
    advance(window, clock, 60.0)
    assert window.countdown.text() == "04:00"
    assert window.overview.round_label.text() == "Warm-up"
    assert window.overview.next_label.text() == "Next: Jog backwards  0:30"
    assert window.overview.total_label.text() == "Session: 15:20 left"


def test_space_works_while_a_picker_has_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.rounds_picker.setFocus()
    press(qtbot, window, Qt.Key.Key_Space, window.rounds_picker)
    assert state(window) is State.LEAD_IN
    press(qtbot, window, Qt.Key.Key_Space, window.rounds_picker)  # now disabled: no focus
    assert state(window) is State.PAUSED
    window.driver.stop()
    window.workout_picker.setFocus()
    press(qtbot, window, Qt.Key.Key_Space, window.workout_picker)
    assert state(window) is State.LEAD_IN  # finished -> Space goes again


def test_pause_shows_paused_and_freezes_the_countdown(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    advance(window, clock, 12.5)
    press(qtbot, window, Qt.Key.Key_Space)
    assert state(window) is State.PAUSED
    assert window.panel.banner.text() == "BACKWARDS WALK"  # the way it goes on
    assert window.panel.round_line.full_text() == "PAUSED"
    assert window.panel.mode() == "paused"
    assert window.panel.hint_label.text() == "Space to resume"
    assert window.start_button.text() == "Resume"
    shown = window.countdown.text()
    advance(window, clock, 30.0)
    assert window.countdown.text() == shown == "04:58"
    press(qtbot, window, Qt.Key.Key_Space)
    assert state(window) is State.RUNNING
    assert window.panel.hint_label.text() == ""
    assert window.panel.mode() == "normal"
    assert window.panel.banner.text() == "BACKWARDS WALK"


def test_arrows_skip_and_go_back(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Right)  # out of the lead-in
    assert window.panel.name_label.text() == "Warm-up: walk backwards"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.panel.name_label.text() == "Jog backwards"
    assert window.overview.round_label.text() == "Round 1 of 4"
    press(qtbot, window, Qt.Key.Key_Left)  # within 2 s of its start: the previous phase
    assert window.panel.name_label.text() == "Warm-up: walk backwards"


def test_the_message_bar_says_why_a_key_did_nothing(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Right)
    assert state(window) is State.IDLE
    assert "not started" in window.statusBar().currentMessage()


def test_escape_and_stop_only_ask_the_app_around_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The stop policy (ask first) is the controller's: the window just says it was asked."""
    requests: list[bool] = []
    window.stop_requested.connect(lambda: requests.append(True))
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Escape)
    window.stop_button.click()
    assert requests == [True, True]
    assert state(window) is State.LEAD_IN


def test_closing_the_bare_window_mid_session_stops_the_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.close()
    assert state(window) is State.FINISHED


def test_a_stopped_session_shows_what_was_done(window: MainWindow, clock: FakeClock) -> None:
    window.driver.start()
    advance(window, clock, LEAD_IN + 75)
    window.driver.stop()
    assert window.panel.tag_label.text() == "STOPPED"
    assert window.panel.card.title_label.full_text() == "Stopped"
    assert window.panel.card.lines() == ["1:15 done, 1:15 of it backwards", "0 of 4 rounds"]


def test_skipping_to_the_end_is_not_called_stopped(window: MainWindow) -> None:
    window.driver.start()
    while state(window) is not State.FINISHED:
        window.driver.skip()
    assert window.panel.tag_label.text() == "SESSION OVER"
    assert "Stopped" not in window.panel.card.title_label.full_text()
    assert "not counted as completed" in window.panel.card.lines()[-1]


def test_a_completed_session_shows_a_summary_card(window: MainWindow, clock: FakeClock) -> None:
    window.driver.start()
    advance(window, clock, LEAD_IN + 980.5)
    assert state(window) is State.FINISHED
    assert window.panel.tag_label.text() == "WELL DONE"
    assert window.panel.pages.currentWidget() is window.panel.card
    assert not window.countdown.isVisible()  # no giant "00:00"
    assert window.panel.card.lines() == ["16:20 done, 8:20 of it backwards", "4 of 4 rounds"]
    window.set_summary_extras(["Week streak: 2 weeks"])
    assert window.panel.card.lines()[-1] == "Week streak: 2 weeks"
    assert window.start_button.text() == "Start again"


def test_round_picker_ranges_1_to_50_and_follows_the_workout(
    window: MainWindow, clock: FakeClock
) -> None:
    picker = window.rounds_picker
    assert (picker.minimum(), picker.maximum(), picker.value()) == (1, 50, 4)
    assert window.select_workout("short")
    assert picker.value() == 7
    assert window.driver.plan is not None
    assert (window.driver.plan.workout.id, window.driver.plan.rounds) == ("short", 7)
    window.set_rounds(1)
    assert picker.text() == "1 round"  # not "1 rounds"
    window.set_rounds(2)
    assert picker.text() == "2 rounds"
    assert window.driver.plan.rounds == 2
    assert window.panel.card.lines()[0] == "2 rounds · 0:40 · 0:40 backwards"
    window.driver.start()
    assert not picker.isEnabled()
    assert not window.workout_picker.isEnabled()
    window.driver.stop()
    assert picker.isEnabled()
    assert not window.select_workout("nope")
    assert "nope" in window.statusBar().currentMessage()


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_backward_and_forward_phases_differ_in_colour_and_in_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.driver.start()
    window.driver.skip()  # the backward warm-up walk
    backward, backward_tag = panel_colour(window), window.panel.banner.text()
    window.driver.skip()
    window.driver.skip()  # jog backwards -> walk forwards (recovery)
    assert window.panel.name_label.text() == "Walk forwards (recovery)"
    forward, forward_tag = panel_colour(window), window.panel.banner.text()
    assert (backward_tag, forward_tag) == ("BACKWARDS WALK", "FORWARDS WALK")
    assert window.panel.banner.direction() is Direction.FORWARD  # the arrow turns too
    assert backward != forward
    assert backward.red() > backward.blue()  # warm
    assert forward.red() < forward.blue()  # cool
    assert window.panel.banner.isVisible()


def test_countdown_digits_are_a_sixth_of_the_window_and_scale(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A sixth with the controls shown: the direction (half the digits' height, and as wide
    as the window on 4:3) the round and the next phase share the panel with them (issue 16;
    tests/ui/screen/test_glance.py measures the ratios and full screen)."""
    window.driver.start()  # idle shows a card, not digits
    for size in ((1280, 800), (1024, 768), (1920, 1080)):
        window.resize(*size)

        def resized(size: tuple[int, int] = size) -> bool:
            return window.size().toTuple() == size

        qtbot.waitUntil(resized)
        qtbot.wait(20)  # let the layout settle
        assert window.countdown.digit_height() >= window.height() / 6
    big = window.countdown.font().pixelSize()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.countdown.font().pixelSize() < big)


def test_caption_slot_shows_text(window: MainWindow) -> None:
    assert window.panel.caption_label.text() == ""
    window.show_caption("Chest up, short quick steps")
    assert window.panel.caption_label.text() == "Chest up, short quick steps"


def test_uncaught_errors_reach_the_message_bar(qtbot: QtBot, window: MainWindow) -> None:
    restore = install_error_hooks(window.show_message)
    try:
        error = ValueError("boom in a slot")
        sys.excepthook(ValueError, error, None)
        qtbot.waitUntil(lambda: "boom in a slot" in window.statusBar().currentMessage())

        def fail() -> None:
            raise RuntimeError("boom in a thread")

        worker = threading.Thread(target=fail, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: "boom in a thread" in window.statusBar().currentMessage())
        assert "worker" in window.statusBar().currentMessage()
        problem = StorageError("Cannot save /d/history.jsonl: the disk is full.", Path("/d"))
        sys.excepthook(StorageError, problem, None)  # a user's problem: its sentence, no blame
        qtbot.waitUntil(lambda: "the disk is full" in window.statusBar().currentMessage())
        assert "Something went wrong" not in window.statusBar().currentMessage()
    finally:
        restore()


def _stop(driver: SessionDriver) -> None:
    """Stop the session: closing the window mid-session would ask first."""
    driver.stop()


def test_a_message_gets_the_whole_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("Suggested next: Week 3: a long workout name")
    window.statusBar().addPermanentWidget(label)
    qtbot.waitUntil(label.isVisible)
    window.show_message("A long message that must not be cut mid-word by the labels beside it")
    assert not label.isVisible()
    window.statusBar().clearMessage()
    assert label.isVisible()
    bar = window.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    long = "Could not save the session: " + "the disk is full, " * 20 + "free some space."
    window.show_message(long)
    assert bar.currentMessage() == long  # the whole text, for the log and the tooltip
    assert bar.toolTip() == tooltip(long)  # the whole text, shown as written
    shown = bar.shown_message()
    assert shown.endswith("…") and long.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.width()
    window.show_message("Short")
    assert bar.shown_message() == "Short"


def test_full_screen_by_mouse_button_and_double_click(qtbot: QtBot, window: MainWindow) -> None:
    assert window.full_screen_button.isVisible()
    window.full_screen_button.click()
    qtbot.waitUntil(window.isFullScreen)
    QTest.mouseDClick(window.panel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isFullScreen())
