"""Durations as a clock shows them (core.duration_text)."""

from __future__ import annotations

from retrocoach.core.workout import (
    format_duration,
)


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(65) == "1:05"
    assert format_duration(3600 + 62) == "1:01:02"
