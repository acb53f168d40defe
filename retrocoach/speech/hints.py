"""What to tell the user when speech or sound is missing: one place for the fix texts.

Qt-free and pyttsx3-free, so the worker, the CLI and the player can all use it.
"""

from __future__ import annotations

import sys


def install_hint() -> str:
    """The one thing to do when no engine can start, for this platform."""
    if sys.platform.startswith("linux"):
        return "install espeak-ng: sudo apt-get install espeak-ng"
    if sys.platform == "win32":
        return (
            "install a Windows voice (Settings > Time & language > Speech > Add voices) "
            "and reinstall retrocoach so pywin32 is present"
        )
    if sys.platform == "darwin":
        return "reinstall retrocoach so pyobjc is present (pip install pyobjc)"
    return "install espeak-ng (or espeak) with your package manager"


def audio_fix() -> str:
    """How to get an audio output device, for this platform."""
    if sys.platform.startswith("linux"):
        return (
            "start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) and "
            "check that a sound card or headphones are connected"
        )
    return "connect speakers or headphones and check the system's sound settings"


NO_AUDIO_MESSAGE = (
    "No audio output device: cues are shown as captions only. To hear them, connect "
    "speakers or headphones, or start the sound server (PulseAudio/PipeWire: "
    "`pulseaudio --start`)."
)
