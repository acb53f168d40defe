"""A fake volume backend: only to drive the bookkeeping without a sound server, and to inject
faults (the real one is tested on a private PulseAudio)."""

from __future__ import annotations

from retrocoach.desktop.ducking.streams import Stream, Volume


class FakeVolumes:
    name = "fake"

    def __init__(self, **volumes: float) -> None:
        self.volumes: dict[str, Volume] = {key: (v, v) for key, v in volumes.items()}
        self.events: list[str] = []
        self.fail = False
        self.closed = False

    def streams(self) -> list[Stream]:
        if self.fail:
            raise ConnectionError("the server went away")
        return [Stream(key, f"app-{key}", v) for key, v in self.volumes.items()]

    def set_volume(self, key: str, volume: Volume) -> None:
        if self.fail:
            raise ConnectionError("the server went away")
        self.events.append(f"set {key} {volume[0]:.3f}")
        if key in self.volumes:
            self.volumes[key] = volume

    def close(self) -> None:
        self.closed = True
