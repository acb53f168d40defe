"""A PulseAudio server of the test's own, with one null sink: nothing else plays into it (the
shared test server carries other tests' sounds, and a ducker there would lower them).

:func:`private_pulse` starts it and stops it; it FAILS (never skips) without PulseAudio.
Helpers play a steady tone into it (``paplay``), record its monitor (``parec``) and read
stream volumes (``pactl``).
"""

from __future__ import annotations

import array
import json
import math
import os
import shutil
import signal
import subprocess
import tempfile
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

SINK = "duck_sink"
RATE = 44_100


@dataclass(frozen=True)
class Pulse:
    server: str
    folder: Path

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ, PULSE_SERVER=self.server)

    def pactl(self, *args: str) -> str:
        done = subprocess.run(
            ["pactl", "--server", self.server, *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return done.stdout

    def sink_inputs(self) -> list[dict[str, object]]:
        return list(json.loads(self.pactl("--format=json", "list", "sink-inputs") or "[]"))


@contextmanager
def private_pulse() -> Iterator[Pulse]:
    tools = ("pulseaudio", "pactl", "paplay", "parec")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: run scripts/system-deps.sh "
            "(sudo apt-get install pulseaudio pulseaudio-utils)"
        )
    folder = Path(tempfile.mkdtemp(prefix="rc-duck-"))  # short: a socket path has 108 bytes
    folder.chmod(0o700)
    server = f"unix:{folder}/pulse/native"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(folder), PULSE_SERVER=server, HOME=str(folder))
    command = [
        "pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--use-pid-file=yes", "-n",
        f"--load=module-null-sink sink_name={SINK}",
        "--load=module-native-protocol-unix auth-anonymous=1",
    ]  # fmt: skip
    if os.getuid() == 0:
        command.insert(1, "--system=false")
    done = subprocess.run(command, env=env, capture_output=True, timeout=15)
    pulse = Pulse(server, folder)
    deadline = time.monotonic() + 10
    while True:
        try:
            pulse.pactl("list", "short", "sinks")
            break
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline:
                pytest.fail(f"PulseAudio did not start: {done.stderr.decode()[-300:]}")
            time.sleep(0.05)
    try:
        yield pulse
    finally:
        pid_file = folder / "pulse" / "pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        time.sleep(0.2)
        shutil.rmtree(folder, ignore_errors=True)


def sine_wav(path: Path, hertz: float, seconds: float, dbfs: float = -12.0) -> Path:
    """A mono 16-bit sine at `dbfs` (peak)."""
    amplitude = 32767 * 10 ** (dbfs / 20)
    step = 2 * math.pi * hertz / RATE
    count = round(seconds * RATE)
    samples = array.array("h", (round(amplitude * math.sin(step * i)) for i in range(count)))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples.tobytes())
    return path


def play(pulse: Pulse, wav: Path, name: str) -> subprocess.Popen[bytes]:
    """Another application: ``paplay`` of `wav`, named `name`."""
    return subprocess.Popen(
        ["paplay", "--server", pulse.server, "-d", SINK, f"--client-name={name}", str(wav)],
        env=pulse.env,
    )


def record(pulse: Pulse, into: Path) -> subprocess.Popen[bytes]:
    """Record the sink's monitor (mono, RATE) into `into` until terminated."""
    out = into.open("wb")
    return subprocess.Popen(
        [
            "parec", "--server", pulse.server, "-d", f"{SINK}.monitor", "--raw",
            "--format=s16le", f"--rate={RATE}", "--channels=1", "--latency-msec=5",
        ],
        stdout=out,
    )  # fmt: skip


def wait_for_inputs(pulse: Pulse, count: int, timeout: float = 5.0) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while True:
        inputs = pulse.sink_inputs()
        if len(inputs) >= count or time.monotonic() > deadline:
            return inputs
        time.sleep(0.05)
