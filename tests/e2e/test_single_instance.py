"""One running app per data folder: a second start raises the first window and exits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from retrocoach.storage.paths import INSTANCE_LOCK_NAME as LOCK_FILE_NAME
from tests.e2e.test_kill_app import read_json, wait_for
from tests.e2e.test_signals import prepare, speech_workers, start_app

READ_ONLY_COMMANDS = [["plan", "--workout", "kill-me"], ["workouts"], ["history"], ["voices"]]


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RETROCOACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "retrocoach", *args],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_a_second_start_raises_the_running_window_and_records_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = prepare(home)
    check_before = run_cli(home, "check").returncode
    first = start_app(home, "--workout", "kill-me", "--rounds", "3", "--start")  # 12 s
    try:
        journal = wait_for(
            lambda: read_json(paths.journal_file), timeout=30, what="the first app's journal"
        )
        second = run_cli(home)
        assert second.returncode == 0, second.stderr
        (line,) = second.stdout.splitlines()
        assert line.startswith("retrocoach is already running") and str(first.pid) in line
        with_options = run_cli(home, "--workout", "beginner", "--start")
        assert with_options.returncode == 0, with_options.stderr
        assert with_options.stdout.splitlines()[1:] == [
            "Not applied to it: --workout beginner --start (choose them in its window)."
        ]
        for command in READ_ONLY_COMMANDS:
            done = run_cli(home, *command)
            assert done.returncode == 0, (command, done.stderr)
            assert "already running" not in done.stdout + done.stderr
        assert run_cli(home, "check").returncode == check_before
        assert first.poll() is None, "the running app must not be disturbed"
        assert read_json(paths.journal_file) is not None, "the live journal must stay"
        assert not paths.history_file.exists(), "nobody may record the live session"
        log = (paths.log_dir / "retrocoach.log").read_text("utf-8")
        assert "a second start asked for the window" in log
        wait_for(paths.history_file.exists, timeout=30, what="the session to complete")
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
    (record,) = [json.loads(text) for text in paths.history_file.read_text("utf-8").splitlines()]
    assert record["outcome"] == "completed"
    assert record["started_at"] == journal["started_at"]
    assert not paths.journal_file.exists()


def hold_the_lock(data: Path, seconds: float) -> subprocess.Popen[bytes]:
    """A process that holds the lock without answering (an app still starting, or hung)."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from retrocoach.desktop.single_instance import SingleInstance\n"
        f"instance = SingleInstance(Path({str(data / LOCK_FILE_NAME)!r}))\n"
        "assert instance.acquire().value == 'owned'\n"
        "print('locked', flush=True)\n"
        f"time.sleep({seconds})\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
    return holder


def lock_owner(data: Path) -> int | None:
    try:
        return int((data / "retrocoach.lock").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def test_a_start_that_finds_a_silent_owner_waits_then_says_so(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = prepare(home)
    holder = hold_the_lock(paths.data_dir, 60)
    try:
        second = run_cli(home)
    finally:
        holder.kill()
        holder.wait(10)
    assert second.returncode == 1 and second.stdout == ""
    (line,) = second.stderr.splitlines()
    assert f"(pid {holder.pid}) but did not answer" in line


def test_a_start_opens_its_window_once_the_owner_has_quit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = prepare(home)
    holder = hold_the_lock(paths.data_dir, 2)
    app = start_app(home)
    try:
        holder.wait(10)
        wait_for(lambda: lock_owner(paths.data_dir) == app.pid, timeout=20, what="the lock")
        wait_for(lambda: speech_workers(app.pid), timeout=30, what="the window's voice")
        assert app.poll() is None
        app.send_signal(signal.SIGTERM)
        assert app.wait(10) == 128 + signal.SIGTERM
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
