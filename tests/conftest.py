"""Every test runs with its own data folders: nothing reads or writes the real user's files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from retrocoach.storage.paths import DataPaths
from tests.speech.pulse import ensure_null_sink

#: One voice cache for the whole test run, for the tests that open the app only to use it:
#: each one's fresh data folder would otherwise render a whole session again (~10 s with
#: flite). Tests of the cache and of rendering keep their own.
_SHARED_VOICE = Path(tempfile.mkdtemp(prefix="retrocoach-test-voice-"))


def share_rendered_voice(paths: DataPaths) -> None:
    """Make `paths`' speech cache folder a link to the test run's shared one."""
    paths.cache_dir.mkdir(parents=True, exist_ok=True)
    paths.speech_cache_dir.symlink_to(_SHARED_VOICE, target_is_directory=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SHARED_VOICE, ignore_errors=True)


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
