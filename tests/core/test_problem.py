"""The problem model's rendering (core.problem): nested texts, a translate function, verbatim."""

from __future__ import annotations

from retrocoach.core.problem import Problem, Text, english, text, verbatim


def _marked(context: str, source: str, count: int | None) -> str:
    """A stand-in for QCoreApplication.translate: shows the context it was asked in."""
    del count
    return f"<{context}>{source}"


def test_a_text_argument_is_rendered_the_same_way() -> None:
    rule = text("WorkoutError", "must be at most {most}", most=3)
    outer = text("WorkoutError", "{rule}, got {got}", rule=rule, got="5")
    assert outer.english() == "must be at most 3, got 5"
    assert outer.rendered(_marked) == "<WorkoutError><WorkoutError>must be at most 3, got 5"


def test_count_fills_the_plural_marker() -> None:
    assert text("storage", "%n session(s) kept", 3).english() == "3 sessions kept"
    assert text("storage", "%n session(s) kept", 1).english() == "1 session kept"


def test_verbatim_is_shown_as_it_is_in_every_language() -> None:
    shown = verbatim("Permission denied {not a field}")
    assert shown.english() == "Permission denied {not a field}"
    assert shown.rendered(lambda _c, source, _n: source) == "Permission denied {not a field}"


def test_a_problem_of_one_part_reads_exactly_as_its_text() -> None:
    assert Problem(verbatim("x: skipped")).english() == "x: skipped"
    assert str(Problem(verbatim("Saved."))) == "Saved."


def test_parts_followed_by_another_end_in_a_full_stop() -> None:
    problem = Problem(verbatim("Cannot save x: the disk is full"), why=verbatim("Kept in memory"))
    assert problem.english() == "Cannot save x: the disk is full. Kept in memory"


def test_english_lists_every_problem() -> None:
    problems = [Problem(verbatim("a")), Problem(Text("c", "b"))]
    assert english(problems) == ["a", "b"]
