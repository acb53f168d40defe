"""Speech errors: one family, each carrying its problem as translatable texts."""

from __future__ import annotations

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, text
from retrocoach.speech.errors import (
    CONTEXT,
    EngineUnavailable,
    RenderError,
    RenderTimeout,
    SpeechError,
)


def test_a_speech_error_carries_its_problem_and_reads_as_one_line_with_its_fix() -> None:
    what = text(CONTEXT, QT_TRANSLATE_NOOP("speech", "no engine for {name}"), name="x")
    fix = text(CONTEXT, QT_TRANSLATE_NOOP("speech", "install one"))
    error = EngineUnavailable(what, fix)
    assert isinstance(error, SpeechError) and isinstance(error, RetrocoachError)
    assert error.problem == Problem(what, Severity.SERIOUS, fix=fix)
    assert str(error) == "no engine for x" and error.fix == "install one"
    assert error.user_message() == "no engine for x. Fix: install one"


def test_a_render_error_is_one_cue_and_a_timeout_is_one_too() -> None:
    error = RenderError(text(CONTEXT, QT_TRANSLATE_NOOP("speech", "broken")))
    assert error.problem.severity is Severity.WARNING and error.fix == ""
    timeout = RenderTimeout()
    assert isinstance(timeout, RenderError)
    assert str(timeout) == "the speech engine timed out and was restarted"
