"""End to end: on a small and a portrait X screen, a fresh start and every dialog fit.

For each screen size a fresh Xvfb runs a child Python that builds the real app
(:func:`build_app`, as ``retrocoach`` does) on Qt's xcb platform, shows the window, then each
dialog (settings, workout editor, history), and prints their geometries as the X server has
them. Every one must lie inside the screen's available area. A saved window size from a
bigger screen must be clamped too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_app_xvfb import require_tools, start_xvfb, stop

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.dialogs.controls_dialog import ControlsDialog
from retrocoach.ui.dialogs.history_window import HistoryWindow
from retrocoach.ui.screen.keys import controls_html
from retrocoach.ui.dialogs.settings_dialog import SettingsDialog
from retrocoach.ui.dialogs.workout_editor import WorkoutEditor

app = QApplication(sys.argv)
controller = build_app(GuiOptions(workout_id="beginner"))
window = controller.window

def settle():
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)

def rect(widget):
    g = widget.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]

window.show_first()  # as `retrocoach` starts: maximised on these small and portrait screens
settle()
area = window.screen().availableGeometry()
shown = {"screen": [area.x(), area.y(), area.width(), area.height()], "window": rect(window)}
print("MAXIMISED", window.isMaximized(), flush=True)
dialogs = {
    "settings": SettingsDialog(controller.settings, [], window),
    "editor": WorkoutEditor(controller.library, controller.library.get("beginner"), window),
    "history": HistoryWindow([], None, parent=window),
    "keys": ControlsDialog(controls_html(False), window),
}
for name, dialog in dialogs.items():
    dialog.show()
    settle()
    shown[name] = rect(dialog)
    boxes = dialog.findChildren(QDialogButtonBox)  # OK, Cancel, Save, Close, Export...
    buttons = [b for box in boxes for b in box.buttons() if b.isVisible()]
    shown.setdefault("buttons", {})[name] = [
        [*b.mapToGlobal(b.rect().topLeft()).toTuple(), b.width(), b.height()] for b in buttons
    ]
    dialog.hide()
print("GEOMETRY " + json.dumps(shown), flush=True)
"""


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def run_child(size: tuple[int, int], home: Path) -> dict[str, list[int]]:
    server, display = start_xvfb(home.parent / f"xvfb-{size[0]}.log", size)
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", RETROCOACH_HOME=str(home))
        result = subprocess.run(
            [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip
    finally:
        stop(server)
    lines = [line for line in result.stdout.splitlines() if line.startswith("GEOMETRY ")]
    assert lines, f"the app printed no geometry:\n{result.stdout[-2000:]}{result.stderr[-3000:]}"
    shown: dict[str, list[int]] = json.loads(lines[0].removeprefix("GEOMETRY "))
    shown["maximised"] = [int("MAXIMISED True" in result.stdout)]
    print(shown)  # shown when the test fails
    return shown


@pytest.mark.e2e
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1080, 1920)], ids=str)
def test_a_fresh_start_and_every_dialog_fit_the_screen(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    require_tools()
    shown = run_child(size, tmp_path / "home")
    area = shown.pop("screen")
    assert area[2:] == list(size)
    assert shown.pop("maximised") == [1], f"the window did not open maximised at {size}"
    buttons: dict[str, list[list[int]]] = shown.pop("buttons")  # type: ignore[assignment]
    for name, geometry in shown.items():
        assert inside(geometry, area), f"{name} {geometry} outside {area} at {size}"
    for name, rects in buttons.items():
        assert rects, f"{name}: no button visible"
        for button in rects:
            assert inside(button, area), f"{name}: button {button} outside {area} at {size}"


@pytest.mark.e2e
def test_a_saved_size_from_a_bigger_screen_is_clamped(tmp_path: Path) -> None:
    require_tools()
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    saved = {"version": 1, "window_width": 1900, "window_height": 1060}
    (home / "config" / "settings.json").write_text(json.dumps(saved), encoding="utf-8")
    shown = run_child((1024, 600), home)
    assert inside(shown["window"], shown["screen"]), shown
    assert shown["maximised"] == [1]  # a small screen: maximised, whatever size was saved
