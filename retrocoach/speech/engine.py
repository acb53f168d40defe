"""The speech engine's public names in one place, for callers outside speech (the app, the
command line): the errors, the render process, voice listing and the probe. Inside speech,
import from the module that defines each name.
"""

from __future__ import annotations

from retrocoach.speech.engines.base import ENGINE_FACTORY_ENV
from retrocoach.speech.errors import EngineUnavailable, RenderError, RenderTimeout, SpeechError
from retrocoach.speech.probe import Probe, probe
from retrocoach.speech.process import (
    RENDER_TIMEOUT,
    START_TIMEOUT,
    RenderProcess,
    worker_environment,
)
from retrocoach.speech.voices import VoiceInfo, all_voices, list_voices

__all__ = [
    "ENGINE_FACTORY_ENV",
    "RENDER_TIMEOUT",
    "START_TIMEOUT",
    "EngineUnavailable",
    "Probe",
    "RenderError",
    "RenderProcess",
    "RenderTimeout",
    "SpeechError",
    "VoiceInfo",
    "all_voices",
    "list_voices",
    "probe",
    "worker_environment",
]
