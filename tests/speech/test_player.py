"""CuePlayer: real cue WAVs (espeak-ng) played through Qt on a PulseAudio null sink.

The logic tests drive a real SessionDriver with a fake clock (time moves only when the test
says) and call ``player.poll()`` the way the player's own timer would; the sound itself is
real playback through the app's one audio stream on the null sink. The logic tests fix the
output lead at 0 (a cue due at t is handed over at t, so times are exact); one test runs on the
real clock end to end, with the real lead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QMediaDevices
from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import Cue, CueKind
from retrocoach.core.workout import Direction, Pace, Phase, Plan, Workout
from retrocoach.speech.cache import SpeechCache, wav_info
from retrocoach.speech.engine import RenderProcess
from retrocoach.speech.hints import NO_AUDIO_MESSAGE
from retrocoach.speech.player import HOLD_MAX, CuePlayer
from retrocoach.ui.live.driver import SessionDriver
from tests.core.clock import FakeClock
from tests.speech.pulse import PulseSetup
from tests.speech.voices import render_retrying

SAFETY = "Check the path behind you is clear"
JOG = "Jog backwards, 30 seconds"
WALK = "Walk forwards, 30 seconds"
LONG_TIP = "Keep your chest up, look ahead, and take short quick steps"
SHORT_TIP = "Short quick steps"
ROUND = "Round 1 of 1"
FINISH = "Done: 1 minute, 30 seconds of it backwards"
TEXTS = [SAFETY, JOG, WALK, LONG_TIP, SHORT_TIP, ROUND, FINISH, "3", "2", "1"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> SpeechCache:
    """The cues above, rendered once by the real engine."""
    cache = SpeechCache(tmp_path_factory.mktemp("player-cache"))
    with RenderProcess() as process:
        for text in TEXTS:
            render_retrying(process, text, cache.path_for(text), cache.voice, rate=cache.rate)
    return cache


def plan() -> Plan:
    """Lead-in 5 s, jog backwards 30 s (phase 0), walk forwards 30 s (phase 1)."""
    phases = (
        Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 30),
        Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 30),
    )
    return Workout("test", "Test", "", (), phases, (), 1).plan(1, lead_in_seconds=5)


@dataclass
class Rig:
    clock: FakeClock
    driver: SessionDriver
    player: CuePlayer
    captions: list[str] = field(default_factory=list)
    played: list[tuple[str, float]] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    interrupted: list[tuple[str, str]] = field(default_factory=list)
    beeps: list[int | None] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def at(self, workout_time: float) -> None:
        """Move the fake clock to `workout_time`, then wake the driver and the player."""
        session = self.driver.session
        assert session is not None
        anchor = session.clock_time_at(0.0)
        assert anchor is not None, "the session is not moving"
        self.clock.now = anchor + workout_time
        self.driver.tick()
        self.player.poll()

    def played_texts(self) -> list[str]:
        return [text for text, _ in self.played]


@pytest.fixture
def rig(rendered: SpeechCache, null_sink: PulseSetup, qtbot: QtBot) -> Iterator[Rig]:
    clock = FakeClock()
    driver = SessionDriver(plan(), clock=clock.monotonic, wall_clock=clock.wall)
    player = CuePlayer(driver, rendered, lead=0.0)
    rig = Rig(clock, driver, player)
    player.caption.connect(lambda text, kind: rig.captions.append(text))
    player.played.connect(lambda cue, delay: rig.played.append((cue.text, delay)))
    player.dropped.connect(lambda cue, why: rig.dropped.append((cue.text, why)))
    player.interrupted.connect(lambda cue, why: rig.interrupted.append((cue.text, why)))
    player.beeped.connect(rig.beeps.append)
    player.message.connect(lambda problem: rig.messages.append(problem.english()))
    yield rig
    player.close()


def load(rig: Rig, qtbot: QtBot, cues: list[Cue]) -> None:
    rig.player.set_cues(cues)
    qtbot.waitUntil(rig.player.sounds_ready, timeout=5_000)


def test_cues_play_on_time_and_a_late_cue_is_dropped_not_played_late(
    rig: Rig, qtbot: QtBot
) -> None:
    cues = [
        Cue(-5.0, CueKind.SAFETY, SAFETY, None),
        Cue(0.0, CueKind.ANNOUNCE, JOG, 0),
        Cue(10.0, CueKind.TIP, LONG_TIP, 0),
        Cue(20.0, CueKind.TIP, SHORT_TIP, 0),
    ]
    load(rig, qtbot, cues)
    assert QMediaDevices.audioOutputs(), "the null sink is not visible to Qt"
    rig.driver.start()  # the lead-in begins: the safety cue is due now
    assert rig.played == [(SAFETY, 0.0)]
    rig.at(0.0)
    assert rig.played[-1] == (JOG, 0.0)
    assert rig.beeps == [0]
    rig.at(11.5)  # the machine was busy: the tip at 10 s is 1.5 s late
    assert rig.dropped == [(LONG_TIP, "late by 1.5 s")]
    assert LONG_TIP not in rig.captions
    rig.at(20.2)
    assert rig.played[-1][0] == SHORT_TIP
    assert rig.played[-1][1] == pytest.approx(0.2)
    assert rig.captions == [SAFETY, JOG, SHORT_TIP]


def test_cues_of_a_skipped_phase_are_dropped_and_back_plays_them_again(
    rig: Rig, qtbot: QtBot
) -> None:
    cues = [
        Cue(0.0, CueKind.ANNOUNCE, JOG, 0),
        Cue(12.0, CueKind.TIP, SHORT_TIP, 0),
        Cue(27.0, CueKind.COUNTDOWN, "3", 0),
        Cue(28.0, CueKind.COUNTDOWN, "2", 0),
        Cue(29.0, CueKind.COUNTDOWN, "1", 0),
        Cue(30.0, CueKind.ANNOUNCE, WALK, 1),
    ]
    load(rig, qtbot, cues)
    rig.driver.start()
    rig.at(0.0)
    rig.at(1.0)
    assert rig.driver.skip()  # to the walk at 30 s, 1 s into the jog's announcement
    assert rig.dropped == [(t, "phase over") for t in (SHORT_TIP, "3", "2", "1")]
    assert rig.played_texts() == [JOG, WALK]
    assert rig.beeps == [0, 1]
    assert rig.interrupted == [(JOG, "phase over")]  # the jog announcement was still playing
    rig.at(31.0)
    assert rig.driver.back()  # within 2 s of the walk's start: back to the jog at 0 s
    assert rig.played_texts() == [JOG, WALK, JOG]  # the phase starts again, and so do its cues
    rig.at(12.0)
    assert rig.played_texts()[-1] == SHORT_TIP


def test_pause_cuts_the_sound_and_holds_the_cues_until_resume(rig: Rig, qtbot: QtBot) -> None:
    cues = [Cue(10.0, CueKind.TIP, LONG_TIP, 0), Cue(27.0, CueKind.COUNTDOWN, "3", 0)]
    load(rig, qtbot, cues)
    rig.driver.start()
    rig.at(10.0)
    rig.at(11.0)
    assert rig.driver.pause()
    assert rig.interrupted == [(LONG_TIP, "paused")]
    rig.clock.advance(120.0)  # a long pause: nothing is due while paused
    rig.player.poll()
    assert rig.played_texts() == [LONG_TIP]
    assert rig.driver.resume()
    rig.at(27.0)
    assert rig.played[-1] == ("3", 0.0)  # on time on the workout axis, not 2 minutes late
    assert rig.dropped == []


def test_an_announcement_cuts_a_tip_and_a_tip_never_cuts_a_safety_cue(
    rig: Rig, qtbot: QtBot
) -> None:
    cues = [
        Cue(-5.0, CueKind.SAFETY, SAFETY, None),
        Cue(-4.0, CueKind.TIP, SHORT_TIP, None),  # 1 s into a ~1.8 s safety cue
        Cue(3.0, CueKind.TIP, LONG_TIP, 0),
        Cue(4.0, CueKind.ROUND, ROUND, 0),  # priority 3 during a tip
        Cue(12.0, CueKind.TIP, LONG_TIP, 0),
        Cue(13.0, CueKind.TIP, SHORT_TIP, 0),  # an equal one with > HOLD_MAX left: cuts
    ]
    load(rig, qtbot, cues)
    rig.driver.start()
    rig.at(-4.0)
    assert rig.dropped == [(SHORT_TIP, "safety playing")]
    assert rig.captions == [SAFETY, SHORT_TIP]  # the window still shows it
    rig.at(3.0)
    rig.at(4.0)
    assert rig.interrupted == [(LONG_TIP, "cut by round")]
    assert rig.played_texts()[-2:] == [LONG_TIP, ROUND]
    assert rig.player.current_cue is not None and rig.player.current_cue.text == ROUND
    rig.at(12.0)
    rig.at(13.0)
    assert rig.interrupted[-1] == (LONG_TIP, "cut by tip")
    assert rig.played[-1] == (SHORT_TIP, 0.0)


def test_a_cue_that_ends_within_the_hold_window_is_waited_for(
    rig: Rig, rendered: SpeechCache, qtbot: QtBot
) -> None:
    three = wav_info(rendered.path_for("3"))
    assert three is not None and three.seconds < HOLD_MAX
    held: list[tuple[str, float]] = []
    rig.player.held.connect(lambda cue, wait: held.append((cue.text, wait)))
    cues = [Cue(27.0, CueKind.COUNTDOWN, "3", 0), Cue(27.1, CueKind.TIP, SHORT_TIP, 0)]
    load(rig, qtbot, cues)
    rig.driver.start()
    rig.at(27.0)
    rig.at(27.1)  # "3" still sounds: the tip waits instead of being lost or cutting it
    assert rig.played_texts() == ["3"]
    assert rig.dropped == [] and rig.interrupted == []
    assert [text for text, _ in held] == [SHORT_TIP]
    assert held[0][1] == pytest.approx(three.seconds - 0.1)
    rig.at(27.0 + three.seconds)
    assert rig.played_texts() == ["3", SHORT_TIP]
    assert rig.played[-1][1] == pytest.approx(three.seconds - 0.1)


def test_a_cue_not_rendered_or_muted_is_a_caption_only(rig: Rig, qtbot: QtBot) -> None:
    cues = [
        Cue(0.0, CueKind.ANNOUNCE, "Never rendered, shown only", 0),
        Cue(5.0, CueKind.TIP, SHORT_TIP, 0),
        Cue(30.0, CueKind.ANNOUNCE, WALK, 1),
    ]
    load(rig, qtbot, cues)
    rig.driver.start()
    rig.at(0.0)
    assert rig.dropped == [("Never rendered, shown only", "not rendered")]
    rig.player.set_muted(True)
    rig.at(5.0)
    rig.at(30.0)
    assert rig.captions == ["Never rendered, shown only", SHORT_TIP, WALK]
    assert rig.dropped[1:] == [(SHORT_TIP, "muted"), (WALK, "muted")]
    assert rig.played == []
    assert rig.beeps == [0]  # no beep while muted
    rig.player.set_muted(False)
    rig.player.set_beeps_enabled(False)
    rig.at(35.0)
    assert rig.driver.back()  # to the start of the walk: its announcement again, heard
    assert rig.played_texts() == [WALK] and rig.beeps == [0]


def test_the_finish_cue_plays_when_the_session_completes(rig: Rig, qtbot: QtBot) -> None:
    cues = [Cue(59.0, CueKind.COUNTDOWN, "1", 1), Cue(60.0, CueKind.FINISH, FINISH, None)]
    load(rig, qtbot, cues)
    rig.driver.start()
    rig.at(59.0)
    rig.at(60.0)  # the driver finishes the session on this tick, before the player polls
    assert rig.driver.state.value == "finished"
    assert rig.played_texts() == ["1", FINISH]
    assert rig.beeps == [None]  # the end of the session


def test_no_audio_device_keeps_the_captions_and_says_so_once(
    rendered: SpeechCache, tmp_path: Path
) -> None:
    """In a process that finds no sound server (Qt looks once per process)."""
    script = f"""
import json, sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from retrocoach.core.coaching import Cue, CueKind
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.player import CuePlayer
from retrocoach.ui.live.driver import SessionDriver
from tests.core.clock import FakeClock
from tests.speech.test_player import plan
clock = FakeClock()
driver = SessionDriver(plan(), clock=clock.monotonic, wall_clock=clock.wall)
player = CuePlayer(driver, SpeechCache({str(rendered.folder)!r}))
seen = {{"captions": [], "dropped": [], "messages": [], "played": []}}
player.caption.connect(lambda text, kind: seen["captions"].append(text))
player.dropped.connect(lambda cue, why: seen["dropped"].append(why))
player.played.connect(lambda cue, delay: seen["played"].append(cue.text))
player.message.connect(lambda problem: seen["messages"].append(problem.english()))
player.set_cues([Cue(0.0, CueKind.ANNOUNCE, {JOG!r}, 0), Cue(5.0, CueKind.TIP, {SHORT_TIP!r}, 0)])
driver.start()
for t in (0.0, 5.0):
    clock.now = driver.session.clock_time_at(0.0) + t
    driver.tick()
    player.poll()
seen["available"] = player.audio_available
print(json.dumps(seen))
"""
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/no-server", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    seen = json.loads(done.stdout.decode().strip().splitlines()[-1])
    assert seen["available"] is False
    assert seen["captions"] == [JOG, SHORT_TIP]
    assert seen["dropped"] == ["no audio output", "no audio output"]
    assert seen["messages"] == [NO_AUDIO_MESSAGE]  # once
    assert seen["played"] == []


def test_a_rendered_cue_plays_on_the_null_sink_on_the_real_clock(
    rendered: SpeechCache, null_sink: PulseSetup, qtbot: QtBot
) -> None:
    outputs = [device.description() for device in QMediaDevices.audioOutputs()]
    assert outputs, f"Qt sees no audio output ({null_sink.message})"
    driver = SessionDriver(plan())
    player = CuePlayer(driver, rendered)
    events: list[tuple[str, float]] = []
    delays: list[float] = []

    def on_played(cue: Cue, delay: float) -> None:
        events.append(("played", time.monotonic()))
        delays.append(delay)

    player.played.connect(on_played)
    player.ended.connect(lambda cue: events.append(("ended", time.monotonic())))
    player.set_cues([Cue(-4.5, CueKind.SAFETY, SAFETY, None)])
    qtbot.waitUntil(player.sounds_ready, timeout=5_000)
    driver.start()
    begun = time.monotonic()
    qtbot.waitUntil(lambda: len(events) >= 1, timeout=3_000)
    lead = player.output_lead
    assert 0.0 < lead < 0.3  # the stream's queue: the cue is handed over this much early
    assert abs(delays[0]) <= 0.030  # to be heard within 30 ms of its due time
    heard = events[0][1] + lead
    assert heard - begun == pytest.approx(0.5, abs=0.035)  # due 0.5 s into the lead-in
    inputs = subprocess.run(
        ["pactl", "list", "short", "sink-inputs"], capture_output=True, timeout=5, check=False
    )
    assert inputs.stdout.strip(), "PulseAudio got no stream from Qt"
    qtbot.waitUntil(lambda: len(events) >= 2, timeout=5_000)
    (first, started), (second, stopped) = events
    assert (first, second) == ("played", "ended")
    info = wav_info(rendered.path_for(SAFETY))
    assert info is not None
    assert stopped - started >= info.seconds - 0.05  # it played to the end
    driver.stop()
    player.close()


def test_playing_a_session_creates_and_destroys_no_qt_object(rig: Rig, qtbot: QtBot) -> None:
    """Item 0: the voice died in a QSocketNotifier storm after QSoundEffects were created and
    disposed mid-session. Now every sound goes through the one stream made with the player:
    whatever plays, the set of Qt objects under the player does not change."""
    cues = [
        Cue(-5.0, CueKind.SAFETY, SAFETY, None),
        Cue(0.0, CueKind.ANNOUNCE, JOG, 0),
        Cue(3.0, CueKind.TIP, LONG_TIP, 0),
        Cue(4.0, CueKind.ROUND, ROUND, 0),
        Cue(12.0, CueKind.TIP, SHORT_TIP, 0),
        Cue(27.0, CueKind.COUNTDOWN, "3", 0),
        Cue(27.1, CueKind.TIP, SHORT_TIP, 0),  # held: the path that preceded the storm
        Cue(28.0, CueKind.COUNTDOWN, "2", 0),
        Cue(29.0, CueKind.COUNTDOWN, "1", 0),
        Cue(30.0, CueKind.ANNOUNCE, WALK, 1),
        Cue(60.0, CueKind.FINISH, FINISH, None),
    ]
    load(rig, qtbot, cues)
    before = {id(child) for child in rig.player.findChildren(QObject)}
    rig.driver.start()
    for t in (-5.0, 0.0, 3.0, 4.0, 12.0, 27.0, 27.1, 27.6, 28.0, 29.0, 30.0, 31.0, 60.0):
        rig.at(t)
        qtbot.wait(5)
    assert len(rig.played) >= 9 and rig.beeps == [0, 1, None]
    assert {id(child) for child in rig.player.findChildren(QObject)} == before
    assert not [e for e in rig.player.findChildren(QObject) if type(e).__name__ == "QSoundEffect"]
