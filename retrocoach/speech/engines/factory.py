"""Creating an engine by name, in the render worker (the engines are imported only here, and
only the one asked for)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from retrocoach.speech.engines.base import ENGINE_NAMES, SpeechEngine


def create(
    name: str, engine_factory: str | None = None, voice_dirs: Sequence[Path] = ()
) -> SpeechEngine:
    """The engine `name`, started (raises what its start raises: ImportError, OSError ...).

    `engine_factory` (``module:callable``) replaces ``pyttsx3.init`` (tests inject faults);
    `voice_dirs` are the folders where Piper looks for voices.
    """
    if name == "pyttsx3":
        from retrocoach.speech.engines.pyttsx3_engine import Pyttsx3Engine, load_factory

        return Pyttsx3Engine(load_factory(engine_factory)())
    if name == "flite":
        from retrocoach.speech.engines.flite import FliteEngine

        return FliteEngine()
    if name == "piper":
        from retrocoach.speech.engines.piper import PiperEngine

        return PiperEngine(voice_dirs)
    raise ValueError(f"unknown speech engine {name!r} (known: {', '.join(ENGINE_NAMES)})")
