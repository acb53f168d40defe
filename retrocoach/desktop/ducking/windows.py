"""Other applications' volumes on Windows: the audio session API's per-application sessions
(``IAudioSessionManager2`` / ``ISimpleAudioVolume``, through ``pycaw``, MIT, over
``comtypes``).

A session is one application's sound on the default output; its volume is one factor
(0..1), the one the Volume Mixer shows per application. The app's own session and the system
sounds (process 0) are left alone. `sessions` lists objects shaped like pycaw's
``AudioSession`` (``ProcessId``, ``InstanceIdentifier``, ``DisplayName``, and
``SimpleAudioVolume`` with ``GetMasterVolume()`` / ``SetMasterVolume(level, None)``): tests
pass fakes; by default it is ``pycaw.pycaw.AudioUtilities.GetAllSessions``.

Written and unit-tested against a fake on Linux: not yet tried on a Windows machine.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from retrocoach.desktop.ducking.streams import Stream, Volume


def _pycaw_sessions() -> Sequence[Any]:
    from pycaw.pycaw import AudioUtilities

    return list(AudioUtilities.GetAllSessions())


class WindowsBackend:
    """The sessions of processes other than `own_pid` (default: this one)."""

    name = "windows"

    def __init__(
        self,
        own_pid: int | None = None,
        sessions: Callable[[], Sequence[Any]] | None = None,
    ) -> None:
        self._own = own_pid if own_pid is not None else os.getpid()
        self._com = sessions is None
        if self._com:  # COM is set up per thread: this one (the ducker's worker)
            import comtypes

            comtypes.CoInitialize()
        self._sessions = sessions if sessions is not None else _pycaw_sessions
        self._by_key: dict[str, Any] = {}

    def streams(self) -> list[Stream]:
        found: list[Stream] = []
        self._by_key = {}
        for session in self._sessions():
            pid = int(session.ProcessId or 0)
            if pid in (0, self._own):
                continue
            key = f"{pid}:{session.InstanceIdentifier}"
            self._by_key[key] = session
            volume = float(session.SimpleAudioVolume.GetMasterVolume())
            found.append(Stream(key, f"{pid}/{session.DisplayName}", (volume,)))
        return found

    def set_volume(self, key: str, volume: Volume) -> None:
        session = self._by_key.get(key)
        if session is None:
            self.streams()
            session = self._by_key.get(key)
        if session is not None and volume:
            level = min(1.0, max(0.0, volume[0]))
            session.SimpleAudioVolume.SetMasterVolume(level, None)

    def close(self) -> None:
        self._by_key = {}
        if self._com:
            import comtypes

            comtypes.CoUninitialize()
            self._com = False
