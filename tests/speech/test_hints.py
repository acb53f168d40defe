"""The fix texts: translatable, right for the cause, and sent by the worker intact."""

from __future__ import annotations

from retrocoach.core.problem import Severity, Text
from retrocoach.speech.hints import (
    NO_AUDIO,
    NO_AUDIO_MESSAGE,
    engine_start_fix,
    install_hint,
    start_fix,
    text_from_wire,
    text_to_wire,
)


def test_the_engine_fix_follows_the_cause() -> None:
    missing = ModuleNotFoundError("No module named 'pyttsx3'", name="pyttsx3")
    assert "-m pip install pyttsx3" in engine_start_fix(missing, "/py").english()
    needed = ModuleNotFoundError("No module named 'comtypes'", name="comtypes")
    assert (
        "/py -m pip install --force-reinstall pyttsx3" in engine_start_fix(needed, "/py").english()
    )
    no_library = OSError("libespeak-ng.so.1: cannot open shared object file")
    assert engine_start_fix(no_library) == install_hint()
    assert engine_start_fix(RuntimeError("no eSpeak")) == install_hint()


def test_each_engine_has_its_own_start_fix() -> None:
    assert "apt-get install flite" in start_fix("flite", OSError("x")).english()
    piper = start_fix("piper", ImportError("no piper"), "/py").english()
    assert "/py -m pip install 'retrocoach[piper]'" in piper
    assert start_fix("piper", RuntimeError("bad model")).english().startswith("choose another")


def test_a_fix_crosses_the_pipe_as_a_text() -> None:
    fix = engine_start_fix(ModuleNotFoundError("x", name="pyttsx3"), "/py")
    assert text_from_wire(text_to_wire(fix)) == fix
    assert text_from_wire("install it") is None and text_from_wire(None) is None
    assert text_from_wire({"source": 3}) is None


def test_no_audio_is_serious_and_keeps_its_sentence() -> None:
    assert NO_AUDIO.severity is Severity.SERIOUS
    assert isinstance(NO_AUDIO.what, Text) and NO_AUDIO.what.context == "speech"
    assert NO_AUDIO_MESSAGE == (
        "No audio output device: cues are shown as captions only. To hear them, connect "
        "speakers or headphones, or start the sound server (PulseAudio/PipeWire: "
        "`pulseaudio --start`)."
    )
