"""SIGKILL the real app mid-session; the next start records the session as interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from retrocoach.storage.paths import DataPaths
from tests.briefing_flag import mark_briefing_given

KILL_WORKOUT = {
    "version": 1, "id": "kill-me", "name": "Kill test", "default_rounds": 6,
    "round": [
        {"name": "Jog backwards", "direction": "backward", "pace": "jog", "seconds": 2},
        {"name": "Walk forwards", "direction": "forward", "pace": "walk", "seconds": 2},
    ],
}  # fmt: skip


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def start_app(home: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "RETROCOACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "retrocoach", *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_sigkill_mid_phase_leaves_an_interrupted_record(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = DataPaths.under(home)
    mark_briefing_given(home)
    paths.workouts_dir.mkdir(parents=True, exist_ok=True)
    (paths.workouts_dir / "kill-me.json").write_text(json.dumps(KILL_WORKOUT), "utf-8")
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({"lead_in_seconds": 0, "muted": True}), "utf-8")

    first = start_app(home, "--workout", "kill-me", "--rounds", "6", "--start")
    try:
        journal = wait_for(
            lambda: (j := read_json(paths.journal_file)) and j["rounds_done"] >= 2 and j,
            timeout=30,
            what="the journal to show two rounds done",
        )
        time.sleep(0.5)  # the middle of a 2 s phase
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == -signal.SIGKILL
    assert paths.journal_file.exists(), "the journal must survive the kill"
    assert not paths.history_file.exists()

    assert (paths.data_dir / "retrocoach.lock").exists(), "the killed app's lock is stale"
    second = start_app(home)
    try:
        line = wait_for(
            lambda: paths.history_file.exists() and paths.history_file.read_text("utf-8"),
            timeout=30,
            what="the interrupted record",
        )
        assert second.poll() is None, "a stale lock must not stop the next start"
    finally:
        second.terminate()
        second.wait(timeout=10)
    (record,) = [json.loads(text) for text in line.splitlines()]
    assert record["workout_id"] == "kill-me"
    assert record["outcome"] == "interrupted"
    assert record["rounds_planned"] == 6
    assert record["rounds_done"] == journal["rounds_done"]
    assert record["active_seconds"] >= 8
    assert not paths.journal_file.exists()
