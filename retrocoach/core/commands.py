"""What a key does in each state: the one table the driver, the remote control, the buttons
and the panel's hints read, and the named groups of states.

Space (and a remote's play/pause, and the big Start button) is one key with a meaning per
state: start when idle, start again when finished, pause while moving, resume when paused.
A remote's play/pause (a headset button, MPRIS ``PlayPause``, a clicker: :data:`REMOTE`) is
Space except on the end card: a single press there, a reflex or a pocket's, must not start a
second session; only a second press within :data:`REMOTE_RESTART_WINDOW` seconds does (the
idle state starts at once, as Space).

The groups (:data:`MOVING`, :data:`UNDER_WAY`, :data:`AT_REST`) are defined in
:mod:`retrocoach.core.session` beside :data:`~retrocoach.core.session.ALLOWED`, which needs
them, and re-exported here so that callers need one import for "what may happen now".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from retrocoach.core.session import ALLOWED, AT_REST, MOVING, UNDER_WAY, Command, State

__all__ = [
    "AT_REST",
    "MOVING",
    "REMOTE",
    "REMOTE_RESTART_WINDOW",
    "SPACE",
    "UNDER_WAY",
    "remote_command",
    "space_command",
    "starts_a_session",
]

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


#: The state -> what a remote's play/pause does; None: nothing on a first press (the end
#: card: it arms a restart, which a second press within REMOTE_RESTART_WINDOW carries out).
REMOTE: Mapping[State, Command | None] = MappingProxyType(
    {
        State.IDLE: Command.START,
        State.LEAD_IN: Command.PAUSE,
        State.RUNNING: Command.PAUSE,
        State.PAUSED: Command.RESUME,
        State.FINISHED: None,
    }
)
#: Seconds within which a second press of a remote's play/pause on the end card restarts.
REMOTE_RESTART_WINDOW = 5.0


def remote_command(state: State, seconds_since_armed: float | None) -> Command | None:
    """What a remote's play/pause does in `state`, `seconds_since_armed` after the press that
    armed a restart (None: no press did). None: nothing now, the caller arms (remembers when)."""
    command = REMOTE[state]
    armed = seconds_since_armed is not None and 0 <= seconds_since_armed <= REMOTE_RESTART_WINDOW
    return SPACE[state] if command is None and armed else command


def space_command(state: State) -> Command:
    """What Space does in `state` (always a command :data:`ALLOWED` there)."""
    return SPACE[state]


def starts_a_session(command: Command) -> bool:
    """A start or a start again: waits for the voice's start gate (the driver)."""
    return command in (Command.START, Command.RESTART)


assert all(SPACE[state] in ALLOWED[state] for state in State), "Space must be allowed"
assert all(REMOTE[state] in (SPACE[state], None) for state in State), "a remote is Space or waits"
assert frozenset(State) == AT_REST | UNDER_WAY and not AT_REST & UNDER_WAY
