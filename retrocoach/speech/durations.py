"""How long rendered cues really are: the WAV lengths the timeline is placed with (issue 9).

Reads only the WAV header (``wave``), so measuring a whole session's cues takes
milliseconds. Kept apart from the cache and the renderer, which change with the speech
engines: all this needs is "where is the rendered file of this text".
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path


def wav_seconds(path: Path) -> float | None:
    """The playing length of the WAV at `path`, or None if it is missing or not a WAV."""
    try:
        with wave.open(str(path), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
    except (OSError, EOFError, wave.Error):
        return None
    return frames / rate if frames > 0 and rate > 0 else None


class MeasuredDurations:
    """A duration function for :func:`retrocoach.core.coaching.build_cues`: the length of a
    text's rendered file, or None when it is not rendered (the core then estimates).

    `lookup` is the speech cache's "valid file for this text, or None". Lengths are
    remembered per file, so placing a timeline again reads each header once.
    """

    def __init__(self, lookup: Callable[[str], Path | None]) -> None:
        self._lookup = lookup
        self._seconds: dict[Path, float | None] = {}

    def __call__(self, text: str) -> float | None:
        path = self._lookup(text)
        if path is None:
            return None
        if path not in self._seconds:
            self._seconds[path] = wav_seconds(path)
        return self._seconds[path]

    def all_measured(self, texts: list[str]) -> bool:
        return all(self(text) is not None for text in texts)
