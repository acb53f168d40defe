"""One check for every "whole number from LOW to HIGH" field (rounds, seconds, lead-in, rate,
history counts, settings, command-line options), and one way to say what is wrong with it."""

from __future__ import annotations

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text, text
from retrocoach.core.text import quote

_CONTEXT = "ranges"


def whole_in(value: object, low: int, high: int) -> int | None:
    """`value` if it is a whole number (an int, not a bool) from `low` to `high`, else None."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def whole_rule(low: int, high: int, *, seconds: bool = False) -> Text:
    """ "must be a whole number [of seconds] from LOW to HIGH", translatable."""
    if seconds:
        template = QT_TRANSLATE_NOOP(
            "ranges", "must be a whole number of seconds from {low} to {high}"
        )
    else:
        template = QT_TRANSLATE_NOOP("ranges", "must be a whole number from {low} to {high}")
    return text(_CONTEXT, template, low=low, high=high)


def whole_problem(low: int, high: int, value: object, unit: str = "") -> str:
    """ "must be a whole number [of UNIT] from LOW to HIGH, got VALUE" (VALUE cut short), in
    English: for the command line's own options (see :func:`whole_rule` for the UI)."""
    of = f" of {unit}" if unit else ""
    return f"must be a whole number{of} from {low} to {high}, got {quote(value)}"
