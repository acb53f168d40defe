"""Time to the first painted window: retrocoach against a bare PySide6 window.

Run by hand (``make bench-smoke`` runs ``--smoke`` under a hard timeout)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py --runs 7
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py --smoke   # one run each
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python benchmarks/startup.py   # a real X server

Each run starts a fresh interpreter; the time is from just before the process is spawned to
the first Paint event of the top-level window (interpreter start, imports and all), with
``RETROCOACH_HOME`` set to a temporary folder (a new user; the real user's files are never
touched, and a running retrocoach does not interfere). Prints one JSON line with the
medians and their ratio (target: at most 1.5). Every child has a 60 s timeout, and the whole
run a hard timeout (status 1 with every thread's stack).
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: Seconds one fresh interpreter may take to paint its window.
CHILD_TIMEOUT_S = 60

CHILD = r"""
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {{time.time():.6f}}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            self.eventFilter = lambda *a: False
        return False

app = QApplication(sys.argv[:1])
if {kind!r} == "bare":
    window = QLabel("bare PySide6 window")
else:
    from retrocoach.ui.app import GuiOptions, build_window
    window = build_window(GuiOptions())
window.resize(1280, 800)
paint = FirstPaint()
window.installEventFilter(paint)
window.show()
app.exec()
"""


def one_run(kind: str, home: str) -> float:
    code = CHILD.format(root=str(ROOT), kind=kind)
    # As on a user's machine, byte code is cached (some shells here set this variable).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["RETROCOACH_HOME"] = home  # a new user's empty folders, never the real user's files
    began = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=True,
        env=env,
    ).stdout
    painted = next(line for line in out.splitlines() if line.startswith("PAINTED"))
    return (float(painted.split()[1]) - began) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="one timed run of each: --runs 1")
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    faulthandler.dump_traceback_later(CHILD_TIMEOUT_S * (2 * args.runs + 2) + 30, exit=True)
    with tempfile.TemporaryDirectory(prefix="retrocoach-bench-") as home:
        one_run("bare", home)  # warm the disk cache for both
        one_run("app", home)
        bare = [one_run("bare", home) for _ in range(args.runs)]
        app = [one_run("app", home) for _ in range(args.runs)]
    result: dict[str, Any] = {
        "runs": args.runs,
        "bare_ms": round(statistics.median(bare), 1),
        "app_ms": round(statistics.median(app), 1),
        "ratio": round(statistics.median(app) / statistics.median(bare), 2),
        "app_ms_range": [round(min(app), 1), round(max(app), 1)],
        "bare_ms_range": [round(min(bare), 1), round(max(bare), 1)],
    }
    result["targets"] = {"ratio_le_1_5": result["ratio"] <= 1.5}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
