"""Guards for tests that put FIFOs and devices where the app expects files.

A regression must fail the test, not hang it or eat the machine's memory:

- :func:`fifo_watchdog`: if the code under test is still running after `timeout` seconds, a
  watchdog thread opens and closes each FIFO from both ends, again and again, so a reader or
  writer blocked on one goes on, and the test then fails.
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


def _unblock(fifos: list[Path], stop: threading.Event) -> None:
    """Until `stop`: open and close each FIFO from both ends, without blocking.

    A reader blocked in ``open`` returns when a writer opens (and reads end-of-file once it
    closes); a writer blocked in ``open`` returns when a reader opens (and its writes fail
    once that reader closes).
    """
    while not stop.is_set():
        for fifo in fifos:
            for flags in (os.O_WRONLY | os.O_NONBLOCK, os.O_RDONLY | os.O_NONBLOCK):
                with contextlib.suppress(OSError):  # ENXIO: a writer with nobody reading
                    os.close(os.open(fifo, flags))
        stop.wait(0.05)


@contextlib.contextmanager
def fifo_watchdog(fifos: list[Path], timeout: float = 5.0) -> Iterator[None]:
    """Fail (instead of hanging) when the body takes over `timeout` s beside `fifos`."""
    stop = threading.Event()
    fired = threading.Event()

    def watch() -> None:
        if not stop.wait(timeout):
            fired.set()
            _unblock(fifos, stop)

    thread = threading.Thread(target=watch, name="fifo-watchdog", daemon=True)
    thread.start()
    begun = time.monotonic()
    try:
        yield
    finally:
        stop.set()
        thread.join()
    if fired.is_set():
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
