"""The Auto density's stages (core.taper), on hand-made histories."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from retrocoach.core.cues import Density
from retrocoach.core.taper import AUTO, auto_taper, chosen, coaching_for


@dataclass(frozen=True)
class Done:
    backward_seconds: float


def test_stages_by_sessions_with_backward_work() -> None:
    assert auto_taper([]).density is Density.CHATTY
    assert auto_taper([Done(300)] * 2).density is Density.CHATTY
    assert auto_taper([Done(300)] * 3).density is Density.NORMAL
    assert auto_taper([Done(300)] * 12).technique_tips_per_session == 4
    assert auto_taper([Done(300)] * 24).technique_tips_per_session == 2
    # a session stopped in its first backward minute does not count
    assert auto_taper([Done(30)] * 10).session == 1


def test_a_fixed_density_is_left_alone() -> None:
    assert chosen("quiet", [Done(300)] * 30) is None
    coaching, taper = coaching_for("chatty", [Done(300)] * 30, words_per_minute=175, place="hall")
    assert taper is None and coaching.density is Density.CHATTY
    assert coaching.technique_tips_per_session is None
    coaching, taper = coaching_for(AUTO, [], words_per_minute=175, place="track")
    assert taper is not None and coaching.density is Density.CHATTY


ORDER = {Density.CHATTY: 2, Density.NORMAL: 1, Density.QUIET: 0}


@given(st.lists(st.floats(0, 3600), max_size=40), st.floats(0, 3600))
def test_property_one_more_session_never_says_more(history: list[float], more: float) -> None:
    before = auto_taper([Done(s) for s in history])
    after = auto_taper([Done(s) for s in [*history, more]])
    assert ORDER[after.density] <= ORDER[before.density]
    limit_before = before.technique_tips_per_session or 10**6
    assert (after.technique_tips_per_session or 10**6) <= limit_before
    assert after.backward_minutes >= before.backward_minutes
