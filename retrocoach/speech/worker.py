"""The render child process: ``python -m retrocoach.speech.worker --engine NAME``.

It hosts one speech engine (:mod:`retrocoach.speech.engines`: pyttsx3, flite or piper) and
speaks JSON lines: one request per line on stdin, one reply per line on the original stdout
(pyttsx3 and espeak print to stdout, so the real fd 1 is pointed at stderr before the engine
is created). The first line it writes is a hello, ``{"ok": true, "engine": IDENTITY, ...}``
once the engine works, or ``{"ok": false, "error": ..., "fix": TEXT}`` when it cannot start
(the fix is a translatable text as JSON: :func:`~retrocoach.speech.hints.text_to_wire`).

Requests (``id`` is echoed back):

- ``{"op": "render", "id": 1, "text": ..., "voice": ... | null, "rate": 175, "path": ...,
  "chain": "loud" | "natural"}``: one cue, rendered, then trimmed and put through the speech
  chain (:func:`~retrocoach.speech.loudness.finish_wav`) here, so the app's process does no
  audio work; replies ``{"id": 1, "ok": true}`` once the file is usable, else ``{"id": 1,
  "ok": false, "kind": "voice" | "render", "error": ...}``.
- ``{"op": "voices", "id": 2}``: ``{"id": 2, "ok": true, "voices": [{id, name, ...}]}``.
- ``{"op": "quit"}``: exit.

``--engine-factory module:callable`` replaces ``pyttsx3.init`` (tests inject faults this way);
``--voice-dir`` (repeatable) is where Piper finds voices. The parent
(``process.RenderProcess``) enforces every timeout and kills a hung worker.

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
from pathlib import Path
from typing import IO, Any

from retrocoach.speech.cache import default_driver
from retrocoach.speech.clips import OUTPUT_RATE
from retrocoach.speech.engines.base import (
    ENGINE_FACTORY_ENV,
    ENGINE_NAMES,
    SpeechEngine,
    UnknownVoice,
)
from retrocoach.speech.engines.factory import create
from retrocoach.speech.hints import start_fix, text_to_wire
from retrocoach.speech.loudness import finish_wav

#: How often (seconds) the watchdog checks that the parent process is still there.
PARENT_CHECK_SECONDS = 0.2
#: The exit status when the parent went away.
EXIT_ORPHANED = 3


def import_chain_early() -> threading.Thread:
    """Import the speech chain (numpy: ~0.1 s) and warm it up (its filters) in the background
    while the engine starts; the hello waits for it, so this counts as the worker's start
    (its start timeout), never as a render (whose deadline is shorter)."""

    def run() -> None:
        with contextlib.suppress(ImportError):
            chain = importlib.import_module("retrocoach.speech.voice_chain")
            chain.warm_up(OUTPUT_RATE)

    thread = threading.Thread(target=run, name="retrocoach-chain-import", daemon=True)
    thread.start()
    return thread


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


def plain_words(error: Exception) -> str:
    """What went wrong, for the user: the message, without Python's class name or
    ``[Errno N]`` ("No space left on device: '/x'"); the class name only if there is nothing
    else to say."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return str(error).strip() or type(error).__name__


class Worker:
    """Serves one engine's requests until "quit" or the end of the input."""

    def __init__(self, engine: SpeechEngine, out: IO[bytes]) -> None:
        self.engine = engine
        self.out = out

    def reply(self, message: dict[str, Any]) -> None:
        self.out.write(json.dumps(message).encode("utf-8") + b"\n")
        self.out.flush()

    def render(self, request: dict[str, Any]) -> dict[str, Any]:
        path = Path(request["path"])
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        self.engine.render(
            str(request["text"]),
            request.get("voice") or None,
            int(request.get("rate") or 175),
            path,
        )
        if not path.exists() or path.stat().st_size <= 44:
            raise RuntimeError(
                "the engine wrote no file"
                if not path.exists()
                else "the engine wrote an empty file"
            )
        if finish_wav(path, str(request.get("chain") or "loud")) is None:
            raise RuntimeError("the engine wrote no audible speech")
        return {"ok": True}

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
                    reply.update(ok=True, voices=self.engine.voices())
                else:
                    reply.update(ok=False, error=f"unknown op {op!r}")
            except Exception as error:
                if isinstance(error, UnknownVoice | LookupError):
                    reply.update(ok=False, kind="voice", error=str(error).strip("'\""))
                else:
                    reply.update(ok=False, kind="render", error=plain_words(error))
            self.reply(reply)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m retrocoach.speech.worker")
    parser.add_argument("--engine", default="pyttsx3", choices=ENGINE_NAMES)
    parser.add_argument("--engine-factory", default=os.environ.get(ENGINE_FACTORY_ENV))
    parser.add_argument("--voice-dir", action="append", type=Path, default=[])
    args = parser.parse_args(argv)
    watch_parent(os.getppid())
    chain_import = import_chain_early()
    # Keep the real stdout for replies; everything else printing to fd 1 goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        engine = create(args.engine, args.engine_factory, args.voice_dir)
        identity = engine.identity()
    except Exception as error:
        message = f"{type(error).__name__}: {error}"
        out.write(
            json.dumps(
                {"ok": False, "error": message, "fix": text_to_wire(start_fix(args.engine, error))}
            ).encode()
            + b"\n"
        )
        out.flush()
        return 2
    worker = Worker(engine, out)
    chain_import.join()
    try:
        worker.reply({"ok": True, "engine": identity, "driver": default_driver()})
        worker.serve(sys.stdin.buffer)  # until "quit" or the end of stdin
    except BrokenPipeError:  # the parent is gone: nobody reads the replies
        os._exit(EXIT_ORPHANED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
