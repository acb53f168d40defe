"""A PulseAudio null sink as the audio device for tests on a headless machine.

Qt Multimedia connects to the sound server once per process, the first time any audio class
is used, and never retries: the server must be up before that. ``tests/speech/conftest.py``
therefore calls :func:`ensure_null_sink` when it is imported (at collection, before any test
runs); a root conftest can do the same from ``pytest_configure``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SINK_NAME = "retrocoach_null"
START_TIMEOUT = 10.0


@dataclass(frozen=True)
class PulseSetup:
    ok: bool
    message: str
    server: str = ""
    started_pid: int | None = None


def _server_up(env: dict[str, str]) -> bool:
    try:
        done = subprocess.run(
            ["pactl", "list", "short", "sinks"], env=env, capture_output=True, timeout=5
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout.strip())


def ensure_null_sink() -> PulseSetup:
    """Make sure a PulseAudio server with a sink answers at $PULSE_SERVER (starting one).

    Sets ``os.environ["PULSE_SERVER"]`` so this process (Qt) and its children find it.
    """
    missing = [tool for tool in ("pulseaudio", "pactl") if shutil.which(tool) is None]
    if missing:
        return PulseSetup(
            False,
            f"{' and '.join(missing)} not found: install PulseAudio "
            "(sudo apt-get install pulseaudio) to give the tests a null audio sink",
        )
    if os.environ.get("PULSE_SERVER") and _server_up(dict(os.environ)):
        return PulseSetup(True, "using the running server", os.environ["PULSE_SERVER"])
    runtime = Path(f"/tmp/retrocoach-pulse-{os.getuid()}")
    runtime.mkdir(mode=0o700, exist_ok=True)
    server = f"unix:{runtime}/pulse/native"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PULSE_SERVER=server)
    if not _server_up(env):
        command = [
            "pulseaudio",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--use-pid-file=yes",
            "-n",  # no default.pa: only the two modules below
            f"--load=module-null-sink sink_name={SINK_NAME}",
            "--load=module-native-protocol-unix auth-anonymous=1",
        ]
        if os.getuid() == 0:
            command.insert(1, "--system=false")
        done = subprocess.run(command, env=env, capture_output=True, timeout=START_TIMEOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while not _server_up(env):
            if time.monotonic() > deadline:
                detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
                return PulseSetup(
                    False,
                    f"could not start a PulseAudio null sink ({' '.join(command)} -> exit "
                    f"{done.returncode}: {detail[-1] if detail else 'no output'})",
                )
            time.sleep(0.05)
    os.environ["PULSE_SERVER"] = server
    pid_file = runtime / "pulse" / "pid"
    pid = int(pid_file.read_text().strip()) if pid_file.exists() else None
    return PulseSetup(True, f"null sink {SINK_NAME} at {server}", server, pid)
