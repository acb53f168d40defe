"""The session's states, the commands a runner gives, how a session ends, and the one table
of which command is legal in which state (:data:`ALLOWED`)."""

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
