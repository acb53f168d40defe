"""The app's export dialogs ask before replacing a file, and never write where the CLI
refuses to (issue 8, item 1). The real QFileDialog and QMessageBox are driven: each modal
window that opens gets the next answer of a script."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.app import GuiOptions, build_window
from retrocoach.ui.controller import AppController
from retrocoach.ui.dialogs.history_window import HistoryWindow
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow

Step = Callable[[QWidget], None]


class Modals:
    """Answers the modal windows as they open, one step each, in order; records their text."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps = steps
        self.texts: list[str] = []
        self.last: QWidget | None = None
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self.last or not self.steps:
            return
        self.last = widget
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
        step = self.steps.pop(0)
        QTimer.singleShot(0, lambda: step(widget))  # it may open a nested modal: not in here

    def done(self) -> bool:
        return not self.steps


def choose(path: Path) -> Step:
    def step(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        widget.setDirectory(str(path.parent))
        name = widget.findChild(QLineEdit, "fileNameEdit")  # typed, as a user does
        assert isinstance(name, QLineEdit)
        name.setText(path.name)
        widget.accept()

    return step


def press(button: QMessageBox.StandardButton) -> Step:
    def step(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        widget.button(button).click()

    return step


def cancel(widget: QWidget) -> None:
    assert isinstance(widget, QFileDialog)
    widget.reject()


YES, NO, OK = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Ok,
)


# --- the history's CSV -----------------------------------------------------------------------


@pytest.fixture
def history_window(qtbot: QtBot, isolated_home: Path) -> HistoryWindow:
    store = HistoryStore(DataPaths.default())
    store.append(
        SessionRecord(
            "2026-11-20T18:30:00+01:00", "beginner", "Beginner", 4, 4, 980, 500, "completed"
        )
    )
    window = HistoryWindow.from_store(store, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_csv_without_suffix_asks_before_replacing_the_csv(
    qtbot: QtBot, history_window: HistoryWindow, tmp_path: Path
) -> None:
    """The dialog asks about "sessions", but ".csv" was added after it and replaced
    "sessions.csv" unasked."""
    existing = tmp_path / "sessions.csv"
    existing.write_text("my spreadsheet")
    modals = Modals([choose(tmp_path / "sessions"), press(NO)])
    assert history_window.export_csv() is None
    assert modals.done() and modals.texts[0].endswith("sessions.csv")
    assert "already exists" in modals.texts[0]
    assert existing.read_text() == "my spreadsheet"
    modals = Modals([choose(tmp_path / "sessions"), press(YES)])
    assert history_window.export_csv() == existing
    assert existing.read_text().startswith("started_at,")


def test_csv_never_goes_to_a_link(
    qtbot: QtBot, history_window: HistoryWindow, tmp_path: Path
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("keep me")
    (tmp_path / "link.csv").symlink_to(real)
    assert history_window.export_csv(tmp_path / "link.csv") is None
    assert "symbolic link" in history_window.status.text()
    assert real.read_text() == "keep me"


# --- the workout export ----------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, isolated_home: Path) -> Iterator[MainWindow]:
    window = build_window(GuiOptions(workout_id="beginner"), driver=SessionDriver())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    controller = window.findChild(AppController)  # the window's child, whoever holds it
    assert controller is not None
    controller.save_on_exit()  # as on quit: the voice's thread stops


def export_action(window: MainWindow) -> QAction:
    for action in window.findChildren(QAction):
        if action.text().replace("&", "").startswith("Export workout"):
            return action
    raise AssertionError("no Export workout action")


def test_export_asks_before_replacing_a_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "beginner.json"
    target.write_text("keep me")
    modals = Modals([choose(target), press(NO), cancel])
    export_action(window).trigger()
    qtbot.waitUntil(modals.done)
    assert "already exists" in modals.texts[0]
    assert target.read_text() == "keep me"
    modals = Modals([choose(target), press(YES)])
    export_action(window).trigger()
    qtbot.waitUntil(modals.done)
    assert json.loads(target.read_text())["id"] == "beginner"


def test_export_into_the_workouts_folder_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    folder = DataPaths.default().workouts_dir
    folder.mkdir(parents=True, exist_ok=True)
    modals = Modals([choose(folder / "copy.json"), press(OK)])
    export_action(window).trigger()
    qtbot.waitUntil(modals.done)
    assert "own workouts folder" in modals.texts[0] and "import" in modals.texts[0]
    assert list(folder.iterdir()) == []


def test_a_failed_import_lists_every_problem(tmp_path: Path) -> None:
    from retrocoach.core.workout import WorkoutError
    from retrocoach.ui.ops.workouts import import_problems

    broken = {
        "version": 1, "id": "b", "name": "", "default_rounds": 0,
        "round": [{"name": "Jog", "direction": "sideways", "pace": "jog", "seconds": 30}],
    }  # fmt: skip
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    first = WorkoutError(str(path), "name", "must be text")
    problems = import_problems(path, first)
    assert len(problems) == 3
    assert [p.split(": ")[1] for p in problems] == ["name", "round[0].direction", "default_rounds"]
    assert import_problems(path, OSError("disk")) == ["disk"]  # nothing more to list
