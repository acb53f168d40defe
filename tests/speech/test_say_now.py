"""CuePlayer.say_now: a remote command's confirmation is heard at once, through the real
audio stream (a PulseAudio null sink), cutting the cue that plays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import Cue, CueKind
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.engine import RenderProcess
from retrocoach.speech.player import CuePlayer
from retrocoach.ui.live.driver import SessionDriver
from tests.core.clock import FakeClock
from tests.speech.pulse import PulseSetup
from tests.speech.test_player import JOG, plan

PAUSED = "Paused"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> SpeechCache:
    cache = SpeechCache(tmp_path_factory.mktemp("say-now-cache"))
    with RenderProcess() as process:
        for text in (JOG, PAUSED):
            process.render(text, cache.path_for(text), cache.voice, cache.rate)
    return cache


@pytest.fixture
def player(
    rendered: SpeechCache, null_sink: PulseSetup, espeak: None, qtbot: QtBot
) -> Iterator[tuple[CuePlayer, SessionDriver]]:
    clock = FakeClock()
    driver = SessionDriver(plan(), clock=clock.monotonic, wall_clock=clock.wall)
    player = CuePlayer(driver, rendered, lead=0.0)
    yield player, driver
    player.close()


def test_a_confirmation_cuts_the_cue_that_plays(
    player: tuple[CuePlayer, SessionDriver], qtbot: QtBot
) -> None:
    cue_player, driver = player
    interrupted: list[tuple[str, str]] = []
    cue_player.interrupted.connect(lambda cue, why: interrupted.append((cue.text, why)))
    cue_player.set_cues([Cue(-5.0, CueKind.ANNOUNCE, JOG, None)])
    qtbot.waitUntil(cue_player.sounds_ready, timeout=5_000)
    driver.start()  # the announcement is due at once
    current = cue_player.current_cue
    assert current is not None and current.text == JOG
    assert cue_player.say_now(PAUSED)
    assert interrupted == [(JOG, f"cut by '{PAUSED}'")]
    current = cue_player.current_cue
    assert current is not None and current.text == PAUSED
    assert current.kind is CueKind.ANNOUNCE  # the next cue sees an announcement playing


def test_it_is_silent_when_muted_or_not_rendered(player: tuple[CuePlayer, SessionDriver]) -> None:
    cue_player, _driver = player
    assert not cue_player.say_now("Skipped: never rendered")
    cue_player.set_muted(True)
    assert not cue_player.say_now(PAUSED)
    assert cue_player.current_cue is None
