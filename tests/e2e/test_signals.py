"""The real app ends cleanly on SIGINT and SIGTERM, and its speech worker never outlives it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrocoach.storage.paths import DataPaths
from tests.briefing_flag import mark_briefing_given
from tests.e2e.test_kill_app import KILL_WORKOUT, read_json, wait_for

#: SIGINT and SIGTERM must end the app within this many seconds.
END_WITHIN = 2.0


def prepare(home: Path) -> DataPaths:
    paths = DataPaths.under(home)
    mark_briefing_given(home)
    paths.workouts_dir.mkdir(parents=True, exist_ok=True)
    (paths.workouts_dir / "kill-me.json").write_text(json.dumps(KILL_WORKOUT), "utf-8")
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({"lead_in_seconds": 0, "muted": True}), "utf-8")
    return paths


def start_app(home: Path, *args: str, **env: str) -> subprocess.Popen[bytes]:
    full_env = {**os.environ, "RETROCOACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.Popen(
        [sys.executable, "-m", "retrocoach", *args],
        env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def process_state(pid: int) -> str | None:
    """The process's state letter from /proc (None: no such process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def gone(pid: int) -> bool:
    """Ended (a zombie counts: it has exited, only its parent has not reaped it yet)."""
    return process_state(pid) in (None, "Z")


def speech_workers(parent: int) -> list[int]:
    """The `retrocoach.speech.worker` children of `parent` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and b"retrocoach.speech.worker" in command:
            found.append(int(entry.name))
    return found


def wait_for_a_round(paths: DataPaths) -> None:
    """Until the running session's journal has a round done."""
    wait_for(
        lambda: (j := read_json(paths.journal_file)) and j["rounds_done"] >= 1,
        timeout=30,
        what="a round done",
    )


def stop_all(app: subprocess.Popen[bytes], workers: list[int]) -> None:
    if app.poll() is None:
        app.kill()
        app.wait(10)
    for pid in workers:
        if not gone(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_ends_the_app_within_2_s_and_records_a_stopped_session(
    tmp_path: Path, signum: signal.Signals
) -> None:
    paths = prepare(tmp_path / "home")
    app = start_app(tmp_path / "home", "--workout", "kill-me", "--rounds", "6", "--start")
    workers: list[int] = []
    try:
        wait_for_a_round(paths)
        workers = wait_for(lambda: speech_workers(app.pid), timeout=30, what="the speech worker")
        sent = time.monotonic()
        app.send_signal(signum)
        app.wait(timeout=10)
        took = time.monotonic() - sent
        wait_for(lambda: all(gone(pid) for pid in workers), timeout=5, what="the worker to end")
    finally:
        stop_all(app, workers)
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert app.returncode == 128 + signum, stderr[-2000:]
    assert took < END_WITHIN, f"took {took:.2f} s"
    (line,) = paths.history_file.read_text("utf-8").splitlines()
    record = json.loads(line)
    assert record["workout_id"] == "kill-me" and record["outcome"] == "stopped"
    assert record["active_seconds"] >= 4
    assert not paths.journal_file.exists()
    assert "Traceback" not in stderr, stderr[-2000:]


def test_a_hung_speech_worker_does_not_outlive_a_killed_app(tmp_path: Path) -> None:
    """SIGKILL of the app while its worker is stuck in the engine: the worker ends too."""
    prepare(tmp_path / "home")
    app = start_app(
        tmp_path / "home",
        "--workout", "kill-me", "--start",
        RETROCOACH_SPEECH_ENGINE="tests.e2e.hung_engine:make_engine",
    )  # fmt: skip
    workers: list[int] = []
    try:
        workers = wait_for(lambda: speech_workers(app.pid), timeout=30, what="the speech worker")
        time.sleep(1.5)  # the worker is now inside a render that hangs
        assert not gone(workers[0])
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        wait_for(lambda: all(gone(pid) for pid in workers), timeout=3, what="the worker to end")
    finally:
        stop_all(app, workers)


def test_a_kill_during_the_lead_in_records_nothing(tmp_path: Path) -> None:
    """Nothing done, nothing recorded: as a stop in the lead-in (#8 item 10)."""
    home = tmp_path / "home"
    paths = prepare(home)
    paths.settings_file.write_text(json.dumps({"lead_in_seconds": 10, "muted": True}), "utf-8")
    first = start_app(home, "--workout", "kill-me", "--start")
    workers: list[int] = []
    try:
        workers = wait_for(lambda: speech_workers(first.pid), timeout=30, what="the first app")
        time.sleep(1.0)  # in the lead-in
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        stop_all(first, workers)
    assert not paths.journal_file.exists()
    second = start_app(home)
    try:
        workers = wait_for(lambda: speech_workers(second.pid), timeout=30, what="the next start")
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=10)
    finally:
        stop_all(second, workers)
    assert not paths.history_file.exists(), "a 0:00 session was recorded"


def test_a_session_the_disk_refuses_at_a_signal_is_printed_not_promised(tmp_path: Path) -> None:
    """The hostile trial: on a read-only data folder SIGTERM said the session would "be saved
    when the disk can be written", as the app exited and lost it. Now the record is printed,
    ready to be added to the history by hand."""
    paths = prepare(tmp_path / "home")
    paths.history_file.mkdir()  # the history cannot be appended to (root ignores chmod)
    app = start_app(tmp_path / "home", "--workout", "kill-me", "--rounds", "6", "--start")
    workers: list[int] = []
    try:
        wait_for_a_round(paths)
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=10)
    finally:
        stop_all(app, workers)
    stderr = app.stderr.read().decode() if app.stderr else ""
    assert app.returncode == 128 + signal.SIGTERM, stderr[-2000:]
    assert "will be saved when" not in stderr
    assert f"are lost unless you add these lines to {paths.history_file}" in stderr
    record = json.loads(stderr.strip().splitlines()[-1])
    assert record["workout_id"] == "kill-me" and record["outcome"] == "stopped"
    assert paths.journal_file.exists()  # the durable trace stays for the next start
