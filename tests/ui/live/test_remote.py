"""Remote commands on a real driver (fake clock), their spoken confirmations, and the MPRIS
view of the session."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from retrocoach.core.commands import REMOTE_RESTART_WINDOW
from retrocoach.core.session import State
from retrocoach.desktop.mpris import RemoteCommand
from retrocoach.desktop.player_status import player_status
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.remote import RemoteControl, confirmation_texts
from tests.ui.live.test_driver import fake_driver, state, tiny_plan


@pytest.fixture(autouse=True)
def _qt_app(qapp: QApplication) -> None:
    """The driver's timers need a QApplication."""


def remote(lead_in: int = 0) -> tuple[RemoteControl, SessionDriver, list[str]]:
    driver, _clock = fake_driver(tiny_plan(30, 60, 20, lead_in=lead_in))
    said: list[str] = []
    return RemoteControl(driver, said.append), driver, said


def test_one_button_starts_pauses_and_resumes_and_says_so() -> None:
    control, driver, said = remote()
    assert control.handle(RemoteCommand.PLAY_PAUSE)
    assert state(driver) is State.RUNNING
    assert said == []  # a start is not confirmed: the lead-in's cues speak
    assert control.handle(RemoteCommand.PLAY_PAUSE)
    assert state(driver) is State.PAUSED
    assert control.handle(RemoteCommand.PLAY_PAUSE)
    assert state(driver) is State.RUNNING
    assert said == ["Paused", "Resumed"]


def test_next_and_previous_name_the_phase_and_stop_only_pauses() -> None:
    control, driver, said = remote()
    driver.start()
    assert control.handle(RemoteCommand.NEXT)
    assert control.handle(RemoteCommand.PREVIOUS)  # within 2 s of its start: the previous
    assert said == ["Skipped: phase 1", "Back: phase 0"]
    assert control.handle(RemoteCommand.STOP)
    assert state(driver) is State.PAUSED and said[-1] == "Paused"
    assert not control.handle(RemoteCommand.PAUSE)  # already paused: nothing, nothing said
    assert control.handle(RemoteCommand.PLAY)
    assert said[-1] == "Resumed" and len(said) == 4


def test_commands_that_change_nothing_say_nothing() -> None:
    control, driver, said = remote()
    assert not control.handle(RemoteCommand.PAUSE)  # idle
    assert not control.handle(RemoteCommand.NEXT)
    assert not control.handle("not a command")
    raised: list[bool] = []
    control.raise_requested.connect(lambda: raised.append(True))
    assert control.handle(RemoteCommand.RAISE) and raised == [True]
    assert said == [] and state(driver) is State.IDLE


def test_a_skip_past_the_last_phase_leaves_the_finish_to_the_finish_cue() -> None:
    control, driver, said = remote()
    driver.start()
    for _ in range(3):
        control.handle(RemoteCommand.NEXT)
    assert state(driver) is State.FINISHED
    assert said == ["Skipped: phase 1", "Skipped: phase 2"]


def test_every_confirmation_is_rendered_with_the_plan() -> None:
    texts = confirmation_texts(tiny_plan(30, 60, 20))
    assert texts[:2] == ["Paused", "Resumed"]
    assert "Skipped: phase 2" in texts and "Back: phase 0" in texts
    assert len(texts) == len(set(texts)) == 2 + 2 * 3


def test_the_mpris_view_follows_the_session() -> None:
    control, driver, _said = remote(lead_in=5)
    idle = control.status()
    assert idle.playback == "Stopped" and idle.metadata["xesam:title"] == "Tiny"
    assert idle.can_play and not idle.can_pause and not idle.can_go_next
    driver.start()
    lead_in = control.status()
    assert lead_in.playback == "Playing" and lead_in.metadata["xesam:title"] == "Get ready"
    assert lead_in.metadata["mpris:trackid"] == "/org/retrocoach/phase/lead_in"
    control.handle(RemoteCommand.NEXT)  # out of the lead-in: phase 0
    control.handle(RemoteCommand.PAUSE)
    paused = control.status()
    assert paused.playback == "Paused" and paused.can_play and paused.can_pause
    assert paused.metadata["xesam:title"] == "phase 0"
    assert paused.metadata["retrocoach:direction"] == "backward"
    assert paused.metadata["retrocoach:secondsLeft"] == 30
    assert paused.metadata["xesam:artist"] == ["Round 1 of 1"]
    assert paused.metadata["xesam:comment"] == ["Backward, Round 1 of 1, 0:30 left"]
    assert player_status(None).playback == "Stopped"


def test_a_headset_press_on_the_end_card_does_not_start_a_new_session() -> None:
    """Issue 17 item 6: one headset play/pause on the end card recorded a second session.
    A first press does nothing; a second within a few seconds starts the new session."""
    driver, clock = fake_driver(tiny_plan(30, 60, 20))
    said: list[str] = []
    control = RemoteControl(driver, said.append)
    finished: list[object] = []
    driver.finished.connect(finished.append)
    assert control.handle(RemoteCommand.PLAY_PAUSE)
    clock.advance(200)
    driver.tick()
    assert state(driver) is State.FINISHED and len(finished) == 1
    assert not control.handle(RemoteCommand.PLAY_PAUSE)  # the bump after the finish
    assert state(driver) is State.FINISHED
    clock.advance(REMOTE_RESTART_WINDOW + 1)  # too late to be the second of a pair
    assert not control.handle(RemoteCommand.PLAY)
    assert state(driver) is State.FINISHED
    clock.advance(1)
    assert control.handle(RemoteCommand.PLAY_PAUSE)  # the second press: a new session
    assert state(driver) is State.RUNNING
    assert said == []  # a start is not confirmed: the lead-in's cues speak
