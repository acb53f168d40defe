"""Issue 17, item 9 (the speech parts): `say` of a long text, `say --to-file -`, and
messages in words instead of Python's internals. Real flite, real WAVs."""

from __future__ import annotations

import io
import math
import subprocess
import sys
import wave
from array import array
from pathlib import Path

from retrocoach.speech.clips import MAX_CLIP_BYTES, load_clip
from retrocoach.speech.play import _pieces
from retrocoach.speech.worker import plain_words
from tests.cli.run import ROOT, TIMEOUT, environment
from tests.speech.voices import require_flite


def test_say_to_dash_writes_the_wav_to_stdout(isolated_home: Path, tmp_path: Path) -> None:
    require_flite()
    done = subprocess.run(
        [sys.executable, "-m", "retrocoach", "say", "--engine", "flite", "Hello", "--to-file", "-"],
        capture_output=True, env=environment(), cwd=tmp_path, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "-").exists() and not (ROOT / "-").exists()
    with wave.open(io.BytesIO(done.stdout), "rb") as wav:
        assert wav.getnframes() / wav.getframerate() > 0.2


def test_speech_longer_than_a_clip_is_played_in_pieces(tmp_path: Path) -> None:
    """Seven minutes at 22 kHz is over the player's 16 MB clip limit: before, `say` failed
    naming a deleted temporary file; now it is played piece by piece."""
    rate, seconds = 22050, 7 * 60
    long = tmp_path / "say.wav"
    tone = array("h", (round(8000 * math.sin(i / 10)) for i in range(rate)))
    with wave.open(str(long), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        for _ in range(seconds):
            wav.writeframes(tone.tobytes())
    assert long.stat().st_size > MAX_CLIP_BYTES and load_clip(long) is None
    heard = 0.0
    for piece in _pieces(long):
        clip = load_clip(piece)
        assert clip is not None, piece
        heard += clip.seconds
    assert abs(heard - seconds) < 0.01
    assert sorted(p.name for p in tmp_path.iterdir()) == ["say.wav"]  # the pieces are gone


def test_messages_say_what_happened_in_words() -> None:
    assert plain_words(RuntimeError("the engine wrote no audible speech")) == (
        "the engine wrote no audible speech"
    )
    words = plain_words(IsADirectoryError(21, "Is a directory", "/home/me/out.wav"))
    assert words == "Is a directory: /home/me/out.wav" and "Errno" not in words
    assert plain_words(ValueError()) == "ValueError"
