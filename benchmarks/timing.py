"""Phase-boundary timing of the real Qt driver, against a naive counting QTimer.

Run by hand::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timing.py --seconds 600
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timing.py --smoke   # a few seconds

It runs, side by side in one event loop, (1) the app's SessionDriver over compressed plans
of many short phases and (2) the classic naive timer: a 1000 ms QTimer that decrements a
counter. For every phase boundary it measures how late it was handled against its deadline
on the monotonic clock. A plan holds at most 50 rounds (300 s here), so a longer run chains
sessions back to back, each with a fresh driver, until `--seconds` are covered; the naive
timer counts through all of them without a break. Then it runs the real main window alone
over the beginner workout, measures the process's CPU use, stops the session and closes the
window. Prints one JSON line; targets: p99 <= 10 ms, max <= 30 ms, end-of-run drift
<= 10 ms, CPU < 2 % of one core (reported under "targets", not enforced: the exit status is
0 when every figure was measured, 1 when the run was incomplete). A hard timeout (the
expected length plus a margin) ends a stuck run with every thread's stack and status 1.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from retrocoach.core.session import Outcome, State
from retrocoach.core.workout import MAX_ROUNDS, Direction, Pace, Phase, Plan, Workout
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow

SHAPES = (
    Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 2),
    Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 1),
    Phase("Run backwards", Direction.BACKWARD, Pace.RUN, 3),
)
ROUND_SECONDS = sum(phase.seconds for phase in SHAPES)
#: The longest compressed plan (50 rounds); longer runs chain sessions.
SESSION_CAP_SECONDS = MAX_ROUNDS * ROUND_SECONDS
#: Added to the expected length for the hard timeout.
TIMEOUT_MARGIN_S = 60


def compressed_plan(seconds: int) -> Plan:
    """Phases of 2, 1 and 3 s, as many whole rounds as fit in `seconds` (1 to 50)."""
    rounds = max(1, min(MAX_ROUNDS, seconds // ROUND_SECONDS))
    return Workout("bench", "Benchmark", "", (), SHAPES, (), rounds).plan(rounds, 0)


def session_plans(seconds: int) -> list[Plan]:
    """Back-to-back plans covering at least `seconds` (each at most SESSION_CAP_SECONDS)."""
    plans: list[Plan] = []
    left = max(seconds, ROUND_SECONDS)
    while left > 0:
        plan = compressed_plan(min(left, SESSION_CAP_SECONDS))
        plans.append(plan)
        left -= plan.total_seconds
    return plans


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


class NaiveTimer:
    """The classic mistake: a 1 s QTimer decrementing a counter; records each boundary.

    ``boundaries`` holds (seconds since the start, lateness in seconds) per boundary; a
    negative lateness means the counter reached the boundary early.
    """

    def __init__(self, durations: list[int]) -> None:
        self.durations = durations
        self.index = 0
        self.left = self.durations[0]
        self.start = time.monotonic()
        self.deadline = self.start + self.left
        self.boundaries: list[tuple[float, float]] = []
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def begin(self) -> None:
        self.start = time.monotonic()
        self.deadline = self.start + self.durations[0]
        self.timer.start()

    def tick(self) -> None:
        self.left -= 1
        if self.left > 0:
            return
        now = time.monotonic()
        self.boundaries.append((self.deadline - self.start, now - self.deadline))
        self.index += 1
        if self.index >= len(self.durations):
            self.timer.stop()
            return
        self.left = self.durations[self.index]
        self.deadline += self.left


def spin(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def run_session(plan: Plan) -> tuple[list[float], float | None]:
    """One session on a fresh driver: (lateness of each boundary in ms, end drift in ms)."""
    driver = SessionDriver()
    driver.load(plan)
    loop = QEventLoop()
    finished_at: list[float] = []

    def on_finished(_outcome: Outcome) -> None:
        finished_at.append(time.monotonic())
        loop.quit()

    driver.finished.connect(on_finished)
    driver.start()
    assert driver.session is not None
    end_deadline = driver.session.clock_time_at(float(plan.total_seconds))
    assert end_deadline is not None
    QTimer.singleShot(int((plan.total_seconds + 3) * 1000), loop.quit)
    loop.exec()
    late = [(handled - deadline) * 1000 for _i, deadline, handled in driver.boundary_log]
    drift = (finished_at[0] - end_deadline) * 1000 if finished_at else None
    return late, drift


def measure_boundaries(seconds: int) -> dict[str, Any]:
    plans = session_plans(seconds)
    naive = NaiveTimer([p.seconds for plan in plans for p in plan.phases])
    naive.begin()
    late: list[float] = []
    drifts: list[float] = []
    for plan in plans:
        session_late, drift = run_session(plan)
        late += session_late
        if drift is not None:
            drifts.append(drift)
    for _ in range(30):  # the naive counter may still be a tick or two short of its end
        if not naive.timer.isActive():
            break
        spin(100)
    naive.timer.stop()
    result: dict[str, Any] = {
        "seconds": sum(plan.total_seconds for plan in plans),
        "sessions": len(plans),
        "sessions_finished": len(drifts),
        "phases": sum(len(plan.phases) for plan in plans),
        "boundaries": len(late),
    }
    if late:
        result.update(
            p50_ms=round(statistics.median(late), 2),
            p99_ms=round(percentile(late, 99), 2),
            max_ms=round(max(late), 2),
        )
    if drifts:
        worst = max(drifts, key=abs)
        result.update(drift_ms=round(worst, 2), drift_ms_last=round(drifts[-1], 2))
    if len(naive.boundaries) >= 2:
        at = [t / 60 for t, _ in naive.boundaries]
        naive_ms = [x * 1000 for _, x in naive.boundaries]
        tenth = max(1, len(naive_ms) // 10)
        slope = statistics.linear_regression(at, naive_ms).slope
        result["naive"] = {
            "boundaries": len(naive_ms),
            "p50_ms": round(statistics.median(naive_ms), 2),
            "min_ms": round(min(naive_ms), 2),
            "max_ms": round(max(naive_ms), 2),
            "first_tenth_mean_ms": round(statistics.fmean(naive_ms[:tenth]), 2),
            "last_tenth_mean_ms": round(statistics.fmean(naive_ms[-tenth:]), 2),
            "last_ms": round(naive_ms[-1], 2),
            "slope_ms_per_min": round(slope, 3),
        }
    return result


def measure_cpu(seconds: int) -> dict[str, Any]:
    """Percent of one core used by the real main window running the beginner workout.

    The session is stopped before the window closes: closing mid-session asks the user
    first, and nobody would answer. Should a question still come up, it is dismissed and
    reported (``modal``), and the run counts as incomplete.
    """
    library = WorkoutLibrary()
    driver = SessionDriver()
    window = MainWindow(library, driver)
    window.resize(1280, 800)
    window.show()
    driver.load(library.get("beginner").plan(4, 0))
    driver.start()
    spin(500)  # settle the first paints before measuring
    cpu0, wall0 = time.process_time(), time.monotonic()
    spin(seconds * 1000)
    cpu = (time.process_time() - cpu0) / (time.monotonic() - wall0) * 100
    running = driver.state is State.RUNNING
    modal: list[str] = []

    def dismiss_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            modal.append(dialog.windowTitle() or type(dialog).__name__)
            dialog.close()

    driver.stop()
    QTimer.singleShot(1000, dismiss_modal)  # runs inside a modal's own event loop, if any
    window.close()
    spin(50)
    return {
        "cpu_percent": round(cpu, 2),
        "cpu_seconds": seconds,
        "was_running": running,
        "closed": not window.isVisible(),
        "modal": modal,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of the timing run")
    parser.add_argument("--cpu-seconds", type=int, default=20, help="length of the CPU run")
    parser.add_argument(
        "--smoke", action="store_true", help="a few seconds only: --seconds 6 --cpu-seconds 2"
    )
    args = parser.parse_args()
    if args.smoke:
        args.seconds, args.cpu_seconds = 6, 2
    if args.seconds < 1 or args.cpu_seconds < 1:
        parser.error("--seconds and --cpu-seconds must be at least 1")
    budget = args.seconds + 3 * len(session_plans(args.seconds)) + args.cpu_seconds
    faulthandler.dump_traceback_later(budget + TIMEOUT_MARGIN_S, exit=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    result = measure_boundaries(args.seconds)
    result.update(measure_cpu(args.cpu_seconds))
    result["qt_platform"] = QApplication.platformName()
    complete = (
        result["boundaries"] > 0
        and result["sessions_finished"] == result["sessions"]
        and "naive" in result
        and result["was_running"]
        and result["closed"]
        and not result["modal"]
    )
    if complete:
        result["targets"] = {
            "boundary_p99_le_10ms": result["p99_ms"] <= 10,
            "boundary_max_le_30ms": result["max_ms"] <= 30,
            "drift_le_10ms": abs(result["drift_ms"]) <= 10,
            "cpu_lt_2pct": result["cpu_percent"] < 2,
        }
    result["complete"] = complete
    print(json.dumps(result))
    del app
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
