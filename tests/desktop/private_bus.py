"""A private D-Bus session bus for a test, from ``dbus-run-session`` (package ``dbus``).

``dbus-run-session`` starts a bus and runs a command on it; the command here prints the bus
address and waits, so the test's own processes (the app, ``dbus-send``, ``dbus-monitor``,
the fake screen saver) join that bus by its address. Ending the command ends the bus.
Missing tools fail the test with the package to install: nothing is skipped.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = [("dbus-run-session", "dbus"), ("dbus-send", "dbus"), ("dbus-monitor", "dbus")]
MPRIS = ["--dest=org.mpris.MediaPlayer2.retrocoach", "/org/mpris/MediaPlayer2"]


def require_tools() -> None:
    missing = sorted({package for tool, package in TOOLS if not shutil.which(tool)})
    if missing:
        pytest.fail(
            f"these tests need a private D-Bus: run 'apt-get install {' '.join(missing)}' "
            "(or 'make test', which installs it as root)"
        )


@contextmanager
def private_bus() -> Iterator[dict[str, str]]:
    """An environment whose DBUS_SESSION_BUS_ADDRESS names a fresh private bus."""
    require_tools()
    runner = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat'],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    assert runner.stdout is not None and runner.stdin is not None
    address = runner.stdout.readline().decode().strip()
    try:
        assert address.startswith("unix:"), f"dbus-run-session gave no address: {address!r}"
        yield {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        runner.stdin.close()  # `cat` ends, and with it the bus
        try:
            runner.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(runner.pid, signal.SIGKILL)
            runner.wait(10)


def dbus_send(env: dict[str, str], *words: str) -> str:
    """``dbus-send --print-reply`` on the bus of `env`; its output (errors included)."""
    result = subprocess.run(
        ["dbus-send", "--print-reply", "--reply-timeout=5000", *words],
        env=env, capture_output=True, text=True, timeout=15,
    )  # fmt: skip
    return result.stdout + result.stderr


def playback_status(env: dict[str, str]) -> str:
    return dbus_send(
        env,
        *MPRIS,
        "org.freedesktop.DBus.Properties.Get",
        "string:org.mpris.MediaPlayer2.Player",
        "string:PlaybackStatus",
    )


def start_logged(env: dict[str, str], command: Sequence[str], log: Path) -> subprocess.Popen[bytes]:
    """`command` on the bus of `env`, from the checkout, all its output into `log`."""
    with log.open("wb") as out:
        return subprocess.Popen(
            list(command), env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def end(process: subprocess.Popen[bytes]) -> None:
    """Terminate (then kill) `process` and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
