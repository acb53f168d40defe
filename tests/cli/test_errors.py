"""One error family for users (item 19): every RetrocoachError ends a command as one line with
its fix and exit status 1, never a traceback."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from retrocoach.cli import data, main
from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import text
from retrocoach.core.workout import WorkoutError
from retrocoach.speech.engine import EngineUnavailable, SpeechError
from retrocoach.storage.files import StorageError


def test_the_user_facing_errors_are_one_family() -> None:
    for error in (
        WorkoutError("a.json", "rounds", "must be a whole number from 1 to 50, got 0"),
        StorageError("Cannot save x: the disk is full.", Path("x")),
        EngineUnavailable(text("speech", "no engine"), text("speech", "install espeak-ng")),
    ):
        assert isinstance(error, RetrocoachError)
    assert WorkoutError("a.json", "rounds", "bad").file == "a.json"
    assert StorageError("Cannot save x.", Path("/d/x")).file == "/d/x"
    assert issubclass(SpeechError, RetrocoachError)


def test_an_error_no_handler_expected_is_one_line_with_its_fix(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def history(_args: argparse.Namespace) -> int:  # the injected fault
        raise RetrocoachError("The history is locked.", fix="close the other program")

    monkeypatch.setattr(data, "history", history)
    assert main(["history"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "retrocoach: The history is locked. Fix: close the other program"
    ]
    assert "Traceback" not in captured.err


def test_a_command_never_moves_the_users_damaged_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hostile trial: `retrocoach check` renamed a damaged settings.json; commands only look
    (the app keeps a copy when it opens)."""
    home = tmp_path / "home"
    monkeypatch.setenv("RETROCOACH_HOME", str(home))
    settings = home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b'{"version": 1, "voice": ')
    assert main(["plan", "--workout", "beginner", "--rounds", "1"]) == 0
    assert settings.read_bytes() == b'{"version": 1, "voice": '
    assert sorted(p.name for p in settings.parent.iterdir()) == ["settings.json"]
    assert "damaged" in capsys.readouterr().err
