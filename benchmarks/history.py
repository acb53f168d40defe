"""Open a 10-year history (5,000 sessions): load time, time to the first paint, longest stall.

Run by hand (``make bench-smoke`` runs ``--smoke`` under a hard timeout)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py --sessions 20000
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py --smoke   # 500 sessions

Writes a history of `--sessions` sessions spread over ten years to ``history.jsonl`` in a
temporary RETROCOACH_HOME, starts a QApplication (like the running app, it has already shown
a window), then, inside the event loop:

- ``import_ms``: importing ``retrocoach.ui.dialogs.history_window`` (once per run of the app);
- ``load_ms``: ``HistoryStore.load()`` of the file (read, parse and validate every line);
- ``open_and_paint_ms``: build the HistoryWindow, show it, until its chart and its table have
  both received their first Paint event and painted;
- then the table is scrolled from top to bottom, a step every 16 ms (a fast fling);
- ``max_stall_ms``: the longest gap between two ticks of a 5 ms QTimer watchdog during all of
  it (``open_stall_ms`` while opening, ``scroll_stall_ms`` while scrolling).

Prints one JSON line. Target: ``load_ms + open_and_paint_ms`` (``total_ms``) under 200 ms
(reported under "targets", not enforced). A hard timeout ends a stuck run with every
thread's stack and status 1.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from retrocoach.storage.history import HistoryStore, SessionRecord  # noqa: E402
from retrocoach.storage.paths import DataPaths  # noqa: E402

SCROLL_STEPS = 60
#: The whole run, however many sessions (5,000 take about 5 s).
TIMEOUT_S = 300


def write_history(paths: DataPaths, sessions: int, seed: int = 7) -> None:
    """`sessions` plausible records over the ten years before now, oldest first."""
    rng = random.Random(seed)
    now = datetime.now().astimezone()
    first = now - timedelta(days=3650)
    lines = []
    for number in range(sessions):
        start = first + timedelta(days=3650 * number / sessions, hours=rng.uniform(0, 6))
        planned = rng.randint(3, 8)
        outcome = rng.choices(("completed", "stopped", "interrupted"), (8, 1, 1))[0]
        done = planned if outcome == "completed" else rng.randint(0, planned - 1)
        active = 600 + 170 * done + rng.uniform(0, 60)
        record = SessionRecord(
            started_at=start.isoformat(timespec="seconds"),
            workout_id=f"week-{1 + number * 8 // sessions}",
            workout_name=f"Week {1 + number * 8 // sessions}",
            rounds_planned=planned,
            rounds_done=done,
            active_seconds=active,
            backward_seconds=active * 0.55,
            outcome=outcome,  # type: ignore[arg-type]
            kcal=active / 3600 * 7.5 * 72,
        )
        lines.append(record.to_line())
    paths.history_file.parent.mkdir(parents=True, exist_ok=True)
    paths.history_file.write_text("\n".join(lines) + "\n", encoding="utf-8")


class Watchdog(QObject):
    """A 5 ms timer; the longest gap between two ticks is how long the event loop stalled."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def reset(self) -> float:
        """The longest gap since the last reset (including the current one), then restart."""
        self.tick()
        gap, self.max_gap = self.max_gap, 0.0
        return gap


class Benchmark(QObject):
    def __init__(self, app: QApplication, paths: DataPaths) -> None:
        super().__init__()
        self.app, self.paths = app, paths
        self.watchdog = Watchdog()
        self.result: dict[str, float | int] = {}
        self.waiting: set[QObject] = set()
        self.began = 0.0
        self.scrolled = 0

    def start(self) -> None:
        self.watchdog.timer.start()
        QTimer.singleShot(50, self.open)  # a quiet event loop first

    def open(self) -> None:
        before_import = time.perf_counter()
        from retrocoach.ui.dialogs.history_window import (
            HistoryWindow,
        )  # the app imports it on Ctrl+H

        self.result["import_ms"] = (time.perf_counter() - before_import) * 1000
        self.watchdog.reset()
        self.began = time.perf_counter()
        records, messages = HistoryStore(self.paths).load()
        loaded = time.perf_counter()
        assert not messages, messages
        self.result.update(sessions=len(records), load_ms=(loaded - self.began) * 1000)
        self.window = HistoryWindow(records, 72.0)
        self.window.resize(1000, 720)
        self.waiting = {self.window.chart, self.window.table.viewport()}
        for widget in self.waiting:
            widget.installEventFilter(self)
        self.window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.waiting:
            self.waiting.discard(watched)
            watched.removeEventFilter(self)
            if not self.waiting:
                QTimer.singleShot(0, self.painted)  # runs once this paint is done
        return False

    def painted(self) -> None:
        open_ms = (time.perf_counter() - self.began) * 1000 - float(self.result["load_ms"])
        self.result["open_and_paint_ms"] = open_ms
        self.result["open_stall_ms"] = self.watchdog.reset() * 1000
        self.scroller = QTimer(self)
        self.scroller.setInterval(16)
        self.scroller.timeout.connect(self.scroll)
        self.scroller.start()

    def scroll(self) -> None:
        bar = self.window.table.verticalScrollBar()
        self.scrolled += 1
        bar.setValue(bar.maximum() * self.scrolled // SCROLL_STEPS)
        if self.scrolled >= SCROLL_STEPS:
            self.scroller.stop()
            QTimer.singleShot(50, self.finish)

    def finish(self) -> None:
        self.result["scroll_stall_ms"] = self.watchdog.reset() * 1000
        self.app.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--smoke", action="store_true", help="a small history: --sessions 500")
    args = parser.parse_args()
    if args.smoke:
        args.sessions = 500
    if args.sessions < 1:
        parser.error("--sessions must be at least 1")
    faulthandler.dump_traceback_later(TIMEOUT_S, exit=True)
    with tempfile.TemporaryDirectory(prefix="retrocoach-bench-") as home:
        os.environ["RETROCOACH_HOME"] = home
        paths = DataPaths.default()
        write_history(paths, args.sessions)
        app = QApplication(sys.argv[:1])
        already_running = QLabel("the app's main window")  # platform and fonts are up
        already_running.show()
        app.processEvents()
        benchmark = Benchmark(app, paths)
        benchmark.start()
        app.exec()
        result = benchmark.result
    load, opened = float(result["load_ms"]), float(result["open_and_paint_ms"])
    stalls = (float(result["open_stall_ms"]), float(result["scroll_stall_ms"]))
    line = {
        "sessions": result["sessions"],
        "load_ms": round(load, 1),
        "open_and_paint_ms": round(opened, 1),
        "total_ms": round(load + opened, 1),
        "max_stall_ms": round(max(stalls), 1),
        "open_stall_ms": round(stalls[0], 1),
        "scroll_stall_ms": round(stalls[1], 1),
        "import_ms": round(float(result["import_ms"]), 1),
        "platform": QApplication.platformName(),
        "targets": {"total_lt_200ms": load + opened < 200},
    }
    print(json.dumps(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
