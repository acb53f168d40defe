"""Issue 8 (items 3, 4, 9, 16): damaged and special files reach the start-up problems window.

The window as the app builds it (``build_app``), on real files: a damaged journal, a torn
history line, FIFOs in place of every file, a file in place of the workouts folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from retrocoach.core.commands import UNDER_WAY
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.controller import AppController
from retrocoach.ui.live.driver import SessionDriver
from tests.conftest import share_rendered_voice
from tests.core.clock import FakeClock
from tests.storage.special_files import fifo_watchdog

Opener = Callable[..., AppController]
_GOOD_LINE = (
    '{"started_at":"2026-11-20T18:00:00+01:00","workout_id":"beginner","workout_name":"Beginner",'
    '"rounds_planned":4,"rounds_done":4,"active_seconds":500.0,"backward_seconds":300.0,'
    '"outcome":"completed","kcal":null}\n'
)


@pytest.fixture
def paths(isolated_home: Path) -> DataPaths:
    paths = DataPaths.default()
    paths.data_dir.mkdir(parents=True)
    paths.config_dir.mkdir(parents=True)
    share_rendered_voice(paths)
    return paths


@pytest.fixture
def open_app(
    qtbot: QtBot, paths: DataPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Opener]:
    """Build and show the window; return its controller once the start-up has finished.

    Closing never waits for an answer: unsaved sessions are discarded (a failing test must
    not leave a modal question behind).
    """
    apps: list[AppController] = []
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: discard)

    def build(options: GuiOptions | None = None) -> AppController:
        driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
        app = build_app(options or GuiOptions(), driver=driver, paths=paths)
        window = app.window
        qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))  # else close asks
        apps.append(app)
        window.show()
        qtbot.waitExposed(window)
        # finish_startup ran, and a start would not wait for the voice's first cues
        qtbot.waitUntil(
            lambda: app.voice is not None and app.voice.first_cues_ready(),
            timeout=60_000,  # flite (Auto) renders ~50 cues in ~10 s, more under load
        )
        return app

    yield build
    for app in apps:
        app.save_on_exit()


def _stop(driver: SessionDriver) -> None:
    driver.stop()


def _details(app: AppController) -> str:
    assert app.problems_box is not None, "no start-up problems window"
    return app.problems_box.detailedText()


def test_a_damaged_journal_is_in_the_problems_window(open_app: Opener, paths: DataPaths) -> None:
    """Item 9: a lost unfinished session was logged at INFO only."""
    paths.journal_file.write_text('{"version": 1, "started_at": "2026-11-', "utf-8")
    details = _details(open_app())
    assert "journal of an unfinished session" in details
    assert "session-journal.json.corrupt-" in details
    assert list(paths.data_dir.glob("session-journal.json.corrupt-*"))


def test_a_torn_history_line_is_reported_once(open_app: Opener, paths: DataPaths) -> None:
    """Item 3: set aside at the first start, nothing to say at the second."""
    paths.history_file.write_text(_GOOD_LINE + '{"star', "utf-8")
    details = _details(open_app())
    [problem] = details.split("\n\n")  # one report: not also as a bad line
    assert "cut short" in problem and "history.jsonl.corrupt-" in problem
    assert paths.history_file.read_text("utf-8") == _GOOD_LINE
    second = open_app()
    assert second.problems_box is None
    assert len(second.records) == 1


def test_special_files_are_reported_and_the_app_opens(open_app: Opener, paths: DataPaths) -> None:
    """Item 4: FIFOs in place of every file the app reads; a hang fails after 30 s (opening
    includes rendering the voice's ~50 cues: ~10 s with flite, Auto's voice)."""
    fifos = [
        paths.settings_file,
        paths.tips_file,
        paths.workouts_dir / "x.json",
        paths.history_file,
        paths.journal_file,
    ]
    paths.workouts_dir.mkdir()
    for fifo in fifos:
        os.mkfifo(fifo)
    with fifo_watchdog(fifos, timeout=30.0):
        details = _details(open_app())
    for fifo in fifos:
        assert any(fifo.name in line and "FIFO" in line for line in details.split("\n\n")), (
            fifo.name,
            details,
        )


def test_a_file_in_place_of_the_workouts_folder_is_reported(
    open_app: Opener, paths: DataPaths
) -> None:
    """Item 16."""
    paths.workouts_dir.write_text(json.dumps({"not": "a folder"}), "utf-8")
    details = _details(open_app())
    assert f"{paths.workouts_dir} is a file where your workouts folder should be" in details


def test_a_session_runs_to_its_end_with_fifos_as_history_and_journal(
    open_app: Opener, paths: DataPaths, clock: FakeClock
) -> None:
    """Item 4: FIFOs made while the app runs; the session is kept in memory, nothing hangs."""
    app = open_app(GuiOptions(workout_id="first-steps", rounds=1))
    fifos = [paths.history_file, paths.journal_file]
    for fifo in fifos:
        os.mkfifo(fifo)
    driver = app.window.driver
    with fifo_watchdog(fifos, timeout=5.0):
        driver.start()
        for _ in range(30 * 60):
            clock.advance(1)
            driver.tick()
            if driver.session is not None and driver.session.outcome is not None:
                break
    assert driver.session is not None and driver.session.outcome is not None
    [record] = app.recorder.history.pending
    assert record.workout_id == "first-steps" and getattr(record, "outcome", "") == "completed"
    assert "FIFO" in app.window.statusBar().currentMessage()
    paths.history_file.unlink()  # the user removes it: the retry saves the session
    app.recorder.flush()
    assert not app.recorder.history.pending  # (else closing the window would ask)
    assert len(app.recorder.history.load()[0]) == 1


def test_a_cache_folder_that_cannot_be_written_still_gives_a_voice(
    open_app: Opener, paths: DataPaths
) -> None:
    """The hostile trial: an unwritable cache folder turned the voice off, said only in the
    status bar. Now the voice renders into a temporary folder and the problem is reported."""
    paths.speech_cache_dir.unlink()  # not the shared voice cache: a file in its place
    paths.speech_cache_dir.write_text("in the way", "utf-8")  # (root ignores chmod)
    app = open_app()  # waits until the lead-in's cues are rendered
    details = _details(app)
    assert f"Cannot write to {paths.speech_cache_dir}" in details
    assert "for this run instead" in details
    voice = app.voice
    assert voice is not None and voice.renderer.unavailable_reason is None
    first = voice.cues[0]
    rendered = voice.renderer.cache.lookup(first.text)
    assert rendered is not None and rendered.stat().st_size > 1000  # a real WAV, elsewhere
    assert paths.cache_dir not in rendered.parents
    assert paths.speech_cache_dir.read_text("utf-8") == "in the way"


def test_a_folder_that_cannot_be_written_is_said_at_the_start(
    open_app: Opener, paths: DataPaths
) -> None:
    """The hostile trial: a read-only data folder was only found out when a session ended."""
    paths.config_dir.rmdir()
    paths.config_dir.write_text("in the way", "utf-8")  # (root ignores chmod)
    details = _details(open_app())
    assert f"{paths.config_dir} is a file, not a folder" in details
    assert "Settings cannot be saved." in details
    assert paths.config_dir.read_text("utf-8") == "in the way"


def test_a_voice_that_cannot_speak_is_named_and_auto_speaks(
    open_app: Opener, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Piper voice file that is gone: the runner is told, and Auto's voice renders the cues."""
    from retrocoach.speech.engines.choice import VoiceChoice
    from retrocoach.storage.settings import Settings, SettingsStore
    from retrocoach.ui.screen.main_window import MainWindow

    gone = paths.voices_dir / "en_US-gone-medium.onnx"
    SettingsStore(paths).save(Settings(voice=f"piper:{gone}"))
    messages: list[str] = []
    real_show = MainWindow.show_message

    def show_message(window: MainWindow, text: str) -> None:
        messages.append(text)
        real_show(window, text)

    monkeypatch.setattr(MainWindow, "show_message", show_message)
    app = open_app()
    voice = app.voice
    assert voice is not None and voice.resolved.choice == VoiceChoice("flite", "rms")
    said = [m for m in messages if m.startswith("Voice:")]
    assert said and f"the Piper voice {gone} does not exist" in said[0]
    assert "using flite (rms) instead" in said[0]
    rendered = voice.renderer.cache.lookup(voice.cues[0].text)
    assert rendered is not None and voice.renderer.cache.backend == "flite"


def test_the_problems_box_never_covers_a_started_session(
    open_app: Opener, paths: DataPaths, clock: FakeClock
) -> None:
    """Issue 17 item 6: ``--start`` ran the whole session behind the start-up problems box."""
    paths.settings_file.write_text('{"rate": ', "utf-8")  # damaged: a start-up problem
    app = open_app(GuiOptions(start=True))
    driver = app.window.driver
    assert driver.state in UNDER_WAY
    assert "settings" in _details(app)
    assert app.problems_box is not None and not app.problems_box.isVisible()
    driver.stop()  # the session is over: now the runner can read it
    assert app.problems_box.isVisible()
    app.problems_box.done(0)  # read and closed: not shown again after the next session
    driver.start()
    driver.stop()
    assert not app.problems_box.isVisible()


def test_a_remembered_9800_hour_workout_is_reported_not_run(
    open_app: Opener, paths: DataPaths
) -> None:
    """Trial finding 1: the 9,800-hour workout, remembered as the last one, pegged the GUI
    thread for 25-60 s on every start. It is now a skipped file, named with its length."""
    from retrocoach.storage.settings import Settings, SettingsStore
    from tests.cli.test_session_cap import hours, monster

    paths.workouts_dir.mkdir()
    (paths.workouts_dir / "monster.json").write_text(json.dumps(monster()), "utf-8")
    (paths.workouts_dir / "hours.json").write_text(json.dumps(hours()), "utf-8")
    SettingsStore(paths).save(Settings(last_workout="monster", last_rounds=50))
    app = open_app()
    details = _details(app)
    assert "monster.json" in details and "9800:00:00" in details, details
    assert app.window.workout_picker.findData("monster") < 0
    assert app.window.workout_picker.findData("hours") >= 0  # the others still load
    plan = app.window.driver.plan
    assert plan is not None and plan.total_seconds <= 4 * 3600
