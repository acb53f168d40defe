"""Boundary beeps on a fake output: on time only, and only when enabled."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.core.session import Session
from retrocoach.speech.audio_out import BEEP
from retrocoach.speech.beep_channel import BeepChannel
from retrocoach.speech.timeline import BEEP_LEAD, BEEP_TOLERANCE, Beep
from tests.core.clock import FakeClock
from tests.speech.fake_out import FakeOut
from tests.speech.test_timeline import plan


def test_a_beep_plays_on_time_and_not_when_late_disabled_or_without_output(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    session = Session(plan(), clock.monotonic, clock.wall)
    out = FakeOut()
    beeps = BeepChannel(out)  # type: ignore[arg-type]
    beep = Beep(30.0 - BEEP_LEAD, 1)
    assert beeps.fire(beep, session, beep.at - 0.1, 0.1)
    [(channel, name, delay)] = out.log
    assert (channel, name) == (BEEP, "beep.wav")
    assert delay == pytest.approx(0.1)  # handed over early, placed on time
    assert not beeps.fire(beep, session, beep.at + BEEP_TOLERANCE + 0.01, 0.0)
    beeps.enabled = False
    assert not beeps.fire(beep, session, beep.at, 0.0)
    beeps.enabled = True
    out.available = False
    assert not beeps.fire(beep, session, beep.at, 0.0)
    beeps.stop()
    assert not out.is_playing(BEEP)
