"""The ducker's worker thread with a fake backend: the GUI side never waits, a failing sound
server is told once, the setting switches it off, and closing gives every volume back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from retrocoach.core.problem import Problem
from retrocoach.desktop.ducking.ducker import Ducker
from retrocoach.desktop.ducking.shape import factor_of
from tests.desktop.fake_volumes import FakeVolumes


def wait_until(condition: object, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.01)


def test_a_sound_ducks_the_others_and_they_come_back() -> None:
    backend = FakeVolumes(music=1.0)
    ducker = Ducker(lambda: backend, None)
    start = time.monotonic()
    ducker.sound("voice", time.monotonic() + 0.15, 0.3)
    assert time.monotonic() - start < 0.01  # the GUI thread only queues
    wait_until(lambda: backend.volumes["music"][0] < 0.3)
    assert backend.volumes["music"][0] == pytest.approx(factor_of(12.0), abs=0.01)
    wait_until(lambda: backend.volumes["music"][0] == 1.0)
    assert backend.volumes["music"] == (1.0, 1.0)
    ducker.close()


def test_switched_off_nothing_is_touched_and_a_duck_under_way_ends() -> None:
    backend = FakeVolumes(music=1.0)
    ducker = Ducker(lambda: backend, None, enabled=False)
    ducker.sound("voice", time.monotonic(), 0.5)
    time.sleep(0.3)
    assert backend.events == []
    ducker.set_enabled(True)
    ducker.sound("voice", time.monotonic(), 5.0)
    wait_until(lambda: backend.volumes["music"][0] < 0.3)
    ducker.set_enabled(False)
    wait_until(lambda: backend.volumes["music"][0] == 1.0, timeout=1.0)
    assert backend.volumes["music"] == (1.0, 1.0)
    ducker.close()


def test_a_failing_server_is_told_once_and_closing_restores(tmp_path: Path) -> None:
    backend = FakeVolumes(music=1.0)
    problems: list[Problem] = []
    ducker = Ducker(lambda: backend, None, on_problem=problems.append)
    backend.fail = True
    for _ in range(3):
        ducker.sound("voice", time.monotonic(), 0.1)
        time.sleep(0.2)
    assert len(problems) == 1
    assert "cannot be lowered" in problems[0].english()
    assert "server went away" in problems[0].detail
    ducker.close()


def test_closing_mid_duck_gives_the_volume_back() -> None:
    backend = FakeVolumes(music=0.9)
    ducker = Ducker(lambda: backend, None)
    ducker.sound("voice", time.monotonic(), 10.0)
    wait_until(lambda: backend.volumes["music"][0] < 0.5)
    ducker.close()
    assert backend.volumes["music"] == (0.9, 0.9)
    assert backend.closed
