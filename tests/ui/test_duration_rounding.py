"""Trial finding 5: after 15.5 s the end card said "0:15 done" and the History table "0:16"
(the card rounded the exact time, the history the tenth it keeps, each with round()). Both
now show whole_seconds: the seconds completed, after the history's tenth."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.core.session import Session
from retrocoach.core.workout import Direction, Pace, Phase, Workout, format_elapsed, whole_seconds
from retrocoach.storage.history import HistoryStore
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.session_record import record_from_session
from retrocoach.ui.dialogs.history_window import HistoryWindow
from retrocoach.ui.screen.session_text import summary_card
from tests.core.clock import FakeClock

WORKOUT = Workout("back", "Back", "", (), (Phase("Back", Direction.BACKWARD, Pace.JOG, 60),), (), 1)


@pytest.mark.parametrize(
    ("exact", "shown"),
    [(15.5, "0:15"), (15.47, "0:15"), (15.96, "0:16"), (16.5, "0:16"), (59.99, "1:00")],
)
def test_the_card_and_the_history_show_the_same_time(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exact: float, shown: str
) -> None:
    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path))
    clock = FakeClock()
    session = Session(WORKOUT.plan(1, lead_in_seconds=0), clock.monotonic, clock.wall)
    session.start()
    clock.advance(exact)
    session.update()
    session.stop()
    assert session.active_seconds == pytest.approx(exact)
    card = summary_card(session).lines[0]
    assert card == f"{shown} done, {shown} of it backwards"
    store = HistoryStore(DataPaths.default())
    store.append(record_from_session(session, "2026-11-20T18:00:00+01:00"))  # a real file
    window = HistoryWindow.from_store(store, None)
    qtbot.addWidget(window)
    assert window.model.index(0, 3).data() == shown  # the time done
    assert window.model.index(0, 4).data() == shown  # backwards


def test_one_rule_for_every_measured_duration() -> None:
    assert whole_seconds(15.5) == 15 and format_elapsed(15.5) == "0:15"
    assert whole_seconds(-0.2) == 0
    assert format_elapsed(3600 + 61.7) == "1:01:01"
