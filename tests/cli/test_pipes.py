"""Every command behaves like a Unix tool in a pipe (issue 8, item 15).

``retrocoach voices | head -1`` used to end with a BrokenPipeError traceback. The reader here
is gone before the command writes anything, so every write fails: the command must end
quietly with status 141 (128 + SIGPIPE), as ``yes | head -1`` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from retrocoach.cli.pipes import EXIT_BROKEN_PIPE
from tests.cli.run import environment, retrocoach, retrocoach_into_closed_pipe

COMMANDS = [
    ["workouts"],
    ["plan"],
    ["plan", "--json", "--rounds", "50"],
    ["history"],
    ["history", "--csv"],
    ["voices"],
    ["check"],
    ["--help"],
    ["plan", "--help"],
    ["--version"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_closed_pipe_ends_the_command_quietly(args: list[str]) -> None:
    result = retrocoach_into_closed_pipe(*args)
    assert "Traceback" not in result.err
    assert "BrokenPipeError" not in result.err
    assert result.err == ""
    if "--help" in args or "--version" in args:  # argparse drops what it cannot write
        assert result.status in (0, EXIT_BROKEN_PIPE)
    else:
        assert result.status == EXIT_BROKEN_PIPE


def test_import_and_export_into_a_closed_pipe(tmp_path: Path) -> None:
    exported = tmp_path / "beginner.json"
    result = retrocoach_into_closed_pipe("export", "beginner", exported)
    assert (result.status, result.err) == (EXIT_BROKEN_PIPE, "")
    assert json.loads(exported.read_text())["id"] == "beginner"
    data = json.loads(exported.read_text()) | {"id": "mine", "name": "Mine"}
    source = tmp_path / "mine.json"
    source.write_text(json.dumps(data))
    result = retrocoach_into_closed_pipe("import", source)
    assert (result.status, result.err) == (EXIT_BROKEN_PIPE, "")
    assert "mine" in retrocoach("workouts").out


def test_say_to_a_file_into_a_closed_pipe(tmp_path: Path) -> None:
    out = tmp_path / "hi.wav"
    result = retrocoach_into_closed_pipe("say", "Chest up", "--to-file", out)
    assert (result.status, result.err) == (EXIT_BROKEN_PIPE, "")
    assert out.stat().st_size > 1000


def test_an_open_pipe_still_gets_everything() -> None:
    result = retrocoach("plan", "--json")
    assert result.status == 0
    assert json.loads(result.out)["workout"] == "beginner"


def test_a_full_disk_behind_stdout_is_one_line_not_a_traceback() -> None:
    """`retrocoach workouts > /dev/full` (a backup to a full disk) gave an OSError traceback."""
    with open("/dev/full", "wb") as full:  # Linux: every write fails with ENOSPC
        done = subprocess.run(
            [sys.executable, "-m", "retrocoach", "workouts"],
            stdout=full,
            stderr=subprocess.PIPE,
            env=environment(),
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "retrocoach: cannot write the output: No space left on device"
    ]


def test_a_closed_stdout_is_not_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "retrocoach", "workouts"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment(),
        timeout=60,
        check=False,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
