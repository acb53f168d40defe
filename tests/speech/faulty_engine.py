"""Fault-injecting engine factories for the renderer tests (``--engine-factory``).

Only the faults are fake: every text without a marker is rendered by the real pyttsx3 +
espeak-ng engine, so the files a test gets back are real speech. With ``$RETROCOACH_RENDER_LOG``
set, each render's start and end are appended to that file (``start PID TEXT`` when the
engine begins, ``end PID TEXT`` when it returns), from every worker process: the order the
lines were written in is the order it happened in.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pyttsx3

#: A text containing one of these markers triggers the fault when it is rendered.
RAISE = "[raise]"
HANG = "[hang]"
EMPTY = "[empty]"
#: Fails (writes no file) the first time it is rendered, then works: the first render of a
#: new worker that wrote no file, about 1 time in 100. The "first time" is remembered as a
#: file in $RETROCOACH_FAULT_DIR, across worker processes.
FLAKY = "[flaky]"
#: Kills its worker (SIGKILL, as a crash of the engine would) the first time it is rendered,
#: then works; remembered like FLAKY.
DIE = "[die]"
FAULT_DIR_ENV = "RETROCOACH_FAULT_DIR"
RENDER_LOG_ENV = "RETROCOACH_RENDER_LOG"
HANG_SECONDS = 10.0


def broken_init() -> Any:
    """As when libespeak-ng is missing: the engine cannot even be created."""
    raise OSError("libespeak-ng.so.1: cannot open shared object file (simulated)")


class FaultyEngine:
    """Wraps a real pyttsx3 engine; fails on the marked texts only."""

    def __init__(self) -> None:
        self._real = pyttsx3.init()
        self._text = ""
        self._path = ""

    def connect(self, topic: str, callback: Any) -> Any:
        return self._real.connect(topic, callback)

    def getProperty(self, name: str) -> Any:
        return self._real.getProperty(name)

    def setProperty(self, name: str, value: Any) -> None:
        self._real.setProperty(name, value)

    def save_to_file(self, text: str, path: str) -> None:
        self._text, self._path = text, path
        if not any(marker in text for marker in (RAISE, HANG, EMPTY, DIE)) and not (
            FLAKY in text and not (Path(os.environ[FAULT_DIR_ENV]) / "flaky-seen").exists()
        ):
            self._real.save_to_file(text, path)

    def _first_time(self, marker: str) -> bool:
        if marker not in self._text:
            return False
        seen = Path(os.environ[FAULT_DIR_ENV]) / f"{marker.strip('[]')}-seen"
        if seen.exists():
            return False
        seen.touch()
        return True

    def _log(self, event: str) -> None:
        log = os.environ.get(RENDER_LOG_ENV)
        if log:
            with open(log, "a", encoding="utf-8") as file:  # one short write: not interleaved
                file.write(f"{event} {os.getpid()} {self._text}\n")

    def runAndWait(self) -> None:
        self._log("start")
        self._render()
        self._log("end")

    def _render(self) -> None:
        if self._first_time(DIE):
            os.kill(os.getpid(), signal.SIGKILL)
        if DIE in self._text:  # the second time: real speech, without the marker
            self._real.save_to_file(self._text.replace(DIE, ""), self._path)
            self._real.runAndWait()
            return
        if self._first_time(FLAKY):
            return  # like the real fault: the engine returns, but wrote no file
        if HANG in self._text:
            time.sleep(HANG_SECONDS)
        if RAISE in self._text:
            raise RuntimeError("simulated engine failure in the middle of a cue")
        if EMPTY in self._text:
            with open(self._path, "wb"):
                pass
            return
        self._real.runAndWait()


def make_engine() -> FaultyEngine:
    return FaultyEngine()
