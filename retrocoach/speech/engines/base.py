"""What every speech engine shares: the engine names, the :class:`SpeechEngine` protocol, the
error for a voice that is not there, and the rate helper for engines without a rate. Imports
no engine (the engines import this)."""

from __future__ import annotations

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


def stretch_for(rate: int, default: int = 175) -> float:
    """The duration stretch (1.0 at `default` words per minute) for engines without a rate."""
    return max(0.25, min(4.0, default / max(1, rate)))
