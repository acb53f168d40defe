"""The workout chooser (retrocoach/ui/screen/workout_chooser.py): pickers into the driver."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.workout import MAX_ROUNDS, MAX_SESSION_SECONDS
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.workout_chooser import WorkoutChooser
from tests.core.clock import FakeClock


def chooser(clock: FakeClock) -> tuple[WorkoutChooser, list[str]]:
    said: list[str] = []
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    return WorkoutChooser(WorkoutLibrary(), driver, 10, said.append), said


def test_choosing_loads_the_plan_with_its_default_rounds(qtbot: QtBot, clock: FakeClock) -> None:
    picker, said = chooser(clock)
    picker.fill()
    plan = picker.driver.plan
    assert plan is not None and plan.workout.id == picker.workout_picker.currentData()
    assert plan.rounds == plan.workout.default_rounds and plan.lead_in_seconds == 10
    assert picker.select_workout("beginner")
    picker.rounds_picker.setValue(1)
    assert picker.rounds_picker.suffix() == " round"
    plan = picker.driver.plan
    assert plan is not None and plan.workout.id == "beginner" and plan.rounds == 1
    picker.set_lead_in(5)
    plan = picker.driver.plan
    assert plan is not None and plan.lead_in_seconds == 5
    assert said == []


def test_an_unknown_workout_is_said(qtbot: QtBot, clock: FakeClock) -> None:
    picker, said = chooser(clock)
    picker.fill()
    assert not picker.select_workout("nope")
    assert said == ["There is no workout 'nope'."]


def test_under_way_the_set_up_is_locked_and_refusals_keep_the_plan(
    qtbot: QtBot, clock: FakeClock
) -> None:
    picker, _said = chooser(clock)
    picker.fill()
    kept: list[bool] = []
    picker.kept_plan.connect(lambda: kept.append(True))
    picker.driver.start()
    picker.enable(False)
    assert not any(widget.isEnabled() for widget in picker.widgets)
    picker.load_chosen()  # a session runs: the driver refuses another plan
    assert kept == [True]
    picker.driver.stop()


def test_the_suffix_follows_rounds_set_by_the_plan(qtbot: QtBot, clock: FakeClock) -> None:
    picker, _said = chooser(clock)
    picker.fill()
    assert picker.select_workout("beginner")
    picker.rounds_picker.setValue(1)
    picker.driver.load(picker.library.get("beginner").plan(4, 10))
    picker.follow_plan()  # (the pickers' signals are blocked meanwhile)
    assert picker.rounds_picker.text() == "4 rounds"


def test_a_long_name_ends_in_an_ellipsis_and_shows_whole_elsewhere(
    qtbot: QtBot, clock: FakeClock
) -> None:
    """Trial finding: in Spanish the box cut "Primeros pasos: caminar de espald" mid-word."""
    picker, _said = chooser(clock)
    picker.fill()
    box = picker.workout_picker
    long_name = "Primeros pasos: caminar de espaldas"
    assert picker.select_workout("first-steps")
    box.setItemText(box.currentIndex(), long_name)  # the name as Spanish shows it
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(600, 100)
    box.setParent(holder)
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(long_name) * 2 // 3)
    holder.show()
    qtbot.waitExposed(holder)
    shown = box.shown_text()
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    assert box.fontMetrics().horizontalAdvance(shown) <= box.width()
    assert long_name in box.toolTip()
    box.showPopup()
    view = box.view()
    assert view.width() >= box.popup_width() > box.width()
    assert view.width() >= view.fontMetrics().horizontalAdvance(long_name)
    box.hidePopup()
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(long_name) * 2)
    assert box.shown_text() == long_name  # room enough: the whole name, no "…"


def _hour_rounds(folder: Path) -> None:
    """A workout of 1-hour rounds in a real user folder: at most 4 rounds fit in 4 hours."""
    folder.mkdir(parents=True, exist_ok=True)
    phases = [
        {"name": "back", "direction": "backward", "pace": "jog", "seconds": 1800},
        {"name": "walk", "direction": "forward", "pace": "walk", "seconds": 1800},
    ]
    data = {"version": 1, "id": "hours", "name": "Hours", "default_rounds": 2, "round": phases}
    (folder / "hours.json").write_text(json.dumps(data), "utf-8")


def test_the_round_picker_stops_where_the_session_would_pass_the_cap(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """Trial finding 1: no round count in the window makes a session over 4 hours."""
    _hour_rounds(tmp_path / "workouts")
    said: list[str] = []
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    picker = WorkoutChooser(WorkoutLibrary(user_dir=tmp_path / "workouts"), driver, 10, said.append)
    picker.fill()
    assert picker.select_workout("hours")
    assert picker.rounds_picker.maximum() == 4
    picker.rounds_picker.setValue(50)  # typed, or a remembered count: held at the most
    plan = picker.driver.plan
    assert plan is not None and plan.rounds == 4 and plan.total_seconds == MAX_SESSION_SECONDS
    picker.rounds_plus.click()
    assert picker.rounds_picker.value() == 4
    assert picker.select_workout("beginner")
    assert picker.rounds_picker.maximum() == MAX_ROUNDS  # the built-ins keep their range
    assert said == []
