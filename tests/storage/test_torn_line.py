"""Item 3 of issue 8: a torn last line of the history is moved aside once at start-up."""

from __future__ import annotations

import json
from pathlib import Path

from retrocoach.storage.history import MAX_LINE_BYTES, HistoryStore, SessionRecord
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english


def _line(minute: int) -> bytes:
    record = SessionRecord(
        f"2026-11-20T18:{minute:02d}:00+01:00", "beginner", "Beginner", 4, 4, 500.0, 300.0,
        "completed",
    )  # fmt: skip
    return record.to_line().encode() + b"\n"


def _backups(paths: DataPaths) -> list[Path]:
    return sorted(paths.data_dir.glob("history.jsonl.corrupt-*"))


def test_a_torn_last_line_is_moved_aside_once_and_the_rest_kept(paths: DataPaths) -> None:
    good = _line(0) + _line(1)
    paths.data_dir.mkdir(parents=True)
    paths.history_file.write_bytes(good + b'{"star')

    journal = SessionJournal(paths)  # the app's start-up
    assert journal.recover() is None
    assert len(english(journal.problems)) == 1, english(journal.problems)
    assert (
        "cut short" in english(journal.problems)[0]
        and "history.jsonl.corrupt-" in english(journal.problems)[0]
    )
    assert paths.history_file.read_bytes() == good
    [backup] = _backups(paths)
    assert backup.read_bytes() == b'{"star'

    again = SessionJournal(paths)  # the next start-up: nothing more to say
    again.recover()
    assert english(again.problems) == []
    assert len(_backups(paths)) == 1
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert len(records) == 2 and messages == []


def test_the_next_record_follows_the_kept_lines(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.history_file.write_bytes(_line(0) + b'{"started_at":"2026-11-')
    store = HistoryStore(paths)
    SessionJournal(paths, store).recover()
    store.append(SessionRecord.from_json(json.loads(_line(2))))
    assert paths.history_file.read_bytes() == _line(0) + _line(2)


def test_a_whole_last_record_without_its_newline_is_kept(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    data = _line(0) + _line(1).rstrip(b"\n")
    paths.history_file.write_bytes(data)
    journal = SessionJournal(paths)
    journal.recover()
    assert english(journal.problems) == []
    assert paths.history_file.read_bytes() == data
    assert _backups(paths) == []


def test_a_torn_line_longer_than_a_record_can_be_is_moved_aside_too(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    tail = b"x" * (3 * MAX_LINE_BYTES)
    paths.history_file.write_bytes(_line(0) + tail)
    journal = SessionJournal(paths)
    journal.recover()
    assert len(english(journal.problems)) == 1
    assert paths.history_file.read_bytes() == _line(0)
    assert _backups(paths)[0].read_bytes() == tail


def test_a_file_that_is_only_a_torn_line_becomes_empty(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.history_file.write_bytes(b'{"st')
    journal = SessionJournal(paths)
    journal.recover()
    assert paths.history_file.read_bytes() == b""
    assert len(english(journal.problems)) == 1


def test_reading_the_history_does_not_cut_it(paths: DataPaths) -> None:
    """`retrocoach history` may run beside the app: it reports the line but changes nothing."""
    paths.data_dir.mkdir(parents=True)
    data = _line(0) + b'{"star'
    paths.history_file.write_bytes(data)
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert len(records) == 1
    assert len(messages) == 1 and "line 2" in messages[0]
    assert paths.history_file.read_bytes() == data


def test_a_line_too_long_to_be_a_record_is_skipped_unread(paths: DataPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.history_file.write_bytes(_line(0) + b"[" * (5 * MAX_LINE_BYTES) + b"\n" + _line(1))
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert len(records) == 2
    assert "line 2: longer than 64 KB" in messages[0]
