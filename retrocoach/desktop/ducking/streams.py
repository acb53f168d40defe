"""Other applications' streams and their volumes: the small interface every platform fills.

A backend lists the streams of other applications on the output the app plays to, and sets
one stream's volume. A volume is one linear factor per channel (1.0: as loud as the
application made it). PulseAudio and PipeWire: :mod:`.pulse`; Windows: :mod:`.windows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

#: Two volumes closer than this (per channel) are the same: PulseAudio keeps a volume in
#: 1/65536 steps, PipeWire maps it through a cube, a user's change is a few percent.
SAME_VOLUME = 0.004

Volume = tuple[float, ...]


@dataclass(frozen=True)
class Stream:
    """`key` names the stream while it lives; `who` names its application (a stream found
    under a known key with another `who` is not the same stream)."""

    key: str
    who: str
    volume: Volume


class VolumeBackend(Protocol):
    """The platform's per-stream volumes. Calls may raise any exception (a lost server):
    the caller reports it and tries again later."""

    name: str

    def streams(self) -> list[Stream]:
        """Other applications' streams on the app's output (never the app's own)."""
        ...

    def set_volume(self, key: str, volume: Volume) -> None:
        """Set the stream's volume (a stream that is gone is no error)."""
        ...

    def close(self) -> None: ...


def same_volume(a: Volume, b: Volume) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= SAME_VOLUME for x, y in zip(a, b, strict=True))


def scaled(volume: Volume, factor: float) -> Volume:
    return tuple(max(0.0, channel * factor) for channel in volume)


def within(volume: Volume, low: Volume, high: Volume) -> bool:
    """Whether every channel of `volume` lies between `low` and `high` (give or take)."""
    return len(volume) == len(low) == len(high) and all(
        lo - SAME_VOLUME <= v <= hi + SAME_VOLUME
        for v, lo, hi in zip(volume, low, high, strict=True)
    )
