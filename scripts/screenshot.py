"""Render the main window offscreen in a chosen state and save it as a PNG.

    python scripts/screenshot.py docs/screenshot.png [--state running] [--theme dark]

The session runs on a fake clock, so the picture is the same on every run: by default the
beginner workout, 4 rounds, in round 2, jogging backwards with 17 seconds left.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.theme import THEMES
from retrocoach.ui.screen.main_window import MainWindow

LEAD_IN = 10
#: Seconds after Start for each state (beginner, 4 rounds: round 2's jog starts at 10 + 470).
STATES = {
    "idle": None,
    "lead-in": 3.4,
    "running": LEAD_IN + 470 + 13.2,
    "recovery": LEAD_IN + 500 + 21.5,
    "paused": LEAD_IN + 120.5,
    "done": LEAD_IN + 980.5,
    "stopped": LEAD_IN + 700.0,
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def render(path: Path, state: str, theme: str, width: int, height: int, caption: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    clock = FakeClock()
    driver = SessionDriver(clock=clock, wall_clock=clock)
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=LEAD_IN, theme=THEMES[theme])
    window.select_workout("beginner")
    window.set_rounds(4)
    after = STATES[state]
    if after is not None:
        driver.start()
        clock.now += after
        driver.tick()
        if state == "paused":
            driver.pause()
        elif state == "stopped":
            driver.stop()
    window.show_caption(caption)
    window.resize(width, height)
    window.show()
    app.processEvents()
    window.grab().save(str(path))
    driver.stop()  # closing mid-session would ask first
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="where to save the PNG")
    parser.add_argument("--state", choices=sorted(STATES), default="running")
    parser.add_argument("--theme", choices=sorted(THEMES), default="dark")
    parser.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT (default 1280x800)")
    parser.add_argument("--caption", default="", help="a voice caption to show")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.path.parent.mkdir(parents=True, exist_ok=True)
    render(args.path, args.state, args.theme, width, height, args.caption)
    print(args.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
