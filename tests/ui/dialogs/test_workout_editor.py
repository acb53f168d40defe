"""The workout editor with real widgets and a real user folder under RETROCOACH_HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.workout import Direction, Pace, Phase
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.user_workouts import open_library
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.dialogs.duration_edit import DurationEdit, parse_duration
from retrocoach.ui.dialogs.phase_table import PhaseSection
from retrocoach.ui.dialogs.workout_editor import WorkoutEditor, id_from_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path))
    return DataPaths.default()


def open_editor(qtbot: QtBot, editor: WorkoutEditor) -> WorkoutEditor:
    """Show the editor as the active window (so that its keyboard shortcuts work). It is
    closed without the question an edited workout asks (no one would answer it)."""
    qtbot.addWidget(editor, before_close_func=QDialog.reject)
    editor.show()
    qtbot.waitExposed(editor)
    handle = editor.windowHandle()
    handle.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle)
    return editor


def click(qtbot: QtBot, widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def focused(window: QWidget) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None
    return widget


def save_button(editor: WorkoutEditor) -> QWidget:
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def set_phase(section: PhaseSection, row: int, name: str, direction: str, pace: str) -> None:
    name_edit, direction_box, pace_box, _ = section.row_widgets(row)
    name_edit.selectAll()
    name_edit.insert(name)
    direction_box.setCurrentIndex(direction_box.findText(direction))
    pace_box.setCurrentIndex(pace_box.findText(pace))


def test_build_a_two_phase_workout_save_and_plan_it(qtbot: QtBot, paths: DataPaths) -> None:
    editor = open_editor(qtbot, WorkoutEditor(open_library(paths), None))
    QTest.keyClicks(editor.name, "Backward intervals")
    editor.rounds.setValue(3)
    section = editor.sections["round"]
    click(qtbot, section.add_button)
    QTest.keyClick(focused(editor), Qt.Key.Key_Insert)  # the keyboard way to add
    assert section.table.rowCount() == 2
    set_phase(section, 0, "Walk forwards", "Forwards", "Walk")
    duration = section.row_widgets(0)[3]
    duration.lineEdit().selectAll()
    QTest.keyClicks(duration.lineEdit(), "1:30")
    assert duration.value() == 90
    set_phase(section, 1, "Run backwards", "Backwards", "Run")
    section.row_widgets(1)[3].setValue(45)
    assert editor.total.text() == "Total with 3 rounds: 6:45, 2:15 backwards"

    section.row_widgets(1)[0].setFocus()  # select the second phase, move it up
    click(qtbot, section.up_button)
    assert [p.name for p in section.phases()] == ["Run backwards", "Walk forwards"]
    assert section.table.currentRow() == 0 and not section.up_button.isEnabled()
    QTest.keyClick(focused(editor), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(focused(editor), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in section.phases()] == ["Run backwards", "Walk forwards"]

    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, save_button(editor))
    assert editor.result() == QDialog.DialogCode.Accepted
    workout = editor.saved_workout
    assert workout is not None and saved.args == [workout]
    assert workout.id == "backward-intervals"
    expected = (
        Phase("Run backwards", Direction.BACKWARD, Pace.RUN, 45),
        Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 90),
    )
    reloaded = WorkoutLibrary(user_dir=paths.workouts_dir).get("backward-intervals")
    assert reloaded.round == expected and reloaded.default_rounds == 3
    assert not reloaded.built_in and reloaded.warm_up == () == reloaded.cool_down

    env = {**os.environ, "RETROCOACH_HOME": str(paths.config_dir.parent)}
    out = subprocess.run(
        [sys.executable, "-m", "retrocoach", "plan", "--workout", workout.id, "--json"],
        capture_output=True, text=True, check=True, timeout=60, cwd=ROOT, env=env,
    ).stdout  # fmt: skip
    plan = json.loads(out)
    assert [(p["name"], p["round"]) for p in plan["phases"]] == [
        ("Run backwards", 1), ("Walk forwards", 1), ("Run backwards", 2),
        ("Walk forwards", 2), ("Run backwards", 3), ("Walk forwards", 3),
    ]  # fmt: skip
    assert plan["total_seconds"] == 405


def test_duplicate_a_built_in(qtbot: QtBot, paths: DataPaths) -> None:
    library = open_library(paths)
    beginner = library.get("beginner")
    editor = open_editor(qtbot, WorkoutEditor(library, beginner))
    assert editor.windowTitle() == "Duplicate workout"
    assert editor.name.text() == f"{beginner.name} (copy)"
    assert editor.total.text() == "Total with 4 rounds: 16:20, 8:20 backwards"
    editor.sections["cool_down"].add_phase()
    click(qtbot, save_button(editor))

    copy = editor.saved_workout
    assert copy is not None and copy.id != "beginner" and not copy.built_in
    assert copy.round == beginner.round and copy.warm_up == beginner.warm_up
    assert len(copy.cool_down) == 1
    reloaded = WorkoutLibrary(user_dir=paths.workouts_dir)
    assert reloaded.get("beginner") == beginner  # the built-in is untouched
    assert reloaded.get(copy.id).name == f"{beginner.name} (copy)"
    assert [path.stem for path in paths.workouts_dir.glob("*.json")] == [copy.id]

    second = open_editor(qtbot, WorkoutEditor(reloaded, beginner))  # a second copy
    assert second.name.text() == f"{beginner.name} (copy) (2)"


def test_edit_a_user_workout_keeps_its_id(qtbot: QtBot, paths: DataPaths) -> None:
    library = open_library(paths)
    first = open_editor(qtbot, WorkoutEditor(library, library.get("first-steps")))
    click(qtbot, save_button(first))
    assert first.saved_workout is not None
    mine = first.saved_workout
    editor = open_editor(qtbot, WorkoutEditor(library, mine))
    editor.name.setText("Renamed")
    editor.sections["round"].remove_phase(0)
    editor.sections["round"].add_phase()
    click(qtbot, save_button(editor))
    assert editor.saved_workout is not None and editor.saved_workout.id == mine.id
    assert open_library(paths).get(mine.id).name == "Renamed"
    assert len(list(paths.workouts_dir.glob("*.json"))) == 1


def nothing(editor: WorkoutEditor) -> None:
    """A new workout as it opens: no name, no phases."""


def no_round(editor: WorkoutEditor) -> None:
    editor.name.setText("No round")


def nameless_phase(editor: WorkoutEditor) -> None:
    editor.name.setText("Nameless")
    editor.sections["round"].add_phase()
    editor.sections["round"].add_phase()
    editor.sections["round"].row_widgets(1)[0].clear()


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (nothing, "Name: must be text of 1 to 60 characters."),
        (no_round, "Round: must have at least 1 phase."),
        (nameless_phase, "Round, phase 2, name: must be text of 1 to 60 characters."),
    ],
)
def test_an_invalid_workout_shows_the_message_and_stays_open(
    qtbot: QtBot, paths: DataPaths, prepare: Callable[[WorkoutEditor], None], message: str
) -> None:
    editor = open_editor(qtbot, WorkoutEditor(open_library(paths), None))
    prepare(editor)
    click(qtbot, save_button(editor))
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.error.isVisible() and editor.error.text() == message
    assert editor.saved_workout is None
    assert not paths.workouts_dir.exists()


def test_the_field_of_the_message_gets_the_focus(qtbot: QtBot, paths: DataPaths) -> None:
    editor = open_editor(qtbot, WorkoutEditor(open_library(paths), None))
    editor.name.setText("Focus")
    round_ = editor.sections["round"]
    round_.add_phase()
    round_.add_phase()
    round_.row_widgets(1)[0].clear()
    click(qtbot, save_button(editor))
    assert editor.focusWidget() is round_.row_widgets(1)[0]


def test_a_disk_error_is_shown_and_the_dialog_stays_open(qtbot: QtBot, paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.workouts_dir.write_text("a file where the folder should be")
    editor = open_editor(qtbot, WorkoutEditor(open_library(paths), None))
    editor.name.setText("Blocked")
    editor.sections["round"].add_phase()
    click(qtbot, save_button(editor))
    assert editor.isVisible() and editor.saved_workout is None
    assert editor.error.text().startswith("The workout was not saved: Cannot save")
    assert str(paths.workouts_dir) in editor.error.text()


def test_remove_and_move_keep_rows_and_buttons_right(qtbot: QtBot, paths: DataPaths) -> None:
    editor = open_editor(qtbot, WorkoutEditor(open_library(paths), None))
    warm_up = editor.sections["warm_up"]
    assert not warm_up.remove_button.isEnabled()
    for name in ("a", "b", "c"):
        row = warm_up.add_phase()
        warm_up.row_widgets(row)[0].setText(name)
    assert warm_up.title() == "Warm-up: 3 phases, 6:00"
    warm_up.select(0)
    warm_up.move_phase(+1)
    warm_up.move_phase(+1)
    assert [p.name for p in warm_up.phases()] == ["b", "c", "a"]
    assert not warm_up.down_button.isEnabled()
    QTest.keyClick(focused(editor), Qt.Key.Key_Delete, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in warm_up.phases()] == ["b", "c"]
    assert warm_up.table.currentRow() == 1


def test_duration_editor() -> None:
    assert parse_duration("1:30") == 90
    assert parse_duration("120:00") == 7200
    assert parse_duration("1:00:05") == 3605
    assert parse_duration("45") == 45
    for bad in ("1:3", "1:75", "a", "1::00", ""):
        assert parse_duration(bad) is None, bad
    edit = DurationEdit()
    assert (edit.minimum(), edit.maximum()) == (1, 7200)
    edit.setValue(90)
    assert edit.text() == "1:30"
    edit.lineEdit().setCursorPosition(0)  # in the minutes: a step is a minute
    edit.stepBy(1)
    assert edit.value() == 150
    edit.lineEdit().setCursorPosition(len(edit.text()))  # in the seconds: a second
    edit.stepBy(-1)
    assert edit.value() == 149
    edit.setValue(99_999)
    assert edit.value() == 7200 and edit.text() == "120:00"


def test_id_from_name() -> None:
    assert id_from_name("Backward intervals") == "backward-intervals"
    assert id_from_name("  Week 3 — Café!  ") == "week-3-cafe"
    assert id_from_name("!!!") == "workout"
    assert len(id_from_name("x" * 80)) == 40


def test_escape_asks_before_throwing_changes_away(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    library = WorkoutLibrary(user_dir=paths.workouts_dir)
    editor = open_editor(qtbot, WorkoutEditor(library, None))
    editor.reject()  # nothing typed yet: closes without asking
    assert not editor.isVisible()

    editor = open_editor(qtbot, WorkoutEditor(library, None))
    editor.name.setText("My plan")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    editor.reject()
    assert editor.isVisible(), "Cancel keeps the editor and the typing"
    editor.reject()
    assert not editor.isVisible() and not answers


def test_rounds_that_pass_the_session_cap_are_refused(qtbot: QtBot, paths: DataPaths) -> None:
    """Trial finding 1: a session longer than 4 hours cannot be saved from the editor."""
    from retrocoach.core.workout import Workout

    hour = Phase("Hour", Direction.BACKWARD, Pace.JOG, 3600)
    editor = open_editor(
        qtbot, WorkoutEditor(open_library(paths), Workout("", "Long", "", (), (hour,), (), 2))
    )
    editor.rounds.setValue(5)
    click(qtbot, save_button(editor))
    assert editor.saved_workout is None and editor.error.isVisible()
    assert editor.error.text() == (
        "Default rounds: 'Long' would last 5:00:00 with 5 rounds, more than the 4 hours a "
        "session may last; use fewer rounds (at most 4) or shorter phases."
    )
    assert editor.focusWidget() is editor.rounds
    assert not paths.workouts_dir.exists()
    editor.rounds.setValue(4)  # the message goes as soon as the count fits
    assert editor.error.isHidden()
    click(qtbot, save_button(editor))
    assert editor.saved_workout is not None and editor.saved_workout.total_seconds(4) == 4 * 3600
