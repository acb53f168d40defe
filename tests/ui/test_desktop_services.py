"""The desktop services in the real window: the icon, clicker and media keys, Help > Keyboard
and controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.controller import AppController
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.keys import HANDS_FREE_KEYS, controls_html
from tests.core.clock import FakeClock


@pytest.fixture
def controller(qtbot: QtBot, isolated_home: Path) -> Iterator[AppController]:
    clock = FakeClock()
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    built = build_app(GuiOptions(workout_id="beginner"), driver=driver, paths=DataPaths.default())
    window = built.window
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    yield built
    built.desktop.close()


def state(controller: AppController) -> State:
    return controller.window.driver.state


def test_the_window_has_the_app_icon_in_every_size(controller: AppController) -> None:
    icon = controller.window.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not icon.pixmap(QSize(40, 40)).isNull()


def test_one_clicker_button_starts_pauses_and_resumes(controller: AppController) -> None:
    window = controller.window
    window.driver.set_start_gate(None)  # no voice to wait for in this test
    QTest.keyClick(window, Qt.Key.Key_B)  # the clicker's "blank" button
    assert state(controller) is State.LEAD_IN
    QTest.keyClick(window, Qt.Key.Key_Period)
    assert state(controller) is State.PAUSED
    QTest.keyClick(window, Qt.Key.Key_F5)  # its "slideshow" button
    assert state(controller) is State.LEAD_IN
    QTest.keyClick(window, Qt.Key.Key_PageDown)  # "next": out of the lead-in
    snapshot = window.driver.snapshot()
    assert snapshot is not None and snapshot.phase is not None and snapshot.phase.index == 0
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    snapshot = window.driver.snapshot()
    assert snapshot is not None and snapshot.phase is not None and snapshot.phase.index == 1
    QTest.keyClick(window, Qt.Key.Key_MediaTogglePlayPause)
    assert state(controller) is State.PAUSED


def test_the_media_stop_key_asks_like_esc(
    controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    controller.window.driver.set_start_gate(None)
    controller.window.driver.start()
    QTest.keyClick(controller.window, Qt.Key.Key_MediaStop)
    assert asked == ["Stop the session?"] and state(controller) is State.LEAD_IN


def test_help_lists_every_key_and_control(controller: AppController) -> None:
    action = controller.actions["Keyboard and controls"]
    assert action.shortcut().toString() == "F1"
    text = controls_html(mpris_available=False)
    for _key, _command, label in HANDS_FREE_KEYS:
        assert label in text
    for words in ("Space", "Media stop", "Not available here", "Stop"):
        assert words in text
    assert "playerctl -p retrocoach" in controls_html(mpris_available=True)


def _stop(driver: SessionDriver) -> None:
    driver.stop()  # else closing the window asks


def test_the_voice_ducks_other_sounds_and_the_setting_switches_it(
    qtbot: QtBot, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's ducking: the voice's sounds reach the ducker (a fake backend here; the real
    one is tested on a private PulseAudio in tests/desktop), the setting turns it off, and
    quitting closes it."""
    import dataclasses
    import time

    from PySide6.QtCore import QObject, Signal

    from retrocoach.desktop.ducking.ducker import Ducker
    from retrocoach.ui.live import ducking
    from tests.desktop.fake_volumes import FakeVolumes

    backend = FakeVolumes(music=1.0)
    monkeypatch.setattr(
        ducking,
        "make_ducker",
        lambda state, *, enabled, on_problem: Ducker(lambda: backend, None, enabled=enabled),
    )

    class Player(QObject):
        sounding = Signal(str, float, float)
        silenced = Signal(str)

    driver = SessionDriver(clock=FakeClock().monotonic)
    built = build_app(GuiOptions(workout_id="beginner"), driver=driver, paths=DataPaths.default())
    qtbot.addWidget(built.window, before_close_func=lambda _w: _stop(driver))
    player = Player()
    built.desktop.follow_sounds(player)
    player.sounding.emit("voice", time.monotonic() + 0.1, 0.3)
    qtbot.waitUntil(lambda: backend.volumes["music"][0] < 0.3, timeout=2_000)
    qtbot.waitUntil(lambda: backend.volumes["music"][0] == 1.0, timeout=2_000)
    built.apply_settings(dataclasses.replace(built.settings, duck_others=False))
    backend.events.clear()
    player.sounding.emit("voice", time.monotonic(), 0.3)
    qtbot.wait(600)
    assert backend.events == []
    built.desktop.close()
    assert built.desktop.ducking is not None and built.desktop.ducking.ducker is not None
    assert not built.desktop.ducking.ducker.running
