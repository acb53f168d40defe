"""Print the glance figures of the main window, measured from rendered pixels; and colours.

    python scripts/measure_screen.py [--json] [--lang de]

The window is rendered offscreen on four virtual screens (1920x1080, 1366x768, 1024x600 and
a portrait 1080x1920: Qt's offscreen platform with a screen configuration file, so full
screen is real full screen), jogging backwards: first as it opens there (maximised on a
small or portrait screen), then in full screen. For each: the ink height of the digits, the
arrow, the direction's capitals, the round's and the next phase's, in pixels and in mm on the
screen the size stands for (``scripts/ink.py``: 15.6" at 1920x1080 and 1366x768, 10.1" at
1024x600, 21.5" in portrait), and the panel's share of the height. A capital needs about
35 mm at 5 m. ``tests/ui/screen/test_glance.py`` runs this with ``--json`` and asserts the
ratios (also with ``--lang de``, ``es`` and ``fr``: the window in that language, whose words
are longer).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZES = [(1920, 1080), (1366, 768), (1024, 600), (1080, 1920)]
_CHILD = "RETROCOACH_MEASURE_CHILD"


def screens_config(sizes: list[tuple[int, int]]) -> dict[str, Any]:
    """Qt's offscreen platform configuration: the screens side by side."""
    screens, x = [], 0
    for i, (width, height) in enumerate(sizes):
        screens.append(
            {"name": f"screen{i}", "x": x, "y": 0, "width": width, "height": height,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        )  # fmt: skip
        x += width
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": False, "screens": screens}


def run_child(args: list[str]) -> int:
    """This script again, on an offscreen platform with the four screens."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screens.json"
        config.write_text(json.dumps(screens_config(SIZES)), encoding="utf-8")
        env = {**os.environ, _CHILD: "1", "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        env.setdefault("RETROCOACH_HOME", folder)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        command = [sys.executable, __file__, *args]
        return subprocess.run(command, env=env, cwd=ROOT, timeout=300).returncode


def measure_all(language: str = "en") -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication

    from retrocoach.storage.workouts import WorkoutLibrary
    from retrocoach.ui.i18n import install_translators
    from retrocoach.ui.live.driver import SessionDriver
    from retrocoach.ui.look.geometry import centred, first_size
    from retrocoach.ui.screen.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_translators(app, language)
    figures = []
    now = [1000.0]
    for screen in app.screens():
        area = screen.availableGeometry()
        driver = SessionDriver(clock=lambda: now[0], wall_clock=lambda: now[0])
        window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=10)
        window.setScreen(screen)
        window.setGeometry(centred(first_size(area), area))
        window.set_flash(False)  # measured between flashes
        window.select_workout("beginner")
        window.show_first()
        driver.start()
        driver.skip()  # the warm-up walk
        driver.skip()  # jog backwards
        now[0] += 13.2
        driver.tick()
        size = (area.width(), area.height())
        for mode in ("window", "full screen"):
            if mode == "full screen":
                window.showFullScreen()
            settle(app)
            figures.append({"size": size, "mode": mode, **measure(window)})
        driver.stop()
        window.set_summary_extras(EXTRAS)
        settle(app)
        fits = {"end_card_fits_full_screen": card_fits(window)}
        window.showNormal()
        window.show_first()
        settle(app)
        fits["end_card_fits_window"] = card_fits(window)
        fits.update(rounds_and_help(window, screen))
        figures.append({"size": size, "mode": "fits", **fits})
        window.close()
    return figures


#: End-card lines as long as the app adds (energy, streak, the suggested next workout).
EXTRAS = [
    "About 120 kcal (an estimate: MET x 70 kg x hours)",
    "3 sessions in a row: your best streak",
    "Suggested next: Week 1: backward walking",
]


def settle(app: Any) -> None:
    for _ in range(40):
        app.processEvents()


def card_fits(window: Any) -> bool:
    """The end card's title, lines and hint fit its height, and the title is not cut."""
    card = window.panel.card
    title = card.title_label
    shown = window.panel.pages.currentWidget() is card
    return bool(shown and card.needed_height() <= card.height() and "…" not in title.text())


def rounds_and_help(window: Any, screen: Any) -> dict[str, bool]:
    """The rounds box shows its whole text; Help > Keyboard and controls' OK is on screen."""
    from PySide6.QtWidgets import QApplication

    from retrocoach.ui.dialogs.controls_dialog import ControlsDialog
    from retrocoach.ui.screen.keys import controls_html

    edit = window.chooser.rounds_edit
    rounds_fit = edit.fontMetrics().horizontalAdvance(edit.text()) <= edit.contentsRect().width()
    dialog = ControlsDialog(controls_html(False), window)
    dialog.show()
    settle(QApplication.instance())
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    corner = ok.mapToGlobal(ok.rect().bottomRight())
    help_fits = screen.geometry().contains(corner)
    dialog.close()
    return {"rounds_text": edit.text(), "rounds_fit": rounds_fit, "help_ok_on_screen": help_fits}


def measure(window: Any) -> dict[str, Any]:
    """Ink heights of the live panel's parts in `window`, from a grab of the window."""
    from PySide6.QtCore import QPoint, QRect

    from scripts.ink import part_lines

    image = window.grab().toImage()
    panel = window.panel
    ink = panel.colours()[1]

    def lines(part: Any) -> list[Any]:
        return part_lines(image, window, part, ink)

    banner = lines(panel.banner)
    words = banner[0][1:] or banner[1]  # the arrow may be alone on the first line
    area = QRect(panel.banner.mapTo(window, QPoint(0, 0)), panel.banner.size())
    inside = all(area.left() < g.left and g.right < area.right() for line in banner for g in line)
    return {
        "window": [window.width(), window.height()],
        "digits": lines(panel.countdown)[0][0].height,
        "arrow": banner[0][0].height,
        "direction": words[0].height,
        "banner_lines": len(banner),
        "banner_inside": inside,  # no ink touches its sides: nothing painted past them
        "round": lines(panel.round_line)[0][0].height,
        "next": lines(panel.next_line)[0][0].height,
        "panel_share": panel.height() / window.height(),
        "controls_shown": window.bar.start.isVisible(),
        "texts": [panel.banner.text(), panel.round_line.full_text(), panel.next_line.full_text()],
        "next_shown": panel.next_line.text(),
    }


def print_figures(figures: list[dict[str, Any]]) -> None:
    from scripts.ink import CAP_MM_AT_5M, mm_per_px

    parts = ("digits", "arrow", "direction", "round", "next")
    print(f"A capital needs about {CAP_MM_AT_5M:.0f} mm at 5 m.")
    for row in figures:
        width, height = row["size"]
        if row["mode"] == "fits":
            checks = {k: v for k, v in row.items() if k not in ("size", "mode")}
            print(f"{width}x{height}: {checks}")
            continue
        mm = mm_per_px(width, height)
        cells = ", ".join(f"{p} {row[p]} px = {row[p] * mm:.0f} mm" for p in parts)
        digits = row["digits"]
        print(
            f"{width}x{height} {row['mode']} ({row['window'][0]}x{row['window'][1]}): {cells}; "
            f"direction {row['direction'] / digits:.2f}, round {row['round'] / digits:.2f}, "
            f"next {row['next'] / digits:.2f} x digits; panel {row['panel_share']:.0%} "
            f"of the height"
        )


def print_colours() -> None:
    from retrocoach.ui.look.colour import contrast_ratio, delta_e, deuteranopia
    from retrocoach.ui.look.theme import THEMES

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


def main() -> int:
    if os.environ.get(_CHILD) != "1":
        return run_child(sys.argv[1:])
    args = sys.argv[1:]
    language = args[args.index("--lang") + 1] if "--lang" in args[:-1] else "en"
    figures = measure_all(language)
    if "--json" in args:
        print(json.dumps(figures))
        return 0
    print_figures(figures)
    print_colours()
    return 0


if __name__ == "__main__":
    sys.exit(main())
