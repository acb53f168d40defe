"""The first session's wait for the voice, and the first render of a session.

Run by hand (``make bench-smoke`` runs ``--smoke`` under a hard timeout)::

    .venv/bin/python benchmarks/first_start.py --runs 3     # ~2-3 min
    .venv/bin/python benchmarks/first_start.py --smoke      # one run of each, ~30 s

Two figures, each the median of ``--runs`` runs, with the default voice (Auto):

- ``lead_in_after_s``: ``python -m retrocoach --workout beginner --start`` on a fresh data
  folder (an empty speech cache; the briefing marked as given, so the start is not kept for
  it), offscreen, on a PulseAudio null sink (without an audio output a start never waits for
  the voice): from just before the process is spawned to the moment the session's lead-in
  began. That moment comes from the app's log (``RETROCOACH_LOG_LEVEL=DEBUG``): the first cue
  handed to the stream gives its due time on the monotonic clock, less its place in the
  lead-in (``retrocoach plan --json``). Also from the log: how long the held start waited
  (``held_s``), how many cues were placed with measured lengths when it was released
  (``measured``, of ``cues``), and how many of the cues due in the first ``--watch`` seconds
  of the lead-in were held behind another (``held_cues``: handed after their due time).
- ``first_render_s``: the app at rest with the countdown words already rendered (a second
  start of the app), then a workout chosen after ``IDLE_S`` seconds: from choosing it
  (``SessionDriver.load``) to its first new cue text being in the cache, through the real
  voice coach (``VoiceCoach``) in this process. ``next_render_s``: the same for the second
  text (one render by a worker that is already running).

Prints one JSON line. Exit status 1 when a run is incomplete (no lead-in seen, no render).
A hard timeout prints every thread's stack.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.speech.pulse import ensure_null_sink  # noqa: E402  (needs ROOT on sys.path)

WORKOUT = "beginner"
#: Seconds the app may take from its spawn to the lead-in (a stuck voice waits 60 s at most).
APP_TIMEOUT_S = 90.0
#: Seconds the voice coach rests before a workout is chosen (``first_render_s``).
IDLE_S = 3.0
HANDED = re.compile(r"cue handed due=([\d.]+) heard=([\d.]+) text=(.*)")
RELEASED = re.compile(r"held start released after ([\d.]+) s, (\d+) of (\d+) cues measured")


def app_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(RETROCOACH_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["RETROCOACH_LOG_LEVEL"] = "DEBUG"
    return env


def lead_in_run(watch_s: float) -> dict[str, Any]:
    """One ``--start`` on a fresh data folder; figures from its log."""
    from retrocoach.storage.paths import DataPaths

    with tempfile.TemporaryDirectory(prefix="retrocoach-first-start-") as folder:
        home = Path(folder)
        flag = DataPaths.under(home).briefing_flag
        flag.parent.mkdir(parents=True, exist_ok=True)
        flag.write_text("given (benchmark)\n", "utf-8")
        settings = home / "config" / "settings.json"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(json.dumps({"language": "en"}), "utf-8")
        python = [sys.executable, "-m", "retrocoach"]
        plan = json.loads(
            subprocess.run(
                [*python, "plan", "--workout", WORKOUT, "--lang", "en", "--json"],
                env=app_env(home),
                check=True,
                capture_output=True,
            ).stdout
        )
        lead_in = float(plan["lead_in_seconds"])
        offsets = {c["text"]: float(c["at"]) for c in reversed(plan["cues"])}  # first kept
        log_file = DataPaths.under(home).log_file
        spawned = time.monotonic()
        app = subprocess.Popen(
            [*python, "--workout", WORKOUT, "--start"],
            env=app_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        began: float | None = None
        text = ""
        try:
            deadline = spawned + APP_TIMEOUT_S
            while time.monotonic() < deadline and app.poll() is None:
                time.sleep(0.1)
                text = log_file.read_text("utf-8", "replace") if log_file.exists() else ""
                first = HANDED.search(text)
                if first is not None and began is None:
                    due, cue_text = float(first.group(1)), first.group(3).strip()
                    began = due - offsets.get(cue_text, 0.0) - lead_in
                if began is not None and time.monotonic() > began + watch_s:
                    break
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    result: dict[str, Any] = {"lead_in_after_s": None}
    if began is None:
        return result
    result["lead_in_after_s"] = round(began - spawned, 3)
    released = RELEASED.search(text)
    if released is not None:
        result["held_s"] = float(released.group(1))
        result["measured"], result["cues"] = int(released.group(2)), int(released.group(3))
    handed = [
        (float(due), float(heard))
        for due, heard, _ in HANDED.findall(text)
        if float(due) <= began + watch_s
    ]
    result["cues_watched"] = len(handed)
    result["held_cues"] = sum(heard > due + 0.001 for due, heard in handed)
    return result


def first_render_run() -> dict[str, Any]:
    """The voice coach at rest, then a workout chosen: the first and second new renders."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from retrocoach.assets_path import assets_dir
    from retrocoach.core.workout import load_workout_text
    from retrocoach.speech.renderer import FIXED_TEXTS, CueRenderer
    from retrocoach.storage.paths import DataPaths
    from retrocoach.storage.settings import Settings
    from retrocoach.storage.tips_files import load_tips
    from retrocoach.ui.live.driver import SessionDriver
    from retrocoach.ui.live.voice import VoiceCoach

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()

    settings = Settings(language="en")
    with tempfile.TemporaryDirectory(prefix="retrocoach-first-render-") as folder:
        paths = DataPaths.under(Path(folder))
        tips, _ = load_tips(None, "en")
        driver = SessionDriver()
        coach = VoiceCoach(driver, paths, tips, settings, cache_dir=Path(folder) / "speech")
        # a second start of the app: the countdown words are in the cache
        earlier = CueRenderer(coach.renderer.cache)
        loop = QEventLoop()
        earlier.job_finished.connect(loop.quit)
        earlier.render(FIXED_TEXTS)
        loop.exec()
        earlier.shutdown()
        times: dict[str, float] = {}
        coach.renderer.rendered.connect(
            lambda text, _path: times.setdefault(text, time.perf_counter())
        )
        coach.start()
        spin(IDLE_S)  # the app at rest, before a workout is chosen
        workout_file = assets_dir() / "workouts" / f"{WORKOUT}.json"
        workout = load_workout_text(workout_file.read_text("utf-8"), str(workout_file), True)
        times.clear()
        chosen = time.perf_counter()
        driver.load(workout.plan())
        deadline = time.monotonic() + 30
        while len(times) < len(FIXED_TEXTS) + 2 and time.monotonic() < deadline:
            spin(0.01)
        coach.shutdown()
    del app
    new = sorted(at for text, at in times.items() if text not in FIXED_TEXTS)
    if len(new) < 2:
        return {"first_render_s": None}
    return {
        "first_render_s": round(new[0] - chosen, 3),
        "next_render_s": round(new[1] - new[0], 3),
    }


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--watch", type=float, default=20.0, help="seconds of lead-in watched")
    parser.add_argument("--smoke", action="store_true", help="one run of each, 2 s watched")
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.watch = 1, 2.0
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    faulthandler.dump_traceback_later(args.runs * (APP_TIMEOUT_S + 60) + 60, exit=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pulse = ensure_null_sink()  # the app's children find it through $PULSE_SERVER
    if not pulse.ok:
        print(json.dumps({"error": pulse.message}))
        return 1
    starts = [lead_in_run(args.watch) for _ in range(args.runs)]
    renders = [first_render_run() for _ in range(args.runs)]
    lead_ins = [r["lead_in_after_s"] for r in starts if r["lead_in_after_s"] is not None]
    firsts = [r["first_render_s"] for r in renders if r["first_render_s"] is not None]
    result: dict[str, Any] = {
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "lead_in_after_s": median(lead_ins),
        "first_render_s": median(firsts),
        "next_render_s": median([r["next_render_s"] for r in renders if "next_render_s" in r]),
        "starts": starts,
        "renders": renders,
    }
    complete = len(lead_ins) == args.runs and len(firsts) == args.runs
    if complete:
        result["targets"] = {
            "no_cue_held": all(r["held_cues"] == 0 for r in starts),
            "all_measured": all(r.get("measured") == r.get("cues") for r in starts),
        }
    result["complete"] = complete
    print(json.dumps(result))
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
