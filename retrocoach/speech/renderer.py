"""Background rendering of cue texts into the WAV cache, results on the GUI thread.

One Python thread works through one job at a time. A job is the list of a session's distinct
cue texts; starting another job (a new workout, a new voice or rate) cancels the previous one
between two cues. Texts already in the cache are reported at once, so a second start of the
same workout renders nothing. The texts to render are split over up to two render lanes (one
per core, :func:`~retrocoach.speech.batch.default_lanes`), each a thread with its own
:class:`~retrocoach.speech.process.RenderProcess`, taking the texts in their order
(:class:`~retrocoach.speech.batch.Batch`): a session's lead-in and first minutes come first,
and two cores render a fresh data folder's first session in about half the time. One text, or
one core, keeps to one lane. :meth:`CueRenderer.prestart` starts the workers while the app
is idle, so a session's first cue does not wait for a worker's start (Python, the engine,
numpy).

The threads only wait on pipes (the synthesiser runs in a child process) and never touch a
Qt object: they queue their results and write a byte to a wake-up pipe, which a
QSocketNotifier of the GUI thread drains, emitting the signals there (a signal emitted from a
Python thread emitted into a deleted object at quit). The pipe is closed only after the
threads have ended. A cache that cannot hold the cues moves to a scratch folder (cache_room).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal, Slot

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.speech.batch import Batch, default_lanes
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.cache_room import (
    cannot_hold,
    moved_problem,
    os_words,
    scratch_folder,
    unavailable_problem,
)
from retrocoach.speech.errors import (
    EngineUnavailable,
    RenderError,
    RenderTimeout,
    speech_text,
)
from retrocoach.speech.process import RENDER_TIMEOUT, START_TIMEOUT, RenderProcess

#: Rendered at start-up: the countdown cues of every session (the coaching texts "3", "2",
#: "1", which espeak says as "three", "two", "one").
FIXED_TEXTS = ("3", "2", "1")
#: After this many timeouts in a row the engine is declared unavailable for the job.
MAX_CONSECUTIVE_TIMEOUTS = 3
#: A cue that fails is tried once more in a fresh worker before it becomes caption-only
#: (about 1 first render in 100 of a new espeak worker wrote no file).
RENDER_ATTEMPTS = 2

#: The render thread's name (a job's other lanes add "-2").
RENDER_THREAD = "retrocoach-speech-render"

# Event kinds posted from the thread to the GUI thread.
_PROGRESS, _RENDERED, _FAILED, _UNAVAILABLE, _DONE, _MOVED = range(6)


@dataclass
class _Job:
    id: int
    texts: tuple[str, ...]
    cache: SpeechCache  # replaced by a scratch folder's when the cache is full
    prestart: bool = False  # only start the workers (for the cache's engine)


class CueRenderer(QObject):
    """Renders texts into `cache` in the background.

    Signals (on the GUI thread, for the current job; problems are ``Problem`` values):
    ``progress(done, total)``, ``rendered(text, path)``, ``failed(text, problem)`` (one cue:
    it stays a caption), ``unavailable(problem)`` (once, until the voice or rate changes),
    ``moved(problem)`` (the cache was full: :attr:`cache` is now a scratch folder's) and
    ``job_finished(rendered_now, failed)``.

    `workers` is the number of render processes (lanes) a job may use: by default one per
    CPU, at most two.
    """

    progress = Signal(int, int)
    rendered = Signal(str, object)
    failed = Signal(str, object)
    unavailable = Signal(object)
    job_finished = Signal(int, int)
    moved = Signal(object)

    def __init__(
        self,
        cache: SpeechCache,
        engine_factory: str | None = None,
        timeout: float = RENDER_TIMEOUT,
        start_timeout: float = START_TIMEOUT,
        parent: QObject | None = None,
        workers: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._timeout = timeout
        count = max(1, workers if workers is not None else default_lanes())
        self._processes = tuple(
            RenderProcess(engine_factory, start_timeout=start_timeout) for _ in range(count)
        )
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._ids = itertools.count(1)
        self._current = 0  # id of the job whose results count; read by the thread
        self._texts: tuple[str, ...] = ()
        self._thread: threading.Thread | None = None
        self._reported_unavailable: Problem | None = None
        self._scratch: Path | None = None  # set by the thread once, when the cache is full
        self._closed = False
        self._results: queue.SimpleQueue[tuple[int, int, object]] = queue.SimpleQueue()
        self._wake_read, self._wake_write = os.pipe()
        os.set_blocking(self._wake_read, False)
        os.set_blocking(self._wake_write, False)
        self._notifier = QSocketNotifier(self._wake_read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # --- the GUI side -----------------------------------------------------------------------

    @property
    def cache(self) -> SpeechCache:
        return self._cache

    @property
    def unavailable_reason(self) -> Problem | None:
        """The problem of the last ``unavailable`` signal, None while the engine works."""
        return self._reported_unavailable

    @property
    def processes(self) -> tuple[RenderProcess, ...]:
        """The worker handles, one per lane (a lane's worker is replaced when it fails)."""
        return self._processes

    @property
    def started(self) -> int:
        """Workers started so far, in all lanes (the first ones, plus replacements)."""
        return sum(process.started for process in self._processes)

    @property
    def killed(self) -> int:
        """Workers killed because they hung, died or failed, in all lanes."""
        return sum(process.killed for process in self._processes)

    def render(self, texts: Iterable[str]) -> int:
        """Render the distinct non-empty `texts` (replacing any running job); the job id."""
        if self._closed:
            raise RuntimeError("the renderer was shut down")
        unique = tuple(dict.fromkeys(t.strip() for t in texts if t and t.strip()))
        self._texts = unique
        job = _Job(next(self._ids), unique, self._cache)
        self._current = job.id
        self._ensure_thread()
        self._jobs.put(job)
        return job.id

    def prestart(self) -> None:
        """Start every lane's worker for the cache's engine, in the background, without
        cancelling the running job: call when the app is idle, so that the first cue of a
        session is not kept waiting for a worker's start (~0.3 s, numpy's import included)."""
        if self._closed:
            return
        self._ensure_thread()
        self._jobs.put(_Job(0, (), self._cache, prestart=True))

    def render_fixed(self) -> int:
        """The countdown words every session uses: call at start-up."""
        return self.render(FIXED_TEXTS)

    def set_voice(self, voice: str | None, rate: int) -> None:
        """Switch voice or rate: cancel the running job and render the last texts again."""
        self.set_cache(self._cache.with_voice(voice, rate))  # another voice may work

    def set_cache(self, cache: SpeechCache) -> None:
        """Switch engine, voice or rate (a cache naming them): like :meth:`set_voice`."""
        if self._scratch is not None:  # the cache was full: new cues go on to the scratch
            cache = cache.moved_to(self._scratch)
        if cache.same_voice(self._cache):
            return
        self._cache = cache
        self._reported_unavailable = None
        if self._texts:
            self.render(self._texts)

    def cancel(self) -> None:
        """Forget the running job; its remaining texts are not rendered."""
        self._current = next(self._ids)

    def shutdown(self, timeout: float = 1.0) -> None:
        """Stop the thread and the worker process (idempotent; for quitting)."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        self._jobs.put(None)
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                # Waiting on a hung engine: kill the workers (a signal only; the lanes see
                # EOF and clean up themselves, nothing is closed under their feet).
                for process in self._processes:
                    process.signal_kill()
                thread.join(timeout)
            if thread.is_alive():
                return  # a daemon thread: it dies with the process (and keeps its pipe)
        for process in self._processes:
            process.close()
        self._cache.clean_temp_files()
        self._close_wake_pipe()

    def _close_wake_pipe(self) -> None:
        """Only once no thread can write to it any more."""
        self._notifier.setEnabled(False)
        for fd in (self._wake_read, self._wake_write):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._wake_read = self._wake_write = -1

    @Slot()
    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while os.read(self._wake_read, 4096):
                pass
        while True:
            try:
                job_id, kind, payload = self._results.get_nowait()
            except queue.Empty:
                return
            if job_id == self._current:
                self._deliver(kind, payload)

    def _deliver(self, kind: int, payload: object) -> None:
        if kind == _PROGRESS:
            done, total = cast(tuple[int, int], payload)
            self.progress.emit(done, total)
        elif kind == _RENDERED:
            cue_text, path = cast(tuple[str, Path], payload)
            self.rendered.emit(cue_text, path)
        elif kind == _FAILED:
            cue_text, problem = cast(tuple[str, Problem], payload)
            self.failed.emit(cue_text, problem)
        elif kind == _UNAVAILABLE:
            problem = cast(Problem, payload)
            if self._reported_unavailable is None:
                self._reported_unavailable = problem
                self.unavailable.emit(problem)
        elif kind == _MOVED:
            moved, problem = cast(tuple[SpeechCache, Problem], payload)
            self._cache = moved
            self.moved.emit(problem)
        elif kind == _DONE:
            rendered_now, failed = cast(tuple[int, int], payload)
            self.job_finished.emit(rendered_now, failed)

    # --- the thread -------------------------------------------------------------------------

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name=RENDER_THREAD, daemon=True)
            self._thread.start()

    def _post(self, job: _Job, kind: int, payload: object) -> None:
        if not self._closed:
            self._results.put((job.id, kind, payload))
            with contextlib.suppress(OSError):  # full (a wake-up is pending anyway) or closed
                os.write(self._wake_write, b"\x01")

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if job.prestart:
                self._in_lanes(functools.partial(self._prestart, job), len(self._processes))
                continue
            if job.id != self._current:
                continue  # replaced before it began
            try:
                self._run_job(job)
            except Exception as error:  # never die silently: tell the GUI, keep serving
                reason = speech_text(
                    QT_TRANSLATE_NOOP("speech", "renderer error: {error}"),
                    error=str(error),
                )
                self._post(job, _UNAVAILABLE, unavailable_problem(reason))
                self._post(job, _DONE, (0, len(job.texts)))

    def _in_lanes(self, work: Callable[[RenderProcess], None], lanes: int) -> None:
        """`work` with each of the first `lanes` workers: the first on this thread, the
        others on a thread each; returns when all are done (a lane's error is raised)."""
        errors: list[BaseException] = []

        def lane(process: RenderProcess) -> None:
            try:
                work(process)
            except BaseException as error:
                errors.append(error)

        helpers = [
            threading.Thread(target=lane, args=(process,), name=f"{RENDER_THREAD}-{n}", daemon=True)
            for n, process in enumerate(self._processes[1:lanes], 2)
        ]
        for helper in helpers:
            helper.start()
        lane(self._processes[0])
        for helper in helpers:
            helper.join()
        if errors:
            raise errors[0]

    def _prestart(self, job: _Job, process: RenderProcess) -> None:
        if self._closed or (process.alive and process.backend == job.cache.backend):
            return
        with contextlib.suppress(EngineUnavailable):  # said by the first job that needs it
            process.start_for(job.cache.backend)

    def _run_job(self, job: _Job) -> None:
        cache = job.cache
        total = len(job.texts)
        pending: list[str] = []
        for cue_text in job.texts:  # cached ones first, instantly
            path = cache.lookup(cue_text)
            if path is not None:
                self._post(job, _RENDERED, (cue_text, path))
            else:
                pending.append(cue_text)
        self._post(job, _PROGRESS, (total - len(pending), total))
        batch = Batch(pending, lambda: job.id != self._current)
        if pending:  # (else no worker is even started)
            self._in_lanes(lambda process: self._lane(job, batch, process), len(pending))
        if not batch.cancelled:
            self._post(job, _DONE, (batch.rendered_now, batch.failed))

    def _lane(self, job: _Job, batch: Batch, process: RenderProcess) -> None:
        """Render the batch's texts, in its order, with `process` until none is left."""
        total = len(job.texts)
        while True:
            try:
                # The worker first, then a text: no text waits for a worker's start while
                # the other lane could render it.
                if not batch.cancelled:
                    process.start_for(job.cache.backend)
                if (cue_text := batch.take()) is None:
                    return
                path = self._render_with_room(job, batch, cue_text, process)
            except EngineUnavailable as error:
                problem = error.problem
                with batch.lock:
                    if batch.stop():
                        self._post(
                            job, _UNAVAILABLE, unavailable_problem(problem.what, problem.fix)
                        )
                return
            except RenderError as error:
                with batch.lock:
                    self._post(job, _FAILED, (cue_text, error.problem))
                    timeout = isinstance(error, RenderTimeout)
                    batch.finished += 1
                    batch.timeouts = batch.timeouts + 1 if timeout else 0
                    if batch.timeouts >= MAX_CONSECUTIVE_TIMEOUTS and batch.stop():
                        hung = speech_text(
                            QT_TRANSLATE_NOOP(
                                "speech", "the speech engine hung {count} times in a row"
                            ),
                            count=batch.timeouts,  # (at least MAX_CONSECUTIVE_TIMEOUTS)
                        )
                        self._post(job, _UNAVAILABLE, unavailable_problem(hung))
                    self._post(job, _PROGRESS, (total - batch.size + batch.finished, total))
            else:
                with batch.lock:
                    batch.timeouts = 0
                    batch.rendered_now += 1
                    batch.finished += 1
                    self._post(job, _RENDERED, (cue_text, Path(path)))
                    self._post(job, _PROGRESS, (total - batch.size + batch.finished, total))

    def _render_with_room(
        self, job: _Job, batch: Batch, cue_text: str, process: RenderProcess
    ) -> Path:
        """One cue into the job's cache; if it fails because the cache folder cannot hold it
        (a full disk, a folder turned read-only), again into a scratch folder, said once (the
        first lane to find the folder full moves the job; the other one follows)."""
        tried = job.cache
        try:
            return self._render_with_retry(cue_text, tried, process)
        except RenderTimeout:
            raise
        except (RenderError, OSError) as error:
            full = cannot_hold(tried.folder)
            if full is None:
                if isinstance(error, OSError):  # not the room: say it in words
                    raise RenderError(
                        speech_text(
                            QT_TRANSLATE_NOOP("speech", "the cue cannot be written: {error}"),
                            error=os_words(error),
                        )
                    ) from error
                raise
            with batch.lock:
                if job.cache is tried:
                    self._scratch = self._scratch or scratch_folder()
                    job.cache = tried.moved_to(self._scratch)
                    moved = moved_problem(tried.folder, self._scratch, full)
                    self._post(job, _MOVED, (job.cache, moved))
        return self._render_with_retry(cue_text, job.cache, process)

    def _render_with_retry(self, cue_text: str, cache: SpeechCache, process: RenderProcess) -> Path:
        """One cue, tried again in a fresh worker if the engine fails on it (not after a
        timeout: a hung engine would only cost another timeout)."""
        attempts = RENDER_ATTEMPTS
        while True:
            attempts -= 1
            try:
                return process.render(
                    cue_text, cache.path_for(cue_text), cache.voice, cache.rate,
                    self._timeout, cache.backend, cache.chain,
                )  # fmt: skip
            except RenderTimeout:
                raise
            except RenderError:
                if attempts <= 0 or self._closed:  # (shut down: no fresh worker)
                    raise  # else the failed worker was killed: the next try gets a fresh one
