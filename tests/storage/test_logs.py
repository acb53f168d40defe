"""Logging: a rotating file in the log folder, or stderr only when that is impossible."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrocoach.core.problem import Problem
from retrocoach.storage.logs import (
    LOG_BACKUPS,
    MAX_LOG_BYTES,
    on_log_failure,
    setup_logging,
    teardown_logging,
)
from retrocoach.storage.paths import DataPaths
from tests.storage.special_files import fifo_watchdog


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    teardown_logging()
    logging.getLogger().setLevel(level)


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_retrocoach_handler", False)]


def test_log_file_rotates_in_the_log_folder(paths: DataPaths) -> None:
    log_file = setup_logging(paths)
    assert log_file == paths.log_dir / "retrocoach.log"
    logging.getLogger("retrocoach.test").info("hello from the test")
    for handler in _ours():
        handler.flush()
    assert "INFO retrocoach.test: hello from the test" in log_file.read_text(encoding="utf-8")
    (rotating,) = [h for h in _ours() if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert (
        (rotating.maxBytes, rotating.backupCount)
        == (MAX_LOG_BYTES, LOG_BACKUPS)
        == (
            1_000_000,
            3,
        )
    )


def test_setup_twice_does_not_duplicate_handlers(paths: DataPaths) -> None:
    setup_logging(paths)
    setup_logging(paths)
    assert len(_ours()) == 2  # one file, one stderr
    teardown_logging()
    assert _ours() == []


def test_stderr_only_when_the_folder_cannot_be_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file")
    assert setup_logging(DataPaths.under(blocker)) is None
    assert [type(h) for h in _ours()] == [logging.StreamHandler]
    logging.getLogger("retrocoach.test").error("still heard")
    err = capsys.readouterr().err
    assert "logging to stderr only" in err and "still heard" in err


def test_stderr_only_when_the_log_file_is_a_fifo(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opening a FIFO to append blocks until a reader comes: it is not opened at all."""
    paths.log_dir.mkdir(parents=True)
    fifo = paths.log_dir / "retrocoach.log"
    os.mkfifo(fifo)
    with fifo_watchdog([fifo]):
        assert setup_logging(paths) is None
    assert [type(h) for h in _ours()] == [logging.StreamHandler]
    err = capsys.readouterr().err
    assert "FIFO" in err and "logging to stderr only" in err


@contextlib.contextmanager
def full_disk(folder: Path, size: str = "64k") -> Iterator[Path]:
    """`folder` on a tiny tmpfs of its own (a real ENOSPC when it is full)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.fail(f"a tmpfs mount needs root (as CI runs the tests): {mounted.stderr}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30, check=True)


def test_a_full_disk_stops_the_log_file_quietly_once_with_a_problem(
    paths: DataPaths, capfd: pytest.CaptureFixture[str]
) -> None:
    """Issue 17 item 9: a full disk printed "--- Logging error ---" and a traceback."""
    with full_disk(paths.log_dir):
        assert setup_logging(paths) == paths.log_file
        told: list[Problem] = []
        on_log_failure(told.append)
        for number in range(2000):  # ~200 KB of lines into a 64 KB disk
            logging.getLogger("retrocoach.test").warning("line %d %s", number, "x" * 80)
        err = capfd.readouterr().err
        teardown_logging()
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("cannot be written") == 1
    [problem] = told
    assert "the disk is full" in problem.english() and str(paths.log_file) in problem.english()
