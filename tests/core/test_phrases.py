"""The phrasebook: all spoken wording lives in one module per language (issue 9, item 6)."""

from __future__ import annotations

import ast
import inspect
import types
from collections.abc import Callable
from typing import Any

import pytest

from retrocoach.core import coaching, cue_fitting, cues, phrases, phrases_en
from retrocoach.core.coaching import CoachingSettings, CueKind, Density, build_cues
from retrocoach.core.phrases import Phrasebook, phrasebook
from retrocoach.core.tips import Place, TipLibrary
from retrocoach.core.workout import Direction, Pace, Phase, Workout


def _string_literals(source: str) -> list[str]:
    """Every string constant of `source` except docstrings, ``__all__`` and the messages of
    `raise` (for developers, never spoken)."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skipped.add(id(body[0].value))
        if isinstance(node, ast.Raise):
            skipped.update(id(inner) for inner in ast.walk(node))
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            skipped.update(id(inner) for inner in ast.walk(node))  # names, not words
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
    ]


def test_no_english_is_left_in_the_timeline_logic() -> None:
    literals = [
        literal
        for module in (coaching, cues, cue_fitting)
        for literal in _string_literals(inspect.getsource(module))
    ]
    identifiers = (
        {kind.value for kind in CueKind}
        | {density.value for density in Density}
        | set(cue_fitting.DROP_ORDER)
        | {"at", "kind", "text", "phase", "seconds", "measured", "tip_id", "categories"}
        | {"en", "density", "place"}  # the default language; field names set in __post_init__
        | {cues._PARENTHESES.pattern}  # strips "(recovery)" from a name, in any language
    )
    with_letters = [text for text in literals if any(ch.isalpha() for ch in text)]
    assert with_letters, "the scan found no literals at all: it is broken"
    assert set(with_letters) <= identifiers, set(with_letters) - identifiers
    # and the identifiers are just that: no spaces, no capitals, nothing a voice would say
    words = [text for text in with_letters if text != cues._PARENTHESES.pattern]
    assert all(text == text.lower() and " " not in text for text in words)


def test_the_english_phrasebook_has_every_phrase() -> None:
    members = [
        name
        for name in dir(Phrasebook)
        if not name.startswith("_") and name not in dir(object) and name != "mro"
    ]
    members += list(Phrasebook.__annotations__)
    assert {"announce_forms", "next_forms", "finish_lines", "EASE_OFF"} <= set(members)
    for name in members:
        assert hasattr(phrases_en, name), name
    assert phrasebook("en") is phrases_en


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(
        ValueError, match=r"no phrasebook for language 'xx' \(known: en, de, es, fr\)"
    ):
        phrasebook("xx")
    with pytest.raises(ValueError, match="no phrasebook"):
        CoachingSettings(language="xx")


def _bracketed(book: types.ModuleType) -> types.ModuleType:
    """A pseudo-language: English in brackets, built only from a phrasebook's functions."""
    fake = types.ModuleType("phrases_xx")

    def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any) -> Any:
            result = function(*args)
            if isinstance(result, list):
                return [f"[{text}]" for text in result]
            return f"[{result}]"

        return wrapped

    for name in dir(book):
        value = getattr(book, name)
        if name.startswith("_") or not callable(value) or isinstance(value, type):
            setattr(fake, name, value)
        else:
            setattr(fake, name, wrap(value))
    setattr(fake, "LANGUAGE", "xx")  # noqa: B010 (a module attribute mypy cannot see)
    return fake


def test_a_second_language_is_one_more_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(phrases._BOOKS, "xx", _bracketed(phrases_en))
    workout = Workout(
        "w",
        "W",
        "",
        (Phase("", Direction.BACKWARD, Pace.WALK, 120),),
        (
            Phase("", Direction.BACKWARD, Pace.JOG, 30),
            Phase("", Direction.FORWARD, Pace.WALK, 60),
        ),
        (),
        2,
    )
    plan = workout.plan(2, lead_in_seconds=10)
    for place in Place:
        cues = build_cues(plan, TipLibrary(), CoachingSettings(language="xx", place=place))
        assert {cue.kind for cue in cues} == set(CueKind) - {CueKind.TIP, CueKind.BRIEFING}
        for cue in cues:
            assert cue.text.startswith("[") and cue.text.endswith("]"), cue
