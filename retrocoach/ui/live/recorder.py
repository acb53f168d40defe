"""Keeps the history: journals the running session and records it when it ends.

The journal is written once the first phase starts (not during the lead-in: nothing done,
nothing recorded, whether the session is stopped or the app killed), then at each phase
boundary, on pause and every ``JOURNAL_EVERY`` seconds within a phase, so a crash or a power
cut loses at most that much (a phase's active time is journalled as it goes); the next start
turns it into an "interrupted" record (:meth:`SessionRecorder.recover`). A disk that refuses
a write never stops the session: the record waits in memory, the user is told once, and a
retry runs every minute.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from retrocoach.core.commands import MOVING
from retrocoach.core.energy import estimate_kcal_for_seconds
from retrocoach.core.problem import Problem
from retrocoach.core.session import Outcome, Session, State
from retrocoach.storage.history import (
    HistoryStore,
    SessionRecord,
    iso_local,
    record_from_session,
)
from retrocoach.storage.journal import SessionJournal
from retrocoach.ui.live.driver import SessionDriver

RETRY_MSEC = 60_000
#: Within a phase the journal is brought up to date after this many active seconds (a small
#: atomic write: a SIGKILL loses at most this much of a phase).
JOURNAL_EVERY = 5.0


class SessionRecorder(QObject):
    """Listens to the driver; `recorded` carries each finished session's record."""

    recorded = Signal(object)  # SessionRecord
    message = Signal(object)  # a str or a Problem, for the problem bridge

    def __init__(
        self,
        driver: SessionDriver,
        journal: SessionJournal,
        body_weight: Callable[[], float | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver, self.journal, self._body_weight = driver, journal, body_weight
        self._started_at: str | None = None  # when Start was pressed (the lead-in began)
        self._journalled = False  # the journal was begun (the first phase started)
        self._journalled_active = 0.0  # the session's active seconds at the last journal write
        self._retry = QTimer(self)
        self._session: Session | None = None  # the session being recorded
        self._retry.setInterval(RETRY_MSEC)
        self._retry.timeout.connect(self.flush)
        driver.state_changed.connect(self._on_state)
        driver.phase_changed.connect(lambda _phase: self._update())
        driver.second_changed.connect(self._on_second)
        driver.finished.connect(self._on_finished)

    @property
    def history(self) -> HistoryStore:
        return self.journal.history

    def recover(self) -> SessionRecord | None:
        """At start-up: a session left unfinished by a crash becomes an interrupted record."""
        record = self.journal.recover()  # its problems are start-up problems (the controller's)
        if record is not None and record.outcome == "interrupted":
            self.message.emit(
                self.tr(
                    "Your last session ({workout}) was interrupted; it is in your "
                    "history as interrupted."
                ).format(workout=record.workout_name)
            )
        elif record is not None:  # it ended, but the history could not be written then
            self.message.emit(
                self.tr(
                    "Your last session ({workout}) could not be saved when it ended; it is "
                    "in your history now."
                ).format(workout=record.workout_name)
            )
        return record

    def kcal(self, session: Session) -> float | None:
        lived = session.lived_seconds_by_phase()
        phases = session.plan.phases
        return estimate_kcal_for_seconds(
            ((phases[index].phase, seconds) for index, seconds in lived.items()),
            self._body_weight(),
        )

    def _on_state(self, state: State) -> None:
        session = self.driver.session
        if session is None:
            return
        if state in MOVING and self._started_at is None:
            self._started_at = iso_local()
            # The session recorded is the one that started: a plan loaded while this one
            # finishes (a workouts folder re-read, a picker) must not stand in for it.
            self._session = session
        if state is State.RUNNING and not self._journalled and self._started_at is not None:
            self._journalled = True
            self._journalled_active = 0.0
            plan = session.plan
            self._report(
                self.journal.begin(
                    plan.workout.id, plan.workout.name, plan.rounds, self._started_at
                )
            )
        elif state is State.PAUSED:
            self._update()

    def _update(self) -> None:
        session = self._session
        if session is not None and self._journalled:
            self._journalled_active = session.active_seconds
            self._report(self.journal.update_from(session, self.kcal(session)))

    def _on_second(self, _second: object) -> None:
        session = self.driver.session
        if (
            session is not None
            and session.state is State.RUNNING
            and session.active_seconds - self._journalled_active >= JOURNAL_EVERY
        ):
            self._update()

    def _on_finished(self, _outcome: Outcome) -> None:
        session, self._session = self._session, None
        if session is None or self._started_at is None:
            return
        started_at, self._started_at = self._started_at, None
        journalled, self._journalled = self._journalled, False
        if session.active_seconds <= 0:  # stopped during the lead-in: nothing to keep
            if journalled:
                self._report(self.journal.finish(None))
            return
        record = record_from_session(session, started_at, self.kcal(session))
        self._report(self.journal.finish(record))
        self.recorded.emit(record)

    def flush(self) -> None:
        """Retry what the disk refused earlier."""
        if not self.journal.flush_pending():
            self._retry.stop()
            self.message.emit(self.tr("Your session history is saved again."))
        # else: still refused; told once already, try again later

    def _report(self, problems: list[Problem]) -> None:
        """What the journal could not write: said once, then retried until it can."""
        if not problems:
            return
        if not self._retry.isActive():
            for problem in problems:
                self.message.emit(problem)
            self._retry.start()
