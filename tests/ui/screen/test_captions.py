"""A caption belongs to the phase it was said in (trial finding: after → skips, the lead-in's
"Check the path behind you is clear" stayed up into the cool-down)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow
from tests.core.clock import FakeClock

SAFETY = "Check the path behind you is clear"


def open_window(qtbot: QtBot, clock: FakeClock) -> MainWindow:
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=10)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    window.select_workout("first-steps")
    window.show()
    return window


def section(window: MainWindow) -> str:
    snap = window.driver.snapshot()
    phase = None if snap is None else snap.phase
    return "" if phase is None else phase.section


def test_skipping_clears_the_caption_of_the_phase_left(qtbot: QtBot, clock: FakeClock) -> None:
    window = open_window(qtbot, clock)
    driver = window.driver
    driver.start()
    window.show_caption(SAFETY)  # the lead-in's safety cue
    assert window.panel.caption() == SAFETY
    driver.skip()  # -> the warm-up
    assert window.panel.caption() == ""
    window.show_caption("Chest up, short quick steps")  # a tip of the warm-up
    while driver.state is State.RUNNING and section(window) != "cool_down":
        driver.skip()
    assert section(window) == "cool_down"
    assert window.panel.caption() == ""
    assert not window.panel.caption_label.text()
    driver.stop()


def test_a_caption_stays_within_its_phase(qtbot: QtBot, clock: FakeClock) -> None:
    """Ticks, a pause and a resume in the same phase keep the caption."""
    window = open_window(qtbot, clock)
    driver = window.driver
    driver.start()
    driver.skip()
    window.show_caption("Chest up, short quick steps")
    clock.advance(3)
    driver.tick()
    driver.pause()
    driver.resume()
    assert window.panel.caption() == "Chest up, short quick steps"
    driver.stop()


def _stop(driver: SessionDriver) -> None:
    driver.stop()
