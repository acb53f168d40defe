"""The key table and the state groups (retrocoach/core/commands.py)."""

from __future__ import annotations

import pytest

from retrocoach.core.commands import (
    AT_REST,
    MOVING,
    REMOTE_RESTART_WINDOW,
    SPACE,
    UNDER_WAY,
    remote_command,
    space_command,
    starts_a_session,
)
from retrocoach.core.session import ALLOWED, Command, State


@pytest.mark.parametrize(
    ("state", "command"),
    [
        (State.IDLE, Command.START),
        (State.LEAD_IN, Command.PAUSE),
        (State.RUNNING, Command.PAUSE),
        (State.PAUSED, Command.RESUME),
        (State.FINISHED, Command.RESTART),
    ],
)
def test_space_does_one_allowed_thing_in_each_state(state: State, command: Command) -> None:
    assert space_command(state) is command
    assert command in ALLOWED[state]


def test_the_table_covers_every_state() -> None:
    assert set(SPACE) == set(State)


def test_the_groups() -> None:
    assert {State.LEAD_IN, State.RUNNING} == MOVING
    assert MOVING | {State.PAUSED} == UNDER_WAY
    assert {State.IDLE, State.FINISHED} == AT_REST
    assert AT_REST.isdisjoint(UNDER_WAY) and set(State) == AT_REST | UNDER_WAY


def test_only_a_start_or_a_start_again_starts_a_session() -> None:
    assert [c for c in Command if starts_a_session(c)] == [Command.START, Command.RESTART]


def test_a_pause_is_what_space_does_exactly_while_moving() -> None:
    assert {s for s in State if SPACE[s] is Command.PAUSE} == MOVING


def test_a_remote_on_the_end_card_needs_a_second_press() -> None:
    assert remote_command(State.FINISHED, None) is None
    assert remote_command(State.FINISHED, REMOTE_RESTART_WINDOW + 0.1) is None
    assert remote_command(State.FINISHED, 1.0) is Command.RESTART
    for state in (State.IDLE, State.LEAD_IN, State.RUNNING, State.PAUSED):
        assert remote_command(state, None) is space_command(state)
