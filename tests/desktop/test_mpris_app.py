"""The real app on a private session bus: MPRIS commands from ``dbus-send`` drive the session,
and the screen saver is inhibited while it runs (a fake ``org.freedesktop.ScreenSaver`` and
``dbus-monitor`` watch the calls). These are the issue's "done when" checks, as tests.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrocoach.storage.paths import DataPaths
from tests.briefing_flag import mark_briefing_given
from tests.desktop.private_bus import (
    MPRIS,
    dbus_send,
    end,
    playback_status,
    private_bus,
    python,
    start_logged,
)
from tests.e2e.test_kill_app import wait_for

SHORT = {
    "version": 1, "id": "short", "name": "Short", "default_rounds": 1,
    "round": [
        {"name": "Jog backwards", "direction": "backward", "pace": "jog", "seconds": 3},
        {"name": "Walk forwards", "direction": "forward", "pace": "walk", "seconds": 60},
        {"name": "Run backwards", "direction": "backward", "pace": "run", "seconds": 60},
    ],
}  # fmt: skip


@pytest.fixture
def bus() -> Iterator[dict[str, str]]:
    with private_bus() as env:
        yield env


def prepare(home: Path, workout: dict[str, object], **settings: object) -> None:
    paths = DataPaths.under(home)
    mark_briefing_given(home)
    paths.workouts_dir.mkdir(parents=True, exist_ok=True)
    (paths.workouts_dir / f"{workout['id']}.json").write_text(json.dumps(workout), "utf-8")
    paths.config_dir.mkdir(parents=True)
    chosen = {"lead_in_seconds": 1, "muted": True, **settings}
    paths.settings_file.write_text(json.dumps(chosen), "utf-8")


def start_app(bus: dict[str, str], home: Path, log: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**bus, "RETROCOACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return start_logged(env, python("-m", "retrocoach", *args), log)


def metadata(bus: dict[str, str]) -> str:
    return dbus_send(
        bus, *MPRIS, "org.freedesktop.DBus.Properties.Get",
        "string:org.mpris.MediaPlayer2.Player", "string:Metadata",
    )  # fmt: skip


def text(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def test_dbus_send_pauses_and_the_screen_saver_is_inhibited_until_the_stop(
    bus: dict[str, str], tmp_path: Path
) -> None:
    home, logs = tmp_path / "home", tmp_path
    prepare(home, SHORT)
    saver = start_logged(bus, python("-m", "tests.desktop.fake_screensaver"), logs / "saver.log")
    monitor = start_logged(
        bus, ["dbus-monitor", "interface='org.freedesktop.ScreenSaver'"], logs / "monitor.log"
    )
    wait_for(lambda: "ready" in text(logs / "saver.log"), 20, "the fake screen saver")
    app = start_app(bus, home, logs / "app.log", "--workout", "short", "--start")
    try:
        wait_for(
            lambda: "Playing" in playback_status(bus), 30, f"Playing: {text(logs / 'app.log')}"
        )
        wait_for(lambda: "member=Inhibit" in text(logs / "monitor.log"), 10, "Inhibit")
        wait_for(lambda: 'string "Jog backwards"' in metadata(bus), 10, "the lead-in's end")
        assert "UnInhibit" not in text(logs / "monitor.log")
        assert text(logs / "saver.log").splitlines()[1:] == [
            'Inhibit ss ["retrocoach", "A backward-running session is under way"]'
        ]

        dbus_send(bus, *MPRIS, "org.mpris.MediaPlayer2.Player.PlayPause")
        assert 'string "Paused"' in playback_status(bus)
        assert "UnInhibit" not in text(logs / "monitor.log")  # a short pause keeps it

        dbus_send(bus, *MPRIS, "org.mpris.MediaPlayer2.Player.Next")  # skip while paused
        shown = metadata(bus)
        assert 'string "Walk forwards"' in shown, shown
        assert 'string "Round 1 of 1"' in shown and 'string "forward"' in shown
        assert 'string "Forward, Round 1 of 1, 1:00 left"' in shown

        dbus_send(bus, *MPRIS, "org.mpris.MediaPlayer2.Player.PlayPause")
        assert 'string "Playing"' in playback_status(bus)
        dbus_send(bus, *MPRIS, "org.mpris.MediaPlayer2.Player.Stop")  # remotely: a pause
        assert 'string "Paused"' in playback_status(bus)
        assert "UnInhibit" not in text(logs / "monitor.log")

        app.send_signal(signal.SIGTERM)
        assert app.wait(15) == 128 + signal.SIGTERM
        wait_for(lambda: "member=UnInhibit" in text(logs / "monitor.log"), 10, "UnInhibit")
        assert text(logs / "saver.log").splitlines()[-1] == "UnInhibit u [1]"
    finally:
        for process in (app, monitor, saver):
            end(process)


def test_the_inhibition_ends_when_the_session_finishes_and_the_app_stays(
    bus: dict[str, str], tmp_path: Path
) -> None:
    quick = {**SHORT, "round": [dict(SHORT["round"][0], seconds=1)]}  # type: ignore[index]
    home, logs = tmp_path / "home", tmp_path
    prepare(home, quick)
    saver = start_logged(bus, python("-m", "tests.desktop.fake_screensaver"), logs / "saver.log")
    wait_for(lambda: "ready" in text(logs / "saver.log"), 20, "the fake screen saver")
    app = start_app(bus, home, logs / "app.log", "--workout", "short", "--start")
    try:
        wait_for(lambda: "UnInhibit u [1]" in text(logs / "saver.log"), 30, "UnInhibit")
        assert 'string "Stopped"' in playback_status(bus)  # finished, the app still answers
        lines = text(logs / "saver.log").splitlines()
        assert [line.split()[0] for line in lines] == ["ready", "Inhibit", "UnInhibit"]
    finally:
        for process in (app, saver):
            end(process)


def test_the_setting_off_means_no_inhibition(bus: dict[str, str], tmp_path: Path) -> None:
    home, logs = tmp_path / "home", tmp_path
    prepare(home, SHORT, keep_screen_awake=False)
    saver = start_logged(bus, python("-m", "tests.desktop.fake_screensaver"), logs / "saver.log")
    wait_for(lambda: "ready" in text(logs / "saver.log"), 20, "the fake screen saver")
    app = start_app(bus, home, logs / "app.log", "--workout", "short", "--start")
    try:
        wait_for(lambda: "Playing" in playback_status(bus), 30, "Playing")
        dbus_send(bus, *MPRIS, "org.mpris.MediaPlayer2.Player.Pause")
        assert 'string "Paused"' in playback_status(bus)
        assert text(logs / "saver.log").splitlines() == ["ready"]
    finally:
        for process in (app, saver):
            end(process)


def playerctl(bus: dict[str, str], *words: str) -> str:
    result = subprocess.run(
        ["playerctl", "--player=retrocoach", *words],
        env=bus, capture_output=True, text=True, timeout=15,
    )  # fmt: skip
    return result.stdout.strip() or result.stderr.strip()


def test_playerctl_a_gdbus_client_controls_the_session(bus: dict[str, str], tmp_path: Path) -> None:
    """playerctl checks every D-Bus type (GDBus): what it accepts, desktops accept."""
    if shutil.which("playerctl") is None:
        pytest.fail("playerctl is missing: apt-get install playerctl (or 'make test' as root)")
    home = tmp_path / "home"
    prepare(home, SHORT, lead_in_seconds=0)
    app = start_app(bus, home, tmp_path / "app.log", "--workout", "short", "--start")
    follow = start_logged(
        bus, ["playerctl", "--player=retrocoach", "--follow", "status"], tmp_path / "follow.log"
    )
    try:
        wait_for(lambda: playerctl(bus, "status") == "Playing", 30, "Playing")
        assert playerctl(bus, "metadata", "xesam:title") == "Jog backwards"
        assert playerctl(bus, "metadata", "retrocoach:direction") == "backward"
        playerctl(bus, "play-pause")
        assert playerctl(bus, "status") == "Paused"
        playerctl(bus, "next")
        assert playerctl(bus, "metadata", "xesam:title") == "Walk forwards"
        playerctl(bus, "play")
        wait_for(lambda: text(tmp_path / "follow.log").split()[-1:] == ["Playing"], 10, "follow")
        # --follow heard each change through PropertiesChanged (signature sa{sv}as)
        assert "Paused" in text(tmp_path / "follow.log").split()
        assert "does not match" not in text(tmp_path / "follow.log")
    finally:
        for process in (follow, app):
            end(process)


def test_the_mpris_object_answers_introspect_and_ping(bus: dict[str, str], tmp_path: Path) -> None:
    """Issue 17 item 9: ``Introspect`` on the MPRIS object failed (QtDBus leaves a virtual
    object's standard interfaces to it)."""
    home = tmp_path / "home"
    prepare(home, SHORT)
    app = start_app(bus, home, tmp_path / "app.log")
    try:
        wait_for(lambda: "Stopped" in playback_status(bus), 30, text(tmp_path / "app.log"))
        described = dbus_send(bus, *MPRIS, "org.freedesktop.DBus.Introspectable.Introspect")
        assert "Error" not in described, described
        for part in ('<interface name="org.mpris.MediaPlayer2.Player">', 'name="PlayPause"',
                     '<interface name="org.freedesktop.DBus.Properties">', "</node>"):  # fmt: skip
            assert part in described, described
        pinged = dbus_send(bus, *MPRIS, "org.freedesktop.DBus.Peer.Ping")
        assert "Error" not in pinged, pinged
    finally:
        end(app)
