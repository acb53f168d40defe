"""Issue 16 item 7: the first session on a fresh data folder is placed with measured lengths.

Before: with flite a beginner session's cues take ~10 s to render on a fresh cache, and the
held start went ahead after PREPARE_TIMEOUT (4 s) with estimated lengths; recorded from a real
sink, 17 of 126 cues were held behind the cue before them. Now the start keeps waiting while
the voice makes progress (up to PREPARE_LIMIT), so the session begins placed with every
measured length; since then the texts are rendered by two processes on two cores, and the
timeline is placed again as soon as the cues' texts are measured (~5-7 s here: the wait may
now be shorter than PREPARE_TIMEOUT, so how long it was is not asserted). Real flite, a real
null sink, the real driver and voice coach.
"""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from retrocoach.assets_path import assets_dir
from retrocoach.core.session import State
from retrocoach.core.tips import parse_tips_text
from retrocoach.core.workout import load_workout_text
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.voice import VoiceCoach
from tests.speech.pulse import PulseSetup
from tests.speech.voices import require_flite


def test_the_first_start_waits_for_measured_lengths_while_the_voice_progresses(
    qtbot: QtBot, isolated_home: Path, tmp_path: Path, null_sink: PulseSetup
) -> None:
    require_flite()
    tips, _ = parse_tips_text((assets_dir() / "tips" / "en.json").read_text("utf-8"), "en.json")
    workout_file = assets_dir() / "workouts" / "beginner.json"
    workout = load_workout_text(workout_file.read_text("utf-8"), str(workout_file), True)
    driver = SessionDriver(workout.plan())
    coach = VoiceCoach(
        driver, DataPaths.default(), tips, Settings(voice="flite:rms"), cache_dir=tmp_path
    )
    try:
        assert coach.audio_available, "the null sink is not an audio output"
        coach.start()
        held = time.monotonic()
        driver.start()
        assert driver.start_pending  # nothing is rendered yet: the start waits
        qtbot.waitUntil(lambda: driver.state is not State.IDLE, timeout=90_000)
        waited = time.monotonic() - held
        estimated = [cue.text for cue in coach.cues if not cue.measured]
        assert estimated == [], f"started after {waited:.1f} s with estimated lengths"
    finally:
        coach.shutdown()
