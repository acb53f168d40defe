"""The history file (storage.history): append-only JSON Lines, bad lines skipped and reported,
records kept in memory when the disk refuses them."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from retrocoach.storage.files import StorageError, backups_of
from retrocoach.storage.history import (
    HistoryStore,
)
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english

from .history_data import a_record


def test_append_and_load(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    records = [a_record(f"2024-05-0{day}T07:30:00+02:00") for day in range(1, 6)]
    for record in records:
        store.append(record)
    assert HistoryStore(paths).load() == (records, [])
    assert len(paths.history_file.read_text().splitlines()) == 5


def test_missing_history_is_empty(paths: DataPaths) -> None:
    assert HistoryStore(paths).load() == ([], [])


def test_bad_lines_are_skipped_reported_and_the_file_kept(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    store.append(a_record("2024-05-01T07:30:00+02:00"))
    with open(paths.history_file, "ab") as handle:
        handle.write(b'{"started_at": "2024-05-02T07:3\n')  # truncated
        handle.write(b"\xff\xfe garbage\n")
        handle.write(json.dumps({**a_record().to_json(), "outcome": 3}).encode() + b"\n")
        handle.write(b"[1, 2]\n\n")
    store.append(a_record("2024-05-03T07:30:00+02:00"))
    before = paths.history_file.read_bytes()
    records, found = HistoryStore(paths).load()
    messages = english(found)
    assert [r.started_at[:10] for r in records] == ["2024-05-01", "2024-05-03"]
    (message,) = messages
    assert "4 lines" in message and "line 2: not valid JSON" in message
    assert "line 3: not UTF-8" in message or "line 3: not valid JSON" in message
    assert "line 4: outcome: must be one of" in message
    assert paths.history_file.read_bytes() == before  # never rewritten
    (backup,) = backups_of(paths.history_file)
    assert backup.read_bytes() == before and backup.name in message
    # loading again, or after more sessions, does not pile up copies of the same damage
    HistoryStore(paths).load()
    store.append(a_record("2024-05-04T07:30:00+02:00"))
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
    store.append(a_record("2024-05-01T07:30:00+02:00"))
    with open(paths.history_file, "ab") as handle:
        handle.write(a_record("2024-05-02T07:30:00+02:00").to_line().encode()[:40])  # power cut
    store.append(a_record("2024-05-03T07:30:00+02:00"))
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
    HistoryStore(paths).append(a_record())
    assert HistoryStore(paths).load()[0] == [a_record()]


def test_read_only_disk_keeps_the_record_in_memory(
    paths: DataPaths, read_only_disk: Callable[[], None]
) -> None:
    store = HistoryStore(paths)
    with pytest.raises(StorageError) as caught:
        store.append(a_record())
    assert str(paths.history_file) in str(caught.value)
    assert "read-only" in str(caught.value) and "kept in memory" in str(caught.value)
    assert store.pending == (a_record(),)
    records, found = store.load()
    messages = english(found)
    assert records == [a_record()] and "not saved" in messages[0]
    with pytest.raises(StorageError):
        store.append(a_record("2024-05-02T07:30:00+02:00"))
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
        store.append(a_record())
    records, found = store.load()
    messages = english(found)
    assert records == [a_record()]
    assert (
        "history is not shown" in messages[0]
        and store.read_error is not None
        and store.read_error.english() == messages[0]
    )
    assert "not saved" in messages[1]
    blocker.unlink()  # the user fixes the folder: nothing was lost
    assert store.flush_pending() == 1
    assert HistoryStore(paths).load() == ([a_record()], [])


def test_a_damaged_sparse_history_is_not_copied_whole(paths: DataPaths) -> None:
    """The hostile trial: ``retrocoach history`` on a sparse 1 GB file of zeros wrote a real
    1 GB copy beside it. Now nothing is copied over the cap, the file is left as it is, and
    the user is told why no copy was kept."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with paths.history_file.open("wb") as handle:
        handle.write((a_record().to_line() + "\n").encode())
        handle.truncate(2**30)  # sparse: a gigabyte of zeros after one good record
    env = {**os.environ, "RETROCOACH_HOME": str(paths.data_dir.parent)}
    shown = subprocess.run(
        [sys.executable, "-m", "retrocoach", "history"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert backups_of(paths.history_file) == []
    assert "too large to keep a copy of (1024 MB, over 64 MB)" in shown.stdout + shown.stderr
    assert "My intervals" in shown.stdout
    assert os.stat(paths.history_file).st_size == 2**30  # not changed
