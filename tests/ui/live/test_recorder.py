"""The recorder keeps the session it started with, whatever plan is loaded as it finishes."""

from __future__ import annotations

from pathlib import Path

from retrocoach.core.session import State
from retrocoach.storage.history import HistoryStore
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.live.recorder import SessionRecorder
from tests.ui.live.test_driver import fake_driver, tiny_plan


def test_a_plan_loaded_as_the_session_finishes_does_not_stand_in_for_it(tmp_path: Path) -> None:
    """The trial: a workouts-folder re-read at the finish loaded a fresh plan before the
    recorder heard of the finish; it recorded that plan's new session (0 s lived), so the
    stopped session was dropped and its journal deleted."""
    paths = DataPaths.under(tmp_path)
    history = HistoryStore(paths)
    driver, clock = fake_driver(tiny_plan(30, 30))
    recorder = SessionRecorder(driver, SessionJournal(paths, history), lambda: None)
    reloaded = tiny_plan(5)

    def reload_at_rest(state: State) -> None:  # as the workouts' refill does, first in line
        if state is State.FINISHED:
            driver.load(reloaded)

    driver.state_changed.connect(reload_at_rest)
    recorded: list[object] = []
    recorder.recorded.connect(recorded.append)
    driver.start()
    clock.advance(12.0)
    driver.tick()
    assert driver.stop()
    assert driver.plan is reloaded  # the new plan did replace the finished one
    records, _problems = history.load()
    assert [(r.outcome, round(r.active_seconds)) for r in records] == [("stopped", 12)]
    assert len(recorded) == 1 and not paths.journal_file.exists()
