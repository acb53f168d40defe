"""Speech engines behind one small protocol, hosted by the render child process.

Each module here wraps one synthesiser (``pyttsx3``, ``flite``, ``piper``) as a
:class:`SpeechEngine`: a name, an identity (for the cache key), its voices, and
``render(text, voice, rate, out_wav)``. Only the worker (``python -m
retrocoach.speech.worker --engine NAME``) creates engines, so a slow, crashing or GPL engine
never runs in the app's process. The parent side (which engine and voice to use, Auto) is
:mod:`retrocoach.speech.engines.choice`, which imports no engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

#: Every engine retrocoach knows, by name.
ENGINE_NAMES = ("piper", "flite", "pyttsx3")
#: Environment variable naming an engine factory ``module:callable`` (tests inject faults).
ENGINE_FACTORY_ENV = "RETROCOACH_SPEECH_ENGINE"


class UnknownVoice(LookupError):
    """The voice is not installed for this engine (the message names it)."""


class SpeechEngine(Protocol):
    """One synthesiser in the worker; every call may block (the parent has the timeout)."""

    name: str

    def identity(self) -> str:
        """Engine, version and platform driver, e.g. ``flite-2.2``."""
        ...

    def voices(self) -> list[dict[str, Any]]:
        """``[{"id", "name", "languages", "gender"}]``: ids that ``render`` accepts."""
        ...

    def render(self, text: str, voice: str | None, rate: int, out_wav: Path) -> None:
        """Write `text` spoken by `voice` (None: the engine's default) at `rate` words per
        minute to `out_wav`; raise :class:`UnknownVoice` for a voice that is not there."""
        ...


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


def stretch_for(rate: int, default: int = 175) -> float:
    """The duration stretch (1.0 at `default` words per minute) for engines without a rate."""
    return max(0.25, min(4.0, default / max(1, rate)))
