"""Fixtures for the storage tests: a private RETROCOACH_HOME per test, sample workouts."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from retrocoach.core.workout import Direction, Pace, Phase, Workout
from retrocoach.storage.paths import DataPaths


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """Everything under tmp_path/home, also for code that calls DataPaths.default()."""
    home = tmp_path / "home"
    monkeypatch.setenv("RETROCOACH_HOME", str(home))
    return DataPaths.default()


def make_workout(workout_id: str = "my-intervals", name: str = "My intervals") -> Workout:
    return Workout(
        id=workout_id,
        name=name,
        description="Test workout",
        warm_up=(Phase("Walk backwards", Direction.BACKWARD, Pace.WALK, 60),),
        round=(
            Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 30),
            Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 30),
        ),
        cool_down=(),
        default_rounds=3,
    )


@pytest.fixture
def read_only_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Fault injection: renames, deletions and files opened for writing fail with EROFS.

    (Tests run as root, where chmod 0o555 does not stop writes.) Call the yielded function to
    make the disk writable again.
    """
    real = {name: getattr(os, name) for name in ("replace", "open", "unlink", "remove")}
    real_open = open

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    def guarded_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if any(flag in mode for flag in "wax+"):
            refuse()
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    def guarded_os_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            refuse()
        return int(real["open"](path, flags, *args, **kwargs))

    def heal() -> None:
        for name, function in real.items():
            monkeypatch.setattr(os, name, function)
        monkeypatch.setattr("builtins.open", real_open)

    for name in ("replace", "unlink", "remove"):
        monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(os, "open", guarded_os_open)
    monkeypatch.setattr("builtins.open", guarded_open)
    yield heal
    heal()
