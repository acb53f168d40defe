"""Which way of lowering other sounds this machine has, and the ducker that uses it.

- Linux (and the BSDs): PulseAudio, or PipeWire through ``pipewire-pulse``, with ``pulsectl``.
- Windows: the audio session API's per-application volumes, with ``pycaw`` (:mod:`.windows`).
- macOS: no per-application volume a program may set; not available.

:func:`unavailable_reason` is cheap (imports only, no server): the Settings dialog asks it.
:func:`probe` connects (up to 2 s): ``retrocoach check`` asks it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, text
from retrocoach.desktop.ducking.ducker import Ducker
from retrocoach.desktop.ducking.places import StatePlaces
from retrocoach.desktop.ducking.streams import VolumeBackend

_CTX = "desktop"
NO_MAC = QT_TRANSLATE_NOOP("desktop", "macOS lets no app set another app's volume")
NO_PULSECTL = QT_TRANSLATE_NOOP(
    "desktop", "the Python package pulsectl is missing (pip install pulsectl)"
)
NO_PYCAW = QT_TRANSLATE_NOOP("desktop", "the Python package pycaw is missing (pip install pycaw)")
NO_SERVER = QT_TRANSLATE_NOOP("desktop", "no PulseAudio or PipeWire sound server answers ({error})")


@dataclass(frozen=True)
class Probe:
    """Whether ducking works here: `works`, and `detail` (the server, or why not)."""

    works: bool
    detail: Text


def backend_name() -> str | None:
    if sys.platform == "darwin":
        return None
    return "windows" if sys.platform == "win32" else "pulse"


def unavailable_reason() -> Text | None:
    """Why ducking cannot work here, from what is installed (None: it may)."""
    name = backend_name()
    if name is None:
        return text(_CTX, NO_MAC)
    module = "pycaw" if name == "windows" else "pulsectl"
    if importlib.util.find_spec(module) is None:
        return text(_CTX, NO_PYCAW if name == "windows" else NO_PULSECTL)
    return None


def opener(name: str) -> Callable[[], VolumeBackend]:
    def open_backend() -> VolumeBackend:
        if name == "windows":
            from retrocoach.desktop.ducking.windows import WindowsBackend

            return WindowsBackend()
        from retrocoach.desktop.ducking.pulse import PulseBackend

        return PulseBackend()

    return open_backend


def probe() -> Probe:
    """Connect to the platform's sound service and say what answered."""
    reason = unavailable_reason()
    if reason is not None:
        return Probe(False, reason)
    if backend_name() == "windows":
        try:
            backend = opener("windows")()
            backend.close()
        except Exception as error:
            return Probe(False, text(_CTX, NO_SERVER, error=str(error)))
        return Probe(True, text(_CTX, QT_TRANSLATE_NOOP("desktop", "Windows audio sessions")))
    from retrocoach.desktop.ducking.pulse import connect, server_name

    try:
        pulse = connect("retrocoach-check")
    except Exception as error:
        return Probe(False, text(_CTX, NO_SERVER, error=str(error) or type(error).__name__))
    try:
        name = server_name(pulse)
    finally:
        pulse.close()
    return Probe(True, text(_CTX, QT_TRANSLATE_NOOP("desktop", "through {server}"), server=name))


def make_ducker(
    state_file: Path | StatePlaces, *, enabled: bool, on_problem: Callable[[Problem], None]
) -> Ducker | None:
    """The ducker for this platform (it connects on its own thread), or None where it
    cannot work (:func:`unavailable_reason`)."""
    name = backend_name()
    if name is None or unavailable_reason() is not None:
        return None
    return Ducker(
        opener(name), state_file, backend_name=name, enabled=enabled, on_problem=on_problem
    )
