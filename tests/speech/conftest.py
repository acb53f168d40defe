"""Speech test fixtures: an audio device (PulseAudio null sink), a real-speech cache."""

from __future__ import annotations

import ctypes.util
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrocoach.speech.cache import SpeechCache
from tests.speech.pulse import PulseSetup, ensure_null_sink

# Qt Multimedia looks for the sound server once per process: start it before any test runs.
PULSE: PulseSetup = ensure_null_sink()


@pytest.fixture(scope="session")
def null_sink() -> PulseSetup:
    """The PulseAudio null sink; the test FAILS (never skips) when it cannot be set up."""
    if not PULSE.ok:
        pytest.fail(PULSE.message)
    return PULSE


@pytest.fixture(scope="session")
def espeak() -> None:
    """The real engine is required: fail with the install command when it is missing."""
    if ctypes.util.find_library("espeak-ng") is None and shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is missing: install espeak-ng: sudo apt-get install espeak-ng")


@pytest.fixture
def cache(tmp_path: Path) -> SpeechCache:
    return SpeechCache(tmp_path / "speech")


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SpeechCache]:
    """One cache per module, so real renders are paid once."""
    yield SpeechCache(tmp_path_factory.mktemp("speech-cache"))
