"""Item 3 of issue 8: a full disk must not leave a torn line in the history.

The disk is filled by fault injection (``tests/storage/faults.py``): the file is real and the
first bytes of the line really reach it, as on a real full disk.
"""

from __future__ import annotations

import errno
import os

import pytest

from retrocoach.storage.files import StorageError, append_line
from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english
from tests.storage.faults import fill_disk


def _record(minute: int = 0) -> SessionRecord:
    return SessionRecord(
        f"2026-11-20T18:{minute:02d}:00+01:00", "beginner", "Beginner", 4, 4, 500.0, 300.0,
        "completed",
    )  # fmt: skip


@pytest.mark.parametrize("room", [0, 1, 7, 40])
def test_a_failed_append_leaves_the_file_exactly_as_it_was(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    store = HistoryStore(paths)
    store.append(_record(0))
    before = paths.history_file.read_bytes()
    fill_disk(monkeypatch, room)
    with pytest.raises(StorageError) as caught:
        store.append(_record(1))
    assert caught.value.errno == errno.ENOSPC
    assert "full" in str(caught.value) and "kept in memory" in str(caught.value)
    assert paths.history_file.read_bytes() == before, "a torn line was left behind"
    assert store.pending == (_record(1),)


def test_the_refused_record_is_written_once_the_disk_has_room(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = HistoryStore(paths)
    store.append(_record(0))
    free = fill_disk(monkeypatch, 7)
    with pytest.raises(StorageError):
        store.append(_record(1))
    with pytest.raises(StorageError):
        store.flush_pending()  # still full: still pending, still no torn line
    assert store.pending == (_record(1),)
    free()
    assert store.flush_pending() == 1
    assert not store.pending
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert records == [_record(0), _record(1)]
    assert messages == []


def test_a_failed_fsync_also_takes_the_line_back(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some file systems report a full disk only when the data is flushed (delayed allocation,
    NFS): the line was written but is not safe, so it is taken back and stays pending."""
    store = HistoryStore(paths)
    store.append(_record(0))
    before = paths.history_file.read_bytes()

    def fsync_on_full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync_on_full_disk)
    with pytest.raises(StorageError):
        store.append(_record(1))
    monkeypatch.undo()
    assert paths.history_file.read_bytes() == before
    assert store.pending == (_record(1),)


def test_a_failed_first_append_leaves_an_empty_file(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_disk(monkeypatch, 3)
    with pytest.raises(StorageError):
        append_line(paths.history_file, '{"started_at": "2026"}')
    assert paths.history_file.read_bytes() == b""
