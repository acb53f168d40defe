"""Run the real command, ``python -m retrocoach ...``, in a child process.

The child gets this test's environment, so its ``RETROCOACH_HOME`` (set per test by the root
conftest), the PulseAudio null sink and ``QT_QPA_PLATFORM`` are the test's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: `check` starts Qt twice and the speech engine: generous on a shared, loaded machine.
TIMEOUT = 120.0


@dataclass(frozen=True)
class Result:
    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def retrocoach(*args: str | Path, stdin: str = "") -> Result:
    """Run ``python -m retrocoach ARGS``; its status, stdout and stderr (UTF-8 text)."""
    done = subprocess.run(
        [sys.executable, "-m", "retrocoach", *map(str, args)],
        input=stdin.encode(),
        capture_output=True,
        env=environment(),
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )
    return Result(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def retrocoach_into_closed_pipe(*args: str | Path) -> Result:
    """Run the command with stdout a pipe whose reader has already gone (``| head -0``)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "retrocoach", *map(str, args)],
            stdin=subprocess.DEVNULL,
            stdout=writer,
            stderr=subprocess.PIPE,
            env=environment(),
            cwd=ROOT,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        os.close(writer)
    return Result(done.returncode, "", done.stderr.decode("utf-8", "replace"))
