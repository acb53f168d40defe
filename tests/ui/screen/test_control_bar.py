"""The control bar (retrocoach/ui/screen/control_bar.py): Start says what Space does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.theme import DEFAULT_THEME
from retrocoach.ui.screen.control_bar import ControlBar


def test_each_state_enables_its_commands_and_names_space(qtbot: QtBot) -> None:
    asked: list[str] = []
    bar = ControlBar(
        SessionDriver(), DEFAULT_THEME, lambda: asked.append("stop"), lambda: asked.append("fs")
    )
    words = {}
    for state in State:
        bar.enable(state)
        words[state] = bar.start.text()
        stop_enabled = bar.stop.isEnabled()
        assert stop_enabled == (state not in (State.IDLE, State.FINISHED))
    assert words == {
        State.IDLE: "Start",
        State.LEAD_IN: "Pause",
        State.RUNNING: "Pause",
        State.PAUSED: "Resume",
        State.FINISHED: "Start again",
    }
    bar.enable(State.RUNNING)
    bar.stop.click()
    bar.full_screen.click()
    assert asked == ["stop", "fs"]
    bar.rescale(1.5)
    assert bar.start.font().bold() and not bar.back.font().bold()
