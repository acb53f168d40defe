"""The settings while the app runs (retrocoach/ui/actions/settings.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from retrocoach.core.problem import Problem
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.actions.settings import SettingsActions
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.settings import Settings, SettingsStore
from retrocoach.ui.ops.voices import VoiceList
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.main_window import MainWindow


def make(qtbot: QtBot, home: Path) -> tuple[SettingsActions, DataPaths]:
    paths = DataPaths.default({"RETROCOACH_HOME": str(home)})
    window = MainWindow(WorkoutLibrary(), SessionDriver())
    qtbot.addWidget(window)
    voices = VoiceList(lambda: [])
    return SettingsActions(window, SettingsStore(paths), Settings(), voices, window.problems), paths


def test_apply_shows_tells_and_saves(qtbot: QtBot, tmp_path: Path) -> None:
    prefs, paths = make(qtbot, tmp_path)
    told: list[Settings] = []
    prefs.applied.connect(told.append)
    chosen = Settings(theme="dark", lead_in_seconds=5)
    prefs.apply(chosen)
    assert told == [chosen] and prefs.settings == chosen
    assert prefs.window.lead_in_seconds == 5 and prefs.window.theme.name == "dark"
    assert SettingsStore(paths).load()[0] == chosen


def test_a_failed_save_is_reported_and_the_window_size_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prefs, paths = make(qtbot, tmp_path)
    paths.config_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.config_dir.write_text("in the way")
    reported: list[Problem] = []
    prefs.problems.reported.connect(reported.append)
    prefs.window.resize(1000, 700)
    prefs.remember_window()
    assert prefs.settings.window_width == 1000 and prefs.settings.last_workout is not None
    assert reported and prefs.window.statusBar().currentMessage().startswith("Settings not saved: ")
