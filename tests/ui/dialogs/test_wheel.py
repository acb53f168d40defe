"""The mouse wheel over a combo box or spin box of a scrolling dialog scrolls the dialog and
changes no value, unless that box has the keyboard focus (a trial's Theme changed while the
runner scrolled Settings)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.workout import Direction, Pace, Phase, Workout
from retrocoach.storage.settings import Settings
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.dialogs.settings_dialog import SettingsDialog
from retrocoach.ui.dialogs.workout_editor import WorkoutEditor
from retrocoach.ui.look import geometry

SMALL_SCREEN = QRect(0, 0, 1024, 600)
DOWN = -120  # one notch of the wheel, away from the user


@pytest.fixture(autouse=True)
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialogs are sized for a 1024x600 screen: they scroll."""
    monkeypatch.setattr(geometry, "available", lambda _widget=None: SMALL_SCREEN)


def wheel(widget: QWidget, notches: int = 1) -> None:
    """A real wheel event over the middle of `widget`, as the window system sends it."""
    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, DOWN * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def settings_dialog(qtbot: QtBot) -> tuple[SettingsDialog, QScrollArea]:
    dialog = SettingsDialog(Settings(), [("de", "German")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    return dialog, scroll


def test_the_wheel_over_an_unfocused_combo_scrolls_the_settings(qtbot: QtBot) -> None:
    dialog, scroll = settings_dialog(qtbot)
    assert dialog.voice.hasFocus() and not dialog.theme.hasFocus()
    bar = scroll.verticalScrollBar()
    assert bar.value() == 0
    wheel(dialog.theme)
    assert dialog.theme.currentData() == "dark"  # unchanged
    assert bar.value() > 0  # the dialog scrolled instead
    assert not dialog.theme.hasFocus()  # the wheel gives it no focus either


def test_the_wheel_over_an_unfocused_spin_box_or_slider_changes_nothing(qtbot: QtBot) -> None:
    dialog, scroll = settings_dialog(qtbot)
    bar = scroll.verticalScrollBar()
    for widget in (dialog.lead_in, dialog.weight, dialog.volume, dialog.beep_volume):
        before, scrolled = widget.value(), bar.value()
        wheel(widget)
        assert widget.value() == before, widget
        assert bar.value() > scrolled or bar.value() == bar.maximum()


def test_a_focused_combo_takes_the_wheel(qtbot: QtBot) -> None:
    dialog, _scroll = settings_dialog(qtbot)
    dialog.theme.setFocus()
    qtbot.waitUntil(dialog.theme.hasFocus)
    wheel(dialog.theme)
    assert dialog.theme.currentData() == "high-contrast"  # the next one, as Qt does it
    assert dialog.theme.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_wheel_over_a_phase_scrolls_the_workout_editor(qtbot: QtBot) -> None:
    phases = tuple(Phase(f"Jog {n}", Direction.BACKWARD, Pace.JOG, 30) for n in range(1, 13))
    workout = Workout("many", "Many phases", "", (), phases, (), 2)
    editor = WorkoutEditor(WorkoutLibrary(), workout)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    section = editor.sections["round"]
    _name, direction, pace, duration = section.row_widgets(2)
    outer = editor.findChild(QScrollArea)
    assert outer is not None
    bars = [area.verticalScrollBar() for area in (section.table, outer)]
    assert all(bar is not None for bar in bars)
    qtbot.waitUntil(lambda: any(bar.maximum() > 0 for bar in bars))
    before = [bar.value() for bar in bars]
    for widget in (direction, pace, duration, editor.rounds):
        wheel(widget)
    assert (direction.currentData(), pace.currentData()) == (Direction.BACKWARD, Pace.JOG)
    assert (duration.value(), editor.rounds.value()) == (30, 2)
    assert [bar.value() for bar in bars] != before  # the table or the dialog scrolled
