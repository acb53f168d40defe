"""The state file a watchdog (or the next start) restores from."""

from __future__ import annotations

from pathlib import Path

from retrocoach.desktop.ducking.lowering import Record
from retrocoach.desktop.ducking.state import read_state, restore_from, write_state
from tests.desktop.fake_volumes import FakeVolumes


def test_records_round_trip_and_none_removes_the_file(tmp_path: Path) -> None:
    state = tmp_path / "cache" / "ducked-volumes.json"
    records = {"7": Record("123/mpv", (0.9, 0.8), (0.2, 0.2))}
    write_state(state, records)
    assert read_state(state) == records
    write_state(state, {})
    assert not state.exists()


def test_a_damaged_or_foreign_file_holds_nothing(tmp_path: Path) -> None:
    state = tmp_path / "ducked-volumes.json"
    for content in ("{", "[]", '{"streams": {"1": {"who": "x"}}}', "\x00" * 10):
        state.write_text(content)
        assert read_state(state) == {}


def test_only_what_the_duck_may_have_set_is_restored(tmp_path: Path) -> None:
    state = tmp_path / "ducked-volumes.json"
    backend = FakeVolumes(lowered=0.25, mid_ramp=0.5, user=0.1, other=0.25)
    write_state(
        state,
        {
            key: Record(f"app-{key}", (1.0, 1.0), (0.25, 0.25))
            for key in ("lowered", "mid_ramp", "user", "gone")
        }
        | {"other": Record("someone-else", (1.0, 1.0), (0.25, 0.25))},
    )
    assert restore_from(state, backend) == 2
    assert backend.volumes == {
        "lowered": (1.0, 1.0),
        "mid_ramp": (1.0, 1.0),
        "user": (0.1, 0.1),  # below the duck: its user's
        "other": (0.25, 0.25),  # the key now names another application's stream
    }
    assert not state.exists()
