"""What an operation hands back: its value, what to say when it worked, and its problems.

:func:`as_problem` is the adapter for the messages storage and speech still return as plain
English (``str``) or raise (:class:`~retrocoach.core.errors.RetrocoachError`): each becomes a
:class:`~retrocoach.core.problem.Problem` whose text is shown as it is, so that both kinds
reach the one bridge the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import Problem, Severity, Text

T = TypeVar("T")

#: The catalogue context of texts that are already finished English (nothing to translate).
AS_WRITTEN = ""


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """`value` when the operation worked (then `done` says so, or is None: say nothing);
    else `problems` (at least one)."""

    value: T | None = None
    done: Text | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def failed(problem: Problem) -> OpResult[T]:
    return OpResult(problems=(problem,))


def as_text(message: str | Text) -> Text:
    """`message` as a Text (finished English is shown as it is written)."""
    return message if isinstance(message, Text) else Text(AS_WRITTEN, message)


def as_problem(
    message: str | Text | Problem | RetrocoachError, severity: Severity = Severity.WARNING
) -> Problem:
    """Any of today's ways to say a problem, as a Problem of `severity` (a Problem keeps its
    own; an error that carries a ``problem`` hands it over)."""
    if isinstance(message, Problem):
        return message
    if isinstance(message, RetrocoachError):
        return message.problem
    return Problem(as_text(message), severity)
