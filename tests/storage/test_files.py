"""Safe writes (storage.files): atomic replace, durable appends cut back on failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from retrocoach.storage.files import (
    StorageError,
    append_line,
    atomic_write_bytes,
    atomic_write_text,
)


def _listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_atomic_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.json"
    atomic_write_text(target, "one\n")
    atomic_write_bytes(target, b"two\n")
    assert target.read_bytes() == b"two\n"
    assert _listing(target.parent) == ["file.json"]  # no temp file left


def test_failed_replace_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(target, b"new")
    assert str(target) in str(caught.value)
    assert "read-only" in str(caught.value)
    assert caught.value.errno == errno.EROFS
    assert caught.value.path == target
    assert target.read_bytes() == b"old"
    assert _listing(tmp_path) == ["file.json"]


def test_full_disk_during_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert _listing(tmp_path) == ["file.json"]


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    target = blocker / "sub" / "file.json"
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(target, b"x")
    assert str(target) in str(caught.value)
    assert blocker.read_text() == "I am a file"
    with pytest.raises(StorageError):
        append_line(target, "x")


def test_append_line(tmp_path: Path) -> None:
    target = tmp_path / "d" / "h.jsonl"
    append_line(target, '{"a":1}')
    append_line(target, '{"a":2}')
    assert target.read_text() == '{"a":1}\n{"a":2}\n'
    with pytest.raises(ValueError):
        append_line(target, "two\nlines")


def test_append_after_a_torn_line_starts_a_new_line(tmp_path: Path) -> None:
    target = tmp_path / "h.jsonl"
    target.write_bytes(b'{"a":1}\n{"a":')  # a crash in the middle of a write
    append_line(target, '{"a":3}')
    assert target.read_bytes() == b'{"a":1}\n{"a":\n{"a":3}\n'
