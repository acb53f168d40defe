"""The one family of errors a user is shown: each says what went wrong, where, and the fix.

``WorkoutError`` (a workout file or field), ``StorageError`` (a file that cannot be read or
written) and ``SpeechError`` (no engine, a cue that failed) are all ``RetrocoachError``s. The
CLI catches the family once (``retrocoach.cli.main``) and the app shows it in its status
bar; anything else is a bug and keeps its traceback in the log.
"""

from __future__ import annotations


class RetrocoachError(Exception):
    """`message` for the user; `file` and `field` where it was found; `fix` what to do."""

    def __init__(self, message: str, *, file: str = "", field: str = "", fix: str = "") -> None:
        super().__init__(message)
        self.file = file
        self.field = field
        self.fix = fix

    def user_message(self) -> str:
        """The message, and the fix when there is one."""
        text = str(self)
        if self.fix and self.fix not in text:
            text = f"{text.rstrip('.')}. Fix: {self.fix}"
        return text
