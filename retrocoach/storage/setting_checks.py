"""The checks of each user setting: the allowed values, and what is said when one is wrong.

A check returns the normalised value or raises :class:`SettingsError` (a
:class:`~retrocoach.core.errors.RetrocoachError`, so a bad value never reaches the crash hook as
a bug) carrying the key, the rule the value breaks (a translatable
:class:`~retrocoach.core.problem.Text`) and the value.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Literal

from retrocoach.core.cues import MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE
from retrocoach.core.errors import RetrocoachError
from retrocoach.core.languages import LANGUAGES
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text
from retrocoach.core.ranges import whole_in, whole_rule
from retrocoach.core.text import quote
from retrocoach.core.workout import MAX_LEAD_IN_SECONDS, MAX_ROUNDS, MIN_ROUNDS
from retrocoach.storage.problems import said

Density = Literal["auto", "quiet", "normal", "chatty"]
Theme = Literal["light", "dark", "high-contrast"]
Place = Literal["track", "hall", "treadmill"]
#: "auto" (:mod:`retrocoach.core.taper`): chatty at first, fewer technique tips as you learn.
DENSITIES: tuple[Density, ...] = ("auto", "quiet", "normal", "chatty")
#: Where the runner runs (issue 9): the core's :class:`~retrocoach.core.tips.Place` values.
PLACES: tuple[Place, ...] = ("track", "hall", "treadmill")
THEMES: tuple[Theme, ...] = ("light", "dark", "high-contrast")
#: The language setting's values: "" is the system's language.
LANGUAGE_CHOICES: tuple[str, ...] = ("", *LANGUAGES)
VoiceChain = Literal["loud", "natural"]
#: The render worker's speech chains (speech/voice_chain.py): for a loud room, a quiet one.
VOICE_CHAINS: tuple[VoiceChain, ...] = ("loud", "natural")

MIN_RATE, MAX_RATE = MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE  # one range, the core's
MIN_WEIGHT_KG, MAX_WEIGHT_KG = 20.0, 300.0
MIN_WINDOW, MAX_WINDOW = 100, 20_000
MAX_TEXT = 500


class SettingsError(RetrocoachError):
    """An invalid value for one setting: `key`, the `rule` it breaks, the value it `got`;
    ``str(error)`` is ``"key: rule, got value"``."""

    def __init__(self, key: str, rule: Text, got: str | None = None) -> None:
        self.key = key
        self.rule = rule
        self.got = got
        if got is None:
            template = QT_TRANSLATE_NOOP("storage", "{key}: {rule}")
        else:
            template = QT_TRANSLATE_NOOP("storage", "{key}: {rule}, got {got}")
        what = said(template, key=key, rule=rule, got=got)
        super().__init__(what.english(), field=key, problem=Problem(what))


class _Refused(Exception):
    """A check's refusal: the rule, and the value as shown (None: show it as Python does)."""

    def __init__(self, rule: Text, shown: str | None = None) -> None:
        super().__init__(rule.english())
        self.rule = rule
        self.shown = shown


Check = Callable[[object], object]


def _whole(low: int, high: int) -> Check:
    def check(value: object) -> object:
        if whole_in(value, low, high) is None:
            raise _Refused(whole_rule(low, high), quote(value))
        return value

    return check


def _number(low: float, high: float) -> Check:
    def check(value: object) -> object:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            rule = QT_TRANSLATE_NOOP("storage", "must be a number from {low} to {high}")
            raise _Refused(said(rule, low=f"{low:g}", high=f"{high:g}"))
        return float(value)

    return check


def _text(value: object) -> object:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        rule = QT_TRANSLATE_NOOP("storage", "must be text of 1 to {length} characters")
        raise _Refused(said(rule, length=MAX_TEXT))
    return value


def _flag(value: object) -> object:
    if not isinstance(value, bool):
        raise _Refused(said(QT_TRANSLATE_NOOP("storage", "must be true or false")))
    return value


def _choice(allowed: tuple[str, ...], empty: str | None = None) -> Check:
    """One of `allowed`; `empty`: the rule to say when "" is one of them (what "" means:
    a bare ", " in the list read as a mistake), with the others as its ``{allowed}``."""

    def check(value: object) -> object:
        if value not in allowed:
            rule = QT_TRANSLATE_NOOP("storage", "must be one of {allowed}")
            if empty is not None and "" in allowed:
                rule = empty
            named = ", ".join(choice for choice in allowed if choice)
            raise _Refused(said(rule, allowed=named))
        return value

    return check


def _optional(check: Check) -> Check:
    def optional(value: object) -> object:
        if value is None:
            return None
        try:
            return check(value)
        except _Refused as refused:
            or_null = said(QT_TRANSLATE_NOOP("storage", "{rule}, or null"), rule=refused.rule)
            raise _Refused(or_null, refused.shown) from None

    return optional


_CHECKS: dict[str, Check] = {
    "voice": _optional(_text),
    "rate": _whole(MIN_RATE, MAX_RATE),
    "volume": _number(0.0, 1.0),
    "muted": _flag,
    "beeps": _flag,
    "beep_volume": _number(0.0, 1.0),
    "earcons": _flag,
    "voice_chain": _choice(VOICE_CHAINS),
    "density": _choice(DENSITIES),
    "place": _choice(PLACES),
    "lead_in_seconds": _whole(0, MAX_LEAD_IN_SECONDS),
    "body_weight_kg": _optional(_number(MIN_WEIGHT_KG, MAX_WEIGHT_KG)),
    "theme": _choice(THEMES),
    "last_workout": _optional(_text),
    "last_rounds": _optional(_whole(MIN_ROUNDS, MAX_ROUNDS)),
    "window_width": _optional(_whole(MIN_WINDOW, MAX_WINDOW)),
    "window_height": _optional(_whole(MIN_WINDOW, MAX_WINDOW)),
    "fullscreen": _flag,
    "keep_screen_awake": _flag,
    "flash_boundaries": _flag,
    "duck_others": _flag,
    "language": _choice(
        LANGUAGE_CHOICES,
        QT_TRANSLATE_NOOP("storage", 'must be one of {allowed}, or "" for the system\'s language'),
    ),
}


def check_setting(key: str, value: object) -> Any:
    """The normalised `value` for setting `key`; SettingsError naming the range if invalid."""
    try:
        check = _CHECKS[key]
    except KeyError:
        raise SettingsError(key, said(QT_TRANSLATE_NOOP("storage", "unknown setting"))) from None
    try:
        return check(value)
    except _Refused as refused:
        shown = refused.shown if refused.shown is not None else f"{value!r:.60}"
        raise SettingsError(key, refused.rule, shown) from None
