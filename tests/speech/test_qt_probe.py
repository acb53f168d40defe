"""The Qt probe in a child process: the platform and the audio outputs, or the fix."""

from __future__ import annotations

import pytest

from retrocoach.speech import qt_probe
from retrocoach.speech.errors import SpeechError


def test_the_offscreen_platform_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qt_probe.qt_report("gui") == {"platform": "offscreen"}


def test_a_platform_that_cannot_load_is_a_problem_with_the_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(SpeechError) as caught:
        qt_probe.qt_report("gui")
    assert "QT_QPA_PLATFORM=offscreen" in caught.value.fix  # no display: the headless fix
    assert caught.value.problem.what.english()


def test_the_audio_fix_names_this_python() -> None:
    import sys

    assert sys.executable in qt_probe.audio_probe_fix().english()
