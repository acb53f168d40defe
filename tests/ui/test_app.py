"""The whole window as the app builds it: settings, history, recovery, menus, the voice."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import MIN_CUE_GAP_SECONDS
from retrocoach.core.session import State
from retrocoach.speech.durations import MeasuredDurations
from retrocoach.storage.history import HistoryStore
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings, SettingsStore
from retrocoach.ui.app import GuiOptions, build_app, show_window
from retrocoach.ui.controller import AppController
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.recorder import JOURNAL_EVERY
from retrocoach.ui.screen.main_window import MainWindow
from tests.conftest import share_rendered_voice
from tests.core.clock import FakeClock

SHORT_WORKOUT = {
    "version": 1, "id": "short", "name": "Short test", "default_rounds": 2,
    "round": [
        {"name": "Jog backwards", "direction": "backward", "pace": "jog", "seconds": 20},
        {"name": "Walk forwards", "direction": "forward", "pace": "walk", "seconds": 10},
    ],
}  # fmt: skip


Opener = Callable[..., MainWindow]


def state_of(window: MainWindow) -> State:
    return window.driver.state


@pytest.fixture
def paths(isolated_home: Path) -> DataPaths:
    paths = DataPaths.default()
    paths.workouts_dir.mkdir(parents=True)
    (paths.workouts_dir / "short.json").write_text(json.dumps(SHORT_WORKOUT), "utf-8")
    share_rendered_voice(paths)
    return paths


@pytest.fixture
def open_window(qtbot: QtBot, paths: DataPaths, clock: FakeClock) -> Iterator[Opener]:
    windows: list[MainWindow] = []

    def build(options: GuiOptions | None = None, *, voice_ready: bool = True) -> MainWindow:
        """The shown window; with `voice_ready`, once its voice exists and the current plan's
        first cues are rendered (a start waits for that: see VoiceCoach)."""
        driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
        app = build_app(options or GuiOptions(), driver=driver, paths=paths)
        window = app.window
        _CONTROLLERS[id(window)] = app
        qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))  # else close asks
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        if voice_ready:
            qtbot.waitUntil(
                lambda: (
                    app.voice is not None
                    and app.voice.first_cues_ready()
                    and not driver.start_pending
                ),
                timeout=60_000,  # flite (Auto) renders ~50 cues in ~10 s, more under load
            )
        return window

    yield build
    for window in windows:
        controller(window).save_on_exit()
        del _CONTROLLERS[id(window)]


_CONTROLLERS: dict[int, AppController] = {}


def controller(window: MainWindow) -> AppController:
    """The window's controller (the window itself does not know it)."""
    return _CONTROLLERS[id(window)]


def run_to_end(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds) + 2):
        clock.advance(1)
        window.driver.tick()


def test_corrupt_files_are_set_aside_and_all_reported_together(
    open_window: Opener, paths: DataPaths, qtbot: QtBot
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(b"{ not json \x00\xff")
    (paths.workouts_dir / "broken.json").write_text('{"version": 1, "id": "broken"', "utf-8")
    window = open_window()
    app = controller(window)
    qtbot.waitUntil(lambda: app.problems_box is not None, timeout=5000)
    assert app.problems_box is not None and app.problems_box.isVisible()
    details = app.problems_box.detailedText()
    assert "settings.json" in details and "defaults are used" in details
    assert "broken.json" in details, "every problem is listed, not just the last one"
    assert list(paths.config_dir.glob("settings.json.corrupt-*")), "the bad file was not kept"
    assert (paths.workouts_dir / "broken.json").exists(), "a user's workout file is theirs"
    assert window.lead_in_seconds == 10


def test_a_crashed_session_becomes_an_interrupted_record(
    open_window: Opener, paths: DataPaths
) -> None:
    journal = {
        "version": 1, "started_at": "2026-11-20T18:00:00+01:00", "workout_id": "short",
        "workout_name": "Short test", "rounds_planned": 2, "rounds_done": 1,
        "active_seconds": 40.0, "backward_seconds": 20.0, "kcal": None,
        "updated_at": "2026-11-20T18:00:40+01:00",
    }  # fmt: skip
    paths.journal_file.parent.mkdir(parents=True, exist_ok=True)
    paths.journal_file.write_text(json.dumps(journal), "utf-8")
    window = open_window(GuiOptions(workout_id="short", start=True))
    records, _ = HistoryStore(paths).load()
    assert [(r.workout_id, r.outcome, r.rounds_done) for r in records] == [
        ("short", "interrupted", 1)
    ]
    assert "interrupted" in window.statusBar().currentMessage()


def test_a_finished_session_is_recorded_with_its_energy_estimate(
    open_window: Opener, paths: DataPaths, clock: FakeClock, qtbot: QtBot
) -> None:
    SettingsStore(paths).save(
        dataclasses.replace(SettingsStore(paths).load()[0], body_weight_kg=70.0,
                            lead_in_seconds=0)
    )  # fmt: skip
    window = open_window(GuiOptions(workout_id="short", rounds=2, start=True))
    # --start waits for the voice and its first cues (no lead-in here: straight to running)
    qtbot.waitUntil(lambda: state_of(window) is State.RUNNING, timeout=15_000)
    run_to_end(window, clock, 60)
    assert state_of(window) is State.FINISHED
    (record,) = HistoryStore(paths).load()[0]
    assert (record.workout_id, record.outcome, record.rounds_done) == ("short", "completed", 2)
    assert record.active_seconds == pytest.approx(60)
    assert record.backward_seconds == pytest.approx(40)
    # backward jog 9.1 MET x 40 s + forward walk 3.0 MET x 20 s, for 70 kg
    assert record.kcal == pytest.approx((9.1 * 40 + 3.0 * 20) * 70 / 3600, abs=0.05)
    assert not paths.journal_file.exists()


def test_settings_are_remembered_and_applied(
    open_window: Opener, paths: DataPaths, qtbot: QtBot
) -> None:
    window = open_window(GuiOptions(workout_id="short", rounds=4))
    window.set_rounds(5)  # changed in the window: remembered
    app = controller(window)
    app.apply_settings(dataclasses.replace(app.settings, theme="light", lead_in_seconds=3))
    assert window.theme.name == "light"
    assert window.driver.plan is not None and window.driver.plan.lead_in_seconds == 3
    app.save_on_exit()
    saved = json.loads(paths.settings_file.read_text("utf-8"))
    assert saved["theme"] == "light" and saved["lead_in_seconds"] == 3
    assert saved["last_workout"] == "short" and saved["last_rounds"] == 5
    again = open_window()
    assert again.driver.plan is not None
    assert (again.driver.plan.workout.id, again.driver.plan.rounds) == ("short", 5)


def saved_settings(paths: DataPaths) -> dict[str, object]:
    if not paths.settings_file.exists():
        return {}
    saved: dict[str, object] = json.loads(paths.settings_file.read_text("utf-8"))
    return saved


def test_the_command_line_is_for_one_run(open_window: Opener, paths: DataPaths) -> None:
    """--fullscreen, --workout, --rounds and --lang are not saved: the next plain start is as
    before (the trial: after one --fullscreen run every start was full screen)."""
    SettingsStore(paths).save(Settings(theme="light"))
    options = GuiOptions(workout_id="short", rounds=3, fullscreen=True, language="de")
    window = open_window(options)
    app = controller(window)
    show_window(app, options)
    assert window.isFullScreen()
    assert window.driver.plan is not None and window.driver.plan.rounds == 3
    app.save_on_exit()
    saved = saved_settings(paths)
    assert saved.get("fullscreen") is None and saved.get("language") is None
    assert saved.get("last_workout") is None and saved.get("last_rounds") is None
    assert saved["theme"] == "light"  # the file's own settings are kept


def test_what_the_runner_changes_after_a_command_line_start_is_saved(
    open_window: Opener, paths: DataPaths
) -> None:
    options = GuiOptions(workout_id="short", fullscreen=True)
    window = open_window(options)
    app = controller(window)
    show_window(app, options)
    window.toggle_full_screen()  # F11: out of full screen
    window.set_rounds(6)
    app.save_on_exit()
    saved = saved_settings(paths)
    assert saved.get("fullscreen") is None  # the default: not full screen
    assert (saved["last_workout"], saved["last_rounds"]) == ("short", 6)


def test_full_screen_chosen_in_the_window_is_remembered(
    open_window: Opener, paths: DataPaths
) -> None:
    window = open_window()
    app = controller(window)
    window.toggle_full_screen()
    app.save_on_exit()
    assert saved_settings(paths)["fullscreen"] is True


def test_voice_starts_after_the_first_paint_and_m_mutes(open_window: Opener, qtbot: QtBot) -> None:
    window = open_window()
    app = controller(window)
    qtbot.waitUntil(lambda: app.voice is not None, timeout=5000)
    assert app.voice is not None and app.voice.cues, "the session's cues were not built"
    assert "on" in app.mute_label.text()
    assert "MUTED" not in window.panel.hint_label.text()
    app.actions["Mute voice"].trigger()
    assert app.voice.muted and "MUTED" in app.mute_label.text()
    assert app.settings.muted
    # and on the panel, where a runner looks (the trial: only the status bar said it)
    assert window.panel.hint_label.full_text() == "VOICE MUTED (M)"
    window.driver.start()
    window.driver.pause()
    assert window.panel.hint_label.full_text() == "VOICE MUTED (M) \u00b7 Space to resume"
    app.actions["Mute voice"].trigger()
    assert window.panel.hint_label.full_text() == "Space to resume"
    window.driver.stop()


def test_suggestion_follows_the_history(
    open_window: Opener, paths: DataPaths, qtbot: QtBot
) -> None:
    from retrocoach.storage.history import SessionRecord

    history = HistoryStore(paths)
    for day in (1, 3):
        history.append(SessionRecord(f"2026-11-0{day}T18:00:00+01:00", "week-2", "Week 2", 8,
                                     8, 1560.0, 480.0, "completed"))  # fmt: skip
    window = open_window()
    app = controller(window)
    qtbot.waitUntil(lambda: app.suggestion is not None, timeout=5000)
    assert app.suggestion is not None and app.suggestion.workout_id == "week-3"
    assert "Week 3" in app.suggestion_label.text()


def test_a_first_start_opens_on_the_suggested_workout(open_window: Opener, qtbot: QtBot) -> None:
    """The hostile trial: the app opened on Beginner while it suggested First steps."""
    window = open_window(voice_ready=False)
    app = controller(window)
    qtbot.waitUntil(lambda: app.suggestion is not None, timeout=5000)
    assert app.suggestion is not None and app.suggestion.workout_id == "first-steps"
    assert window.workout_picker.currentData() == "first-steps"


def test_a_remembered_workout_wins_over_the_suggestion(
    open_window: Opener, paths: DataPaths, qtbot: QtBot
) -> None:
    SettingsStore(paths).save(Settings(last_workout="short"))
    window = open_window(voice_ready=False)
    app = controller(window)
    qtbot.waitUntil(lambda: app.suggestion is not None, timeout=5000)
    assert window.workout_picker.currentData() == "short"


def test_a_workout_imported_by_the_command_line_shows_in_the_open_window(
    open_window: Opener, paths: DataPaths, qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 17 item 6: a CLI ``import`` never showed in the open window."""
    window = open_window(voice_ready=False)
    source = tmp_path / "hills.json"
    source.write_text(json.dumps({**SHORT_WORKOUT, "id": "hills", "name": "Hills"}), "utf-8")
    env = {**os.environ, "RETROCOACH_HOME": str(paths.data_dir.parent)}
    imported = subprocess.run(
        [sys.executable, "-m", "retrocoach", "import", str(source)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    picker = window.workout_picker
    qtbot.waitUntil(lambda: picker.findData("hills") >= 0, timeout=10_000)
    assert picker.currentData() != "hills"  # shown, not chosen for the runner


def test_the_round_picker_says_round_or_rounds(open_window: Opener, paths: DataPaths) -> None:
    """Issue 17 item 9: "1 rounds" and "4 round" (the suffix missed a workout's change)."""
    one = {**SHORT_WORKOUT, "id": "one", "name": "One round", "default_rounds": 1}
    (paths.workouts_dir / "one.json").write_text(json.dumps(one), "utf-8")
    window = open_window(GuiOptions(workout_id="one"), voice_ready=False)
    picker = window.chooser.rounds_picker
    assert (picker.value(), picker.suffix()) == (1, " round")
    window.select_workout("beginner")
    assert (picker.value(), picker.suffix()) == (4, " rounds")
    window.select_workout("one")
    assert (picker.value(), picker.suffix()) == (1, " round")


def test_a_hand_edit_of_the_settings_while_open_is_kept_and_applied(
    open_window: Opener, paths: DataPaths
) -> None:
    """Issue 17 item 8: an edit of settings.json while the app was open was overwritten,
    silently, at the next save (here: the mute key's)."""
    window = open_window(voice_ready=False)
    app = controller(window)
    app.prefs.save(dataclasses.replace(app.settings, rate=200))  # the app's file, known
    paths.settings_file.write_text(json.dumps({"rate": 200, "theme": "light"}), "utf-8")
    app.prefs.save(dataclasses.replace(app.settings, muted=True))
    assert json.loads(paths.settings_file.read_text("utf-8")) == {
        "rate": 200, "theme": "light", "muted": True,
    }  # fmt: skip
    assert app.settings.theme == "light" and app.settings.muted
    assert "edits are kept" in window.statusBar().currentMessage()


def test_closing_mid_session_asks_and_records_a_stopped_session(
    open_window: Opener, paths: DataPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(GuiOptions(workout_id="short", start=True))
    run_to_end(window, clock, 25)  # 10 s lead-in, then 15 s of the first phase
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    assert not window.close(), "the first answer was No: the window must stay open"
    assert state_of(window) is State.RUNNING
    assert window.close()
    (record,) = HistoryStore(paths).load()[0]
    assert record.outcome == "stopped" and record.active_seconds == pytest.approx(16, abs=1)


def _stop(driver: SessionDriver) -> None:
    """Stop the session: closing the window mid-session would ask first."""
    driver.stop()


def test_unsaved_sessions_are_not_lost_on_quit(
    open_window: Opener, paths: DataPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(GuiOptions(workout_id="short", rounds=1, start=True))
    data = paths.data_dir
    moved = data.with_name("data-moved")
    data.rename(moved)
    data.write_text("not a folder")  # the data folder is unusable: a real ENOTDIR
    run_to_end(window, clock, 60)
    assert state_of(window) is State.FINISHED
    assert controller(window).recorder.history.pending, "the record must wait in memory"
    # issue 17 item 9: said on the end card too, not only in a status line that fades
    assert any("Not saved yet" in line for line in window.panel.card.lines())
    prompts: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        prompts.append(text)
        if len(prompts) == 1:
            return QMessageBox.StandardButton.Cancel  # keep the app open
        data.unlink()
        moved.rename(data)  # the user fixed the folder
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert not window.close(), "Cancel must keep the window open"
    assert window.close()
    assert len(prompts) == 2 and "could not be saved" in prompts[0]
    (record,) = HistoryStore(paths).load()[0]
    assert record.workout_id == "short" and record.outcome == "completed"


def test_a_new_workout_from_the_menu_appears_in_the_picker(
    open_window: Opener, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retrocoach.ui.dialogs.workout_editor import WorkoutEditor

    def build_and_save(editor: WorkoutEditor) -> int:
        """What a user does in the dialog: a name, two round phases, Save."""
        editor.name.setText("Two by two")
        section = editor.sections["round"]
        section.add_phase()
        section.add_phase()
        editor.save()
        return editor.result()

    monkeypatch.setattr(WorkoutEditor, "exec", build_and_save)
    window = open_window()
    controller(window).actions["New workout"].trigger()
    assert window.workout_picker.currentText() == "Two by two (yours)"
    plan = window.driver.plan
    assert plan is not None and plan.workout.id == "two-by-two"
    assert len(plan.workout.round) == 2
    assert (paths.workouts_dir / "two-by-two.json").is_file()


def test_restart_mid_session_records_the_run_so_far(
    open_window: Opener, paths: DataPaths, clock: FakeClock
) -> None:
    window = open_window(GuiOptions(workout_id="short", start=True))
    run_to_end(window, clock, 30)  # 10 s lead-in, then 20 s lived
    window.driver.restart()
    assert state_of(window) is State.LEAD_IN
    (record,) = HistoryStore(paths).load()[0]
    assert record.outcome == "stopped" and record.active_seconds == pytest.approx(21, abs=1)


def test_editing_the_selected_workout_reloads_its_plan(
    open_window: Opener, paths: DataPaths
) -> None:
    window = open_window(GuiOptions(workout_id="short"))
    changed = json.loads(json.dumps(SHORT_WORKOUT))
    changed["round"][0]["seconds"] = 45
    (paths.workouts_dir / "short.json").write_text(json.dumps(changed), "utf-8")
    controller(window)._reload_library("short")
    plan = window.driver.plan
    assert plan is not None and plan.phases[0].seconds == 45


def test_escape_asks_before_stopping(
    open_window: Opener, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    window = open_window(GuiOptions(workout_id="short"))
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_Escape)  # idle: nothing to stop, nothing asked
    window.driver.start()
    answers.append(QMessageBox.StandardButton.No)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert state_of(window) is State.LEAD_IN
    answers.append(QMessageBox.StandardButton.Yes)
    window.stop_button.click()
    assert not answers  # asked exactly twice
    assert state_of(window) is State.FINISHED
    assert window.panel.tag_label.text() == "STOPPED"


def test_the_stop_question_pauses_the_session_and_no_resumes_it(
    open_window: Opener, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(GuiOptions(workout_id="short"))
    seen: list[tuple[State, str]] = []

    def answer(*_args: object) -> QMessageBox.StandardButton:
        seen.append((state_of(window), window.countdown.text()))
        clock.advance(120)  # the runner takes two minutes to answer
        window.driver.tick()
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.driver.start()
    clock.advance(15.2)
    window.driver.tick()
    shown = window.countdown.text()
    window.stop_button.click()
    assert seen == [(State.PAUSED, shown)]  # paused while asked: nothing ran on behind it
    assert state_of(window) is State.RUNNING  # No: it goes on where it was
    assert window.countdown.text() == shown
    window.driver.pause()
    window.stop_button.click()  # already paused: it stays paused after No
    assert state_of(window) is State.PAUSED


def test_ctrl_q_mid_session_asks_first(
    open_window: Opener, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[tuple[str, State]] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append((title, state_of(window)))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window = open_window(GuiOptions(workout_id="short", start=True))
    controller(window).actions["Quit"].trigger()
    # the trial: the session ran on behind the question; now it waits, as for Stop
    assert asked == [("Quit retrocoach?", State.PAUSED)]
    assert window.isVisible() and state_of(window) is State.LEAD_IN


def test_the_window_does_not_know_its_controller() -> None:
    """No import cycle: main_window.py imports neither the controller nor the app module."""
    import ast

    import retrocoach.ui.screen.main_window as module

    source = Path(module.__file__).read_text("utf-8")
    tree = ast.parse(source)
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
        for alias in node.names
    }  # fmt: skip
    assert not imported & {"retrocoach.ui.controller", "retrocoach.ui.app"}
    assert "AppController" not in source and "self.controller" not in source


def test_nothing_is_journalled_during_the_lead_in(
    open_window: Opener, paths: DataPaths, clock: FakeClock, qtbot: QtBot
) -> None:
    """Nothing done, nothing recorded: a crash in the lead-in must leave no journal behind."""
    window = open_window(GuiOptions(workout_id="short", start=True))
    run_to_end(window, clock, 5)  # 5 s into the 10 s lead-in
    assert state_of(window) is State.LEAD_IN
    window.driver.pause()
    assert not paths.journal_file.exists(), "a kill now would record a 0:00 session"
    window.driver.resume()
    run_to_end(window, clock, 8)  # into the first phase
    assert state_of(window) is State.RUNNING
    assert json.loads(paths.journal_file.read_text("utf-8"))["workout_id"] == "short"
    window.driver.stop()
    (record,) = HistoryStore(paths).load()[0]
    assert record.outcome == "stopped" and not paths.journal_file.exists()


def test_a_long_phase_is_journalled_as_it_goes(
    open_window: Opener, paths: DataPaths, clock: FakeClock
) -> None:
    """The hostile trial: a kill lost up to a whole phase (a 5-minute warm-up)."""
    window = open_window(GuiOptions(workout_id="beginner", start=True))
    lead_in = window.driver.session.plan.lead_in_seconds if window.driver.session else 0
    run_to_end(window, clock, lead_in + 100)  # 100 s into the 5-minute warm-up
    assert window.driver.session is not None
    phase = window.driver.session.plan.phase_at(100.0)
    assert phase is not None and phase.index == 0  # still the first phase
    journalled = json.loads(paths.journal_file.read_text("utf-8"))["active_seconds"]
    assert 100 - JOURNAL_EVERY - 2 <= journalled <= 100
    window.driver.stop()


def test_a_short_phase_is_journalled_as_it_goes(
    open_window: Opener, paths: DataPaths, clock: FakeClock
) -> None:
    """The hostile trial: a SIGKILL 15 s into a 20-second phase recorded 0:00 for it."""
    window = open_window(GuiOptions(workout_id="short", start=True))
    lead_in = window.driver.session.plan.lead_in_seconds if window.driver.session else 0
    run_to_end(window, clock, lead_in + 15)
    assert window.driver.session is not None
    phase = window.driver.session.plan.phase_at(15.0)
    assert phase is not None and phase.index == 0
    journalled = json.loads(paths.journal_file.read_text("utf-8"))["active_seconds"]
    assert 15 - JOURNAL_EVERY - 1 <= journalled <= 15 and journalled >= 9
    window.driver.stop()


def test_a_stop_in_the_lead_in_keeps_nothing(
    open_window: Opener, paths: DataPaths, clock: FakeClock
) -> None:
    window = open_window(GuiOptions(workout_id="short", start=True))
    run_to_end(window, clock, 3)
    window.driver.stop()
    assert not paths.journal_file.exists() and not paths.history_file.exists()


NO_AUDIO_SCRIPT = """
import json
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from retrocoach.ui.app import GuiOptions, build_app

app = QApplication([])
controller = build_app(GuiOptions(workout_id="beginner"))
controller.window.show()
for _ in range(200):
    if controller.voice is not None:
        break
    QTest.qWait(50)
QTest.qWait(300)
assert controller.voice is not None, "the voice never started"
print(json.dumps({
    "message": controller.window.statusBar().currentMessage(),
    "label": controller.mute_label.text(),
    "available": controller.voice.audio_available,
}))
controller.save_on_exit()
"""


def test_no_audio_output_is_told_and_the_label_says_captions_only(
    tmp_path: Path, isolated_home: Path
) -> None:
    """A machine without a sound server (the fault: PULSE_SERVER points at nothing)."""
    import os
    import subprocess
    import sys

    from retrocoach.speech.hints import NO_AUDIO_MESSAGE

    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/no-server", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", NO_AUDIO_SCRIPT], capture_output=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    seen = json.loads(done.stdout.decode().strip().splitlines()[-1])
    assert seen["available"] is False
    assert seen["message"] == NO_AUDIO_MESSAGE
    assert seen["label"] == "Voice: captions only"


def test_with_audio_output_the_label_says_voice_on(open_window: Opener, qtbot: QtBot) -> None:
    window = open_window()
    app = controller(window)
    qtbot.waitUntil(lambda: app.voice is not None, timeout=5000)
    assert app.voice is not None and app.voice.audio_available
    assert app.mute_label.text() == "Voice: on (M)"
    assert window.statusBar().currentMessage() == ""


def test_start_waits_until_the_lead_in_safety_cue_is_rendered(
    open_window: Opener, paths: DataPaths, qtbot: QtBot
) -> None:
    """Item 0: with --start on a fresh data folder the lead-in began before its "check the
    path behind you" cue was rendered, and the one safety check was never heard."""
    window = open_window(GuiOptions(workout_id="short", start=True), voice_ready=False)
    app = controller(window)
    assert state_of(window) is State.IDLE  # no voice yet (it is built after the first paint)
    assert window.driver.start_pending
    qtbot.waitUntil(lambda: state_of(window) is State.LEAD_IN, timeout=15_000)
    assert app.voice is not None
    lead_in = [cue for cue in app.voice.cues if cue.at < 0]
    assert any(cue.kind.value == "safety" for cue in lead_in)
    cache = app.voice.renderer.cache
    assert all(cache.lookup(cue.text) is not None for cue in lead_in), "started unrendered"


def test_stop_while_the_start_waits_for_the_voice_cancels_it(
    open_window: Opener, qtbot: QtBot
) -> None:
    window = open_window(GuiOptions(workout_id="short", start=True), voice_ready=False)
    assert window.driver.start_pending
    assert window.driver.stop()
    assert not window.driver.start_pending
    qtbot.wait(300)
    assert state_of(window) is State.IDLE


def test_the_view_menu_toggles_full_screen(open_window: Opener) -> None:
    from PySide6.QtCore import Qt

    window = open_window(GuiOptions(workout_id="short"))
    action = controller(window).actions["Full screen"]
    assert action.text().endswith("\tF11")  # the menu shows the key
    action.trigger()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    action.trigger()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_the_timeline_is_placed_with_the_rendered_lengths_before_the_start(
    open_window: Opener, qtbot: QtBot
) -> None:
    """Issue 9 item 3: the cues a session starts with are placed with the lengths of their
    rendered audio, not the word-count estimate, and keep 0.3 s between them."""
    window = open_window(GuiOptions(workout_id="short", start=True), voice_ready=False)
    qtbot.waitUntil(lambda: state_of(window) is State.LEAD_IN, timeout=15_000)
    voice = controller(window).voice
    assert voice is not None and voice.cues
    assert all(cue.measured for cue in voice.cues), [c.text for c in voice.cues if not c.measured]
    lengths = MeasuredDurations(voice.renderer.cache.lookup)
    assert [cue.seconds for cue in voice.cues] == [lengths(cue.text) for cue in voice.cues]
    for earlier, later in pairwise(voice.cues):
        assert later.at >= earlier.at + earlier.seconds + MIN_CUE_GAP_SECONDS - 1e-6


def test_where_you_run_reaches_the_voice(
    open_window: Opener, paths: DataPaths, qtbot: QtBot
) -> None:
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"place": "treadmill"}), "utf-8")
    window = open_window(GuiOptions(workout_id="short"))
    voice = controller(window).voice
    assert voice is not None
    assert voice.cues[0].text == "Safety clip on, hands near the rails, half your walking pace"
    tips = [cue for cue in voice.cues if cue.kind.value == "tip"]
    assert tips and tips[0].categories == ("look-back",)
    voice.apply_settings(dataclasses.replace(voice.settings, place="track"))
    assert voice.cues[0].text == "Check the path behind you is clear"


MARKUP = '<img src="no-such-file.png"><h1>Big</h1>'


def test_names_tips_and_file_names_are_shown_as_text_never_as_html(
    open_window: Opener, paths: DataPaths, clock: FakeClock, qtbot: QtBot
) -> None:
    """The hostile trial: a workout named ``<img src="/dev/zero">`` made the app read
    /dev/zero until it ran out of memory; ``<h1>`` names blew up the layout. Every label that
    shows such text is plain, wherever it sits (panel, card, timeline, status bar, dialogs)."""
    workout = {
        **SHORT_WORKOUT,
        "id": "markup",
        "name": f"{MARKUP} workout",
        "round": [
            {"name": f"{MARKUP} jog", "direction": "backward", "pace": "jog", "seconds": 20},
            {"name": f"{MARKUP} walk", "direction": "forward", "pace": "walk", "seconds": 10},
        ],
    }
    (paths.workouts_dir / "markup.json").write_text(json.dumps(workout), "utf-8")
    (paths.workouts_dir / "<h1>Bad file.json").write_text("{ broken", "utf-8")  # a problem
    window = open_window(GuiOptions(workout_id="markup"))
    app = controller(window)
    window.show_caption(f"{MARKUP} tip")
    seen: list[str] = []

    def check_labels(root: QWidget) -> None:
        for label in root.findChildren(QLabel):
            if "<h1>" in label.text():
                seen.append(label.objectName() or type(label).__name__)
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
            assert "<h1>" not in label.toolTip() or label.toolTip().startswith("<qt>&lt;"), (
                label.objectName()
            )

    check_labels(window)  # idle: the workout card
    window.driver.start()
    run_to_end(window, clock, 12)  # the lead-in, into the first phase
    check_labels(window)  # running: phase name, next, caption
    assert app.problems_box is not None
    check_labels(app.problems_box)  # the bad file's name in the start-up problems
    assert len(seen) >= 4, seen
    window.driver.stop()
