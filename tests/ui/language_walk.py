"""Helpers of the language walks: the real window in one language, its states and dialogs.

:func:`open_window` builds the app as ``retrocoach --lang XX`` does (``build_app`` with its
translators), with a workout that has every kind of phase; :func:`walk_states` drives it
through every state and calls ``look(scene)`` in each; :func:`walk_dialogs` opens each dialog
of the menus and calls ``read(dialog)`` on it. ``tests/ui/test_languages_on_screen.py`` looks
for English words and for cut texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from retrocoach import __version__
from retrocoach.core.languages import LANGUAGE_NAMES
from retrocoach.core.session import State
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.controller import AppController
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow
from tests.conftest import share_rendered_voice
from tests.core.clock import FakeClock
from tests.ui.i18n_walk import data_paths, workout_words

#: A workout with a warm-up, backward and forward phases of each pace, and a cool-down.
WALK_WORKOUT = {
    "version": 1, "id": "walk", "name": "Walk test", "default_rounds": 2,
    "warm_up": [{"name": "Easy walk", "direction": "forward", "pace": "walk", "seconds": 20}],
    "round": [
        {"name": "Jog backwards", "direction": "backward", "pace": "jog", "seconds": 20},
        {"name": "Run backwards", "direction": "backward", "pace": "run", "seconds": 10},
        {"name": "Walk forwards", "direction": "forward", "pace": "walk", "seconds": 10},
    ],
    "cool_down": [{"name": "Walk backwards", "direction": "backward", "pace": "walk",
                   "seconds": 20}],
}  # fmt: skip

#: Menu actions that open no window of the app's own (test_i18n's list): quit, full screen,
#: mute, and Qt's file dialogs of import and export.
SKIPPED_SHORTCUTS = frozenset({"Ctrl+Q", "Ctrl+I", "Ctrl+Shift+E", "M", "F11"})

Look = Callable[[str], None]


@dataclass
class Opened:
    """The window, its controller, and the data it may show untranslated."""

    window: MainWindow
    controller: AppController
    data: set[str]


def open_window(qtbot: QtBot, clock: FakeClock, language: str) -> Opened:
    """The real app's window in `language`, shown, its voice ready."""
    paths = DataPaths.default()
    paths.workouts_dir.mkdir(parents=True)
    (paths.workouts_dir / "walk.json").write_text(json.dumps(WALK_WORKOUT), "utf-8")
    share_rendered_voice(paths)
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    options = GuiOptions(workout_id="walk", language=language)
    controller = build_app(options, driver=driver, paths=paths, translate=True)
    window = controller.window
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    window.show()
    qtbot.waitExposed(window)
    voice_ready = lambda: controller.voice is not None and controller.voice.first_cues_ready()  # noqa: E731
    qtbot.waitUntil(voice_ready, timeout=60_000)
    data = workout_words([WALK_WORKOUT]) | data_paths(f for _l, f in paths.describe())
    names = set(LANGUAGE_NAMES.values())  # Settings lists each language in its own words
    return Opened(window, controller, data | names | {"retrocoach", __version__})


def close_window(opened: Opened) -> None:
    opened.window.driver.stop()
    opened.controller.save_on_exit()


def _stop(driver: SessionDriver) -> None:
    driver.stop()


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _advance(window: MainWindow, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        window.driver.tick()


def _mute_action(window: MainWindow) -> QAction:
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            if action.shortcut().toString() == "M":
                return action
    raise AssertionError("no Mute voice action")


def walk_states(window: MainWindow, clock: FakeClock, look: Look, step: int = 9) -> None:
    """Every state: idle, lead-in, each phase (every `step` s), paused, muted, finished (its
    card), and a session stopped early."""
    driver = window.driver
    look("idle")
    driver.start()
    look("lead-in")
    _advance(window, clock, window.lead_in_seconds + 1)
    assert driver.state is State.RUNNING
    look("running")
    driver.pause()
    look("paused")
    driver.resume()
    mute = _mute_action(window)
    mute.trigger()
    look("muted")
    mute.trigger()
    elapsed = 0
    while driver.state is State.RUNNING:
        _advance(window, clock, step)
        elapsed += step
        look(f"running, {elapsed} s in")
    assert driver.state is State.FINISHED
    look("finished")
    driver.start()
    _advance(window, clock, window.lead_in_seconds + 5)
    driver.stop()
    look("stopped")


def dialog_actions(window: MainWindow) -> list[QAction]:
    """The menu actions that open a window of the app's own."""
    actions = []
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            keys = action.shortcut().toString()
            if action.isSeparator() or keys in SKIPPED_SHORTCUTS or "\tF11" in action.text():
                continue
            actions.append(action)
    return actions


def open_and_read(action: QAction, read: Callable[[QWidget], list[str]]) -> list[str]:
    """Trigger `action`; read the modal window it opens, then close it."""
    result: list[str] = []
    tries = [None] * 200  # up to 10 s: Settings lists the voices first

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            if tries:
                tries.pop()
                QTimer.singleShot(50, look)
            return
        settle()
        result.extend(read(modal))
        if isinstance(modal, QDialog | QMessageBox):
            modal.reject()
        else:
            modal.close()

    QTimer.singleShot(0, look)
    action.trigger()
    return result


def walk_dialogs(window: MainWindow, read: Callable[[QWidget], list[str]]) -> dict[str, list[str]]:
    """What `read` says of each dialog, by its menu entry."""
    actions = dialog_actions(window)
    assert len(actions) >= 6, [action.text() for action in actions]
    return {action.text(): open_and_read(action, read) for action in actions}
