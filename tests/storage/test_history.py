"""History (append-only JSON Lines), the session journal and its crash recovery."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from retrocoach.core.session import Session
from retrocoach.storage.files import StorageError, backups_of
from retrocoach.storage.history import (
    CSV_COLUMNS,
    HistoryStore,
    SessionRecord,
    csv_text,
    iso_local,
    record_from_session,
)
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english

from .conftest import make_workout

START = "2024-05-01T07:30:00+02:00"


def _record(
    started_at: str = START, outcome: str = "completed", rounds_done: int = 3, **changes: object
) -> SessionRecord:
    record = SessionRecord(
        started_at=started_at,
        workout_id="my-intervals",
        workout_name="My intervals",
        rounds_planned=3,
        rounds_done=rounds_done,
        active_seconds=240.0,
        backward_seconds=150.0,
        outcome=outcome,  # type: ignore[arg-type]
        kcal=31.5,
    )
    return replace(record, **changes)  # type: ignore[arg-type]


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --- records --------------------------------------------------------------------------------


def test_record_line_round_trip() -> None:
    record = _record(workout_name="Rückwärts \u2190 run")
    line = record.to_line()
    assert "\n" not in line and "Rückwärts" in line
    assert SessionRecord.from_json(json.loads(line)) == record
    assert record.started == datetime(2024, 5, 1, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def test_seconds_are_rounded_to_a_tenth() -> None:
    data = _record(active_seconds=12.3456, kcal=None).to_json()
    assert data["active_seconds"] == 12.3 and data["kcal"] is None


def test_iso_local_has_an_offset() -> None:
    text = iso_local(datetime(2024, 1, 2, 3, 4, 5, 678))
    assert text.startswith("2024-01-02T03:04:05") and datetime.fromisoformat(text).tzinfo


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"started_at": "yesterday"}, "started_at"),
        ({"started_at": "20240501T073000"}, "started_at"),
        ({"started_at": "2024-13-01T07:30:00"}, "started_at"),
        ({"outcome": "won"}, "outcome"),
        ({"rounds_done": -1}, "rounds_done"),
        ({"rounds_planned": "3"}, "rounds_planned"),
        ({"active_seconds": float("inf")}, "active_seconds"),
        ({"backward_seconds": None}, "backward_seconds"),
        ({"workout_id": ""}, "workout_id"),
        ({"kcal": -5}, "kcal"),
    ],
)
def test_invalid_record_names_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field}: "):
        SessionRecord.from_json({**_record().to_json(), **change})


def test_missing_kcal_and_unknown_keys_are_fine() -> None:
    data = _record().to_json()
    del data["kcal"]
    data["heart_rate"] = 150
    assert SessionRecord.from_json(data).kcal is None


def test_record_from_session() -> None:
    clock = FakeClock()
    plan = make_workout().plan(3, lead_in_seconds=0)
    session = Session(plan, clock=clock, wall_clock=clock)
    session.start()
    clock.now += 60 + 60 + 30  # warm-up, round 1, half of round 2
    session.update()
    started = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)
    unfinished = record_from_session(session, started, kcal=12.0)
    assert unfinished.outcome == "interrupted" and unfinished.rounds_done == 1
    session.stop()
    record = record_from_session(session, started, kcal=12.0)
    assert record.outcome == "stopped"
    assert (record.workout_id, record.workout_name) == ("my-intervals", "My intervals")
    assert (record.rounds_planned, record.rounds_done) == (3, 1)
    assert record.active_seconds == 150 and record.backward_seconds == 60 + 30 + 30
    assert datetime.fromisoformat(record.started_at) == started
    session.restart()
    clock.now += plan.total_seconds + 1
    session.update()
    assert record_from_session(session, START).outcome == "completed"
    assert record_from_session(session, START).rounds_done == 3


# --- the history file -----------------------------------------------------------------------


def test_append_and_load(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    records = [_record(f"2024-05-0{day}T07:30:00+02:00") for day in range(1, 6)]
    for record in records:
        store.append(record)
    assert HistoryStore(paths).load() == (records, [])
    assert len(paths.history_file.read_text().splitlines()) == 5


def test_missing_history_is_empty(paths: DataPaths) -> None:
    assert HistoryStore(paths).load() == ([], [])


def test_bad_lines_are_skipped_reported_and_the_file_kept(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    store.append(_record("2024-05-01T07:30:00+02:00"))
    with open(paths.history_file, "ab") as handle:
        handle.write(b'{"started_at": "2024-05-02T07:3\n')  # truncated
        handle.write(b"\xff\xfe garbage\n")
        handle.write(json.dumps({**_record().to_json(), "outcome": 3}).encode() + b"\n")
        handle.write(b"[1, 2]\n\n")
    store.append(_record("2024-05-03T07:30:00+02:00"))
    before = paths.history_file.read_bytes()
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert [r.started_at[:10] for r in records] == ["2024-05-01", "2024-05-03"]
    (message,) = messages
    assert "4 line(s)" in message and "line 2: not valid JSON" in message
    assert "line 3: not UTF-8" in message or "line 3: not valid JSON" in message
    assert "line 4: outcome: must be one of" in message
    assert paths.history_file.read_bytes() == before  # never rewritten
    (backup,) = backups_of(paths.history_file)
    assert backup.read_bytes() == before and backup.name in message
    # loading again, or after more sessions, does not pile up copies of the same damage
    HistoryStore(paths).load()
    store.append(_record("2024-05-04T07:30:00+02:00"))
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert len(records) == 3 and backup.name in messages[0]
    assert backups_of(paths.history_file) == [backup]
    # new damage after the backup gets a new backup
    with open(paths.history_file, "ab") as handle:
        handle.write(b"{new damage\n")
    HistoryStore(paths).load()
    assert len(backups_of(paths.history_file)) == 2


def test_torn_last_line_and_the_next_session(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    store.append(_record("2024-05-01T07:30:00+02:00"))
    with open(paths.history_file, "ab") as handle:
        handle.write(_record("2024-05-02T07:30:00+02:00").to_line().encode()[:40])  # power cut
    store.append(_record("2024-05-03T07:30:00+02:00"))
    records, found = store.load()
    messages = english(found)
    assert [r.started_at[:10] for r in records] == ["2024-05-01", "2024-05-03"]
    assert "line 2" in messages[0]


_GARBAGE = random.Random(5).randbytes(10 * 1024 * 1024)


@pytest.mark.parametrize(
    "content",
    [random.Random(2).randbytes(5000), _GARBAGE, b'["a list"]\n42\n"text"\nnull\n{}\n'],
    ids=["random-bytes", "10MB-garbage", "wrong-types"],
)
def test_damaged_history_never_crashes_and_is_never_rewritten(
    paths: DataPaths, content: bytes
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.history_file.write_bytes(content)
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert records == [] and len(messages) == 1 and "could not be read" in messages[0]
    assert paths.history_file.read_bytes() == content
    (backup,) = backups_of(paths.history_file)
    assert backup.read_bytes() == content
    # sessions are still recorded after the damage
    HistoryStore(paths).append(_record())
    assert HistoryStore(paths).load()[0] == [_record()]


def test_read_only_disk_keeps_the_record_in_memory(
    paths: DataPaths, read_only_disk: Callable[[], None]
) -> None:
    store = HistoryStore(paths)
    with pytest.raises(StorageError) as caught:
        store.append(_record())
    assert str(paths.history_file) in str(caught.value)
    assert "read-only" in str(caught.value) and "kept in memory" in str(caught.value)
    assert store.pending == (_record(),)
    records, found = store.load()
    messages = english(found)
    assert records == [_record()] and "not saved" in messages[0]
    with pytest.raises(StorageError):
        store.append(_record("2024-05-02T07:30:00+02:00"))
    read_only_disk()
    assert store.flush_pending() == 2
    assert not store.pending
    assert [r.started_at[:10] for r in HistoryStore(paths).load()[0]] == [
        "2024-05-01",
        "2024-05-02",
    ]


def test_history_folder_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file")
    paths = DataPaths.under(blocker)
    store = HistoryStore(paths)
    with pytest.raises(StorageError, match="not a folder"):
        store.append(_record())
    records, found = store.load()
    messages = english(found)
    assert records == [_record()]
    assert (
        "history is not shown" in messages[0]
        and store.read_error is not None
        and store.read_error.english() == messages[0]
    )
    assert "not saved" in messages[1]
    blocker.unlink()  # the user fixes the folder: nothing was lost
    assert store.flush_pending() == 1
    assert HistoryStore(paths).load() == ([_record()], [])


def test_csv_text(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    store.append(_record())
    store.append(_record("2024-05-02T07:30:00+02:00", "stopped", 1, kcal=None))
    store.append(_record("2024-05-03T07:30:00+02:00", workout_name="=HYPERLINK(1)"))
    rows = list(csv.DictReader(io.StringIO(csv_text(store.load()[0]))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["started_at"] == START and rows[0]["backward_seconds"] == "150.0"
    assert rows[1]["outcome"] == "stopped" and rows[1]["kcal"] == ""
    assert rows[2]["workout_name"] == "'=HYPERLINK(1)"  # not a formula in a spreadsheet
    assert csv_text([]) == ",".join(CSV_COLUMNS) + "\n"


# --- the journal ----------------------------------------------------------------------------


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
    assert journal.finish(_record()) == []
    assert not paths.journal_file.exists()
    assert history.load() == ([_record()], [])
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
    HistoryStore(paths).append(_record())
    assert SessionJournal(paths).recover() is None
    assert not paths.journal_file.exists()
    assert HistoryStore(paths).load() == ([_record()], [])


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
        mp.setattr("retrocoach.storage.history.append_line", _erofs)
        assert journal.finish(_record())
        assert history.pending == (_record(),)
        assert paths.journal_file.exists()  # the durable trace stays
        assert history.load()[0] == [_record()]
        assert journal.flush_pending()
    assert journal.flush_pending() == []
    assert not history.pending and not paths.journal_file.exists()
    assert HistoryStore(paths).load() == ([_record()], [])
    assert SessionJournal(paths).recover() is None


def test_app_quits_with_a_pending_record_then_recovers(paths: DataPaths) -> None:
    """Read-only until the end: next start turns the journal into one interrupted record."""
    journal = SessionJournal(paths)
    journal.begin("my-intervals", "My intervals", 3, START)
    journal.update(rounds_done=2, active_seconds=200, backward_seconds=120)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("retrocoach.storage.history.append_line", _erofs)
        assert journal.finish(_record())
    # the app quits: the pending record is lost with the process, the journal is not
    record = SessionJournal(paths).recover()
    assert record is not None and record.outcome == "interrupted" and record.rounds_done == 2
    assert len(HistoryStore(paths).load()[0]) == 1


def test_recover_on_a_read_only_disk(paths: DataPaths) -> None:
    SessionJournal(paths).begin("my-intervals", "My intervals", 3, START)
    history = HistoryStore(paths)
    journal = SessionJournal(paths, history)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("retrocoach.storage.history.append_line", _erofs)
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


def _erofs(path: Path, _line: str) -> None:
    raise StorageError(f"Cannot save {path}: the disk is read-only.", path, errno.EROFS)


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
