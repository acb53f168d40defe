"""The session's states and the one table of legal commands (core.session_states)."""

from __future__ import annotations

from retrocoach.core.session_states import ALLOWED, Command, State


def test_every_state_has_its_commands_and_only_restart_after_the_end() -> None:
    assert set(ALLOWED) == set(State)
    assert ALLOWED[State.IDLE] == {Command.START}
    assert ALLOWED[State.FINISHED] == {Command.RESTART}
    assert all(Command.STOP in ALLOWED[state] for state in (State.LEAD_IN, State.RUNNING))
    assert Command.RESUME in ALLOWED[State.PAUSED] and Command.PAUSE not in ALLOWED[State.PAUSED]
