"""The boundary sounds: a falling two-tone into backwards, a rising one into forwards, the
plain beep otherwise; all at the loud voice's loudness, and the beep channel's level."""

from __future__ import annotations

import numpy as np
from pytestqt.qtbot import QtBot

from retrocoach.assets_path import beep_file, earcon_file
from retrocoach.core.session import Session
from retrocoach.speech.audio_out import BEEP
from retrocoach.speech.beep_channel import BeepChannel
from retrocoach.speech.levels import SOUNDS_LUFS, sound_gain
from retrocoach.speech.loudness import read_mono
from retrocoach.speech.player import CuePlayer
from retrocoach.speech.timeline import BEEP_LEAD, Beep
from retrocoach.speech.voice_chain import integrated_lufs, to_floats
from retrocoach.ui.live.driver import SessionDriver
from tests.core.clock import FakeClock
from tests.speech.fake_out import FakeOut
from tests.speech.test_timeline import plan


def pitch(samples: np.ndarray, rate: int) -> float:
    """The frequency of a steady tone (Hz), from its zero crossings."""
    crossings = np.count_nonzero(np.diff(np.signbit(samples)))
    return crossings / 2 / (len(samples) / rate)


def halves(direction: str) -> tuple[float, float]:
    samples, rate = read_mono(earcon_file(direction))
    floats = to_floats(samples)
    middle = len(floats) // 2
    return pitch(floats[:middle], rate), pitch(floats[middle:], rate)


def test_backwards_falls_and_forwards_rises() -> None:
    first, second = halves("backward")
    assert first > second * 1.3, (first, second)  # a fifth down
    first, second = halves("forward")
    assert second > first * 1.3, (first, second)
    assert earcon_file("backward").read_bytes() != earcon_file("forward").read_bytes()


def test_the_sounds_are_at_the_loud_voices_loudness() -> None:
    for path in (earcon_file("backward"), earcon_file("forward"), beep_file()):
        samples, rate = read_mono(path)
        floats = to_floats(samples)
        body = floats[np.abs(floats) > 1e-3]  # the tones, not the gap between them
        assert abs(integrated_lufs(body, rate) - SOUNDS_LUFS) < 1.0, path.name
        assert len(floats) / rate <= BEEP_LEAD + 0.001, path.name  # over before the words


def test_a_boundary_into_a_backward_phase_plays_the_backward_earcon(qtbot: QtBot) -> None:
    clock = FakeClock()
    session = Session(plan(), clock.monotonic, clock.wall)  # backwards, then forwards
    out = FakeOut()
    beeps = BeepChannel(out)  # type: ignore[arg-type]
    beeps.earcons = True
    into_backwards = Beep(0.0 - BEEP_LEAD, 0)
    into_forwards = Beep(30.0 - BEEP_LEAD, 1)
    end = Beep(60.0 - BEEP_LEAD, None)
    for beep in (into_backwards, into_forwards, end):
        assert beeps.fire(beep, session, beep.at, 0.0)
    assert [(channel, name) for channel, name, _ in out.log] == [
        (BEEP, "backward.wav"),
        (BEEP, "forward.wav"),
        (BEEP, "beep.wav"),  # the end of the session: the plain beep
    ]
    beeps.earcons = False  # the setting turns them back into the beep
    assert beeps.fire(into_backwards, session, into_backwards.at, 0.0)
    assert out.log[-1][:2] == (BEEP, "beep.wav")


def test_the_player_sets_each_channels_level_and_the_earcons(qtbot: QtBot) -> None:
    clock = FakeClock()
    driver = SessionDriver(plan(), clock=clock.monotonic, wall_clock=clock.wall)
    out = FakeOut()
    player = CuePlayer(driver, None, output=out, lead=0.0)  # type: ignore[arg-type]
    player.set_volume(0.6)
    player.set_beep_volume(0.5, "loud")
    assert out.levels == {"voice": 0.6, BEEP: 0.5}
    player.set_beep_volume(0.5, "natural")  # matched to the quieter voice
    assert out.levels[BEEP] == 0.5 * sound_gain("natural") < 0.5 * 0.5
    player.set_earcons(True)
    player.set_cues([])  # the boundaries' sounds only
    driver.start()
    clock.advance(5.0 - BEEP_LEAD)  # the lead-in's end: into "Jog backwards"
    player.poll()
    assert (BEEP, "backward.wav") in [(c, n) for c, n, _ in out.log]
    player.close()
    driver.stop()
