"""The child process that owns one pyttsx3 engine: ``python -m retrocoach.speech.worker``.

It speaks JSON lines: one request per line on stdin, one reply per line on the original
stdout (pyttsx3 and espeak print to stdout, so the real fd 1 is pointed at stderr before the
engine is created). The first line it writes is a hello, ``{"ok": true, ...}`` once the engine
works, or ``{"ok": false, "error": ..., "fix": ...}`` when it cannot start.

Requests (``id`` is echoed back):

- ``{"op": "render", "id": 1, "text": ..., "voice": ... | null, "rate": 175, "path": ...}``:
  one cue, one ``save_to_file`` + ``runAndWait``; replies ``{"id": 1, "ok": true}`` once the
  file exists and is not empty, else ``{"id": 1, "ok": false, "error": ...}``.
- ``{"op": "voices", "id": 2}``: ``{"id": 2, "ok": true, "voices": [{id, name, ...}]}``.
- ``{"op": "quit"}``: exit.

``--engine-factory module:callable`` replaces ``pyttsx3.init`` (tests inject faults this way);
the parent (``engine.RenderProcess``) enforces every timeout and kills a hung worker.

The worker never outlives the app: it exits when its stdin closes (end of file, or a reply
that meets a closed pipe), and a watchdog thread exits it at once when the parent process is
gone (re-parented), even in the middle of a render that hangs. (``prctl(PR_SET_PDEATHSIG)``
is not used: it fires when the parent *thread* that started the worker ends, and the app
starts workers from a render thread.)
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from retrocoach.speech.cache import default_driver, engine_id
from retrocoach.speech.hints import engine_start_fix

#: How long a render may take to appear after ``runAndWait`` returned.
FILE_WAIT_SECONDS = 3.0


def load_factory(spec: str | None) -> Callable[[], Any]:
    """``module:callable`` -> the callable; None -> ``pyttsx3.init``."""
    if not spec:
        import pyttsx3

        return pyttsx3.init  # type: ignore[no-any-return]
    module_name, _, attribute = spec.partition(":")
    factory = getattr(importlib.import_module(module_name), attribute or "make_engine")
    if not callable(factory):
        raise TypeError(f"engine factory {spec!r} is not callable")
    return factory  # type: ignore[no-any-return]


def _settle_espeak() -> None:
    """Make a voice or rate change stick before the next cue (espeak driver only).

    Measured with pyttsx3 2.99: espeak runs in its asynchronous retrieval mode, and a
    ``setProperty("rate", ...)`` between two ``save_to_file``/``runAndWait`` rounds is
    silently ignored (every later cue keeps the first rate) unless ``espeak_Synchronize``
    runs after it.
    """
    if default_driver() != "espeak":
        return
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import _espeak

        _espeak.Synchronize()


#: How often (seconds) the watchdog checks that the parent process is still there.
PARENT_CHECK_SECONDS = 0.2
#: The exit status when the parent went away.
EXIT_ORPHANED = 3


def watch_parent(parent: int, interval: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Exit this process at once (no clean-up: the engine may hang) when `parent` is gone.

    An orphan is re-parented (to init or a sub-reaper), so its parent id changes.
    """

    def run() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(EXIT_ORPHANED)

    thread = threading.Thread(target=run, name="retrocoach-parent-watch", daemon=True)
    thread.start()
    return thread


class Worker:
    def __init__(self, engine: Any, out: IO[bytes]) -> None:
        self.engine = engine
        self.out = out
        self.errors: list[str] = []
        self.voice_ids: set[str] | None = None
        self.voice: str | None = None
        self.rate: int | None = None
        self.default_voice: str | None = None
        with contextlib.suppress(Exception):
            self.default_voice = engine.getProperty("voice") or None
        with contextlib.suppress(Exception):
            engine.connect("error", self._on_error)

    def _on_error(self, exception: object = None, **_: object) -> None:
        self.errors.append(str(exception))

    def reply(self, message: dict[str, Any]) -> None:
        self.out.write(json.dumps(message).encode("utf-8") + b"\n")
        self.out.flush()

    def voices(self) -> list[dict[str, Any]]:
        found = []
        for voice in self.engine.getProperty("voices") or []:
            languages = [
                lang.decode("utf-8", "replace") if isinstance(lang, bytes) else str(lang)
                for lang in (getattr(voice, "languages", None) or [])
            ]
            found.append(
                {
                    "id": str(voice.id),
                    "name": str(getattr(voice, "name", "") or voice.id),
                    "languages": languages,
                    "gender": getattr(voice, "gender", None),
                }
            )
        return found

    def _set_voice(self, voice: str | None, rate: int) -> None:
        if voice != self.voice and voice:
            if self.voice_ids is None:
                self.voice_ids = set()
                for known in self.voices():
                    self.voice_ids.update({known["id"], known["name"]})
            if voice not in self.voice_ids:
                raise LookupError(
                    f"voice {voice!r} is not installed (`retrocoach voices` lists the voices)"
                )
            self.engine.setProperty("voice", voice)
        elif voice != self.voice and self.default_voice:  # back to the engine's default
            self.engine.setProperty("voice", self.default_voice)
        changed = voice != self.voice
        self.voice = voice
        if rate != self.rate:
            self.engine.setProperty("rate", rate)
            self.rate = rate
            changed = True
        if changed:
            _settle_espeak()

    def render(self, request: dict[str, Any]) -> dict[str, Any]:
        path = Path(request["path"])
        text = str(request["text"])
        self._set_voice(request.get("voice"), int(request.get("rate") or 200))
        self.errors.clear()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        self.engine.save_to_file(text, str(path))
        self.engine.runAndWait()
        self._wait_for_file(path)
        if self.errors:
            raise RuntimeError("; ".join(self.errors))
        if not path.exists():
            raise RuntimeError("the engine wrote no file")
        if path.stat().st_size <= 44:
            raise RuntimeError("the engine wrote an empty file")
        return {"ok": True}

    @staticmethod
    def _wait_for_file(path: Path) -> None:
        """Let an early return of ``runAndWait`` catch up with the synthesis.

        pyttsx3 2.99's espeak driver can end its loop before espeak (asynchronous) has
        finished: its queued ``endLoop`` runs in the loop's first pump. The file is then
        written a moment later by espeak's callback thread. Measured: the first render of a
        fresh worker "wrote no file" 7 times in 15 for a 150-character text under load.
        ``espeak_Synchronize`` waits for the synthesis; the poll (until the file is there and no
        longer growing) covers other drivers.
        """
        _settle_espeak()
        deadline = time.monotonic() + FILE_WAIT_SECONDS
        last_size = -1
        while time.monotonic() < deadline:
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                size = -1
            if size > 44 and size == last_size:  # there, and no longer growing
                return
            last_size = size
            time.sleep(0.01)

    def serve(self, requests: IO[bytes]) -> None:
        for raw in requests:
            try:
                request = json.loads(raw)
            except ValueError:
                self.reply({"ok": False, "error": f"bad request line {raw[:80]!r}"})
                continue
            op = request.get("op")
            reply: dict[str, Any] = {"id": request.get("id")}
            if op == "quit":
                return
            try:
                if op == "render":
                    reply.update(self.render(request))
                elif op == "voices":
                    reply.update(ok=True, voices=self.voices())
                else:
                    reply.update(ok=False, error=f"unknown op {op!r}")
            except Exception as error:
                if isinstance(error, LookupError):
                    reply.update(ok=False, kind="voice", error=str(error).strip("'\""))
                else:
                    reply.update(ok=False, kind="render", error=f"{type(error).__name__}: {error}")
            self.reply(reply)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m retrocoach.speech.worker")
    parser.add_argument("--engine-factory", default=os.environ.get("RETROCOACH_SPEECH_ENGINE"))
    args = parser.parse_args(argv)
    watch_parent(os.getppid())
    # Keep the real stdout for replies; everything else printing to fd 1 goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        engine = load_factory(args.engine_factory)()
    except Exception as error:
        message = f"{type(error).__name__}: {error}"
        out.write(
            json.dumps({"ok": False, "error": message, "fix": engine_start_fix(error)}).encode()
            + b"\n"
        )
        out.flush()
        return 2
    worker = Worker(engine, out)
    try:
        worker.reply({"ok": True, "engine": engine_id(), "driver": default_driver()})
        worker.serve(sys.stdin.buffer)  # until "quit" or the end of stdin
    except BrokenPipeError:  # the parent is gone: nobody reads the replies
        os._exit(EXIT_ORPHANED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
