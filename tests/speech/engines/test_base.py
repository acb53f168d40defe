"""What the engines share: the names, and the stretch for engines without a rate."""

from __future__ import annotations

from retrocoach.speech.engines.base import ENGINE_NAMES, UnknownVoice, stretch_for


def test_the_names_and_the_stretch() -> None:
    assert set(ENGINE_NAMES) == {"pyttsx3", "flite", "piper"}
    assert stretch_for(175) == 1.0 and stretch_for(350) == 0.5
    assert stretch_for(1) == 4.0 and stretch_for(10_000) == 0.25  # bounded
    assert issubclass(UnknownVoice, LookupError)
