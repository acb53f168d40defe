"""The synthesiser, kept in a child process that can be killed: no engine runs in the app.

:class:`RenderProcess` starts ``python -m retrocoach.speech.worker --engine NAME`` (one
engine per worker; a render for another engine replaces the worker), sends it one cue at a
time as a JSON line and waits for the reply with a deadline. A worker that hangs past the
deadline, dies, or answers with an error is killed; the next request starts a fresh one. A
file that is missing, empty or not a WAV is an error for that cue, never a cache entry.

All calls here block (they are for the renderer's thread, the CLI and tests), but every wait
has a timeout, so nothing can hang forever. Failures raise
:class:`~retrocoach.speech.errors.SpeechError` subclasses, each carrying its problem.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

import retrocoach
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.speech.cache import DEFAULT_RATE, wav_info
from retrocoach.speech.engines.base import ENGINE_FACTORY_ENV
from retrocoach.speech.errors import (
    EngineUnavailable,
    RenderError,
    RenderTimeout,
    speech_text,
)
from retrocoach.speech.hints import install_hint, text_from_wire

#: Starting Python, importing pyttsx3 and initialising the engine.
START_TIMEOUT = 15.0
#: One cue: espeak-ng takes ~10 ms; SAPI5 and NSSS can take a second or two.
RENDER_TIMEOUT = 10.0


def worker_environment() -> dict[str, str]:
    """The parent's environment with retrocoach (and a checkout's tests) importable."""
    env = dict(os.environ)
    root = str(Path(retrocoach.__file__).resolve().parent.parent)
    paths = [root, *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env["PYTHONUNBUFFERED"] = "1"
    return env


class RenderProcess:
    """One synthesiser worker, started on demand and replaced when it fails.

    `backend` is the engine the worker hosts (``pyttsx3``, ``flite``, ``piper``); a render
    for another one replaces the worker. `engine_factory` (``module:callable``) replaces
    ``pyttsx3.init`` in the worker; by default the ``RETROCOACH_SPEECH_ENGINE`` environment
    variable, else the real pyttsx3. `voice_dirs` are where Piper looks for voices.
    """

    def __init__(
        self,
        engine_factory: str | None = None,
        start_timeout: float = START_TIMEOUT,
        python: str = sys.executable,
        backend: str = "pyttsx3",
        voice_dirs: tuple[Path, ...] = (),
    ) -> None:
        self.engine_factory = engine_factory or os.environ.get(ENGINE_FACTORY_ENV) or None
        self.start_timeout = start_timeout
        self.python = python
        self.backend = backend
        self.voice_dirs = voice_dirs
        self.started = 0  # workers started so far (the first, plus replacements)
        self.killed = 0  # workers killed because they hung, died or failed
        self.engine = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._buffer = b""
        self._next_id = 0

    # --- lifecycle --------------------------------------------------------------------------

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        """Start a worker if none runs; raise EngineUnavailable if the engine cannot start."""
        if self.alive:
            return
        self._discard()
        command = [self.python, "-m", "retrocoach.speech.worker", "--engine", self.backend]
        for folder in self.voice_dirs:
            command += ["--voice-dir", str(folder)]
        if self.engine_factory:
            command += ["--engine-factory", self.engine_factory]
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the worker)
        try:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                env=worker_environment(),
                close_fds=True,
            )
        except OSError as error:
            self._discard()
            raise EngineUnavailable(
                speech_text(
                    QT_TRANSLATE_NOOP("speech", "cannot start the speech worker: {error}"),
                    error=str(error),
                )
            ) from error
        self.started += 1
        self._buffer = b""
        try:
            hello = self._read_reply(time.monotonic() + self.start_timeout)
        except RenderError as error:
            self.kill()
            raise EngineUnavailable(
                speech_text(
                    QT_TRANSLATE_NOOP(
                        "speech", "the speech engine {engine} did not start: {error}"
                    ),
                    engine=self.backend,
                    error=error.problem.what,
                ),
                install_hint(),
            ) from error
        if not hello.get("ok"):
            self.kill()
            raise EngineUnavailable(
                speech_text(
                    QT_TRANSLATE_NOOP(
                        "speech", "the speech engine {engine} cannot start ({error})"
                    ),
                    engine=self.backend,
                    error=str(hello.get("error", "no reason given")),
                ),
                text_from_wire(hello.get("fix")) or install_hint(),
            )
        self.engine = str(hello.get("engine", ""))

    def start_for(self, backend: str) -> None:
        """Start a worker for `backend` now, ahead of its first render (a worker for another
        engine is replaced): its start (Python, the engine, numpy) is then not paid by a cue."""
        self._use(backend)
        self.start()

    def _use(self, backend: str | None) -> None:
        """Host `backend` from the next request on (None or empty: the current one)."""
        if backend and backend != self.backend:
            self.close()
            self.backend = backend

    def signal_kill(self) -> None:
        """Send SIGKILL only: safe from another thread while one waits on the worker."""
        proc = self._proc
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()

    def kill(self) -> None:
        """Kill the worker now (it may be hung inside the engine)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self.killed += 1
        self._discard()

    def close(self) -> None:
        """Ask the worker to quit; kill it if it does not within a second."""
        proc = self._proc
        if proc is not None and proc.poll() is None and proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.write(b'{"op": "quit"}\n')
                proc.stdin.flush()
            try:
                proc.wait(1.0)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._discard()

    def _discard(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(2.0)
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def __enter__(self) -> RenderProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- requests ---------------------------------------------------------------------------

    def render(
        self,
        text: str,
        dest: Path,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        timeout: float = RENDER_TIMEOUT,
        backend: str | None = None,
        chain: str = "loud",
    ) -> Path:
        """Render `text` into `dest` (via a temp file renamed into place) and return `dest`.

        The worker trims the file and puts it through `chain` (speech/voice_chain.py).
        `backend` (default: the current one) switches engine, replacing the worker. Raises
        RenderError for this cue (the worker is replaced), EngineUnavailable when no worker
        can start or the voice does not exist.
        """
        if not text.strip():
            raise _failed(QT_TRANSLATE_NOOP("speech", "nothing to say (empty text)"))
        self._use(backend)
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        temp = dest.parent / f".{dest.stem}.{os.getpid()}.tmp.wav"
        try:
            reply = self._request(
                {
                    "op": "render",
                    "text": text,
                    "voice": voice,
                    "rate": rate,
                    "path": str(temp),
                    "chain": chain,
                },
                timeout,
            )
            if not reply.get("ok"):
                error = str(reply.get("error", "unknown error"))
                self.kill()  # a fresh engine for the next cue: this one may be wedged
                if reply.get("kind") == "voice":
                    raise EngineUnavailable(
                        speech_text(QT_TRANSLATE_NOOP("speech", "{error}"), error=error),
                        speech_text(QT_TRANSLATE_NOOP("speech", "choose an installed voice")),
                    )
                raise _failed(
                    QT_TRANSLATE_NOOP("speech", "the speech engine failed: {error}"), error=error
                )
            if wav_info(temp) is None:
                self.kill()
                raise _failed(
                    QT_TRANSLATE_NOOP("speech", "the speech engine wrote an empty or invalid file")
                )
            os.replace(temp, dest)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return dest

    def voices(self, timeout: float = RENDER_TIMEOUT) -> list[dict[str, Any]]:
        """The engine's voices as the worker lists them (``[{"id", "name", ...}]``)."""
        reply = self._request({"op": "voices"}, timeout)
        if not reply.get("ok"):
            raise _failed(
                QT_TRANSLATE_NOOP("speech", "cannot list voices: {error}"),
                error=str(reply.get("error")),
            )
        return [v for v in reply.get("voices", []) if isinstance(v, dict)]

    def _request(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        self.start()
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        self._next_id += 1
        message["id"] = self._next_id
        try:
            proc.stdin.write(json.dumps(message).encode("utf-8") + b"\n")
            proc.stdin.flush()
        except OSError as error:
            words = self._last_words()
            self.kill()
            raise _failed(
                QT_TRANSLATE_NOOP("speech", "the speech worker died ({words})"), words=words
            ) from error
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = self._read_reply(deadline)
            except RenderError:
                self.kill()
                raise
            if reply.get("id") == self._next_id:
                return reply

    def _read_reply(self, deadline: float) -> dict[str, Any]:
        """Read one JSON line before `deadline`; RenderError on timeout, EOF or garbage."""
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        fd = proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise RenderTimeout()
                if not selector.select(remaining):
                    continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise _failed(
                        QT_TRANSLATE_NOOP("speech", "the speech worker died ({words})"),
                        words=self._last_words(),
                    )
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            reply = json.loads(line)
        except ValueError as error:
            raise _garbled(line) from error
        if not isinstance(reply, dict):
            raise _garbled(line)
        return reply

    def _last_words(self) -> str:
        """The end of the worker's stderr, for a message about why it died."""
        proc = self._proc
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(0.5)
        code = proc.returncode if proc is not None else None
        text = ""
        if self._stderr is not None:
            with contextlib.suppress(OSError):
                self._stderr.seek(0)
                lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
                text = lines[-1] if lines else ""
        return f"exit code {code}" + (f": {text[:200]}" if text else "")


def _garbled(line: bytes) -> RenderError:
    return _failed(
        QT_TRANSLATE_NOOP("speech", "the speech worker said {line}"), line=repr(line[:100])
    )


def _failed(source: str, **args: object) -> RenderError:
    """The error of one cue (`source` marked for translation where it is written)."""
    return RenderError(speech_text(source, **args))
