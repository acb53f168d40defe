"""When and how far other sounds are lowered around the app's sounds (pure)."""

from __future__ import annotations

import pytest

from retrocoach.desktop.ducking.shape import (
    AHEAD,
    HOLD_AFTER,
    RAMP_DOWN,
    RAMP_UP,
    STEP,
    DuckShape,
    factor_of,
    quantised,
)


def test_twelve_db_is_a_quarter() -> None:
    assert factor_of(12.0) == pytest.approx(0.2512, abs=1e-4)


def test_the_duck_is_down_before_the_sound_and_back_0_3_s_after_it() -> None:
    shape = DuckShape(12.0)
    shape.sound("voice", 10.0, 1.0)
    assert shape.depth_at(10.0 - AHEAD - 0.001) == 0.0
    assert 0.0 < shape.depth_at(10.0 - AHEAD + RAMP_DOWN / 2) < 12.0
    assert shape.depth_at(10.0 - AHEAD + RAMP_DOWN) == 12.0  # down 20 ms before the sound
    assert shape.depth_at(11.0 + HOLD_AFTER) == 12.0
    assert 0.0 < shape.depth_at(11.0 + HOLD_AFTER + RAMP_UP / 2) < 12.0
    assert shape.depth_at(11.0 + HOLD_AFTER + RAMP_UP) == 0.0
    assert pytest.approx(0.3) == HOLD_AFTER + RAMP_UP


def test_overlapping_sounds_make_one_duck() -> None:
    shape = DuckShape(12.0)
    shape.sound("voice", 10.0, 1.0)
    shape.sound("beep", 11.2, 0.1)  # 0.2 s after the cue: no dip between them
    assert min(shape.depth_at(10.0 + i * 0.01) for i in range(130)) == 12.0


def test_a_new_sound_on_a_channel_replaces_the_old_one_and_a_cut_ends_it() -> None:
    shape = DuckShape(12.0)
    shape.sound("voice", 10.0, 5.0)
    shape.sound("voice", 9.0, 1.0)  # begins before the old one: that one is never heard
    assert shape.depth_at(12.0) == 0.0
    shape.sound("voice", 20.0, 1.0)
    shape.stop("voice", 20.5)
    assert shape.depth_at(20.5 + HOLD_AFTER + RAMP_UP) == 0.0
    shape.stop("voice", 19.0)  # cut before it is heard: no duck at all
    assert shape.depth_at(20.0) == 0.0


def test_a_cue_cut_short_by_the_next_keeps_the_duck_down_between_them() -> None:
    """Two cues 0.35 s apart on the voice channel make one duck: the music does not jump
    back up between them (it did while a new sound replaced the old one's duck)."""
    shape = DuckShape(12.0)
    shape.sound("voice", 10.0, 2.0)
    shape.forget_before(12.2)  # the worker runs before the next is announced (~0.15 s ahead)
    shape.sound("voice", 12.35, 1.0)
    assert min(shape.depth_at(10.0 + i * 0.01) for i in range(335)) == 12.0
    shape.sound("voice", 12.5, 0.5)  # cuts the second: heard until 12.5, then this one
    assert shape.depth_at(13.0 + HOLD_AFTER) == 12.0
    assert shape.depth_at(13.0 + HOLD_AFTER + RAMP_UP) == 0.0


def test_the_worker_wakes_at_the_duck_and_every_step_of_a_ramp() -> None:
    shape = DuckShape(12.0)
    assert shape.next_change(0.0) is None
    shape.sound("voice", 10.0, 1.0)
    assert shape.next_change(0.0) == pytest.approx(10.0 - AHEAD)
    assert shape.next_change(10.0 - AHEAD) == pytest.approx(10.0 - AHEAD + STEP)
    assert shape.next_change(10.5) == pytest.approx(11.0 + HOLD_AFTER)
    assert shape.next_change(12.0) is None
    shape.forget_before(12.0)
    assert shape.depth_at(10.5) == 0.0


def test_depths_are_set_to_a_tenth_of_a_db() -> None:
    assert quantised(0.01) == 0.0
    assert quantised(3.04) == 3.0
    assert quantised(11.96) == 12.0
