"""The running session's journal (storage.journal): a crash becomes one "interrupted" record."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import datetime

import pytest

from retrocoach.core.session import Session
from retrocoach.storage.files import backups_of
from retrocoach.storage.history import (
    HistoryStore,
    SessionRecord,
)
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english

from .conftest import make_workout
from .history_data import START, FakeClock, a_record, erofs
from .read_only import read_only_mount


def test_journal_normal_session(paths: DataPaths) -> None:
    history = HistoryStore(paths)
    journal = SessionJournal(paths, history)
    assert journal.begin("my-intervals", "My intervals", 3, START) == []
    data = json.loads(paths.journal_file.read_text())
    assert data["workout_id"] == "my-intervals" and data["rounds_done"] == 0
    assert "outcome" not in data and data["version"] == 1
    assert journal.update(rounds_done=1, active_seconds=120, backward_seconds=90) == []
    data = json.loads(paths.journal_file.read_text())
    assert (data["rounds_done"], data["active_seconds"], data["backward_seconds"]) == (1, 120, 90)
    assert datetime.fromisoformat(data["updated_at"]).tzinfo is not None
    assert journal.finish(a_record()) == []
    assert not paths.journal_file.exists()
    assert history.load() == ([a_record()], [])
    assert SessionJournal(paths).recover() is None


def test_recover_after_a_crash(paths: DataPaths) -> None:
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 4, START)
    journal.update(rounds_done=1, active_seconds=120, backward_seconds=90, kcal=10.5)
    journal.update(rounds_done=2, active_seconds=180, backward_seconds=120, kcal=15.0)
    del journal  # the process dies: finish() is never called

    history = HistoryStore(paths)
    restarted = SessionJournal(paths, history)
    record = restarted.recover()
    assert record == SessionRecord(
        START, "my-intervals", "My intervals", 4, 2, 180.0, 120.0, "interrupted", 15.0
    )
    assert english(restarted.problems) == []
    assert not paths.journal_file.exists()
    assert history.load() == ([record], [])
    assert restarted.recover() is None
    assert SessionJournal(paths).recover() is None
    assert HistoryStore(paths).load() == ([record], [])


def test_recover_does_not_duplicate_a_session_already_recorded(paths: DataPaths) -> None:
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 3, START)
    journal.update(rounds_done=3, active_seconds=240, backward_seconds=150)
    # the record reached the history but the journal was not removed (crash in between)
    HistoryStore(paths).append(a_record())
    assert SessionJournal(paths).recover() is None
    assert not paths.journal_file.exists()
    assert HistoryStore(paths).load() == ([a_record()], [])


def test_begin_recovers_a_leftover_journal_first(paths: DataPaths) -> None:
    crashed = SessionJournal(paths)
    crashed.begin("my-intervals", "My intervals", 3, START)
    crashed.update(rounds_done=1, active_seconds=100, backward_seconds=50)
    journal = SessionJournal(paths)
    journal.begin("beginner", "Beginner", 4, "2024-05-02T07:30:00+02:00")
    records, _ = HistoryStore(paths).load()
    assert [(r.workout_id, r.outcome, r.rounds_done) for r in records] == [
        ("my-intervals", "interrupted", 1)
    ]
    assert json.loads(paths.journal_file.read_text())["workout_id"] == "beginner"


@pytest.mark.parametrize(
    "content",
    [b'{"version": 1, "started_at": "2024-0', b"\x00\x01\x02", b'{"version": 9}', b"[]"],
)
def test_damaged_journal_is_set_aside(paths: DataPaths, content: bytes) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.journal_file.write_bytes(content)
    journal = SessionJournal(paths)
    assert journal.recover() is None
    assert "damaged" in english(journal.problems)[0]
    (backup,) = backups_of(paths.journal_file)
    assert backup.read_bytes() == content
    assert not paths.journal_file.exists()
    assert HistoryStore(paths).load() == ([], [])


def test_journal_on_a_read_only_disk_keeps_the_session_in_memory(
    paths: DataPaths, read_only_disk: Callable[[], None]
) -> None:
    history = HistoryStore(paths)
    journal = SessionJournal(paths, history)
    [problem] = journal.begin("my-intervals", "My intervals", 3, START)
    assert "read-only" in problem.english()
    assert "kept in memory" in problem.english()
    assert journal.update(rounds_done=1, active_seconds=100, backward_seconds=60)
    assert not journal.saved
    assert journal.current is not None and journal.current.rounds_done == 1
    assert journal.flush_pending()
    read_only_disk()
    assert journal.flush_pending() == [] and journal.saved
    assert json.loads(paths.journal_file.read_text())["rounds_done"] == 1


def test_finish_on_a_read_only_disk_loses_nothing(paths: DataPaths) -> None:
    history = HistoryStore(paths)
    journal = SessionJournal(paths, history)
    journal.begin("my-intervals", "My intervals", 3, START)
    journal.update(rounds_done=3, active_seconds=240, backward_seconds=150)
    with pytest.MonkeyPatch.context() as mp:  # the disk turns read-only before the end
        mp.setattr("retrocoach.storage.history.append_line", erofs)
        assert journal.finish(a_record())
        assert history.pending == (a_record(),)
        assert paths.journal_file.exists()  # the durable trace stays
        assert history.load()[0] == [a_record()]
        assert journal.flush_pending()
    assert journal.flush_pending() == []
    assert not history.pending and not paths.journal_file.exists()
    assert HistoryStore(paths).load() == ([a_record()], [])
    assert SessionJournal(paths).recover() is None


def test_app_quits_with_a_pending_record_then_recovers(paths: DataPaths) -> None:
    """History refused until the end: the next start records the session as it ended."""
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 3, START)
    journal.update(rounds_done=2, active_seconds=200, backward_seconds=120)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("retrocoach.storage.history.append_line", erofs)
        assert journal.finish(a_record())
    # the app quits: the pending record is lost with the process, the journal is not
    assert SessionJournal(paths).recover() == a_record()
    assert HistoryStore(paths).load() == ([a_record()], [])


def test_a_finished_session_with_history_on_dev_zero_is_recorded_completed(
    paths: DataPaths,
) -> None:
    """The hostile trial: ``history.jsonl -> /dev/zero``, finish, quit, fix the link: the
    next start recorded ``0/1, 0:20, interrupted`` for a completed session."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.history_file.symlink_to("/dev/zero")
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 3, START)
    journal.update(rounds_done=0, active_seconds=20, backward_seconds=20)
    assert journal.finish(a_record())  # the history cannot be written: said
    paths.history_file.unlink()  # the app is quit, the user fixes the link
    assert SessionJournal(paths).recover() == a_record()
    assert HistoryStore(paths).load() == ([a_record()], [])
    assert not paths.journal_file.exists() and not paths.spare_journal_file.exists()


def test_a_session_finished_on_a_read_only_folder_is_recorded_completed(
    paths: DataPaths,
) -> None:
    """The data folder turns read-only mid-session (a real read-only mount), the session
    finishes, the app is quit, the folder is fixed: the next start records it completed."""
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 3, START)
    journal.update(rounds_done=0, active_seconds=20, backward_seconds=20)
    with read_only_mount(paths.data_dir):
        assert journal.update(rounds_done=1, active_seconds=100, backward_seconds=60)
        assert journal.finish(a_record())
    assert json.loads(paths.journal_file.read_text())["rounds_done"] == 0  # stale, on the stick
    assert SessionJournal(paths).recover() == a_record()
    assert HistoryStore(paths).load() == ([a_record()], [])
    assert not paths.journal_file.exists() and not paths.spare_journal_file.exists()


def test_recover_on_a_read_only_disk(paths: DataPaths) -> None:
    SessionJournal(paths).begin("my-intervals", "My intervals", 3, START)
    history = HistoryStore(paths)
    journal = SessionJournal(paths, history)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("retrocoach.storage.history.append_line", erofs)
        record = journal.recover()
    assert record is not None and history.pending == (record,)
    assert "read-only" in english(journal.problems)[0]
    assert paths.journal_file.exists()
    assert journal.flush_pending() == []  # writes the record, then removes the journal
    assert not paths.journal_file.exists()
    assert SessionJournal(paths).recover() is None
    assert HistoryStore(paths).load() == ([record], [])


def test_update_before_begin_is_a_bug(paths: DataPaths) -> None:
    with pytest.raises(RuntimeError):
        SessionJournal(paths).update(rounds_done=0, active_seconds=0, backward_seconds=0)


def test_update_from_session(paths: DataPaths) -> None:
    clock = FakeClock()
    session = Session(make_workout().plan(2, lead_in_seconds=0), clock=clock, wall_clock=clock)
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 2)
    session.start()
    clock.now += 125
    session.update()
    journal.update_from(session, kcal=3.0)
    assert journal.current is not None
    assert (journal.current.rounds_done, journal.current.active_seconds) == (1, 125)
    assert os.path.exists(paths.journal_file)
