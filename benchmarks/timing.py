"""Phase-boundary timing of the real Qt driver, against a naive counting QTimer.

Run by hand (not part of the test suite)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timing.py --seconds 120

It runs, side by side in one event loop, (1) the app's SessionDriver over a compressed plan
of many short phases and (2) the classic naive timer: a 1000 ms QTimer that decrements a
counter. For every phase boundary it measures how late it was handled against its deadline
on the monotonic clock. Then it runs the real main window alone over the beginner workout and
measures the process's CPU use. Prints one JSON line; targets: p99 <= 10 ms, max <= 30 ms,
end-of-run drift <= 10 ms, CPU < 2 % of one core.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from retrocoach.core.session import Outcome, State
from retrocoach.core.workout import Direction, Pace, Phase, Plan, Workout
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.driver import SessionDriver
from retrocoach.ui.main_window import MainWindow


def compressed_plan(seconds: int) -> Plan:
    """Phases of 1, 2 and 3 s, as many rounds as fit in `seconds` (at least one)."""
    shapes = (
        Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 2),
        Phase("Walk forwards", Direction.FORWARD, Pace.WALK, 1),
        Phase("Run backwards", Direction.BACKWARD, Pace.RUN, 3),
    )
    rounds = max(1, min(50, seconds // 6))
    return Workout("bench", "Benchmark", "", (), shapes, (), rounds).plan(rounds, 0)


class NaiveTimer:
    """The classic mistake: a 1 s QTimer decrementing a counter; records each boundary."""

    def __init__(self, plan: Plan) -> None:
        self.durations = [p.seconds for p in plan.phases]
        self.index = 0
        self.left = self.durations[0]
        self.start = time.monotonic()
        self.deadline = self.start + self.left
        self.lateness: list[float] = []
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
        self.lateness.append(time.monotonic() - self.deadline)
        self.index += 1
        if self.index >= len(self.durations):
            self.timer.stop()
            return
        self.left = self.durations[self.index]
        self.deadline += self.left


def measure_boundaries(seconds: int) -> dict[str, float]:
    plan = compressed_plan(seconds)
    driver = SessionDriver()
    driver.load(plan)
    naive = NaiveTimer(plan)
    loop = QEventLoop()
    finished_at: list[float] = []

    def on_finished(_outcome: Outcome) -> None:
        finished_at.append(time.monotonic())

    driver.finished.connect(on_finished)
    driver.start()
    naive.begin()
    assert driver.session is not None
    end_deadline = driver.session.clock_time_at(float(plan.total_seconds))
    assert end_deadline is not None
    QTimer.singleShot(int((plan.total_seconds + 3) * 1000), loop.quit)
    loop.exec()
    late = [(handled - deadline) * 1000 for _i, deadline, handled in driver.boundary_log]
    late.sort()
    naive_ms = [x * 1000 for x in naive.lateness]
    return {
        "phases": len(plan.phases),
        "boundaries": len(late),
        "p50_ms": round(statistics.median(late), 2),
        "p99_ms": round(late[min(len(late) - 1, int(len(late) * 0.99))], 2),
        "max_ms": round(max(late), 2),
        "drift_ms": round((finished_at[0] - end_deadline) * 1000, 2) if finished_at else -1,
        "naive_p50_ms": round(statistics.median(naive_ms), 2) if naive_ms else -1,
        "naive_max_ms": round(max(naive_ms), 2) if naive_ms else -1,
        "naive_drift_ms": round(naive_ms[-1], 2) if naive_ms else -1,
    }


def measure_cpu(seconds: int) -> float:
    """Percent of one core used by the real main window running the beginner workout."""
    library = WorkoutLibrary()
    driver = SessionDriver()
    window = MainWindow(library, driver)
    window.resize(1280, 800)
    window.show()
    driver.load(library.get("beginner").plan(4, 0))
    driver.start()
    loop = QEventLoop()
    QTimer.singleShot(500, loop.quit)  # settle the first paints before measuring
    loop.exec()
    cpu0, wall0 = time.process_time(), time.monotonic()
    QTimer.singleShot(seconds * 1000, loop.quit)
    loop.exec()
    cpu = (time.process_time() - cpu0) / (time.monotonic() - wall0) * 100
    assert driver.state is State.RUNNING
    window.close()
    return round(cpu, 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of the timing run")
    parser.add_argument("--cpu-seconds", type=int, default=20, help="length of the CPU run")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    result = measure_boundaries(args.seconds)
    result["cpu_percent"] = measure_cpu(args.cpu_seconds)
    result["qt_platform"] = app.platformName()  # type: ignore[attr-defined]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
