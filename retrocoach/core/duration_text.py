"""Durations as a clock shows them: ``4:05``, ``04:05`` on a countdown, ``1:02:03``."""

from __future__ import annotations


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
