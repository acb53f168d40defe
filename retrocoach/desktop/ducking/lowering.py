"""Lowering other streams and giving them back their volume, remembering what was set.

Each stream lowered in a duck keeps its original volume and the volume last set on it. A
stream whose volume is no longer what was set has been changed by its user (or its player):
it is let go, never lowered again in this duck, and not restored. A stream that appears during
a duck is lowered as soon as it is seen. Before any stream is lowered, the originals are
handed to `record` (the state file a watchdog restores from if the app dies).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from retrocoach.desktop.ducking.streams import Stream, Volume, VolumeBackend, same_volume, scaled


@dataclass
class Lowered:
    who: str
    original: Volume
    last_set: Volume


@dataclass(frozen=True)
class Record:
    """What a watchdog needs to give a stream its volume back: its application, the volume
    it had, and the lowest the duck may have set (anything between is the duck's doing)."""

    who: str
    original: Volume
    lowest: Volume


Recorder = Callable[[dict[str, Record]], None]


class Lowering:
    """The streams of `backend` lowered by `factor_at_depth` at most; `record` is told each
    change of the set of lowered streams (an empty dict once all are restored)."""

    def __init__(self, backend: VolumeBackend, lowest_factor: float, record: Recorder) -> None:
        self.backend = backend
        self.lowest_factor = lowest_factor
        self._record = record
        self._lowered: dict[str, Lowered] = {}
        self._let_go: set[str] = set()  # changed by their user during this duck

    @property
    def lowered(self) -> dict[str, Lowered]:
        return dict(self._lowered)

    def apply(self, factor: float) -> None:
        """Every other stream at its original volume times `factor` (< 1)."""
        live = {stream.key: stream for stream in self.backend.streams()}
        changed = self._forget_gone(live)
        for key, lowered in list(self._lowered.items()):
            if not same_volume(live[key].volume, lowered.last_set):
                del self._lowered[key]  # its user changed it: theirs from now on
                self._let_go.add(key)
                changed = True
        new = [s for k, s in live.items() if k not in self._lowered and k not in self._let_go]
        for stream in new:
            self._lowered[stream.key] = Lowered(stream.who, stream.volume, stream.volume)
        if new or changed:
            self._write_record()
        for key, lowered in self._lowered.items():
            target = scaled(lowered.original, factor)
            if not same_volume(target, lowered.last_set):
                self.backend.set_volume(key, target)
                lowered.last_set = target

    def restore(self) -> None:
        """Give each lowered stream its original volume, unless its user changed it."""
        if not self._lowered:
            self._let_go.clear()
            return
        live = {stream.key: stream for stream in self.backend.streams()}
        for key, lowered in self._lowered.items():
            stream = live.get(key)
            if stream is not None and same_volume(stream.volume, lowered.last_set):
                self.backend.set_volume(key, lowered.original)
        self._lowered.clear()
        self._let_go.clear()
        self._write_record()

    def _forget_gone(self, live: dict[str, Stream]) -> bool:
        gone = [key for key in self._lowered if key not in live]
        for key in gone:
            del self._lowered[key]
        self._let_go &= set(live)
        return bool(gone)

    def _write_record(self) -> None:
        self._record(
            {
                key: Record(item.who, item.original, scaled(item.original, self.lowest_factor))
                for key, item in self._lowered.items()
            }
        )
