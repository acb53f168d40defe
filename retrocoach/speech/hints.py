"""What to tell the user when speech or sound is missing: one place for the fix texts.

Qt-free and pyttsx3-free, so the worker, the CLI and the player can all use it. Every text
is a translatable :class:`~retrocoach.core.problem.Text`; the worker sends its fix to the app
as one (:func:`text_to_wire`, :func:`text_from_wire`), so the app translates it too.
"""

from __future__ import annotations

import sys
from typing import Any

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, Text, text
from retrocoach.speech.errors import CONTEXT, speech_text


def install_hint() -> Text:
    """The one thing to do when no engine can start, for this platform."""
    if sys.platform.startswith("linux"):
        return speech_text(
            QT_TRANSLATE_NOOP("speech", "install espeak-ng: sudo apt-get install espeak-ng"),
        )
    if sys.platform == "win32":
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech",
                "install a Windows voice (Settings > Time & language > Speech > Add voices) "
                "and reinstall retrocoach so pywin32 is present",
            ),
        )
    if sys.platform == "darwin":
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech", "reinstall retrocoach so pyobjc is present (pip install pyobjc)"
            ),
        )
    return speech_text(
        QT_TRANSLATE_NOOP("speech", "install espeak-ng (or espeak) with your package manager"),
    )


def engine_start_fix(error: BaseException, python: str = sys.executable) -> Text:
    """The fix for a pyttsx3 engine that failed to start with `error` (in the speech worker).

    An ImportError means pyttsx3 (or a module it needs) is missing from the Python that runs
    retrocoach, whatever the system has installed; anything else is the platform's engine.
    """
    if not isinstance(error, ImportError):
        return install_hint()
    if (error.name or "").split(".")[0] == "pyttsx3":
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech",
                "install pyttsx3 for the Python that runs retrocoach: {python} -m pip install "
                "pyttsx3 (in a source checkout, `make run` sets up .venv with everything)",
            ),
            python=python,
        )
    return speech_text(
        QT_TRANSLATE_NOOP(
            "speech",
            "reinstall pyttsx3 and what it needs: {python} -m pip install --force-reinstall "
            "pyttsx3 (in a source checkout: `make run`)",
        ),
        python=python,
    )


def start_fix(engine: str, error: BaseException, python: str = sys.executable) -> Text:
    """What to do when `engine` cannot start with `error`."""
    if engine == "pyttsx3":
        return engine_start_fix(error, python)
    if engine == "flite":
        return speech_text(QT_TRANSLATE_NOOP("speech", "install flite: sudo apt-get install flite"))
    if isinstance(error, ImportError):
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech",
                "install Piper for the Python that runs retrocoach: "
                "{python} -m pip install 'retrocoach[piper]'",
            ),
            python=python,
        )
    return speech_text(QT_TRANSLATE_NOOP("speech", "choose another voice in Settings"))


def audio_fix() -> Text:
    """How to get an audio output device, for this platform."""
    if sys.platform.startswith("linux"):
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech",
                "start the sound server (`pulseaudio --start`, or PipeWire's pipewire-pulse) "
                "and check that a sound card or headphones are connected",
            ),
        )
    return speech_text(
        QT_TRANSLATE_NOOP(
            "speech", "connect speakers or headphones and check the system's sound settings"
        ),
    )


def voice_fix() -> Text:
    """What to do about a chosen voice that cannot speak."""
    return speech_text(
        QT_TRANSLATE_NOOP(
            "speech",
            'choose an installed voice in the app\'s settings (Ctrl+,), or remove "voice" from '
            "settings.json to use the default; `retrocoach voices` lists the installed voices",
        ),
    )


#: There is no audio output: serious, the runner hears no cue (not even the safety check).
NO_AUDIO = Problem(
    speech_text(
        QT_TRANSLATE_NOOP("speech", "No audio output device: cues are shown as captions only"),
    ),
    Severity.SERIOUS,
    fix=speech_text(
        QT_TRANSLATE_NOOP(
            "speech",
            "To hear them, connect speakers or headphones, or start the sound server "
            "(PulseAudio/PipeWire: `pulseaudio --start`).",
        ),
    ),
)
#: :data:`NO_AUDIO` in English (the command line, and the app's status line until it shows
#: the problem itself).
NO_AUDIO_MESSAGE = NO_AUDIO.english()
#: The audio output came back.
AUDIO_BACK = Problem(
    speech_text(QT_TRANSLATE_NOOP("speech", "Audio output found: cues are spoken again.")),
    Severity.INFO,
)


def text_to_wire(value: Text) -> dict[str, Any]:
    """`value` as JSON (the worker's hello); its args must be JSON values themselves."""
    return {
        "context": value.context,
        "source": value.source,
        "args": dict(value.args),
        "count": value.count,
    }


def text_from_wire(data: object) -> Text | None:
    """The :class:`Text` a worker sent (:func:`text_to_wire`); None for anything else."""
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        return None
    args = data.get("args")
    count = data.get("count")
    return text(
        str(data.get("context") or CONTEXT),
        data["source"],
        count if isinstance(count, int) else None,
        **(args if isinstance(args, dict) else {}),
    )
