"""Issue 17, items 1 and 5: the voice files speech reads go through the one guard
(:mod:`retrocoach.fileguard`), and a voice that cannot speak gives way to Auto's, said.

Real files: a real FIFO, a real link to ``/dev/zero``, copies of the real Piper test voice
damaged in the ways a user's voice folder can be. The commands run as the user runs them
(``python -m retrocoach``), with a timeout shorter than a hang.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from retrocoach.core.problem import Severity
from retrocoach.speech.cache import wav_info
from retrocoach.speech.engines import piper
from retrocoach.speech.engines.choice import resolve, voice_file_hash
from retrocoach.storage.paths import DataPaths
from tests.cli.run import ROOT, environment
from tests.speech.voices import piper_voice, require_flite

#: A hang is what is tested: much less than the commands' usual timeout.
HANG = 40.0


def fake_model(folder: Path, name: str = "X") -> Path:
    """A >= 1 KB ``NAME.onnx`` (the head of the real voice), its settings not yet there."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    with piper_voice().open("rb") as real:
        model.write_bytes(real.read(4096))
    return model


def copy_voice(folder: Path, name: str = "joe") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{name}.onnx"
    real = piper_voice()
    os.link(real, model) if real.stat().st_dev == folder.stat().st_dev else shutil.copy(real, model)
    shutil.copy(piper.config_for(real), piper.config_for(model))
    return model


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "retrocoach", *args],
        capture_output=True,
        text=True,
        env=environment(),
        cwd=ROOT,
        timeout=HANG,
        check=False,
        stdin=subprocess.DEVNULL,
    )


# --- item 1: no hang, no endless read --------------------------------------------------------


def test_a_fifo_as_the_voice_settings_hangs_no_command(isolated_home: Path) -> None:
    """The issue's steps: `voices`, `plan` and `say` return (before: blocked in open())."""
    require_flite()
    model = fake_model(DataPaths.default().voices_dir)
    os.mkfifo(piper.config_for(model))
    started = time.monotonic()
    listed = run("voices")
    assert listed.returncode == 0, listed
    assert "flite:rms" in listed.stdout and "X.onnx" not in listed.stdout
    assert run("plan", "--workout", "first-steps").returncode == 0
    said = run("say", "Hello", "--to-file", str(isolated_home / "hello.wav"))
    assert said.returncode == 0, said
    assert time.monotonic() - started < HANG


def test_a_fifo_or_a_device_as_voice_files_is_named_not_read(tmp_path: Path) -> None:
    model = fake_model(tmp_path)
    config = piper.config_for(model)
    os.mkfifo(config)
    problem = piper.voice_problem(model)
    assert problem is not None and "FIFO" in problem.english(), problem
    assert len(voice_file_hash(model)) == 16  # hashed without opening the FIFO for reading
    config.unlink()
    config.symlink_to("/dev/zero")
    problem = piper.voice_problem(model)
    assert problem is not None and "character device" in problem.english(), problem
    fifo_model = tmp_path / "pipe.onnx"
    os.mkfifo(fifo_model)
    problem = piper.voice_problem(fifo_model)
    assert problem is not None
    assert "is a FIFO (named pipe), not a voice file" in problem.english()
    assert "does not exist" not in problem.english()
    assert len(voice_file_hash(fifo_model)) == 16


def test_a_fifo_named_like_a_cached_cue_is_not_a_wav(tmp_path: Path) -> None:
    cue = tmp_path / "0123.wav"
    os.mkfifo(cue)
    assert wav_info(cue) is None


# --- item 5: a damaged voice or an unknown engine gives way to Auto's voice ------------------


def _damaged_voices(folder: Path) -> dict[str, Path]:
    random_model = folder / "random.onnx"
    random_model.write_bytes(bytes([0x42]) + random.Random(17).randbytes(8191))
    shutil.copy(piper.config_for(piper_voice()), piper.config_for(random_model))
    text_model = folder / "text.onnx"
    text_model.write_text("Not a model, a note renamed.\n" * 100, "utf-8")
    shutil.copy(piper.config_for(piper_voice()), piper.config_for(text_model))
    no_symbols = copy_voice(folder, "nosymbols")
    settings = json.loads(piper.config_for(no_symbols).read_text("utf-8"))
    del settings["num_symbols"]
    piper.config_for(no_symbols).write_text(json.dumps(settings), "utf-8")
    return {"random": random_model, "text": text_model, "no num_symbols": no_symbols}


def test_a_damaged_piper_voice_gives_way_to_autos_voice_with_a_warning(tmp_path: Path) -> None:
    require_flite()
    for why, model in _damaged_voices(tmp_path).items():
        resolved = resolve(f"piper:{model}", [tmp_path])
        assert resolved.choice.engine == "flite", why
        assert resolved.problem is not None and resolved.problem.severity is Severity.WARNING
        assert str(model) in resolved.problem.english(), why
        assert "using flite (rms) instead" in resolved.problem.english(), why
    assert piper.find_voices([tmp_path]) == []  # and Auto never picks one of them


def test_an_unknown_engine_gives_way_to_autos_voice_with_a_warning(tmp_path: Path) -> None:
    require_flite()
    resolved = resolve("festival:kal_diphone", [tmp_path])
    assert resolved.choice.engine == "flite"
    assert resolved.problem is not None and resolved.problem.severity is Severity.WARNING
    assert "no speech engine called 'festival'" in resolved.problem.english()
    assert resolve("en-us+klatt4", [tmp_path]).choice.engine == "pyttsx3"  # still a voice id


def test_the_real_voice_passes(tmp_path: Path) -> None:
    model = copy_voice(tmp_path)
    assert piper.voice_problem(model) is None
    assert piper.find_voices([tmp_path]) == [model]
