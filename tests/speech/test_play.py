"""Playing a WAV for `retrocoach say`: what is not a WAV is refused before any sound."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrocoach.speech.errors import RenderError
from retrocoach.speech.play import play_file


def test_a_file_that_is_not_a_wav_is_a_render_error(tmp_path: Path) -> None:
    path = tmp_path / "not.wav"
    path.write_text("not a sound", "utf-8")
    with pytest.raises(RenderError) as caught:
        play_file(path)
    assert str(caught.value) == f"{path} is not a playable WAV file"
