"""Today's messages (str, errors) and Problems reach the bridge the same way."""

from __future__ import annotations

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import Problem, Severity, Text
from retrocoach.ui.ops.result import AS_WRITTEN, OpResult, as_problem, as_text, failed


def test_a_plain_message_becomes_a_problem_shown_as_written() -> None:
    problem = as_problem("Settings not saved: {odd}", Severity.INFO)
    assert problem.what == Text(AS_WRITTEN, "Settings not saved: {odd}")
    assert problem.severity is Severity.INFO
    assert as_text(problem.what) is problem.what


def test_a_problem_keeps_its_own_severity() -> None:
    problem = Problem(Text("c", "x"), Severity.SERIOUS)
    assert as_problem(problem, Severity.INFO) is problem


def test_an_error_says_its_message_and_fix_or_hands_over_its_problem() -> None:
    error = RetrocoachError("Bad file", fix="fix it")
    assert as_problem(error).english() == "Bad file. Fix: fix it"
    carried = Problem(Text("c", "carried"))
    assert as_problem(RetrocoachError("Bad file", problem=carried)) is carried


def test_results() -> None:
    assert OpResult(1).ok and OpResult(1).value == 1
    bad: OpResult[int] = failed(Problem(Text("c", "no")))
    assert not bad.ok and bad.value is None
