"""Issue 17, item 2: the voice cache on a full disk (a real 48 KB tmpfs, as in the issue).

Before: 2 of 13 cues rendered, the safety check unspoken, nothing said. Now the cues go to a
scratch folder, said once as a WARNING; the start gate sees the lead-in's safety check; and
when even the scratch cannot take the cues, the failures reach the problem bridge as ONE
problem, SERIOUS because the safety check is among them. Real flite, real files, real mounts.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import CueKind
from retrocoach.core.problem import Problem, Severity
from retrocoach.core.tips import parse_tips_text
from retrocoach.core.workout import load_workout_text
from retrocoach.speech.engines.choice import VoiceChoice, cache_for
from retrocoach.speech.renderer import CueRenderer
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings
from retrocoach.ui.live.driver import SessionDriver
from tests.speech.voices import require_flite

#: How long flite may take for a few short cues on a loaded machine.
WAIT_MS = 60_000


def mount_full(folder: Path, size: str = "48k") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 48 KB tmpfs: the issue's `mount -t tmpfs -o size=48k tmpfs $HOME/cache`."""
    folder = tmp_path / "cache"
    mount_full(folder)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


TEXTS = (
    "Check the path behind you is clear",
    "Walk backward, easy, for thirty seconds",
    "Short quick steps, chest up",
    "Halfway there, keep it smooth",
    "Last one, walk forward and breathe",
    "Well done, that is the session",
)


def test_a_full_cache_moves_the_cues_to_a_scratch_folder_and_says_so(
    qtbot: QtBot, small_disk: Path
) -> None:
    require_flite()
    cache = cache_for(small_disk / "speech", VoiceChoice("flite", "rms"), 175)
    renderer = CueRenderer(cache)
    moved: list[Problem] = []
    failed: list[str] = []
    renderer.moved.connect(moved.append)
    renderer.failed.connect(lambda text, _problem: failed.append(text))
    try:
        with qtbot.waitSignal(renderer.job_finished, timeout=WAIT_MS):
            renderer.render(["3"])  # small: it fits
        assert moved == [] and renderer.cache.lookup("3") is not None
        with qtbot.waitSignal(renderer.job_finished, timeout=WAIT_MS) as done:
            renderer.render(["3", *TEXTS])
        assert done.args == [len(TEXTS), 0] and failed == []  # "3" was there
        assert all(renderer.cache.lookup(text) is not None for text in TEXTS)
        (problem,) = moved  # said once, not once per cue
        assert problem.severity is Severity.WARNING
        assert "cannot hold the cues (No space left on device)" in problem.english()
        assert "Errno" not in problem.english()
        scratch = renderer.cache.folder
        assert not scratch.is_relative_to(small_disk) and str(scratch) in problem.english()
        three = renderer.cache.lookup("3")
        assert three is not None and three.is_relative_to(small_disk)  # used where it is
    finally:
        renderer.shutdown()


def _coach(qtbot: QtBot, cache_dir: Path) -> tuple[object, SessionDriver, list[object]]:
    from retrocoach.assets_path import assets_dir
    from retrocoach.ui.live.voice import VoiceCoach

    tips, _ = parse_tips_text((assets_dir() / "tips" / "en.json").read_text("utf-8"), "en.json")
    workout_file = assets_dir() / "workouts" / "first-steps.json"
    workout = load_workout_text(workout_file.read_text("utf-8"), str(workout_file), True)
    driver = SessionDriver(workout.plan())
    settings = Settings(voice="flite:rms")
    coach = VoiceCoach(driver, DataPaths.default(), tips, settings, cache_dir=cache_dir)
    told: list[object] = []
    coach.message.connect(told.append)
    return coach, driver, told


def test_the_start_gate_finds_the_safety_check_in_the_scratch(
    qtbot: QtBot, isolated_home: Path, small_disk: Path
) -> None:
    require_flite()
    coach, _driver, told = _coach(qtbot, small_disk / "speech")
    from retrocoach.ui.live.voice import VoiceCoach

    assert isinstance(coach, VoiceCoach)
    try:
        coach.start()
        qtbot.waitUntil(coach.first_cues_ready, timeout=WAIT_MS)
        safety = next(c for c in coach.cues if c.kind is CueKind.SAFETY)
        assert coach.player._pool.path(safety.text) is not None  # the player finds its file
        problems = [p for p in told if isinstance(p, Problem)]
        assert any("cannot hold the cues" in p.english() for p in problems), told
    finally:
        coach.shutdown()


def test_unrenderable_cues_reach_the_bridge_once_serious_for_the_safety_check(
    qtbot: QtBot, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nowhere to write at all (the cache and the scratch's disk both full): one SERIOUS
    problem naming the safety check, not a storm of one per cue."""
    require_flite()
    cache_dir, scratch_disk = tmp_path / "cache", tmp_path / "tmp"
    mount_full(cache_dir, "4k")
    mount_full(scratch_disk, "4k")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_disk))
    coach, _driver, told = _coach(qtbot, cache_dir / "speech")
    from retrocoach.ui.live.voice import VoiceCoach

    assert isinstance(coach, VoiceCoach)
    try:
        finished: list[object] = []
        coach.renderer.job_finished.connect(lambda *args: finished.append(args))
        coach.start()
        qtbot.waitUntil(lambda: any(isinstance(p, Problem) and p.severity is Severity.SERIOUS
                                    for p in told), timeout=WAIT_MS)  # fmt: skip
        serious = [p for p in told if isinstance(p, Problem) and p.severity is Severity.SERIOUS]
        qtbot.waitUntil(lambda: bool(finished), timeout=3 * WAIT_MS)
        serious = [p for p in told if isinstance(p, Problem) and p.severity is Severity.SERIOUS]
        assert len(serious) == 1, told  # the others: one WARNING at the job's end
        assert "The safety check “Check the path behind you" in serious[0].english()
        assert "cannot be spoken" in serious[0].english()
    finally:
        coach.shutdown()
        for folder in (cache_dir, scratch_disk):
            subprocess.run(["umount", "-l", str(folder)], check=False)
