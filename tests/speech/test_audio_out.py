"""The app's one audio stream and its clips: real playback on the PulseAudio null sink."""

from __future__ import annotations

import array
import logging
import time
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.assets_path import beep_file
from retrocoach.speech.audio_out import (
    BEEP,
    IDLE_GRACE,
    SUSPEND_GAP,
    VOICE,
    WAKE_AHEAD,
    AudioOut,
)
from retrocoach.speech.clips import OUTPUT_RATE, Clip, load_clip, mix, resample
from tests.speech.pulse import PulseSetup


def tone(path: Path, rate: int, seconds: float, channels: int = 1) -> Path:
    frames = int(rate * seconds)
    samples = array.array("h", [8000 if (i // 20) % 2 else -8000 for i in range(frames)])
    if channels == 2:
        stereo = array.array("h", bytes(frames * 4))
        stereo[0::2] = samples
        stereo[1::2] = samples
        samples = stereo
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())
    return path


@pytest.mark.parametrize(("rate", "channels"), [(22_050, 1), (44_100, 1), (11_025, 2), (16_000, 1)])
def test_any_usual_wav_becomes_a_clip_of_the_same_length(
    tmp_path: Path, rate: int, channels: int
) -> None:
    clip = load_clip(tone(tmp_path / "t.wav", rate, 0.5, channels))
    assert clip is not None
    assert clip.seconds == pytest.approx(0.5, abs=0.002)


def test_the_bundled_beep_loads_and_junk_does_not(tmp_path: Path) -> None:
    beep = load_clip(beep_file())
    assert beep is not None and 0.05 < beep.seconds < 0.5
    (tmp_path / "junk.wav").write_bytes(b"RIFF....WAVEjunk")
    assert load_clip(tmp_path / "junk.wav") is None
    assert load_clip(tmp_path / "missing.wav") is None


def test_resampling_and_mixing() -> None:
    samples = array.array("h", [0, 100, 200, 300])
    assert list(resample(samples, 11_025, 22_050)) == [0, 0, 100, 100, 200, 200, 300, 300]
    assert list(resample(samples, 44_100, 22_050)) == [50, 250]
    assert len(resample(samples * 100, 16_000, 22_050)) == int(400 * 22_050 / 16_000)
    loud = array.array("h", [30_000, -30_000]).tobytes()
    assert list(array.array("h", mix(loud, loud))) == [32_767, -32_768]  # clipped, not wrapped


def test_a_clip_plays_to_its_end_on_the_null_sink(null_sink: PulseSetup, qtbot: QtBot) -> None:
    out = AudioOut()
    assert out.available, null_sink.message
    clip = Clip(array.array("h", [4000, -4000] * int(0.25 * OUTPUT_RATE)).tobytes())
    finished: list[tuple[str, int, float]] = []
    out.finished.connect(lambda channel, token: finished.append((channel, token, time.monotonic())))
    qtbot.wait(400)  # the stream has started: its frames are on the clock (the app's is older)
    started = time.monotonic()
    assert out.play(VOICE, clip, 7, delay=0.2)
    assert out.is_playing(VOICE, 7) and not out.is_playing(VOICE, 8)
    qtbot.waitUntil(lambda: bool(finished), timeout=3_000)
    channel, token, at = finished[0]
    assert (channel, token) == (VOICE, 7)
    assert at - started >= 0.2 + clip.seconds - 0.03  # not before it was heard to its end
    assert not out.is_playing(VOICE)
    out.close()


def test_each_clip_says_when_it_will_be_heard_and_each_cut_says_so(
    null_sink: PulseSetup, qtbot: QtBot
) -> None:
    """What ducking follows: ``sounding(channel, at, seconds)`` and ``silenced(channel)``."""
    out = AudioOut()
    assert out.available, null_sink.message
    clip = Clip(array.array("h", [4000, -4000] * int(0.25 * OUTPUT_RATE)).tobytes())
    sounds: list[tuple[str, float, float]] = []
    cuts: list[str] = []
    out.sounding.connect(lambda channel, at, seconds: sounds.append((channel, at, seconds)))
    out.silenced.connect(cuts.append)
    qtbot.wait(400)  # the stream is on the clock
    handed = time.monotonic()
    out.play(VOICE, clip, 1, delay=out.latency)
    ((channel, at, seconds),) = sounds
    assert channel == VOICE and seconds == pytest.approx(clip.seconds)
    assert at == pytest.approx(handed + out.latency, abs=0.03)
    out.stop(VOICE)
    out.stop(VOICE)  # nothing left to cut
    out.stop(BEEP)
    assert cuts == [VOICE]
    out.close()


def test_a_new_clip_replaces_the_old_one_and_a_stopped_one_never_finishes(
    null_sink: PulseSetup, qtbot: QtBot
) -> None:
    out = AudioOut()
    long = Clip(bytes(int(2 * OUTPUT_RATE) * 2))
    short = Clip(array.array("h", [3000, -3000] * 2000).tobytes())
    finished: list[int] = []
    out.finished.connect(lambda channel, token: finished.append(token))
    out.play(VOICE, long, 1)
    out.play(VOICE, short, 2)  # replaces 1 at once
    out.play(BEEP, short, 3)
    out.stop(BEEP)
    qtbot.waitUntil(lambda: 2 in finished, timeout=3_000)
    qtbot.wait(200)
    assert finished == [2]
    out.close()
    assert not out.available


def test_an_idle_stream_sleeps_and_wakes_before_the_next_expected_sound(
    null_sink: PulseSetup, qtbot: QtBot
) -> None:
    """Suspended between sounds (a running stream costs ~1.7 % of a core), awake and back on
    the clock WAKE_AHEAD before the sound the player announced."""
    out = AudioOut()
    assert out.available, null_sink.message
    qtbot.waitUntil(lambda: out.suspended, timeout=int((IDLE_GRACE + 2.5) * 1000))
    out.expect(WAKE_AHEAD + 0.6)
    assert out.suspended
    woke = time.monotonic()
    qtbot.waitUntil(lambda: not out.suspended, timeout=2_000)
    assert 0.4 < time.monotonic() - woke < 0.9
    qtbot.wait(500)  # the handover, WAKE_AHEAD - 0.5 s later
    # the frames are on the clock again: the frame placed at "now" is the one being heard
    assert abs(out._frame_heard_at(time.monotonic()) - out._heard_frame()) < 0.02 * OUTPUT_RATE
    clip = Clip(array.array("h", [4000, -4000] * int(0.1 * OUTPUT_RATE)).tobytes())
    finished: list[float] = []
    out.finished.connect(lambda channel, token: finished.append(time.monotonic()))
    started = time.monotonic()
    assert out.play(VOICE, clip, 1, delay=0.3)
    qtbot.waitUntil(lambda: bool(finished), timeout=3_000)
    assert 0.3 + clip.seconds - 0.03 <= finished[0] - started < 0.3 + clip.seconds + 0.15
    out.expect(None)
    qtbot.waitUntil(lambda: out.suspended, timeout=int((IDLE_GRACE + 2.5) * 1000))
    out.close()


def test_a_sound_nobody_announced_wakes_the_stream_and_plays(
    null_sink: PulseSetup, qtbot: QtBot
) -> None:
    out = AudioOut()
    qtbot.waitUntil(lambda: out.suspended, timeout=int((IDLE_GRACE + 2.5) * 1000))
    finished: list[int] = []
    out.finished.connect(lambda channel, token: finished.append(token))
    clip = Clip(array.array("h", [3000, -3000] * 2000).tobytes())
    assert out.play(BEEP, clip, 5)
    assert not out.suspended
    qtbot.waitUntil(lambda: finished == [5], timeout=2_000)
    out.close()


def test_a_stream_expecting_a_sound_soon_stays_awake(null_sink: PulseSetup, qtbot: QtBot) -> None:
    out = AudioOut()
    out.expect(SUSPEND_GAP - 0.2)
    qtbot.wait(int((IDLE_GRACE + 0.5) * 1000))
    assert not out.suspended
    out.close()


def test_a_feed_so_late_that_the_queue_may_run_dry_is_logged(
    null_sink: PulseSetup, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """The app's log says when (and whether through its own work) the sound may have a gap."""
    out = AudioOut()
    out.expect(0.5)  # awake
    clip = Clip(bytes(int(1.5 * OUTPUT_RATE) * 2))
    out.play(VOICE, clip, 1)
    qtbot.wait(200)
    with caplog.at_level(logging.WARNING, logger="retrocoach.speech.audio_out"):
        time.sleep(0.4)  # the GUI thread busy (not using the CPU, to the process's clock)
        qtbot.wait(100)
    [record] = caplog.records
    assert "audio feed" in record.message and "ms late" in record.message
    late = int(record.message.split()[2])
    assert 300 < late < 600
    caplog.clear()
    out.expect(None)
    qtbot.waitUntil(lambda: out.suspended, timeout=5_000)
    qtbot.wait(int((IDLE_GRACE + 0.5) * 1000))
    out.expect(WAKE_AHEAD + 0.1)  # woken after a sleep: no "late feed"
    qtbot.waitUntil(lambda: not out.suspended, timeout=2_000)
    qtbot.wait(100)
    assert not caplog.records
    out.close()


def test_each_channel_is_written_at_its_own_level_and_announced(
    null_sink: PulseSetup, qtbot: QtBot
) -> None:
    """The voice and beep volumes are applied as the stream is written, not by re-rendering;
    every sound handed over is announced first (the seam for ducking other sound)."""
    out = AudioOut()
    ahead: list[tuple[str, float, float]] = []
    out.sound_ahead.connect(lambda channel, delay, length: ahead.append((channel, delay, length)))
    out.set_level(BEEP, 0.25)
    assert (out.level(VOICE), out.level(BEEP)) == (1.0, 0.25)
    out._voices.clear()
    steady = Clip(array.array("h", [8000] * OUTPUT_RATE).tobytes(), "steady")
    start = out._written + int(OUTPUT_RATE)  # far enough ahead that no feed reaches it
    out.play(BEEP, steady, 1, delay=5.0)
    assert ahead == [(BEEP, 5.0, steady.seconds)]
    for voice in out._voices.values():
        voice.start_frame = start
    out._written = start
    block = array.array("h", out._next_block(200))
    assert set(block) == {2000}  # 8000 at a quarter
    out.set_level(VOICE, 0.5)
    out.play(VOICE, steady, 2, delay=5.0)
    out._voices[VOICE].start_frame = out._written
    assert set(array.array("h", out._next_block(200))) == {2000 + 4000}
    out.close()
