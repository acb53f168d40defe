"""Time to the first painted window: retrocoach against a bare PySide6 window.

Run by hand (not part of the test suite)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py --runs 7
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python benchmarks/startup.py   # a real X server

Each run starts a fresh interpreter; the time is from just before the process is spawned to
the first Paint event of the top-level window (interpreter start, imports and all). Prints
one JSON line with the medians and their ratio (target: at most 1.5).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def one_run(kind: str) -> float:
    code = CHILD.format(root=str(ROOT), kind=kind)
    # As on a user's machine, byte code is cached (some shells here set this variable).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    began = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
    ).stdout
    painted = next(line for line in out.splitlines() if line.startswith("PAINTED"))
    return (float(painted.split()[1]) - began) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    one_run("bare")  # warm the disk cache for both
    one_run("app")
    bare = [one_run("bare") for _ in range(args.runs)]
    app = [one_run("app") for _ in range(args.runs)]
    result = {
        "runs": args.runs,
        "bare_ms": round(statistics.median(bare), 1),
        "app_ms": round(statistics.median(app), 1),
        "ratio": round(statistics.median(app) / statistics.median(bare), 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
