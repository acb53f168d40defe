"""The ducker: lowers other applications' streams around the app's sounds, on a thread of its
own, so that the GUI thread only ever puts a note in a queue.

The app's output tells :meth:`Ducker.sound` (channel, when it will be heard, for how long)
and :meth:`Ducker.stop`; the worker follows the :class:`~.shape.DuckShape` with a
:class:`~.lowering.Lowering`, waking for each ramp step, and every ``POLL`` during a duck to
lower streams that started meanwhile. Before the first stream is lowered the originals are in
the state file, and a watchdog process (:mod:`.watchdog`) waits for the app to die.

The backend is opened on the worker thread (COM on Windows wants that) when the first sound is
announced, and the watchdog started (~0.1 s before the duck begins), or at once when a state
file is left: what an app that died left lowered is restored then. A failing
backend is reported once through `on_problem` (called on the worker thread) and tried again
at the next duck, at most every ``RETRY`` seconds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, text
from retrocoach.desktop.ducking.lowering import Lowering, Record
from retrocoach.desktop.ducking.places import StateFileError, StatePlaces
from retrocoach.desktop.ducking.shape import DEFAULT_DEPTH_DB, DuckShape, factor_of, quantised
from retrocoach.desktop.ducking.streams import VolumeBackend

log = logging.getLogger(__name__)

#: During a duck, streams that started meanwhile are looked for this often (seconds): one
#: listing costs ~0.55 ms of CPU (PulseAudio 16, measured), so ~0.6 % of a core while ducked.
POLL = 0.1
#: A backend that failed is opened again at most this often (seconds).
RETRY = 5.0

#: (what, channel, a, b): ("sound", channel, start, seconds), ("stop", channel, now, 0),
#: ("enabled", "", 1 or 0, 0), ("close", "", 0, 0).
_Command = tuple[str, str, float, float]


class Ducker:
    """Lowers by `depth_db` the streams `open_backend()` lists, around the sounds it is told of.

    `state_file` holds the originals while a duck lasts (a path, or the places of
    :mod:`.places`: the cache and its spare; None: no file and no watchdog, for tests of the
    worker alone); `backend_name` is what the watchdog opens. `clock` must be
    the clock of the times given to :meth:`sound` (the output's ``time.monotonic``).
    """

    def __init__(
        self,
        open_backend: Callable[[], VolumeBackend],
        state_file: Path | StatePlaces | None,
        *,
        backend_name: str = "pulse",
        depth_db: float = DEFAULT_DEPTH_DB,
        enabled: bool = True,
        on_problem: Callable[[Problem], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._open_backend = open_backend
        self._state_file = StatePlaces(state_file) if isinstance(state_file, Path) else state_file
        self._backend_name = backend_name
        self._on_problem = on_problem
        self._clock = clock
        self._shape = DuckShape(depth_db)
        self._enabled = enabled
        self._queue: queue.SimpleQueue[_Command] = queue.SimpleQueue()
        self._lowering: Lowering | None = None
        self._failed_at: float | None = None
        self._told = False
        self._depth = 0.0
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._watchdog_pipe: IO[bytes] | None = None
        self.applied = 0  # volume changes made (tests, benchmarks)
        self._thread = threading.Thread(target=self._run, name="ducker", daemon=True)
        self._thread.start()

    # --- the GUI thread's side: never blocks --------------------------------------------------

    def sound(self, channel: str, start: float, seconds: float) -> None:
        """A sound on `channel` is heard from `start` (the clock's time) for `seconds`."""
        self._queue.put(("sound", channel, start, seconds))

    def stop(self, channel: str) -> None:
        """The sound on `channel` was cut now."""
        self._queue.put(("stop", channel, self._clock(), 0.0))

    def set_enabled(self, enabled: bool) -> None:
        """Off: a duck under way ends at once and no other begins."""
        self._queue.put(("enabled", "", 1.0 if enabled else 0.0, 0.0))

    def close(self, timeout: float = 2.0) -> None:
        """Restore every stream, stop the watchdog and the worker (idempotent)."""
        if self._thread.is_alive():
            self._queue.put(("close", "", 0.0, 0.0))
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        """False once closed."""
        return self._thread.is_alive()

    @property
    def watchdog_pid(self) -> int | None:
        return self._watchdog.pid if self._watchdog is not None else None

    # --- the worker ---------------------------------------------------------------------------

    def _run(self) -> None:
        if self._state_file is not None and self._state_file.left():
            self._backend()  # restores what a dead app left in the state file
        while True:
            now = self._clock()
            wake = self._shape.next_change(now)
            if self._depth > 0.0:
                wake = min(wake, now + POLL) if wake is not None else now + POLL
            try:
                command = self._queue.get(timeout=None if wake is None else max(0.0, wake - now))
            except queue.Empty:
                command = None
            while command is not None:
                if command[0] == "close":
                    self._finish()
                    return
                self._take(command)
                try:
                    command = self._queue.get_nowait()
                except queue.Empty:
                    command = None
            self._follow(self._clock())

    def _take(self, command: _Command) -> None:
        kind, channel, a, b = command
        if kind == "sound":
            self._shape.sound(channel, a, b)
            if self._enabled:
                self._prepare()
        elif kind == "stop":
            self._shape.stop(channel, a)
        elif kind == "enabled":
            self._enabled = a > 0.0
            if not self._enabled:
                self._shape.clear()

    def _follow(self, now: float) -> None:
        depth = quantised(self._shape.depth_at(now)) if self._enabled else 0.0
        self._shape.forget_before(now)
        if depth == 0.0 and self._depth == 0.0:
            return
        lowering = self._backend()
        if lowering is None:
            self._depth = 0.0
            return
        try:
            if depth > 0.0:
                lowering.apply(factor_of(depth))
            else:
                lowering.restore()
            self.applied += 1
            self._depth = depth
        except Exception as error:
            self._fail(error)

    def _prepare(self) -> None:
        """Be ready before the duck begins (a sound is announced ~0.2 s ahead): connected,
        and the watchdog started, so that the first duck only lists and sets volumes."""
        if self._backend() is not None and self._state_file is not None:
            try:
                self._start_watchdog()
            except OSError as error:
                self._fail(error)

    def _backend(self) -> Lowering | None:
        if self._lowering is not None:
            return self._lowering
        if self._failed_at is not None and self._clock() - self._failed_at < RETRY:
            return None
        try:
            backend = self._open_backend()
        except Exception as error:
            self._fail(error)
            return None
        if self._state_file is not None:
            try:
                restored = self._state_file.restore(backend)
                if restored:
                    log.info("ducking: gave %d stream(s) back their volume", restored)
            except Exception as error:
                backend.close()
                self._fail(error)
                return None
        self._lowering = Lowering(backend, factor_of(self._shape.depth_db), self._record)
        self._failed_at = None
        self._told = False
        return self._lowering

    def _record(self, records: dict[str, Record]) -> None:
        """The originals are on disk, and a watchdog runs, before any stream is lowered."""
        if self._state_file is None:
            return
        if records:
            self._start_watchdog()
        self._state_file.write(records)

    def _start_watchdog(self) -> None:
        if self._watchdog is not None and self._watchdog.poll() is None:
            return
        assert self._state_file is not None
        command = [sys.executable, "-m", "retrocoach.desktop.ducking.watchdog"]
        command += ["--backend", self._backend_name, "--app-pid", str(os.getpid())]
        self._watchdog = subprocess.Popen(
            [*command, *map(str, self._state_file.all)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,
            env=_watchdog_environment(),
        )
        self._watchdog_pipe = self._watchdog.stdin

    def _fail(self, error: Exception) -> None:
        log.warning("ducking: %s: %s", type(error).__name__, error)
        lowering, self._lowering = self._lowering, None
        self._failed_at = self._clock()
        self._depth = 0.0
        if lowering is not None:
            with contextlib.suppress(Exception):  # it failed already; closing is a courtesy
                lowering.backend.close()
        if not self._told and self._on_problem is not None:
            self._told = True
            self._on_problem(cannot_lower(f"{type(error).__name__}: {error}", _why(error)))

    def _finish(self) -> None:
        lowering = self._lowering
        if lowering is not None:
            try:
                lowering.restore()
            except Exception as error:
                log.warning("ducking: restoring at the end: %s", error)
            try:
                lowering.backend.close()
            except Exception as error:
                log.warning("ducking: closing: %s", error)
        if self._watchdog_pipe is not None:
            self._watchdog_pipe.close()  # the watchdog finds the state file gone, and ends
        if self._watchdog is not None:
            try:
                self._watchdog.wait(2.0)
            except subprocess.TimeoutExpired:
                log.warning("ducking: the watchdog did not end")


def _watchdog_environment() -> dict[str, str]:
    """The app's environment (its sound server) with this retrocoach importable."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[3])
    paths = [root, *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    return env


def _why(error: Exception) -> Text:
    """The true reason: the state file's, or the sound server's."""
    if isinstance(error, StateFileError):
        return text(
            "desktop",
            QT_TRANSLATE_NOOP(
                "desktop",
                "their volumes cannot be noted down first in {file} ({reason}), in case the "
                "app stops before giving them back",
            ),
            file=str(error.path),
            reason=error.reason,
        )
    return text("desktop", QT_TRANSLATE_NOOP("desktop", "the sound server did not answer"))


def cannot_lower(detail: str, why: Text | None = None) -> Problem:
    return Problem(
        text(
            "desktop",
            QT_TRANSLATE_NOOP("desktop", "Other sounds cannot be lowered while the coach speaks"),
        ),
        why=why
        or text(
            "desktop",
            QT_TRANSLATE_NOOP("desktop", "the sound server did not answer"),
        ),
        fix=text(
            "desktop",
            QT_TRANSLATE_NOOP(
                "desktop", "Music keeps its volume; turn it down by hand, or restart the app."
            ),
        ),
        detail=detail,
    )
