"""What a key does in each state: the one table the driver, the remote control, the buttons
and the panel's hints read, and the named groups of states.

Space (and a remote's play/pause, and the big Start button) is one key with a meaning per
state: start when idle, start again when finished, pause while moving, resume when paused.
The groups (:data:`MOVING`, :data:`UNDER_WAY`, :data:`AT_REST`) are defined in
:mod:`retrocoach.core.session` beside :data:`~retrocoach.core.session.ALLOWED`, which needs
them, and re-exported here so that callers need one import for "what may happen now".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from retrocoach.core.session import ALLOWED, AT_REST, MOVING, UNDER_WAY, Command, State

__all__ = ["AT_REST", "MOVING", "SPACE", "UNDER_WAY", "space_command", "starts_a_session"]

#: The state -> the command Space (play/pause, the Start button) carries out.
SPACE: Mapping[State, Command] = MappingProxyType(
    {
        State.IDLE: Command.START,
        State.LEAD_IN: Command.PAUSE,
        State.RUNNING: Command.PAUSE,
        State.PAUSED: Command.RESUME,
        State.FINISHED: Command.RESTART,
    }
)


def space_command(state: State) -> Command:
    """What Space does in `state` (always a command :data:`ALLOWED` there)."""
    return SPACE[state]


def starts_a_session(command: Command) -> bool:
    """A start or a start again: waits for the voice's start gate (the driver)."""
    return command in (Command.START, Command.RESTART)


assert all(SPACE[state] in ALLOWED[state] for state in State), "Space must be allowed"
assert frozenset(State) == AT_REST | UNDER_WAY and not AT_REST & UNDER_WAY
