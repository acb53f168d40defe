"""Full screen with a session under way: the panel takes the screen; input brings the rest.

Real widgets: the window is really full screen (on the offscreen platform's screen), the mouse
move and keys are real events.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.colour import delta_e
from retrocoach.ui.screen.boundary_flash import FLASH_MSEC
from retrocoach.ui.screen.main_window import MainWindow
from tests.core.clock import FakeClock

PEEK = 150


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock) -> Iterator[MainWindow]:
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=10)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    window.immersion.set_peek_msec(PEEK)
    window.select_workout("beginner")
    window.show()
    qtbot.waitExposed(window)
    yield window
    driver.stop()


def chrome(window: MainWindow) -> list[QWidget]:
    return [window.start_button, window.workout_picker, window.overview, window.statusBar()]


def shown(window: MainWindow) -> bool:
    visible = [part.isVisible() for part in (*chrome(window), window.menuBar())]
    assert len(set(visible)) == 1, visible  # all or nothing
    return visible[0]


def full_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)


def test_a_full_screen_session_hides_the_controls_until_the_mouse_moves(
    qtbot: QtBot, window: MainWindow
) -> None:
    full_screen(qtbot, window)
    assert shown(window)  # idle: the pickers are needed
    window.driver.start()
    assert not shown(window)
    qtbot.waitUntil(lambda: window.panel.height() >= 0.9 * window.height())
    QTest.mouseMove(window.panel, QPoint(40, 40))
    QTest.mouseMove(window.panel, QPoint(60, 60))
    assert shown(window)
    qtbot.waitUntil(lambda: not shown(window), timeout=PEEK * 10)
    window.driver.stop()
    assert shown(window)  # the end card: the controls are back


def test_immersed_the_panel_takes_the_whole_window_with_thin_margins(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The margins around and inside the panel are given back while the controls are hidden
    (at 1024x600 the digits need them to reach 35 mm), and come back with the controls."""
    full_screen(qtbot, window)
    window.driver.start()
    central = window.centralWidget()
    assert central is not None
    qtbot.waitUntil(lambda: window.panel.size() == central.size())
    live = window.panel.pages.currentWidget()
    assert live is not None
    immersed_width = live.width()
    assert window.panel.width() - immersed_width <= 0.03 * window.panel.width()
    QTest.mouseMove(window.panel, QPoint(40, 40))
    QTest.mouseMove(window.panel, QPoint(60, 60))
    assert shown(window)
    qtbot.waitUntil(lambda: window.panel.width() < central.width())
    assert live.width() < immersed_width
    qtbot.waitUntil(lambda: window.panel.size() == central.size(), timeout=PEEK * 10)


def test_a_key_shows_them_and_esc_still_asks(qtbot: QtBot, window: MainWindow) -> None:
    full_screen(qtbot, window)
    window.driver.start()
    assert not shown(window)
    with qtbot.waitSignal(window.stop_requested, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert shown(window)
    assert window.driver.snapshot() is not None  # Esc asked; it stopped nothing


def test_a_menu_shortcut_works_while_the_menu_bar_is_hidden(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.menuBar().addMenu("Help")
    action = QAction("Keys", window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    menu.addAction(action)
    full_screen(qtbot, window)
    window.driver.start()
    assert not window.menuBar().isVisible()
    with qtbot.waitSignal(action.triggered, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_F1)


def test_a_window_that_is_not_full_screen_keeps_its_controls(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.driver.start()
    QTest.qWait(PEEK * 2)
    assert shown(window)


def _panel_colour(window: MainWindow) -> QColor:
    image = window.panel.grab().toImage()
    return image.pixelColor(10, image.height() // 2)  # the panel's margin, beside any text


def test_a_phase_boundary_flashes_the_whole_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    window.driver.start()
    qtbot.wait(FLASH_MSEC + 100)
    window.driver.skip()  # lead-in -> the first phase: a boundary
    assert window.panel.flash.is_flashing()
    _, text = window.panel.colours()
    image = window.panel.grab().toImage()
    w, h = image.width(), image.height()
    samples = [
        image.pixelColor(round(x * w), round(y * h))
        for x in (0.2, 0.5, 0.8)
        for y in (0.15, 0.5, 0.85)
    ]
    assert all(delta_e(sample, text) < 5 for sample in samples)  # the panel is all flash
    qtbot.waitUntil(lambda: not window.panel.flash.is_flashing(), timeout=FLASH_MSEC * 5)
    assert delta_e(_panel_colour(window), text) > 20


def test_the_setting_turns_the_flash_off(qtbot: QtBot, window: MainWindow) -> None:
    window.set_flash(False)
    window.driver.start()
    window.driver.skip()
    window.driver.skip()
    assert not window.panel.flash.is_flashing()
    background, _ = window.panel.colours()
    assert delta_e(_panel_colour(window), background) < 5


def _stop(driver: SessionDriver) -> None:
    driver.stop()  # else closing the window asks
