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


def engine_start_fix(error: BaseException, python: str = sys.executable) -> str:
    """The fix for an engine that failed to start with `error` (in the speech worker).

    An ImportError means pyttsx3 (or a module it needs) is missing from the Python that runs
    retrocoach, whatever the system has installed; anything else is the platform's engine.
    """
    if not isinstance(error, ImportError):
        return install_hint()
    if (error.name or "").split(".")[0] == "pyttsx3":
        return (
            f"install pyttsx3 for the Python that runs retrocoach: {python} -m pip install "
            "pyttsx3 (in a source checkout, `make run` sets up .venv with everything)"
        )
    return (
        f"reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall "
        "pyttsx3 (in a source checkout: `make run`)"
    )


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
