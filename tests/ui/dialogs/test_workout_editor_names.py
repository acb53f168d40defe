"""The workout editor gets the core's name rules: one line of visible text, trimmed
(issue 8, item 14)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from retrocoach.storage.paths import DataPaths
from retrocoach.storage.user_workouts import open_library
from retrocoach.ui.dialogs.workout_editor import WorkoutEditor


@pytest.fixture
def editor(qtbot: QtBot, isolated_home: object) -> WorkoutEditor:
    editor = WorkoutEditor(open_library(DataPaths.default()), None)
    # closed without the editor's "Discard changes?" question
    qtbot.addWidget(editor, before_close_func=QDialog.reject)
    editor.show()
    qtbot.waitExposed(editor)
    editor.sections["round"].add_phase()
    return editor


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("\u200b\u200b", "Name: must have a visible character"),
        ("Walk\x1b[2J", "Name: must not contain control characters (U+001B at character 5"),
        ("Walk\u2028back", "Name: must be one line"),
    ],
)
def test_a_bad_name_is_refused_with_a_clear_message(
    editor: WorkoutEditor, name: str, message: str
) -> None:
    editor.name.setText(name)
    editor.save()
    assert editor.saved_workout is None and editor.isVisible()
    assert editor.error.text().startswith(message)
    assert not DataPaths.default().workouts_dir.exists()


def test_a_name_is_saved_trimmed(editor: WorkoutEditor) -> None:
    editor.name.setText("\u200b  Backward intervals \ufeff")
    editor.save()
    assert editor.saved_workout is not None
    assert editor.saved_workout.name == "Backward intervals"
    (saved,) = DataPaths.default().workouts_dir.iterdir()
    assert json.loads(saved.read_text())["name"] == "Backward intervals"
