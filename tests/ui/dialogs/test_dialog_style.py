"""Dialogs keep the native look: the main window's big-control style stays on its own widgets,
and keyboard focus shows, in the dialogs and on the main window's pickers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.storage.settings import Settings
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.dialogs.settings_dialog import SettingsDialog
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(WorkoutLibrary(), SessionDriver())
    qtbot.addWidget(window)
    window.resize(1920, 1080)  # the largest controls
    window.show()
    qtbot.waitExposed(window)
    yield window


def changed_pixels(qtbot: QtBot, widget: QWidget, focus_target: QWidget) -> int:
    """How many pixels of `widget` change when `focus_target` gets the keyboard focus."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    blank = QWidget(widget.window())
    blank.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    blank.show()
    blank.setFocus()
    qtbot.waitUntil(blank.hasFocus)
    before = widget.grab().toImage()
    focus_target.setFocus()
    qtbot.waitUntil(focus_target.hasFocus)
    qtbot.wait(20)
    after = widget.grab().toImage()
    return sum(
        before.pixel(x, y) != after.pixel(x, y)
        for x in range(before.width())
        for y in range(before.height())
    )


def test_the_window_style_does_not_reach_its_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.styleSheet() == ""  # only its own parts carry the style sheet
    central = window.centralWidget()
    assert central is not None and "QComboBox" in central.styleSheet()
    dialog = SettingsDialog(Settings(), [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker_height = window.workout_picker.height()
    assert dialog.voice.height() < picker_height * 0.7  # a native-sized combo box
    assert dialog.voice.font().pixelSize() != window.workout_picker.font().pixelSize()


def test_keyboard_focus_is_visible(qtbot: QtBot, window: MainWindow) -> None:
    assert changed_pixels(qtbot, window.workout_picker, window.workout_picker) > 100
    dialog = SettingsDialog(Settings(), [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.voice, dialog.rate, dialog.lead_in):
        assert changed_pixels(qtbot, field, field) > 20, field.accessibleName()
