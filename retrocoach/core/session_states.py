"""The session's states, the commands a runner gives, how a session ends, and the one table
of which command is legal in which state (:data:`ALLOWED`), with the named groups of states."""

from __future__ import annotations

from enum import Enum, StrEnum


class State(Enum):
    IDLE = "idle"
    LEAD_IN = "lead-in"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Command(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    BACK = "back"
    STOP = "stop"
    RESTART = "restart"


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"


#: The one table of legal commands per state; anything else is refused (and said so).
ALLOWED: dict[State, frozenset[Command]] = {
    State.IDLE: frozenset({Command.START}),
    State.LEAD_IN: frozenset(
        {Command.PAUSE, Command.SKIP, Command.BACK, Command.STOP, Command.RESTART}
    ),
    State.RUNNING: frozenset(
        {Command.PAUSE, Command.SKIP, Command.BACK, Command.STOP, Command.RESTART}
    ),
    State.PAUSED: frozenset(
        {Command.RESUME, Command.SKIP, Command.BACK, Command.STOP, Command.RESTART}
    ),
    State.FINISHED: frozenset({Command.RESTART}),
}
#: Named groups of states (``retrocoach.core.commands`` re-exports them): workout time runs,
#: a session is under way (started and not over), or nothing is under way (the set-up may
#: change and a new plan may be loaded).
MOVING = frozenset({State.LEAD_IN, State.RUNNING})
UNDER_WAY = frozenset({State.LEAD_IN, State.RUNNING, State.PAUSED})
AT_REST = frozenset({State.IDLE, State.FINISHED})
