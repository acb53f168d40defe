"""The history records and clock the history and journal tests share."""

from __future__ import annotations

import errno
from dataclasses import replace
from pathlib import Path

from retrocoach.storage.files import StorageError
from retrocoach.storage.history import (
    SessionRecord,
)

START = "2024-05-01T07:30:00+02:00"


def a_record(
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


def erofs(path: Path, _line: str) -> None:
    raise StorageError(f"Cannot save {path}: the disk is read-only.", path, errno.EROFS)
