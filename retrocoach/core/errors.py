"""The one family of errors a user is shown: each says what went wrong, where, and the fix.

``WorkoutError`` (a workout file or field), ``StorageError`` (a file that cannot be read or
written) and ``SpeechError`` (no engine, a cue that failed) are all ``RetrocoachError``s. The
CLI catches the family once (``retrocoach.cli.main``) and the app shows it in its status
bar; anything else is a bug and keeps its traceback in the log.

Every error carries a :class:`~retrocoach.core.problem.Problem` (:attr:`RetrocoachError.problem`):
the raiser gives one with translatable texts; an error raised with an English message only
gets a problem that shows that message as it is.
"""

from __future__ import annotations

from retrocoach.core.problem import Problem, verbatim


class RetrocoachError(Exception):
    """`message` for the user; `file` and `field` where it was found; `fix` what to do;
    `problem` the same as a :class:`Problem` (built from the message when not given)."""

    def __init__(
        self,
        message: str,
        *,
        file: str = "",
        field: str = "",
        fix: str = "",
        problem: Problem | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.field = field
        self.fix = fix
        self._problem = problem

    @property
    def problem(self) -> Problem:
        """What the UI shows (through its one bridge) and the log records."""
        if self._problem is not None:
            return self._problem
        return Problem(verbatim(self.user_message()))

    def user_message(self) -> str:
        """The message, and the fix when there is one."""
        text = str(self)
        if self.fix and self.fix not in text:
            text = f"{text.rstrip('.')}. Fix: {self.fix}"
        return text
