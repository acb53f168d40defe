"""What goes wrong in speech: one family of errors, each carrying a :class:`Problem`.

A failure raises a :class:`SpeechError` (a :class:`~retrocoach.core.errors.RetrocoachError`);
its :attr:`~SpeechError.problem` says what happened and what to do, as translatable texts.
Code that goes on despite problems (listing every engine's voices, the check) returns them
beside its result instead (``value, list[Problem]``).
"""

from __future__ import annotations

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, Text, text

#: The catalogue context of every speech text.
CONTEXT = "speech"


def speech_text(source: str, **args: object) -> Text:
    """A text of the speech catalogue context; `source` is marked with ``QT_TRANSLATE_NOOP``
    where it is written: ``speech_text(QT_TRANSLATE_NOOP("speech", "..."), name=value)``."""
    return text(CONTEXT, source, None, **args)


class SpeechError(RetrocoachError):
    """Something went wrong with speech; :attr:`problem` is what the user is told."""

    def __init__(self, problem: Problem | Text) -> None:
        if isinstance(problem, Text):
            problem = Problem(problem)
        fix = problem.fix.english() if problem.fix is not None else ""
        super().__init__(problem.what.english(), fix=fix, problem=problem)


class EngineUnavailable(SpeechError):
    """No engine can start (missing espeak-ng, broken voice, a voice that is not there): the
    problem's `fix` says what to do. Serious: no cue can be heard."""

    def __init__(self, what: Text, fix: Text | None = None) -> None:
        super().__init__(Problem(what, Severity.SERIOUS, fix=fix))


class RenderError(SpeechError):
    """One cue could not be rendered; the next one may well be."""


class RenderTimeout(RenderError):
    """The engine did not answer in time; its worker was killed."""

    def __init__(self) -> None:
        super().__init__(
            speech_text(
                QT_TRANSLATE_NOOP("speech", "the speech engine timed out and was restarted")
            )
        )
