"""A real session in a child process is killed with SIGKILL mid-phase; the next start finds it.

The child runs a real :class:`Session` on the real monotonic clock (1-second phases) and
updates a :class:`SessionJournal` at each PhaseStarted, as the app does. The parent kills it in
the middle of the first phase of round 2 and then recovers like the app's next start.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from retrocoach.storage.history import HistoryStore
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import time
    from datetime import datetime

    from retrocoach.core.session import PhaseStarted, Session, State
    from retrocoach.core.workout import Direction, Pace, Phase, Workout
    from retrocoach.storage.history import record_from_session
    from retrocoach.storage.journal import SessionJournal
    from retrocoach.storage.paths import DataPaths

    B, F = Direction.BACKWARD, Direction.FORWARD
    workout = Workout(
        id="kill-test",
        name="Kill test",
        description="1-second phases",
        warm_up=(Phase("Walk backwards", B, Pace.WALK, 1),),
        round=(Phase("Jog backwards", B, Pace.JOG, 1), Phase("Walk forwards", F, Pace.WALK, 1)),
        cool_down=(Phase("Walk backwards", B, Pace.WALK, 1),),
        default_rounds=3,
    )
    plan = workout.plan(3, lead_in_seconds=0)
    session = Session(plan)  # the real monotonic clock
    journal = SessionJournal(DataPaths.default())
    started_at = datetime.now()
    assert journal.begin(workout.id, workout.name, plan.rounds, started_at) == []

    def on_event(event):
        if isinstance(event, PhaseStarted):
            assert journal.update_from(session) == []
            print("phase", event.phase.index, event.phase.round, flush=True)

    session.subscribe(on_event)
    session.start()
    while session.state is not State.FINISHED:
        wakeup = session.next_wakeup()
        if wakeup is not None:
            time.sleep(max(0.0, wakeup - time.monotonic()))
        session.update()
    journal.finish(record_from_session(session, started_at))
    print("finished", flush=True)
    """
)


def _read_line(process: subprocess.Popen[str], deadline: float) -> str:
    assert process.stdout is not None
    while True:
        remaining = deadline - time.monotonic()
        assert remaining > 0, "the child session did not reach round 2 in time"
        ready, _, _ = select.select([process.stdout], [], [], remaining)
        if ready:
            line = process.stdout.readline()
            assert line, f"the child ended early: {process.wait()}"
            return line.strip()


def test_sigkill_mid_phase_leaves_an_interrupted_record(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "RETROCOACH_HOME": str(tmp_path),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 20
        seen = []
        while True:
            seen.append(_read_line(process, deadline))
            if seen[-1] == "phase 3 2":  # the first phase of round 2 has started
                break
        time.sleep(0.5)  # the middle of that 1-second phase
        assert process.poll() is None
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stdout is not None
        process.stdout.close()
    assert seen == ["phase 0 None", "phase 1 1", "phase 2 1", "phase 3 2"]

    paths = DataPaths.under(tmp_path)
    assert paths.journal_file.exists()
    journal = json.loads(paths.journal_file.read_text())
    assert journal["rounds_done"] == 1

    history = HistoryStore(paths)
    record = SessionJournal(paths, history).recover()  # what the app does at the next start
    assert record is not None
    assert record.outcome == "interrupted"
    assert (record.workout_id, record.workout_name) == ("kill-test", "Kill test")
    assert (record.rounds_planned, record.rounds_done) == (3, 1)
    assert 2.9 <= record.active_seconds <= 3.6  # warm-up + round 1, at round 2's start
    assert 1.9 <= record.backward_seconds <= 2.6
    assert history.load() == ([record], [])
    assert not paths.journal_file.exists()
    # the start after that finds nothing more to recover: recorded exactly once
    assert SessionJournal(paths).recover() is None
    assert HistoryStore(paths).load() == ([record], [])
