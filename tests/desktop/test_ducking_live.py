"""Ducking for real: a private PulseAudio null sink, another application playing a steady tone
(``paplay``), the app's output and ducker in a process of their own
(``tests/desktop/ducking_app.py``), and the sink's monitor recorded (``parec``). Every figure is
read from the recording: the other application's tone (440 Hz) against the app's sound
(2500 Hz) in the same mix.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tests.desktop import listen
from tests.desktop.private_pulse import (
    Pulse,
    play,
    private_pulse,
    record,
    sine_wav,
    wait_for_inputs,
)

ROOT = Path(__file__).resolve().parents[2]
MUSIC_HZ, CUE_HZ, LATE_HZ = 440.0, 2500.0, 1000.0
#: The app's sound is "on" where its tone is above this (it plays at -12 dBFS).
CUE_ON_DB = -30.0


@pytest.fixture(scope="module")
def pulse() -> Iterator[Pulse]:
    with private_pulse() as server:
        yield server


@dataclass
class Run:
    recording: Path
    lines: list[str]


class Scene:
    """Music playing, the monitor recorded, the app started: one test's setting."""

    def __init__(self, pulse: Pulse, folder: Path) -> None:
        self.pulse, self.folder = pulse, folder
        self.music = play(pulse, sine_wav(folder / "music.wav", MUSIC_HZ, 30), "music")
        assert len(wait_for_inputs(pulse, 1)) == 1
        self.recording = folder / "monitor.raw"
        self.recorder = record(pulse, self.recording)
        self.others: list[subprocess.Popen[bytes]] = []
        self.apps: list[subprocess.Popen[str]] = []
        time.sleep(0.4)

    def start_app(self, *args: str) -> subprocess.Popen[str]:
        env = dict(
            self.pulse.env,
            RETROCOACH_HOME=str(self.folder / "home"),
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT),
        )
        app = subprocess.Popen(
            [sys.executable, "-m", "tests.desktop.ducking_app", *args],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.apps.append(app)
        return app

    def run_app(self, *args: str) -> list[str]:
        app = self.start_app(*args)
        out, _ = app.communicate(timeout=60)
        assert app.returncode == 0, out
        return out.splitlines()

    def stop(self) -> listen.Floats:
        time.sleep(0.3)
        self.recorder.terminate()
        self.recorder.wait(5)
        for player in (self.music, *self.others):
            player.terminate()
            player.wait(5)
        return listen.samples(self.recording)

    def music_input(self) -> dict[str, object]:
        inputs = self.pulse.sink_inputs()
        return next(i for i in inputs if i["properties"]["application.name"] == "music")  # type: ignore[index]


def music_volume(scene: Scene) -> str:
    return json.dumps(scene.music_input()["volume"])


@pytest.fixture
def scene(pulse: Pulse, tmp_path: Path) -> Iterator[Scene]:
    it = Scene(pulse, tmp_path)
    yield it
    processes: list[subprocess.Popen[str] | subprocess.Popen[bytes]] = [*it.apps, *it.others]
    for process in [*processes, it.recorder, it.music]:
        if process.poll() is None:
            process.kill()
            process.wait(5)


@dataclass(frozen=True)
class Duck:
    onset: float  # the app's sound, seconds into the recording
    end: float
    baseline: float  # the music before it, dBFS
    down_at: float | None  # the music first >= 10 dB below the baseline
    deepest: float  # dB below the baseline, during the sound
    shallowest: float  # dB below the baseline, from 150 ms after the onset (or its middle) on
    back_at: float | None  # the music within 1 dB of the baseline again


def app_sounds(x: listen.Floats) -> list[tuple[float, float]]:
    """(onset, end) of each of the app's sounds in the recording. A gap shorter than 0.3 s is
    not an end: on a loaded machine the app's own stream may run dry for a moment."""
    times, level = listen.tone_level(x, CUE_HZ)
    on = level > CUE_ON_DB
    edges = np.diff(on.astype(int))
    starts = list(times[1:][edges == 1])
    ends = list(times[1:][edges == -1])
    sounds: list[tuple[float, float]] = []
    for start, end in zip(starts, ends, strict=False):
        if sounds and start - sounds[-1][1] < 0.3:
            sounds[-1] = (sounds[-1][0], end)
        else:
            sounds.append((start, end))
    return sounds


def ducks(x: listen.Floats) -> list[Duck]:
    times, music = listen.tone_level(x, MUSIC_HZ)
    found = []
    for onset, end in app_sounds(x):
        before = (times > onset - 0.6) & (times < onset - 0.3)
        baseline = float(np.median(music[before]))
        during = (times >= onset) & (times <= end)
        held = (times >= min(onset + 0.15, (onset + end) / 2)) & (times <= end)
        found.append(
            Duck(
                onset,
                end,
                baseline,
                listen.first(times, music <= baseline - 10, after=onset - 0.5),
                float(baseline - music[during].min()),
                float(baseline - music[held].max()),
                listen.first(times, music >= baseline - 1, after=end),
            )
        )
    return found


def report(name: str, figures: object) -> None:
    print(f"ducking {name}: {json.dumps(figures)}")


def test_the_music_steps_back_around_each_sound(scene: Scene) -> None:
    scene.run_app("--sound", "1:1.5", "--sound", "3.5:0.4", "--sound", "5:0.12")
    found = ducks(scene.stop())
    assert len(found) == 3, found
    figures = []
    for duck in found:
        assert duck.down_at is not None, duck
        assert duck.back_at is not None, duck
        figures.append(
            {
                "sound_s": round(duck.end - duck.onset, 2),
                "drop_db": round(duck.shallowest, 1),
                "down_ms_after_onset": round((duck.down_at - duck.onset) * 1000),
                "back_ms_after_end": round((duck.back_at - duck.end) * 1000),
            }
        )
        assert duck.down_at <= duck.onset + 0.15, duck  # within 150 ms of the onset
        assert duck.shallowest >= 10.0, duck  # held down while the sound plays
        assert duck.back_at <= duck.end + 0.5, duck  # back within 0.5 s after it
    report("around each sound", figures)


def test_nothing_changes_with_the_setting_off(scene: Scene) -> None:
    scene.run_app("--off", "--sound", "1:1.5")
    x = scene.stop()
    (duck,) = ducks(x)
    assert duck.deepest < 1.0, duck
    report("setting off", {"deepest_db": round(duck.deepest, 2)})


def test_a_sigkill_mid_duck_brings_the_music_back_within_2_s(scene: Scene) -> None:
    app = scene.start_app("--stay", "--sound", "1:20")
    assert app.stdout is not None
    line = app.stdout.readline()
    while not line.startswith("sound "):
        assert line, "the app ended before its sound"
        line = app.stdout.readline()
    heard = float(line.split()[1])
    time.sleep(max(0.0, heard + 1.0 - time.monotonic()))
    volume = music_volume(scene)
    assert "63%" in volume, volume  # lowered: -12 dB is 63 % on PulseAudio's cubic scale
    app.send_signal(signal.SIGKILL)
    app.wait(5)
    time.sleep(2.5)
    x = scene.stop()
    times, music = listen.tone_level(x, MUSIC_HZ)
    ((onset, killed),) = app_sounds(x)  # the app's sound stops where it was killed
    baseline = float(np.median(music[(times > onset - 0.6) & (times < onset - 0.3)]))
    assert float(np.median(music[(times > killed - 0.5) & (times < killed)])) <= baseline - 10
    back = listen.first(times, music >= baseline - 1, after=killed)
    assert back is not None and back - killed <= 2.0, (killed, back)
    report("SIGKILL mid-duck", {"back_ms_after_kill": round((back - killed) * 1000)})
    assert not (scene.folder / "home" / "cache" / "ducked-volumes.json").exists()


def test_a_stream_started_during_a_duck_is_ducked(scene: Scene) -> None:
    app = scene.start_app("--sound", "1:3")
    assert app.stdout is not None
    line = app.stdout.readline()
    while not line.startswith("sound "):
        assert line, "the app ended before its sound"
        line = app.stdout.readline()
    heard = float(line.split()[1])
    time.sleep(max(0.0, heard + 1.0 - time.monotonic()))
    late = play(scene.pulse, sine_wav(scene.folder / "late.wav", LATE_HZ, 20), "late")
    scene.others.append(late)
    app.communicate(timeout=30)
    x = scene.stop()
    times, level = listen.tone_level(x, LATE_HZ)
    ((onset, end),) = app_sounds(x)
    started = listen.first(times, level > -40)
    assert started is not None and onset < started < end
    during = float(np.median(level[(times > started + 0.2) & (times < end)]))
    after = float(np.median(level[times > end + 0.6]))
    report("a stream started during a duck", {"lowered_db": round(after - during, 1)})
    assert after - during >= 10.0, (during, after)


def test_a_volume_the_user_sets_during_a_duck_is_kept(scene: Scene) -> None:
    app = scene.start_app("--sound", "1:2.5")
    assert app.stdout is not None
    line = app.stdout.readline()
    while not line.startswith("sound "):
        assert line, "the app ended before its sound"
        line = app.stdout.readline()
    heard = float(line.split()[1])
    time.sleep(max(0.0, heard + 1.0 - time.monotonic()))
    scene.pulse.pactl("set-sink-input-volume", str(scene.music_input()["index"]), "50%")
    app.communicate(timeout=30)
    volume = music_volume(scene)
    x = scene.stop()
    assert "50%" in volume, volume
    times, music = listen.tone_level(x, MUSIC_HZ)
    ((_onset, end),) = app_sounds(x)
    after = float(np.median(music[times > end + 0.6]))
    assert abs(after - (-12.0 + 20 * np.log10(0.5**3))) < 1.0, after  # 50 % cubic: -18 dB


def test_a_start_after_a_crash_restores_what_was_left(
    pulse: Pulse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retrocoach.desktop.ducking.ducker import Ducker
    from retrocoach.desktop.ducking.lowering import Record
    from retrocoach.desktop.ducking.platform import opener
    from retrocoach.desktop.ducking.state import write_state

    monkeypatch.setenv("PULSE_SERVER", pulse.server)
    assert pulse.sink_inputs() == []
    music = play(pulse, sine_wav(tmp_path / "music.wav", MUSIC_HZ, 20), "music")
    try:
        (entry,) = wait_for_inputs(pulse, 1)
        index = str(entry["index"])
        who = f"{entry['properties']['application.process.id']}/music"  # type: ignore[index]
        pulse.pactl("set-sink-input-volume", index, "63%")  # what the dead app set: -12 dB
        state = tmp_path / "ducked-volumes.json"
        write_state(state, {index: Record(who, (1.0,), (0.25,))})  # paplay: mono
        ducker = Ducker(opener("pulse"), state)
        deadline = time.monotonic() + 3
        while state.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        ducker.close()
        assert not state.exists()
        assert "100%" in json.dumps(pulse.sink_inputs()[0]["volume"])
    finally:
        music.terminate()
        music.wait(5)


def test_a_read_only_data_folder_ducks_and_a_sigkill_still_gives_the_volume_back(
    scene: Scene,
) -> None:
    """Trial finding 2: with the data folder read-only, ducking said "the sound server did
    not answer". The state file goes to the private temporary folder, and the watchdog
    restores from there after a SIGKILL."""
    from retrocoach.storage.paths import DataPaths
    from tests.storage.read_only import read_only_mount

    home = scene.folder / "home"
    spare = DataPaths.under(home).spare_ducking_state_file
    with read_only_mount(home):
        app = scene.start_app("--stay", "--sound", "1:20")
        assert app.stdout is not None
        line = app.stdout.readline()
        while not line.startswith("sound "):
            assert line and not line.startswith("problem"), line
            line = app.stdout.readline()
        heard = float(line.split()[1])
        time.sleep(max(0.0, heard + 1.0 - time.monotonic()))
        volume = music_volume(scene)
        assert "63%" in volume, volume  # lowered, with the originals in the spare place
        assert spare.exists() and not (home / "cache" / "ducked-volumes.json").exists()
        app.send_signal(signal.SIGKILL)
        app.wait(5)
        time.sleep(2.5)
        assert "100%" in music_volume(scene), music_volume(scene)
        assert not spare.exists()
    x = scene.stop()
    assert len(app_sounds(x)) == 1
