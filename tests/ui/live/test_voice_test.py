"""Settings' "Test the voice": the real renderer and flite render the sample through the loud
chain (off the GUI thread); the player plays it at the voice volume asked for, on a fake
output that records it (the speech tests play real sound)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from retrocoach.core.problem import Problem
from retrocoach.speech.audio_out import VOICE
from retrocoach.speech.engines.choice import VoiceChoice, cache_for
from retrocoach.speech.engines.flite import version as flite_version
from retrocoach.speech.loudness import LOUD_MIN_DBFS, measure
from retrocoach.speech.player import CuePlayer
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.voice_test import VoiceTester
from tests.core.clock import FakeClock
from tests.speech.fake_out import FakeOut
from tests.speech.test_timeline import plan
from tests.speech.voices import require_flite


def test_the_sample_is_rendered_loud_and_played_at_the_chosen_volume(
    qtbot: QtBot, tmp_path: Path
) -> None:
    require_flite()
    clock = FakeClock()
    driver = SessionDriver(plan(), clock=clock.monotonic, wall_clock=clock.wall)
    out = FakeOut()
    player = CuePlayer(driver, None, output=out, lead=0.0)  # type: ignore[arg-type]
    player.set_volume(0.9)  # the session's voice level
    tester = VoiceTester(player, DataPaths.default(), tmp_path / "speech")
    problems: list[Problem] = []
    tester.problem.connect(problems.append)
    settings = Settings(voice="flite:rms", volume=0.4, voice_chain="natural")
    with qtbot.waitSignal(tester.played, timeout=30_000):
        tester.test(settings)
    assert problems == []
    [(channel, name, delay)] = out.log
    assert (channel, delay) == (VOICE, 0.0)
    assert out.levels[VOICE] == 0.4  # the volume being tried
    # through the loud chain, whatever the session's chain is
    rendered = cache_for(tmp_path / "speech", VoiceChoice("flite", "rms"), 175, chain="loud")
    path = rendered.path_for(tester.sample_text())
    assert name == path.name
    assert measure(path)[1] >= LOUD_MIN_DBFS
    assert flite_version() in rendered.engine
    out.finish(VOICE)
    assert out.levels[VOICE] == 0.9  # the session's level is back once it has played
    tester.shutdown()
    player.close()
