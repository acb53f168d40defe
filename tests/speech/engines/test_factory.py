"""Creating an engine by name (in the worker): an unknown name is refused."""

from __future__ import annotations

import pytest

from retrocoach.speech.engines.factory import create


def test_an_unknown_engine_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known: piper, flite, pyttsx3"):
        create("espeak")


def test_an_injected_pyttsx3_factory_is_used() -> None:
    with pytest.raises(OSError, match="libespeak-ng"):
        create("pyttsx3", "tests.speech.faulty_engine:broken_init")
