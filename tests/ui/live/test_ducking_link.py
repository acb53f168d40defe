"""Ducking wired as the app wires it: the voice's player's sounds reach the ducker (a fake
backend here; the real one is tested on a private PulseAudio in tests/desktop)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from retrocoach.core.problem import Problem
from retrocoach.desktop.ducking.ducker import Ducker
from retrocoach.speech.audio_out import VOICE, AudioOut
from retrocoach.speech.clips import OUTPUT_RATE, Clip
from retrocoach.speech.player import CuePlayer
from retrocoach.ui.live import ducking
from retrocoach.ui.live.ducking import DuckingLink
from tests.desktop.fake_volumes import FakeVolumes
from tests.speech.pulse import PulseSetup, ensure_null_sink


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> FakeVolumes:
    fake = FakeVolumes(music=1.0)

    def make(state: Path, *, enabled: bool, on_problem: object) -> Ducker:
        return Ducker(lambda: fake, None, enabled=enabled, on_problem=on_problem)  # type: ignore[arg-type]

    monkeypatch.setattr(ducking, "make_ducker", make)
    return fake


def test_the_players_sounds_duck_the_others_and_the_setting_stops_it(
    qtbot: QtBot, backend: FakeVolumes, tmp_path: Path
) -> None:
    setup: PulseSetup = ensure_null_sink()
    out = AudioOut()
    assert out.available, setup.message
    player = CuePlayer(QObject(), output=out)
    link = DuckingLink(tmp_path / "state.json", enabled=True)
    link.follow(player)
    qtbot.wait(300)
    clip = Clip(bytes(int(0.6 * OUTPUT_RATE) * 2))
    out.play(VOICE, clip, 1, out.latency)
    qtbot.waitUntil(lambda: backend.volumes["music"][0] < 0.3, timeout=2_000)
    qtbot.waitUntil(lambda: backend.volumes["music"][0] == 1.0, timeout=3_000)
    link.set_enabled(False)
    backend.events.clear()
    out.play(VOICE, clip, 2, out.latency)
    qtbot.wait(800)
    assert backend.events == []
    link.close()
    player.close()
    out.close()


def test_a_problem_reaches_the_gui_thread(
    qtbot: QtBot, backend: FakeVolumes, tmp_path: Path
) -> None:
    link = DuckingLink(tmp_path / "state.json", enabled=True)
    problems: list[Problem] = []
    link.problem.connect(problems.append)
    backend.fail = True
    assert link.ducker is not None
    link.ducker.sound("voice", time.monotonic(), 0.2)
    qtbot.waitUntil(lambda: bool(problems), timeout=2_000)
    assert "cannot be lowered" in problems[0].english()
    link.close()
