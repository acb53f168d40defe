"""Every test runs with its own data folders: nothing reads or writes the real user's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.speech.pulse import ensure_null_sink


def pytest_configure(config: pytest.Config) -> None:
    """An audio device (a PulseAudio null sink) before any Qt Multimedia class is used: Qt
    looks for the sound server once per process. Failures surface in the speech tests."""
    ensure_null_sink()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """RETROCOACH_HOME under the test's tmp_path (tests may point it elsewhere)."""
    home = tmp_path / "retrocoach-home"
    monkeypatch.setenv("RETROCOACH_HOME", str(home))
    return home
