"""A stand-in for AudioOut: records what is played, finishes a clip when a test says."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from retrocoach.speech.clips import Clip


class FakeOut(QObject):
    finished = Signal(str, int)
    availability_changed = Signal(bool)
    sound_ahead = Signal(str, float, float)
    sounding = Signal(str, float, float)
    silenced = Signal(str)

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self.available = available
        self.playing: dict[str, tuple[Clip, int, float]] = {}
        self.log: list[tuple[str, str, float]] = []  # (channel, clip name, delay)
        self.levels: dict[str, float] = {}

    def play(self, channel: str, clip: Clip, token: int, delay: float = 0.0) -> bool:
        if not self.available:
            return False
        self.playing[channel] = (clip, token, delay)
        self.log.append((channel, clip.name, delay))
        return True

    def set_level(self, channel: str, level: float) -> None:
        self.levels[channel] = level

    def level(self, channel: str) -> float:
        return self.levels.get(channel, 1.0)

    def expect(self, seconds: float | None) -> None:
        """(The real stream sleeps until a sound is due; nothing to do here.)"""

    def stop(self, channel: str) -> None:
        self.playing.pop(channel, None)

    def is_playing(self, channel: str, token: int | None = None) -> bool:
        found = self.playing.get(channel)
        return found is not None and (token is None or found[1] == token)

    def finish(self, channel: str) -> None:
        """The clip on `channel` has been heard to its end."""
        _, token, _ = self.playing.pop(channel)
        self.finished.emit(channel, token)

    def set_available(self, available: bool) -> None:
        self.available = available
        self.availability_changed.emit(available)
