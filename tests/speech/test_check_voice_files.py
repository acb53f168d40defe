"""Trial finding 4: ``voices/x.onnx`` and ``x.onnx.json`` linked to ``/dev/zero`` made
``retrocoach check`` say "Piper is installed but has no voice". It now names each unusable
voice file and why, and fails. Real links, the real command, a timeout shorter than a hang."""

from __future__ import annotations

from pathlib import Path

from retrocoach.speech.engines import piper
from retrocoach.storage.paths import DataPaths
from tests.cli.run import retrocoach
from tests.speech.test_voice_files import copy_voice, fake_model


def test_check_names_each_unusable_voice_file_and_why(isolated_home: Path) -> None:
    voices = DataPaths.default().voices_dir
    voices.mkdir(parents=True)
    (voices / "x.onnx").symlink_to("/dev/zero")
    (voices / "x.onnx.json").symlink_to("/dev/zero")
    settings_to_zero = fake_model(voices, "y")
    piper.config_for(settings_to_zero).symlink_to("/dev/zero")
    result = retrocoach("check")
    assert result.status == 1, result.out
    bad = [line for line in result.lines if line.startswith("MISSING  piper voice:")]
    assert len(bad) == 2, result.out
    assert f"the Piper voice {voices / 'x.onnx'} is a character device, not a voice file" in bad[0]
    assert "Fix: replace x.onnx and x.onnx.json with a real voice's pair, or remove" in bad[0]
    assert f"the Piper voice settings {voices / 'y.onnx.json'} cannot be read" in bad[1]
    assert "character device" in bad[1]
    assert not any("has no voice" in line for line in result.lines), result.out


def test_a_good_voice_beside_them_is_still_used(isolated_home: Path) -> None:
    voices = DataPaths.default().voices_dir
    copy_voice(voices)
    (voices / "x.onnx").symlink_to("/dev/zero")
    result = retrocoach("check")
    bad = [line for line in result.lines if line.startswith("MISSING  piper voice:")]
    assert len(bad) == 1 and "x.onnx is a character device" in bad[0], result.out
    assert not any("has no voice" in line for line in result.lines)
