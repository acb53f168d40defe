"""KeepAwake on a private bus with the fake screen saver: held from the lead-in on, through a
short pause, let go after a long pause, at the stop, when switched off, and at quit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.desktop.inhibit import ScreenKeeper, ScreenSaverInhibitor, available_inhibitors
from retrocoach.ui.live.awake import KeepAwake
from tests.desktop.private_bus import end, private_bus, python, start_logged
from tests.e2e.test_kill_app import wait_for
from tests.ui.live.test_driver import fake_driver, tiny_plan


@pytest.fixture
def saver(tmp_path: Path, qapp: object) -> Iterator[tuple[QDBusConnection, Path]]:
    """A connection to a private bus where the fake screen saver runs, and its call log."""
    with private_bus() as env:
        log = tmp_path / "saver.log"
        process = start_logged(env, python("-m", "tests.desktop.fake_screensaver"), log)
        name = f"awake-test-{tmp_path.name}"
        try:
            wait_for(lambda: "ready" in log.read_text(), 20, "the fake screen saver")
            bus = QDBusConnection.connectToBus(env["DBUS_SESSION_BUS_ADDRESS"], name)
            assert bus.isConnected()
            yield bus, log
        finally:
            QDBusConnection.disconnectFromBus(name)
            end(process)


def calls(log: Path) -> list[str]:
    return [line.split()[0] for line in log.read_text().splitlines()[1:]]


def test_held_through_a_short_pause_released_after_a_long_one(
    saver: tuple[QDBusConnection, Path], qtbot: QtBot
) -> None:
    bus, log = saver
    driver, _clock = fake_driver(tiny_plan(30, lead_in=5))
    keeper = ScreenKeeper(lambda: available_inhibitors(bus))
    awake = KeepAwake(driver, keeper, long_pause=0.3)
    assert not awake.active
    driver.start()
    assert driver.state is State.LEAD_IN and awake.active
    assert [i.name for i in keeper.inhibitors] == [ScreenSaverInhibitor.name]
    driver.pause()
    driver.resume()  # a short pause: the same inhibition
    assert awake.active and calls(log) == ["Inhibit"]
    driver.pause()
    qtbot.waitUntil(lambda: not awake.active, timeout=3000)  # the long pause
    driver.resume()
    assert awake.active
    driver.stop()
    assert not awake.active
    wait_for(lambda: calls(log) == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"], 5, "calls")
    assert log.read_text().splitlines()[-1] == "UnInhibit u [2]"


def test_the_setting_and_quitting_let_go(saver: tuple[QDBusConnection, Path]) -> None:
    bus, log = saver
    driver, _clock = fake_driver(tiny_plan(30))
    awake = KeepAwake(driver, ScreenKeeper(lambda: available_inhibitors(bus)), enabled=False)
    driver.start()
    assert not awake.active
    awake.set_enabled(True)
    assert awake.active
    awake.set_enabled(False)
    assert not awake.active
    awake.set_enabled(True)
    awake.close()
    assert not awake.active
    wait_for(lambda: len(calls(log)) == 4, 5, "four calls")
    assert calls(log) == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]


def test_without_a_screen_saver_nothing_is_held(qapp: object) -> None:
    driver, _clock = fake_driver(tiny_plan(30))
    awake = KeepAwake(driver, ScreenKeeper(lambda: available_inhibitors(None)))
    driver.start()
    assert not awake.active  # no bus on Linux: absent, no error
