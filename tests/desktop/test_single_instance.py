"""The single-instance lock and server, with real lock files, sockets and processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.desktop.single_instance import (
    Ownership,
    SingleInstance,
    server_name,
)
from retrocoach.storage.paths import INSTANCE_LOCK_NAME as LOCK_FILE_NAME
from tests.storage.read_only import read_only_mount


def python(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_a_second_instance_finds_the_lock_taken(tmp_path: Path, qtbot: QtBot) -> None:
    first = SingleInstance(tmp_path / "data" / LOCK_FILE_NAME)
    assert first.acquire() is Ownership.OWNED
    try:
        second = SingleInstance(tmp_path / "data" / LOCK_FILE_NAME)
        assert second.acquire() is Ownership.TAKEN
        assert second.owner_pid() == os.getpid()
        other = SingleInstance(
            tmp_path / "other-data" / LOCK_FILE_NAME
        )  # another data folder: its own app
        assert other.acquire() is Ownership.OWNED
        assert other.name != first.name
        other.release()
    finally:
        first.release()
    assert not (tmp_path / "data" / LOCK_FILE_NAME).exists()
    again = SingleInstance(tmp_path / "data" / LOCK_FILE_NAME)
    assert again.acquire() is Ownership.OWNED
    again.release()


def test_a_second_start_asks_the_running_one_to_raise_its_window(
    tmp_path: Path, qtbot: QtBot
) -> None:
    running = SingleInstance(tmp_path / "data" / LOCK_FILE_NAME)
    assert running.acquire() is Ownership.OWNED
    running.listen()
    try:
        with qtbot.waitSignal(running.raise_requested, timeout=10_000):
            client = python(
                "from retrocoach.desktop.single_instance import ask_running_app_to_raise\n"
                f"print(ask_running_app_to_raise({running.name!r}))"
            )
            qtbot.waitUntil(lambda: client.poll() is not None, timeout=10_000)
        out, err = client.communicate()
        assert client.returncode == 0, err
        assert out.strip() == str(os.getpid())
    finally:
        running.release()


def test_a_stale_lock_left_by_a_killed_app_does_not_block_the_next_start(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    killed = python(
        "import os, signal\n"
        "from pathlib import Path\n"
        "from retrocoach.desktop.single_instance import SingleInstance\n"
        f"instance = SingleInstance(Path({str(data / LOCK_FILE_NAME)!r}))\n"
        "assert instance.acquire().value == 'owned'\n"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    killed.communicate(timeout=30)
    assert killed.returncode == -9
    assert (data / LOCK_FILE_NAME).exists(), "the killed app's lock is left behind"
    after = SingleInstance(data / LOCK_FILE_NAME)
    assert after.acquire() is Ownership.OWNED
    assert after.owner_pid() is None or after.owner_pid() == os.getpid()
    after.release()


def test_an_unusable_data_folder_runs_without_the_lock(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    instance = SingleInstance(tmp_path / "file" / "data")
    assert instance.acquire() is Ownership.UNAVAILABLE


def test_the_server_name_depends_on_the_folder_not_its_spelling(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    assert server_name(tmp_path / "data") == server_name(tmp_path / "." / "data")
    assert server_name(tmp_path / "data") != server_name(tmp_path / "data2")


def test_a_lock_from_another_machine_or_an_empty_one_is_taken_over(tmp_path: Path) -> None:
    """Qt alone would keep these for ever (it can check a pid on this machine only)."""
    data = tmp_path / "data"
    data.mkdir()
    lock = data / LOCK_FILE_NAME
    lock.write_text(f"{os.getpid()}\npython3\nanother-machine\n")  # a live pid, elsewhere
    instance = SingleInstance(data / LOCK_FILE_NAME)
    assert instance.acquire() is Ownership.OWNED
    instance.release()

    lock.write_bytes(b"")  # a power cut while the lock was written
    old = time.time() - 60
    os.utime(lock, (old, old))
    instance = SingleInstance(data / LOCK_FILE_NAME)
    assert instance.acquire() is Ownership.OWNED
    instance.release()


def test_a_lock_being_written_right_now_is_left_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / LOCK_FILE_NAME).write_bytes(b"")
    assert SingleInstance(data / LOCK_FILE_NAME).acquire() is Ownership.TAKEN


def test_a_stale_lock_whose_pid_is_now_another_python_is_taken_over(
    tmp_path: Path,
) -> None:
    """Issue 17 item 9: a stale lock whose pid now belongs to another Python blocked every
    start (Qt compares only the program's name: python is python). A killed app's real lock,
    its pid then given to a live Python that is not retrocoach, as a reused pid would be."""
    data = tmp_path / "data"
    killed = python(
        "import os, signal\n"
        "from pathlib import Path\n"
        "from retrocoach.desktop.single_instance import SingleInstance\n"
        f"instance = SingleInstance(Path({str(data / LOCK_FILE_NAME)!r}))\n"
        "assert instance.acquire().value == 'owned'\n"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    killed.communicate(timeout=30)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        lock = data / LOCK_FILE_NAME
        _pid, rest = lock.read_text().split("\n", 1)
        lock.write_text(f"{other.pid}\n{rest}")
        instance = SingleInstance(lock)
        assert instance.acquire() is Ownership.OWNED
        instance.release()
    finally:
        other.kill()
        other.wait(timeout=30)


def test_a_read_only_data_folder_still_allows_one_app_only(tmp_path: Path) -> None:
    """Issue 17 item 9: with the data folder read-only (a real read-only mount), the lock
    could not be written and a second window opened. The spare lock keeps it to one."""
    data, spare = tmp_path / "data", tmp_path / "spare" / "instance.lock"
    with read_only_mount(data):
        first = SingleInstance(data / LOCK_FILE_NAME, spare)
        assert first.acquire() is Ownership.OWNED
        try:
            assert first.lock_path == spare
            second = SingleInstance(data / LOCK_FILE_NAME, spare)
            assert second.acquire() is Ownership.TAKEN
            assert second.name == first.name  # the same data folder: raise the first window
        finally:
            first.release()
    assert oct(spare.parent.stat().st_mode & 0o777) == "0o700"


def test_a_lock_held_by_an_app_that_does_not_answer_is_named(
    tmp_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 17 item 9: the message did not name the lock file to remove."""
    from retrocoach.ui.app import _raise_running_app

    lock = tmp_path / "data" / LOCK_FILE_NAME
    holder = python(
        "import time\n"
        "from pathlib import Path\n"
        "from retrocoach.desktop.single_instance import SingleInstance\n"
        f"instance = SingleInstance(Path({str(lock)!r}))\n"
        "print(instance.acquire().value, flush=True); time.sleep(120)"  # never listens
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "owned"
        instance = SingleInstance(lock)
        assert instance.acquire() is Ownership.TAKEN
        assert _raise_running_app(instance) == 1
        assert f"Its lock is {lock}: if no retrocoach runs, remove that file." in (
            capsys.readouterr().err
        )
    finally:
        holder.kill()
        holder.communicate(timeout=30)
