"""``retrocoach check`` names the desktop services: absent without a bus, there with one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.desktop.private_bus import end, private_bus, python, start_logged
from tests.e2e.test_kill_app import wait_for


def check_output(env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "retrocoach", "check"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return [line for line in result.stdout.splitlines() if "MPRIS" in line or "awake" in line]


def test_without_a_session_bus_the_services_are_absent_not_an_error(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path)}  # no bus socket there
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    lines = check_output(env)
    assert [line.split()[0] for line in lines] == ["absent", "absent"], lines
    assert "no D-Bus session bus" in lines[0]
    assert "turn off screen blanking by hand" in lines[1]


def test_with_a_bus_and_a_screen_saver_both_are_there(tmp_path: Path) -> None:
    with private_bus() as bus:
        log = tmp_path / "saver.log"
        saver = start_logged(bus, python("-m", "tests.desktop.fake_screensaver"), log)
        try:
            wait_for(lambda: "ready" in log.read_text(), 20, "the fake screen saver")
            lines = check_output(bus)
        finally:
            end(saver)
    assert lines == [
        "ok       remote control (MPRIS): the app registers org.mpris.MediaPlayer2.retrocoach",
        "ok       keep the screen awake: org.freedesktop.ScreenSaver (D-Bus)",
    ]
