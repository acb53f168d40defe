"""Lowering other streams and giving their volume back: what is remembered, what is let go."""

from __future__ import annotations

import pytest

from retrocoach.desktop.ducking.lowering import Lowering, Record
from tests.desktop.fake_volumes import FakeVolumes


def lowering(backend: FakeVolumes) -> tuple[Lowering, list[dict[str, Record]]]:
    records: list[dict[str, Record]] = []

    def record(current: dict[str, Record]) -> None:
        backend.events.append(f"record {sorted(current)}")
        records.append(current)

    return Lowering(backend, 0.25, record), records


def test_streams_are_lowered_after_their_originals_are_recorded_and_restored() -> None:
    backend = FakeVolumes(music=0.8)
    it, records = lowering(backend)
    it.apply(0.5)
    assert backend.events == ["record ['music']", "set music 0.400"]
    assert records[-1]["music"] == Record("app-music", (0.8, 0.8), (0.2, 0.2))
    it.apply(0.25)
    assert backend.volumes["music"] == pytest.approx((0.2, 0.2))
    it.restore()
    assert backend.volumes["music"] == (0.8, 0.8)
    assert records[-1] == {}


def test_a_stream_that_starts_during_a_duck_is_lowered() -> None:
    backend = FakeVolumes(music=1.0)
    it, records = lowering(backend)
    it.apply(0.25)
    backend.volumes["video"] = (0.6, 0.6)
    it.apply(0.25)
    assert backend.volumes["video"] == pytest.approx((0.15, 0.15))
    assert sorted(records[-1]) == ["music", "video"]
    it.restore()
    assert backend.volumes == {"music": (1.0, 1.0), "video": (0.6, 0.6)}


def test_a_volume_its_user_changes_during_a_duck_is_theirs() -> None:
    backend = FakeVolumes(music=1.0)
    it, _ = lowering(backend)
    it.apply(0.5)
    backend.volumes["music"] = (0.7, 0.7)  # the user, in the mixer
    it.apply(0.25)  # not lowered again ...
    assert backend.volumes["music"] == (0.7, 0.7)
    it.restore()  # ... nor "restored"
    assert backend.volumes["music"] == (0.7, 0.7)
    it.apply(0.25)  # the next duck lowers it from where the user left it
    assert backend.volumes["music"] == pytest.approx((0.175, 0.175))


def test_a_stream_that_ended_is_forgotten() -> None:
    backend = FakeVolumes(music=1.0, beep=1.0)
    it, records = lowering(backend)
    it.apply(0.25)
    del backend.volumes["beep"]
    it.apply(0.25)
    assert sorted(records[-1]) == ["music"]
    it.restore()
    assert "beep" not in it.lowered
