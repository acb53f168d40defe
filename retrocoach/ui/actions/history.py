"""The history as the app uses it while it runs: the records (read after the first paint),
the suggested next workout, the end card's extra lines, and View > History."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject

from retrocoach.core.energy import estimate_text
from retrocoach.core.problem import Problem
from retrocoach.core.progression import Suggestion, suggest_next
from retrocoach.core.session import State
from retrocoach.core.workout import format_elapsed
from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.stats import current_streak, personal_best
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.i18n import render
from retrocoach.ui.screen.main_window import MainWindow
from retrocoach.ui.screen.status_labels import StatusLabels


class HistoryActions(QObject):
    """`body_weight_kg` is asked each time (the settings change)."""

    def __init__(
        self,
        window: MainWindow,
        history: HistoryStore,
        library: WorkoutLibrary,
        labels: StatusLabels,
        body_weight_kg: Callable[[], float | None],
    ) -> None:
        super().__init__(window)
        self.window, self.history, self.library, self.labels = window, history, library, labels
        self._weight = body_weight_kg
        self.records: list[SessionRecord] = []
        self.suggestion: Suggestion | None = None
        #: Nothing chosen for this start (no command line choice, no workout remembered): the
        #: window opens on the suggested workout once the history is read.
        self.open_on_suggestion = False

    def load(self) -> list[Problem]:
        """Read the history (after the first paint) and suggest; the file's problems."""
        self.records, messages = self.history.load()
        self.show_suggestion()
        suggestion, idle = self.suggestion, self.window.driver.state is State.IDLE
        if self.open_on_suggestion and suggestion is not None and idle:
            self.window.select_workout(suggestion.workout_id)
        self.open_on_suggestion = False
        return messages

    def show_suggestion(self) -> None:
        suggestion = suggest_next(self.records)
        if suggestion.workout_id in self.library.ids():
            name = self.library.get(suggestion.workout_id).name
            self.labels.show_suggestion(name, render(suggestion.why))
            self.window.set_idle_extras(suggestion.workout_id, [render(suggestion.why)])
            self.suggestion = suggestion

    def on_recorded(self, record: SessionRecord) -> None:
        self.records.append(record)
        self.show_suggestion()
        self.window.set_summary_extras(self.summary_extras(record))

    def on_rated(self, record: SessionRecord, effort: int) -> None:
        """The effort of `record` (saved by the caller): the plan and the end card follow."""
        rated = replace(record, effort=effort)
        self.records = [rated if r == record else r for r in self.records]
        self.show_suggestion()
        self.window.set_summary_extras(self.summary_extras(rated))

    def summary_extras(self, record: SessionRecord) -> list[str]:
        """The end card's lines that need the history or the settings (first: that the
        session is not saved yet, when the disk refused it)."""
        lines = []
        if record in self.history.pending:
            lines.append(
                self.tr(
                    "Not saved yet: the disk refused it. retrocoach keeps trying, and asks "
                    "before it quits."
                )
            )
        estimate = estimate_text(record.kcal)
        energy = "" if estimate is None else render(estimate)
        if energy:
            lines.append(energy[0].upper() + energy[1:])
        best = personal_best(self.records) if self.records[-1:] == [record] else None
        if best is not None:
            lines.append(
                self.tr("Personal best: {time} backwards without a walk").format(
                    time=format_elapsed(best)
                )
            )
        streak = current_streak(self.records)
        if streak:
            lines.append(self.tr("Week streak: %n week(s)", "", streak))
        if self.suggestion is not None:  # the plan's reason names the workout and says why
            # "Next session", not "Next:": on the panel "Next:" announces the next phase
            lines.append(self.tr("Next session: {why}").format(why=render(self.suggestion.why)))
        return lines

    def show_history(self) -> None:
        """View > History (its file read again: another window may have added sessions)."""
        from retrocoach.ui.dialogs.history_window import HistoryWindow  # only when asked for

        window = HistoryWindow.from_store(self.history, self._weight(), None, self.window)
        window.exec()
        window.deleteLater()  # a child of the main window: each Ctrl+H would leave one behind
