"""CMU Flite (Debian's ``flite``, BSD-like licence) as a subprocess engine.

``flite -voice NAME -t TEXT -o OUT.wav``; the rate becomes ``duration_stretch`` (flite has
no words-per-minute setting). Its voices are the ones compiled into the program
(``flite -lv``): on Debian ``kal``, ``kal16``, ``awb``, ``rms``, ``slt`` (``awb_time``
only says the time, so it is not listed).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

from retrocoach.speech.engines.base import UnknownVoice, stretch_for

#: The program; its absence is what "flite is not installed" means.
PROGRAM = "flite"
#: The voice used when none is named (the clearest of the built-in ones, benchmarks/README).
DEFAULT_VOICE = "rms"
#: Voices flite lists that cannot say a cue.
UNUSABLE = frozenset({"awb_time"})
#: Seconds one call may take (a cue takes ~50 ms).
CALL_TIMEOUT = 20.0

_NAMES = {
    "kal": ("Kal (US English, 8 kHz diphone)", "male"),
    "kal16": ("Kal (US English, diphone)", "male"),
    "awb": ("AWB (Scottish English)", "male"),
    "rms": ("RMS (US English)", "male"),
    "slt": ("SLT (US English)", "female"),
}


def program() -> str | None:
    return shutil.which(PROGRAM)


@cache
def version() -> str:
    """``flite-2.2`` from ``flite --version`` (``flite-unknown`` if it does not say)."""
    found = program()
    if found is None:
        return "flite-missing"
    try:
        output = subprocess.run(
            [found, "--version"], capture_output=True, text=True, timeout=CALL_TIMEOUT
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "flite-unknown"
    for word in output.split():
        if word.startswith("flite-"):
            return word.removesuffix("-current")
    return "flite-unknown"


def list_voice_names() -> list[str]:
    """The usable voices of the installed flite (asked once per program path)."""
    found = program()
    return list(_voice_names(found)) if found else []


@cache
def _voice_names(program_path: str) -> tuple[str, ...]:
    try:
        output = subprocess.run(
            [program_path, "-lv"], capture_output=True, text=True, timeout=CALL_TIMEOUT
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    _, _, names = output.partition(":")
    return tuple(name for name in names.split() if name not in UNUSABLE)


class FliteEngine:
    name = "flite"

    def __init__(self) -> None:
        found = program()
        if found is None:
            raise FileNotFoundError("flite is not installed (no `flite` program on the PATH)")
        self.program = found
        self._voices = list_voice_names()

    def identity(self) -> str:
        return version()

    def voices(self) -> list[dict[str, Any]]:
        return [
            {
                "id": name,
                "name": _NAMES.get(name, (name, None))[0],
                "languages": ["en"],
                "gender": _NAMES.get(name, (name, None))[1],
            }
            for name in self._voices
        ]

    def render(self, text: str, voice: str | None, rate: int, out_wav: Path) -> None:
        voice = voice or DEFAULT_VOICE
        if voice not in self._voices:
            raise UnknownVoice(
                f"flite has no voice {voice!r} (it has {', '.join(self._voices) or 'none'})"
            )
        result = subprocess.run(
            [
                self.program,
                "-voice",
                voice,
                "--setf",
                f"duration_stretch={stretch_for(rate):.3f}",
                "-t",
                text,
                "-o",
                str(out_wav),
            ],
            capture_output=True,
            text=True,
            timeout=CALL_TIMEOUT,
        )
        if result.returncode != 0:
            raise RuntimeError(f"flite failed ({result.returncode}): {result.stderr.strip()}")
