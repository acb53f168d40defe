"""The history while the app runs (retrocoach/ui/actions/history.py): the suggestion and the
end card's extra lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from retrocoach.storage.history import SessionRecord
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.actions.history import HistoryActions
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.history import HistoryStore
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.main_window import MainWindow
from retrocoach.ui.screen.status_labels import StatusLabels


def record(day: int, kcal: float | None = None) -> SessionRecord:
    return SessionRecord(
        started_at=f"2026-05-{day:02d}T18:30:00+02:00", workout_id="beginner",
        workout_name="Beginner", rounds_planned=4, rounds_done=4, active_seconds=900.0,
        backward_seconds=400.0, outcome="completed", kcal=kcal,
    )  # fmt: skip


def window_and_sessions(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, HistoryActions]:
    """A main window and the history actions on it, the history under `tmp_path`."""
    paths = DataPaths.default({"RETROCOACH_HOME": str(tmp_path)})
    library = WorkoutLibrary()
    window = MainWindow(library, SessionDriver())
    qtbot.addWidget(window)
    sessions = HistoryActions(
        window, HistoryStore(paths), library, StatusLabels(window.statusBar()), lambda: None
    )
    return window, sessions


def test_a_recorded_session_adds_the_end_cards_lines(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DataPaths.default({"RETROCOACH_HOME": str(tmp_path)})
    library = WorkoutLibrary()
    window = MainWindow(library, SessionDriver())
    qtbot.addWidget(window)
    labels = StatusLabels(window.statusBar())
    sessions = HistoryActions(window, HistoryStore(paths), library, labels, lambda: 70.0)
    assert sessions.load() == [] and sessions.records == []
    sessions.on_recorded(record(3, kcal=101.0))
    assert sessions.records == [record(3, kcal=101.0)]
    lines = sessions.summary_extras(record(3, kcal=101.0))
    assert lines[0] == "About 100 kcal (estimate)"
    today = replace(record(3), started_at=datetime.now().astimezone().isoformat("T", "seconds"))
    sessions.on_recorded(today)
    assert "Week streak: 1 week" in sessions.summary_extras(today)
    if sessions.suggestion is not None:
        assert labels.suggestion.text().startswith("Suggested next: ")
        assert lines[-1].startswith("Next session: ")


def test_the_end_cards_suggestion_is_for_the_next_session_not_a_phase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial finding: "Next: First steps: walking backwards only, for day one." under the
    summary read like the next phase (the panel's "Next:" line)."""
    window, sessions = window_and_sessions(qtbot, tmp_path)
    stopped = replace(record(3), workout_id="first-steps", outcome="stopped")
    sessions.on_recorded(stopped)
    why = "First steps: walking backwards only, for day one."
    assert window.panel._extras[-1] == f"Next session: {why}"
    assert not any(line.startswith("Next:") for line in window.panel._extras)


def test_the_end_card_names_a_personal_best(qtbot: QtBot, tmp_path: Path) -> None:
    window, sessions = window_and_sessions(qtbot, tmp_path)
    sessions.on_recorded(replace(record(3), longest_backward_seconds=60.0))
    assert not any("Personal best" in line for line in window.panel._extras)
    best = replace(record(5), longest_backward_seconds=125.0)
    sessions.on_recorded(best)
    assert "Personal best: 2:05 backwards without a walk" in sessions.summary_extras(best)


def test_the_suggestions_reason_is_shown_only_under_its_workout(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A fresh data folder suggests First steps; a window showing another workout must not
    carry First steps' reason on its idle card (it read as that workout's description)."""
    paths = DataPaths.default({"RETROCOACH_HOME": str(tmp_path)})
    library = WorkoutLibrary()
    window = MainWindow(library, SessionDriver())
    qtbot.addWidget(window)
    assert window.select_workout("beginner")  # chosen before the history is read
    sessions = HistoryActions(
        window, HistoryStore(paths), library, StatusLabels(window.statusBar()), lambda: None
    )
    assert sessions.load() == []
    assert sessions.suggestion is not None and sessions.suggestion.workout_id == "first-steps"
    why = "First steps: walking backwards only, for day one."
    card = window.panel.card
    assert card.title_label.full_text() == library.get("beginner").name
    assert why not in card.lines()
    assert window.select_workout("first-steps")
    assert card.title_label.full_text() == library.get("first-steps").name
    assert card.lines()[-1] == why
    assert window.select_workout("beginner")  # and away again
    assert why not in card.lines()


def test_each_history_window_is_deleted_once_closed(qtbot: QtBot, tmp_path: Path) -> None:
    """View > History opens a modal window that is a child of the main window: once closed it
    must go, or every Ctrl+H leaves one behind."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from retrocoach.ui.dialogs.history_window import HistoryWindow

    window, sessions = window_and_sessions(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):

        def close_it() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, HistoryWindow)
            dialog.reject()

        QTimer.singleShot(200, close_it)
        sessions.show_history()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(HistoryWindow) == []
