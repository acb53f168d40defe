"""`make screenshots`: the real app under Xvfb, at each screen size, in every state.

    python scripts/screenshots.py docs/screens [--sizes 1920x1080,1366x768,1024x600,1080x1920]
    python scripts/screenshots.py docs/screens/de --lang de     (make screenshots LANG=de)

For each size this starts an Xvfb server (and openbox, when installed, so windows get a title
bar as on a desktop), then runs this same script as the app's process on that display
(``--app``): the real window and its controller (menus, status bar, dialogs), with a fake clock
so every picture shows the same second. Each state is set, painted, then the whole screen is
saved with ImageMagick's ``import -window root`` as ``docs/screens/<size>-<state>.png``.

The app's data go to a temporary RETROCOACH_HOME: a few finished sessions make the history
and the end card's streak real. ``--lang`` shows the window in that language (as
``retrocoach --lang XX``; English by default, whatever the system's language); the workout and
phase names and the caption are the spoken side's data (issue 18).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ["1920x1080", "1366x768", "1024x600", "1080x1920"]
STATES = [
    "idle", "lead-in", "backward-jog", "forward-walk", "paused", "last-3-s", "end",
    "settings", "editor", "history", "keys",
]  # fmt: skip
LEAD_IN = 10
#: Seconds of workout time for each live state (beginner, 4 rounds: the first jog backwards
#: starts at 300 s and lasts 30 s, then 60 s of walking forwards).
AT = {"lead-in": -6.6, "backward-jog": 313.2, "forward-walk": 351.5, "last-3-s": 327.5}
#: The caption of the backward jog: a tip as the voice would say it, in the window's language.
CAPTION = {
    "en": "Chest up, short quick steps",
    "de": "Brust raus, kurze schnelle Schritte",
    "es": "Pecho arriba, pasos cortos y rápidos",
    "fr": "Poitrine haute, petits pas rapides",
}


def start_xvfb(size: str) -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    display = f":{number.strip().decode()}"
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, display


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_size(size: str, out: Path, language: str = "en") -> int:
    """One Xvfb (plus openbox) for `size`, and the app on it writing the pictures."""
    server, display = start_xvfb(size)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    manager = None
    try:
        if shutil.which("openbox"):
            manager = subprocess.Popen(
                ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(0.8)
        with tempfile.TemporaryDirectory() as home:
            env["RETROCOACH_HOME"] = home
            app = [sys.executable, __file__, "--app", str(out), "--size", size]
            app += ["--lang", language]
            return subprocess.run(app, env=env, cwd=ROOT, timeout=300).returncode
    finally:
        if manager is not None:
            stop(manager)
        stop(server)


# --- the app's side (on the display) ------------------------------------------------------


def app_main(out: Path, size: str, language: str) -> int:
    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import QApplication, QWidget

    from retrocoach.core.session import State
    from retrocoach.ui.app import GuiOptions, build_app
    from retrocoach.ui.dialogs.controls_dialog import ControlsDialog
    from retrocoach.ui.dialogs.history_window import HistoryWindow
    from retrocoach.ui.dialogs.settings_dialog import SettingsDialog
    from retrocoach.ui.dialogs.workout_editor import WorkoutEditor
    from retrocoach.ui.i18n import install_translators
    from retrocoach.ui.live.driver import SessionDriver
    from retrocoach.ui.screen.keys import controls_html

    app = QApplication(sys.argv)
    app.setApplicationName("retrocoach")
    install_translators(app)  # as the app does: English plurals "4 rounds", not "4 round(s)"
    now = [1000.0]
    wall = [QDateTime.currentSecsSinceEpoch() - 9 * 86400.0]
    driver = SessionDriver(clock=lambda: now[0], wall_clock=lambda: wall[0] + now[0])
    options = GuiOptions(workout_id="beginner", rounds=4, language=language)
    controller = build_app(options, driver=driver, translate=True)
    window = controller.window
    if size == "1920x1080":  # full screen: a session hides the controls (issue 16)
        window.showFullScreen()
    else:
        window.show_first()  # maximised on these small and portrait screens
    for _ in range(60):  # until painted and the slower start-up (history, voice) is done
        app.processEvents()
        time.sleep(0.05)
    driver.set_start_gate(None)  # the voice's renders are not waited for: captions only
    controller.briefing.given = True  # the spoken safety briefing would hold every start

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shoot(state: str) -> None:
        settle()
        path = out / f"{size}-{state}.png"
        subprocess.run(
            ["import", "-silent", "-window", "root", "-depth", "8", str(path)], check=True
        )
        print(path, flush=True)

    def go_to(workout_time: float) -> None:
        """A fresh session at `workout_time` (negative: in the lead-in)."""
        if driver.state not in (State.IDLE, State.FINISHED):
            driver.stop()
        settle(0.1)
        controller.effort.skip()  # an open "How hard was that?" vetoes any start
        if driver.state is State.FINISHED:
            driver.restart()  # the end card keeps its plan: Start again (as Space does)
        else:
            driver.start()
        window.statusBar().clearMessage()  # the last session's "over" (it times out)
        now[0] += LEAD_IN + workout_time
        driver.tick()

    for effort in (5, 7, 6):  # a history: three completed, rated sessions on three days
        go_to(0)
        now[0] += 16 * 60 + 25
        driver.tick()  # finished (and recorded)
        settle(0.2)
        controller.effort.answer(effort)
        wall[0] += 2 * 86400  # the next one two days later (while idle: not a sleep)
    driver.load(controller.library.get("beginner").plan(4, LEAD_IN))  # idle: a new plan
    window.show_caption("")
    window.statusBar().clearMessage()  # "the session is over..." of the set-up
    shoot("idle")
    for state in ("lead-in", "backward-jog", "forward-walk", "last-3-s"):
        go_to(AT[state])
        window.show_caption(CAPTION.get(language, "") if state == "backward-jog" else "")
        shoot(state)
    go_to(AT["backward-jog"])
    driver.pause()
    shoot("paused")
    driver.resume()
    now[0] += 20 * 60
    driver.tick()
    shoot("end")
    dialogs: dict[str, QWidget] = {
        "settings": SettingsDialog(controller.settings, [], window),
        "editor": WorkoutEditor(controller.library, controller.library.get("beginner"), window),
        "history": HistoryWindow(controller.history.load()[0], 70.0, parent=window),
        "keys": ControlsDialog(controls_html(False), window),
    }
    for state, dialog in dialogs.items():
        dialog.show()
        shoot(state)
        dialog.hide()
    driver.stop()
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder for the PNGs")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--lang", default="en", help="the window's language (en, de, es, fr)")
    parser.add_argument("--app", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.app:
        return app_main(args.out.resolve(), args.size, args.lang)
    missing = [tool for tool in ("Xvfb", "import") if shutil.which(tool) is None]
    if missing:
        print(f"screenshots need {' and '.join(missing)} (apt-get install xvfb imagemagick)")
        return 1
    # a machine without a sound card (a CI box, a server) would show the "no audio output"
    # problem in every picture: a PulseAudio null sink is the app's output instead
    sys.path.insert(0, str(ROOT))
    from tests.speech.pulse import ensure_null_sink

    sink = ensure_null_sink()
    if not sink.ok:
        print(f"screenshots need an audio output: {sink.message}")
        return 1
    for size in args.sizes.split(","):
        status = run_size(size, args.out.resolve(), args.lang)
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main())
