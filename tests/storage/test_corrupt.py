"""Corrupt files moved aside (storage.corrupt): never over a backup, the user told where."""

from __future__ import annotations

import errno
import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from retrocoach.storage.files import (
    backups_of,
    copy_aside,
    read_or_set_aside,
    set_aside,
)

NOW = datetime(2024, 5, 1, 7, 30, 5)


def _parse(data: bytes) -> object:
    return json.loads(data)


def test_set_aside_never_overwrites_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    backups = []
    for content in (b"first", b"second", b"third"):
        target.write_bytes(content)
        backups.append(set_aside(target, NOW))
    assert [b.name for b in backups] == [
        "settings.json.corrupt-20240501-073005",
        "settings.json.corrupt-20240501-073005-2",
        "settings.json.corrupt-20240501-073005-3",
    ]
    assert [b.read_bytes() for b in backups] == [b"first", b"second", b"third"]
    assert not target.exists()
    assert backups_of(target) == backups


def test_copy_aside_keeps_the_original(tmp_path: Path) -> None:
    target = tmp_path / "history.jsonl"
    target.write_bytes(b"lines")
    backup = copy_aside(target, NOW)
    assert backup.read_bytes() == target.read_bytes() == b"lines"
    assert copy_aside(target, NOW).name.endswith("-2")


def test_read_missing_file(tmp_path: Path) -> None:
    result = read_or_set_aside(tmp_path / "missing.json", _parse, "settings")
    assert result.value is None and not result.problems and not result.protect
    assert read_or_set_aside(tmp_path / "no" / "x.json", _parse, "settings").problems == []


def test_read_good_file(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_text('{"a": 1}')
    assert read_or_set_aside(target, _parse, "settings").value == {"a": 1}


@pytest.mark.parametrize(
    "content",
    [b'{"a": 1', b"\xff\xfe\x00garbage\x80", b"", b"[1, 2", b"x" * (2 * 1024 * 1024)],
    ids=["truncated", "random-bytes", "empty", "truncated-list", "too-large"],
)
def test_bad_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(content)
    result = read_or_set_aside(target, _parse, "settings", now=NOW)
    assert result.value is None
    assert result.backup == tmp_path / "settings.json.corrupt-20240501-073005"
    assert result.backup.read_bytes() == content
    assert not target.exists()
    assert result.problems
    assert (
        str(target) in result.problems[0].english()
        and result.backup.name in result.problems[0].english()
    )


def test_parse_type_errors_count_as_damage(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_text("[]")

    def parse(data: bytes) -> dict[str, object]:
        return dict(json.loads(data)["key"])

    result = read_or_set_aside(target, parse, "settings")
    assert result.backup is not None and result.backup.read_text() == "[]"


def test_unreadable_file_is_left_alone_and_protected(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.mkdir()  # a folder where the file should be: reading fails with EISDIR
    result = read_or_set_aside(target, _parse, "settings")
    assert result.value is None and result.protect
    assert result.problems and str(target) in result.problems[0].english()
    assert target.is_dir()


def test_damaged_file_that_cannot_be_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"{broken")

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    real_open = os.open

    def open_for_reading_only(path: str, flags: int, *args: int) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            refuse()
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "open", open_for_reading_only)
    result = read_or_set_aside(target, _parse, "settings")
    assert result.protect and result.backup is None
    assert result.problems and "could not be moved aside" in result.problems[0].english()
    assert "read-only" in result.problems[0].english()
    assert target.read_bytes() == b"{broken"
