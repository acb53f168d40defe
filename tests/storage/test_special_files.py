"""Item 4 of issue 8: FIFOs and devices in the data and config folders are reported, not read.

Real FIFOs (``os.mkfifo``) and real symlinks to ``/dev/zero``; see ``special_files.py`` for the
guards that turn a hang or a memory blow-up into a failure.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from retrocoach.storage.files import StorageError, read_or_set_aside
from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english
from retrocoach.storage.reading import (
    FileTooLargeError,
    NotARegularFileError,
    open_regular,
    read_regular,
)
from retrocoach.storage.settings import Settings, SettingsStore
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.user_workouts import open_library
from tests.storage.special_files import fifo_watchdog, run_capped


def _fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def _zero(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")
    return path


# --- the shared helper ------------------------------------------------------------------------


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path / "x.json")
    with fifo_watchdog([fifo]), pytest.raises(NotARegularFileError) as caught:
        read_regular(fifo, 1024)
    assert "FIFO" in str(caught.value) and caught.value.filename == str(fifo)


def test_a_symlink_to_dev_zero_is_refused_unread(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFileError) as caught:
        read_regular(_zero(tmp_path / "x.json"), 1024)
    assert "character device" in str(caught.value)


def test_a_fifo_swapped_in_after_the_check_is_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race: the stat sees a file, then a FIFO takes its place before the open. Injected
    by letting the stat look at a regular file; the open (O_NONBLOCK) and fstat do the rest."""
    fifo = _fifo(tmp_path / "x.json")
    regular = tmp_path / "regular.json"
    regular.write_bytes(b"{}")
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: real_stat(regular))
    with fifo_watchdog([fifo]), pytest.raises(NotARegularFileError):
        open_regular(fifo)


def test_reads_are_capped(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 1000)
    assert read_regular(path, 1000) == b"x" * 1000
    with pytest.raises(FileTooLargeError) as caught:
        read_regular(path, 999)
    assert str(caught.value) == "larger than 0 KB"
    with pytest.raises(FileTooLargeError, match="larger than 1 MB"):
        path.write_bytes(b"x" * (1024 * 1024 + 1))
        read_regular(path, 1024 * 1024)


def test_a_folder_is_reported_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path, 10)


def test_a_fifo_given_to_read_or_set_aside_is_reported_and_left_alone(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path / "settings.json")
    with fifo_watchdog([fifo]):
        result = read_or_set_aside(fifo, json.loads, "settings")
    assert result.value is None and result.protect
    assert result.problems and "FIFO" in result.problems[0].english()
    assert fifo.exists() and not list(tmp_path.glob("*.corrupt-*"))


# --- every file the app reads -----------------------------------------------------------------


def test_a_fifo_among_the_workouts_is_skipped_and_reported(paths: DataPaths) -> None:
    fifo = _fifo(paths.workouts_dir / "x.json")
    with fifo_watchdog([fifo]):
        library = open_library(paths)
    assert "beginner" in library.ids()
    [problem] = english(library.problems)
    assert "x.json" in problem and "FIFO" in problem


def test_a_fifo_as_the_settings_file_gives_defaults_and_a_message(paths: DataPaths) -> None:
    fifo = _fifo(paths.settings_file)
    store = SettingsStore(paths)
    with fifo_watchdog([fifo]):
        settings, found = store.load()
        messages = english(found)
    assert settings == Settings()
    [message] = messages
    assert "settings.json" in message and "FIFO" in message


def test_a_fifo_as_the_tips_file_is_reported(paths: DataPaths) -> None:
    fifo = _fifo(paths.tips_file)
    with fifo_watchdog([fifo]):
        library, found_problems = load_tips(paths)
        problems = english(found_problems)
    assert len(library.tips) > 10  # the built-in tips still load
    assert any("tips.json" in p and "FIFO" in p for p in problems), problems


def test_a_fifo_as_the_journal_is_reported_at_start_up(paths: DataPaths) -> None:
    fifo = _fifo(paths.journal_file)
    journal = SessionJournal(paths)
    with fifo_watchdog([fifo]):
        assert journal.recover() is None
    [message] = english(journal.problems)
    assert "session-journal.json" in message and "FIFO" in message


def test_a_fifo_as_the_history_is_reported_and_a_record_is_kept_pending(
    paths: DataPaths,
) -> None:
    fifo = _fifo(paths.history_file)
    store = HistoryStore(paths)
    record = SessionRecord("2026-11-20T18:00:00+01:00", "beginner", "Beginner", 4, 4, 1.0, 1.0,
                           "completed")  # fmt: skip
    with fifo_watchdog([fifo]):
        records, found = store.load()
        messages = english(found)
        assert records == [] and "FIFO" in messages[0]
        with pytest.raises(StorageError) as caught:
            store.append(record)
        assert store.pending == (record,)
        assert not store.contains("2026-11-20T19:00:00+01:00", "beginner")
        journal = SessionJournal(paths, store)
        journal.recover()  # the start-up's look for a torn line leaves it to load() to report
    assert "FIFO" in str(caught.value) and "kept in memory" in str(caught.value)
    assert english(journal.problems) == []
    assert os.path.exists(fifo)


def test_dev_zero_as_every_file_is_reported_within_a_memory_cap(paths: DataPaths) -> None:
    """In a child with 2 GB of address space: a regression dies with MemoryError there."""
    for path in (
        paths.settings_file,
        paths.tips_file,
        paths.workouts_dir / "z.json",
        paths.history_file,
        paths.journal_file,
    ):
        _zero(path)
    code = """if True:
        import json
        from retrocoach.storage.history import HistoryStore
        from retrocoach.storage.problems import english
        from retrocoach.storage.journal import SessionJournal
        from retrocoach.storage.paths import DataPaths
        from retrocoach.storage.settings import SettingsStore
        from retrocoach.storage.tips_files import load_tips
        from retrocoach.storage.user_workouts import open_library
        paths = DataPaths.default()
        journal = SessionJournal(paths)
        journal.recover()
        print(json.dumps({
            "settings": english(SettingsStore(paths).load()[1]),
            "tips": english(load_tips(paths)[1]),
            "workouts": english(open_library(paths).problems),
            "history": english(HistoryStore(paths).load()[1]),
            "journal": english(journal.problems),
        }))
    """
    done = run_capped(["-c", code], {"RETROCOACH_HOME": str(paths.data_dir.parent)})
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    for name, file in (
        ("settings", "settings.json"),
        ("tips", "tips.json"),
        ("workouts", "z.json"),
        ("history", "history.jsonl"),
        ("journal", "session-journal.json"),
    ):
        assert any(file in m and "character device" in m for m in found[name]), (name, found)


def test_the_command_from_the_issue_returns(paths: DataPaths) -> None:
    """``mkfifo .../workouts/x.json; ln -s /dev/zero .../workouts/z.json; retrocoach workouts``"""
    _fifo(paths.workouts_dir / "x.json")
    _zero(paths.workouts_dir / "z.json")
    done = run_capped(
        ["-m", "retrocoach", "workouts"], {"RETROCOACH_HOME": str(paths.data_dir.parent)}
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "beginner" in done.stdout
    assert "x.json" in done.stderr and "FIFO" in done.stderr
    assert "z.json" in done.stderr and "character device" in done.stderr


def test_an_append_to_a_device_is_refused(paths: DataPaths) -> None:
    """``/dev/full`` as the history: refused as a device, never opened for writing."""
    paths.data_dir.mkdir(parents=True)
    paths.history_file.symlink_to("/dev/full")
    with pytest.raises(StorageError) as caught:
        HistoryStore(paths).append(
            SessionRecord("2026-11-20T18:00:00+01:00", "b", "B", 1, 1, 1.0, 1.0, "completed")
        )
    assert caught.value.errno != errno.ENOSPC and "character device" in str(caught.value)
