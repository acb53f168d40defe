"""The Windows backend (audio session API through pycaw) against fake sessions: written on
Linux, so only its use of pycaw's objects is tested here, not Windows itself."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from retrocoach.desktop.ducking.lowering import Lowering
from retrocoach.desktop.ducking.windows import WindowsBackend


@dataclass
class FakeVolume:
    level: float
    calls: list[tuple[float, object]] = field(default_factory=list)

    def GetMasterVolume(self) -> float:
        return self.level

    def SetMasterVolume(self, level: float, context: object) -> None:
        self.calls.append((level, context))
        self.level = level


@dataclass
class FakeSession:
    ProcessId: int
    DisplayName: str
    InstanceIdentifier: str
    SimpleAudioVolume: FakeVolume


def sessions() -> list[FakeSession]:
    return [
        FakeSession(0, "System sounds", "sys", FakeVolume(1.0)),
        FakeSession(42, "retrocoach", "own", FakeVolume(1.0)),
        FakeSession(7, "Spotify", "spot", FakeVolume(0.8)),
        FakeSession(9, "", "browser", FakeVolume(1.0)),
    ]


def test_other_applications_sessions_only() -> None:
    listed = sessions()
    backend = WindowsBackend(own_pid=42, sessions=lambda: listed)
    streams = backend.streams()
    assert [(s.key, s.who, s.volume) for s in streams] == [
        ("7:spot", "7/Spotify", (0.8,)),
        ("9:browser", "9/", (1.0,)),
    ]


def test_a_duck_lowers_and_restores_session_volumes() -> None:
    listed = sessions()
    backend = WindowsBackend(own_pid=42, sessions=lambda: listed)
    lowering = Lowering(backend, 0.25, lambda records: None)
    lowering.apply(0.25)
    assert listed[2].SimpleAudioVolume.level == pytest.approx(0.2)
    assert listed[3].SimpleAudioVolume.calls == [(0.25, None)]
    assert listed[1].SimpleAudioVolume.calls == []  # the app's own
    assert listed[0].SimpleAudioVolume.calls == []  # system sounds
    lowering.restore()
    assert listed[2].SimpleAudioVolume.level == pytest.approx(0.8)
    assert listed[3].SimpleAudioVolume.level == 1.0


def test_a_session_that_ended_is_no_error() -> None:
    listed = sessions()
    backend = WindowsBackend(own_pid=42, sessions=lambda: listed)
    backend.streams()
    del listed[2]
    backend.set_volume("7:spot", (0.1,))  # gone: nothing to set
    backend.close()
