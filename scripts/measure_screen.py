"""Print the glance figures of the main window: digit and direction heights, ΔE, contrast.

    QT_QPA_PLATFORM=offscreen python scripts/measure_screen.py

The window is rendered offscreen at each size the issue names, jogging backwards; the figures
are the ones tests/ui/screen/test_glance.py asserts (this prints them for a closing note).
"""

from __future__ import annotations

import itertools
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.colour import contrast_ratio, delta_e, deuteranopia
from retrocoach.ui.look.theme import THEMES
from retrocoach.ui.screen.main_window import MainWindow

SIZES = [(1920, 1080), (1366, 768), (1280, 720), (1024, 600), (1080, 1920)]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    now = [1000.0]
    driver = SessionDriver(clock=lambda: now[0], wall_clock=lambda: now[0])
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=10)
    window.select_workout("beginner")
    driver.start()
    driver.skip()  # the warm-up walk
    driver.skip()  # jog backwards
    window.show()
    for width, height in SIZES:
        window.resize(width, height)
        for _ in range(30):
            app.processEvents()
        digits = window.countdown.digit_height()
        cap = window.panel.banner.text_cap_height()
        print(
            f"{width}x{height}: digits {digits:.0f} px ({digits / height:.0%} of the height), "
            f"'{window.panel.banner.text()}' cap height {cap:.0f} px = {cap / digits:.2f} x digits"
        )
    for theme in THEMES.values():
        colours = list(theme.phases.values())
        pairs = list(itertools.combinations(colours, 2))
        normal = min(delta_e(a, b) for a, b in pairs)
        deutan = min(delta_e(deuteranopia(a), deuteranopia(b)) for a, b in pairs)
        text = min(
            contrast_ratio(*theme.panel_colours(colour, mode))
            for colour in [*colours, theme.idle, theme.lead_in, theme.done, theme.stopped]
            for mode in ("normal", "paused", "final")
        )
        disabled = contrast_ratio(theme.disabled, theme.surface)
        print(
            f"{theme.name}: phase kinds ΔE*ab >= {normal:.1f} (deuteranopia {deutan:.1f}); "
            f"panel text >= {text:.2f}:1; disabled text {disabled:.2f}:1"
        )
    driver.stop()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
