"""``retrocoach check``: the chosen voice is checked, and every MISSING line ends with its fix.

The command runs for real (a child ``python -m retrocoach check``, the real pyttsx3 +
espeak-ng worker, the real Qt probes). Faults are injected only from outside: a broken
engine factory, a ``pyttsx3`` module that cannot be imported, no display, no sound server, a
file where a data folder belongs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from retrocoach.cli.folders import folder_line
from retrocoach.speech.check import missing_line, run_check
from retrocoach.speech.engine import list_voices
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings, SettingsStore

BROKEN = "tests.speech.faulty_engine:broken_init"
ROOT = Path(__file__).resolve().parents[2]
MISSING_WITH_FIX = re.compile(r"^MISSING  [^:]+: .+\. Fix: \S.*$")


def run_cli_check(home: Path, **env: str | None) -> tuple[int, list[str]]:
    """`retrocoach check` in a child, with RETROCOACH_HOME=home and `env` (None: unset)."""
    environ = dict(os.environ, RETROCOACH_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name, value in env.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    done = subprocess.run(
        [sys.executable, "-m", "retrocoach", "check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=environ,
        check=False,
    )
    return done.returncode, done.stdout.splitlines()


def lines_about(lines: list[str], what: str) -> list[str]:
    return [line for line in lines if line[9:].startswith(f"{what}:")]


def choose_voice(home: Path, voice: str | None) -> None:
    SettingsStore(DataPaths.under(home)).save(Settings(voice=voice))


def test_a_chosen_voice_that_is_not_installed_is_missing_with_its_fix(
    espeak: None, tmp_path: Path
) -> None:
    choose_voice(tmp_path, "no-such-voice")
    status, lines = run_cli_check(tmp_path)
    assert status == 1, lines
    [voice] = lines_about(lines, "voice")
    assert voice.startswith("MISSING"), lines
    assert "'no-such-voice'" in voice and "captions only" in voice
    assert MISSING_WITH_FIX.match(voice) and "retrocoach voices" in voice.split("Fix:")[1]
    assert lines_about(lines, "voices")[0].startswith("ok")  # the engine itself is fine


def test_an_installed_chosen_voice_and_no_chosen_voice_are_ok(espeak: None) -> None:
    english = next(v for v in list_voices() if v.id.endswith("en-us"))
    for chosen in (english.id, english.name, None):
        _ok, lines = run_check(voice=chosen)
        [voice] = lines_about(lines, "voice")
        assert voice.startswith("ok "), (chosen, lines)


def test_every_missing_line_ends_with_a_fix(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data folder belongs")
    (tmp_path / "cache").write_text("and another one")
    status, lines = run_cli_check(
        tmp_path,
        RETROCOACH_SPEECH_ENGINE=BROKEN,  # the engine cannot start
        QT_QPA_PLATFORM="xcb",  # no display: the platform plugin cannot load
        DISPLAY=None,
        WAYLAND_DISPLAY=None,
        PULSE_SERVER=f"unix:{tmp_path}/no-sound-server",  # no audio output
    )
    assert status == 1
    missing = [line for line in lines if line.startswith("MISSING")]
    names = {line[9:].split(":")[0] for line in missing}
    assert {
        "speech engine",
        "Qt platform",
        "audio outputs",
        "workouts and history folder",
        "voice cache folder",
    } <= names, lines
    without_fix = [line for line in missing if not MISSING_WITH_FIX.match(line)]
    assert not without_fix, "MISSING lines without a fix:\n" + "\n".join(without_fix)
    [data] = lines_about(lines, "workouts and history folder")
    assert f"move the file {tmp_path / 'data'} away" in data


def test_pyttsx3_that_cannot_be_imported_is_named_as_the_cause(tmp_path: Path) -> None:
    # espeak-ng is installed here; only the Python module is missing.
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "pyttsx3.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'pyttsx3'\", name='pyttsx3')\n"
    )
    pythonpath = os.pathsep.join(filter(None, [str(shadow), os.environ.get("PYTHONPATH")]))
    choose_voice(tmp_path / "home", "pyttsx3")  # Auto would pick flite
    _status, lines = run_cli_check(tmp_path / "home", PYTHONPATH=pythonpath)
    [engine] = lines_about(lines, "speech engine")
    assert engine.startswith("MISSING") and MISSING_WITH_FIX.match(engine), lines
    problem, fix = engine.split(". Fix: ")
    assert "ModuleNotFoundError: No module named 'pyttsx3'" in problem
    assert f"{sys.executable} -m pip install pyttsx3" in fix and "make run" in fix
    assert "espeak" not in fix


def test_line_helpers_always_end_missing_lines_with_the_fix(tmp_path: Path) -> None:
    assert missing_line("x", "broken.", "do y") == "MISSING  x: broken. Fix: do y"
    with pytest.raises(AssertionError):
        missing_line("x", "broken", " ")
    assert folder_line("Logs", tmp_path, None) == f"ok       logs folder: {tmp_path}"
    (tmp_path / "in-the-way").write_text("")
    line = folder_line("Logs", tmp_path / "in-the-way" / "logs", "in the way")
    assert MISSING_WITH_FIX.match(line) and "move the file" in line
