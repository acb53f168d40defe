"""Guards for tests that put FIFOs and devices where the app expects files.

A regression must fail the test, not hang it or eat the machine's memory:

- :func:`fifo_watchdog`: if the code under test is still blocked opening or reading one of
  the FIFOs after `timeout` seconds, a watchdog thread opens each FIFO for writing and closes
  it again, so the blocked reader sees end-of-file and the test goes on, and then fails.
- :func:`run_capped`: runs Python code in a child process with its address space capped and
  a timeout, for ``/dev/zero``, where a regression reads until memory runs out.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

MEMORY_CAP = 2 * 1024**3
REPO = Path(__file__).resolve().parents[2]


def _unblock(fifos: list[Path], stop: threading.Event) -> bool:
    """Open-and-close each FIFO that has a blocked reader until `stop`; True if one had."""
    fired = False
    while not stop.is_set():
        for fifo in fifos:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # ENXIO: nobody reading
            except OSError:
                continue
            os.close(fd)
            fired = True
        stop.wait(0.05)
    return fired


@contextlib.contextmanager
def fifo_watchdog(fifos: list[Path], timeout: float = 5.0) -> Iterator[None]:
    """Fail (instead of hanging) when the body blocks on one of `fifos` for `timeout` s."""
    stop, started = threading.Event(), threading.Event()
    fired: list[bool] = []

    def watch() -> None:
        started.set()
        if not stop.wait(timeout):
            fired.append(_unblock(fifos, stop))

    thread = threading.Thread(target=watch, name="fifo-watchdog", daemon=True)
    thread.start()
    started.wait()
    begun = time.monotonic()
    try:
        yield
    finally:
        stop.set()
        thread.join()
    if any(fired):
        raise AssertionError(
            f"blocked on a FIFO for {timeout} s (unblocked by the watchdog after "
            f"{time.monotonic() - begun:.1f} s)"
        )


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_capped(
    args: list[str], env: Mapping[str, str], timeout: float = 60.0
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a child with at most 2 GB of address space; TimeoutExpired if slow."""
    return subprocess.run(
        [sys.executable, *args],
        env={**os.environ, **env},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_cap_memory,
        check=False,
    )
