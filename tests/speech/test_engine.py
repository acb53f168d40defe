"""The speech engine's public names in one place: the very objects their modules define."""

from __future__ import annotations

from retrocoach.speech import engine, errors, probe, process, voices


def test_the_public_names_are_the_modules_own() -> None:
    assert engine.SpeechError is errors.SpeechError
    assert engine.EngineUnavailable is errors.EngineUnavailable
    assert engine.RenderProcess is process.RenderProcess
    assert engine.all_voices is voices.all_voices
    assert engine.probe is probe.probe
    assert set(engine.__all__) <= set(dir(engine))
