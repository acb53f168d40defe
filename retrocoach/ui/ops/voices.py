"""Listing the installed voices for Settings, off the GUI thread.

Asking every engine for its voices starts their processes and can take seconds (Piper,
pyttsx3): done on the GUI thread it froze the app while Settings opened. :class:`VoiceList`
runs the lister on Qt's thread pool and delivers the list on the GUI thread (a queued
signal); once found, the list is kept for the app's life.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, text

#: A voice as Settings offers it: (spec, label), e.g. ("flite:rms", "flite: rms").
Voice = tuple[str, str]
#: Lists the voices; slow; may raise a RetrocoachError (no engine at all...).
Lister = Callable[[], list[Voice]]
#: Seconds each engine may take to list its voices.
LIST_TIMEOUT = 5


def installed_voices(voices_dir: Path, engine_factory: str | None) -> Lister:
    """The lister of every engine's voices (and the Piper voice files in `voices_dir`)."""

    def listed() -> list[Voice]:
        from retrocoach.speech.engine import all_voices  # the engines: only when asked

        found, _problems = all_voices((voices_dir,), engine_factory, LIST_TIMEOUT)
        return [(voice.spec, f"{voice.engine}: {voice.name}") for voice in found]

    return listed


class _Carrier(QObject):
    """Carries the worker's answer to the GUI thread; kept by the worker, so that a
    :class:`VoiceList` deleted meanwhile only loses the connection."""

    found = Signal(list)
    failed = Signal(str)


class VoiceList(QObject):
    """:meth:`request` starts a listing unless one runs or the list is known; :attr:`listed`
    then brings the voices (an empty list when it failed: :attr:`failed` says why)."""

    listed = Signal(list)
    failed = Signal(object)  # a Problem

    def __init__(self, lister: Lister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lister = lister
        self.cached: list[Voice] | None = None
        self._running: threading.Event | None = None  # set when the worker is done
        self._carrier: _Carrier | None = None

    @property
    def running(self) -> bool:
        return self._running is not None and not self._running.is_set()

    def request(self) -> bool:
        """Start listing (on the thread pool); False when the list is known already."""
        if self.cached is not None:
            return False
        if self.running:
            return True
        carrier, done, lister = _Carrier(), threading.Event(), self._lister
        carrier.found.connect(self._found)
        carrier.failed.connect(self._failed)
        self._running, self._carrier = done, carrier  # GUI thread keeps it alive too

        def work() -> None:
            try:
                voices = lister()
            except RetrocoachError as error:
                carrier.failed.emit(str(error))
            else:
                carrier.found.emit(voices)
            finally:
                done.set()

        QThreadPool.globalInstance().start(work)
        return True

    def wait(self, seconds: float) -> bool:
        """Block until a running listing has ended (tests, the quit); True if it has."""
        return self._running is None or self._running.wait(seconds)

    def _found(self, voices: list[Voice]) -> None:
        self.cached = voices
        self.listed.emit(voices)

    def _failed(self, message: str) -> None:
        source = QT_TRANSLATE_NOOP("VoiceOps", "Could not list the voices: {error}")
        self.failed.emit(Problem(text("VoiceOps", source, error=message)))
        self.listed.emit([])  # the dialog stops waiting; the next Settings asks again
