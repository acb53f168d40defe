"""Durations as a clock shows them: ``4:05``, ``04:05`` on a countdown, ``1:02:03``."""

from __future__ import annotations

import math


def split_duration(seconds: int) -> tuple[int, int, int]:
    """(hours, minutes, seconds) of a whole number of seconds (negative counts as 0)."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return hours, minutes, secs


def format_duration(seconds: int, *, pad_minutes: bool = False) -> str:
    """`m:ss` (`mm:ss` with `pad_minutes`, as a countdown shows it), `h:mm:ss` from an hour on."""
    hours, minutes, secs = split_duration(seconds)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}" if pad_minutes else f"{minutes}:{secs:02d}"


def whole_seconds(seconds: float) -> int:
    """A measured duration (a session's time, a best run) as the whole seconds shown to the
    user: the seconds completed, as a stopwatch counts them (15.5 s is 15), after rounding to
    the tenth of a second the history keeps. Every screen and command uses this one rule, so
    the end card and the History table show the same time for the same session (the card
    has the exact figure, the history its tenth: 15.47 s is 15.5 s there)."""
    return max(0, math.floor(round(seconds, 1)))


def format_elapsed(seconds: float) -> str:
    """A measured duration as text (``0:15`` for 15.5 s): :func:`whole_seconds`, formatted."""
    return format_duration(whole_seconds(seconds))
