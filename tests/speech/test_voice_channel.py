"""The voice channel on a fake output and a fake clock: who holds the voice, and why not."""

from __future__ import annotations

import wave
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import Cue, CueKind
from retrocoach.speech.audio_out import VOICE
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.clip_pool import ClipPool
from retrocoach.speech.hints import AUDIO_BACK, NO_AUDIO
from retrocoach.speech.voice_channel import HOLD_MAX, VoiceChannel
from tests.core.clock import FakeClock
from tests.speech.fake_out import FakeOut

TIP = Cue(10.0, CueKind.TIP, "Chest up", 0)
COUNT = Cue(11.0, CueKind.COUNTDOWN, "3", 0)
OTHER_TIP = Cue(11.0, CueKind.TIP, "Short steps", 0)
LATE_TIP = Cue(11.0, CueKind.TIP, "Not rendered", 0)


@dataclass
class Rig:
    clock: FakeClock
    out: FakeOut
    voice: VoiceChannel
    events: list[tuple[str, str, object]] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    problems: list[object] = field(default_factory=list)


def write_wav(path: Path, seconds: float) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x01\x00" * int(22050 * seconds))


@pytest.fixture
def rig(tmp_path: Path, qtbot: QtBot) -> Rig:
    cache = SpeechCache(tmp_path)
    for cue in (TIP, COUNT, OTHER_TIP):
        write_wav(cache.path_for(cue.text), 2.0)
    clock = FakeClock()
    out = FakeOut()
    rig = Rig(clock, out, None)  # type: ignore[arg-type]
    voice = VoiceChannel(
        out,  # type: ignore[arg-type]
        ClipPool(cache),
        clock.monotonic,
        lambda: 0.0,
        lambda cue, due: rig.retried.append(cue.text),
        1.0,
    )
    rig.voice = voice
    for name in ("played", "dropped", "interrupted"):
        getattr(voice, name).connect(
            lambda cue, why, name=name: rig.events.append((name, cue.text, why))
        )
    voice.ended.connect(lambda cue: rig.events.append(("ended", cue.text, None)))
    voice.held.connect(lambda cue, wait: rig.events.append(("held", cue.text, wait)))
    voice.message.connect(rig.problems.append)
    return rig


def test_a_cue_plays_ends_and_a_higher_priority_one_cuts_it(rig: Rig) -> None:
    rig.voice.speak(TIP, rig.clock.now)
    assert rig.events == [("played", TIP.text, 0.0)] and rig.voice.current_cue == TIP
    rig.clock.advance(1.0)
    rig.voice.speak(COUNT, rig.clock.now)  # the countdown outranks a tip
    assert rig.events[1:] == [
        ("interrupted", TIP.text, "cut by countdown"),
        ("played", COUNT.text, 0.0),
    ]
    rig.out.finish(VOICE)
    assert rig.events[-1] == ("ended", COUNT.text, None) and rig.voice.current_cue is None


def test_an_equal_cue_waits_for_one_about_to_end_and_is_handed_back(rig: Rig) -> None:
    rig.voice.speak(TIP, rig.clock.now)
    rig.clock.advance(2.0 - HOLD_MAX / 2)  # the tip has HOLD_MAX / 2 left
    rig.voice.speak(OTHER_TIP, rig.clock.now)
    assert rig.events[-1][:2] == ("held", OTHER_TIP.text)
    assert rig.voice.waiting is not None and rig.voice.waiting.cue == OTHER_TIP
    rig.voice.release_held()
    assert rig.retried == [OTHER_TIP.text] and rig.voice.waiting is None


def test_muted_unrendered_and_no_output_are_dropped_and_no_output_is_told_once(
    rig: Rig,
) -> None:
    rig.voice.speak(LATE_TIP, rig.clock.now)
    assert rig.events[-1] == ("dropped", LATE_TIP.text, "not rendered")
    rig.voice.set_muted(True)
    rig.voice.speak(TIP, rig.clock.now)
    assert rig.events[-1] == ("dropped", TIP.text, "muted")
    assert not rig.voice.say_now(TIP.text)
    rig.voice.set_muted(False)
    rig.out.set_available(False)
    rig.voice.speak(TIP, rig.clock.now)
    rig.voice.speak(COUNT, rig.clock.now)
    assert rig.events[-2:] == [
        ("dropped", TIP.text, "no audio output"),
        ("dropped", COUNT.text, "no audio output"),
    ]
    assert rig.problems == [NO_AUDIO]
    rig.out.set_available(True)
    assert rig.problems == [NO_AUDIO, AUDIO_BACK]


def test_say_now_cuts_what_plays_and_drops_what_waits(rig: Rig) -> None:
    rig.voice.speak(TIP, rig.clock.now)
    rig.clock.advance(2.0 - HOLD_MAX / 2)
    rig.voice.speak(OTHER_TIP, rig.clock.now)  # waits
    assert rig.voice.say_now(COUNT.text)
    assert rig.events[-2:] == [
        ("interrupted", TIP.text, "cut by '3'"),
        ("dropped", OTHER_TIP.text, "cut by '3'"),
    ]
    current = rig.voice.current_cue
    assert current is not None and current.kind is CueKind.ANNOUNCE
    assert not rig.voice.say_now(LATE_TIP.text)  # not rendered
