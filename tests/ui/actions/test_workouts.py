"""File > Import and Export workout (retrocoach/ui/actions/workouts.py) with the file dialogs
answered by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from retrocoach.storage.paths import DataPaths
from retrocoach.ui.actions.workouts import WorkoutActions
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.main_window import MainWindow

HILLS = {
    "version": 1, "id": "hills", "name": "Hills", "default_rounds": 2,
    "round": [{"name": "Jog", "direction": "backward", "pace": "jog", "seconds": 30}],
}  # fmt: skip


@pytest.fixture
def actions(qtbot: QtBot, tmp_path: Path) -> WorkoutActions:
    paths = DataPaths.default({"RETROCOACH_HOME": str(tmp_path / "home")})
    library = WorkoutLibrary(user_dir=paths.workouts_dir)
    window = MainWindow(library, SessionDriver())
    qtbot.addWidget(window)
    return WorkoutActions(window, library, paths, window.problems)


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *_args: (str(path), ""))


def test_an_import_is_chosen_and_said(
    actions: WorkoutActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "hills.json"
    source.write_text(json.dumps(HILLS), "utf-8")
    choose(monkeypatch, source)
    actions.import_workout()
    window = actions.window
    assert window.workout_picker.currentText() == "Hills (yours)"
    assert window.statusBar().currentMessage() == "Imported 'Hills'."


def test_a_failed_import_is_a_box_titled_not_imported(
    actions: WorkoutActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "bad.json"
    source.write_text("{", "utf-8")
    choose(monkeypatch, source)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_r: shown.append((title, text))
    )
    actions.import_workout()
    [(title, text)] = shown
    assert title == "Not imported" and text.startswith("Not imported:\n\u2022 ")


def test_export_writes_the_chosen_workout_and_cancel_does_nothing(
    actions: WorkoutActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, "")
    actions.export_workout()
    assert actions.window.statusBar().currentMessage() == ""
    target = tmp_path / "out.json"
    choose(monkeypatch, target)
    actions.export_workout()
    plan = actions.window.driver.plan
    assert plan is not None and json.loads(target.read_text())["id"] == plan.workout.id
    assert actions.window.statusBar().currentMessage().startswith("Exported '")
