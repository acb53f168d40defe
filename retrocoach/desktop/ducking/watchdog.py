"""The watchdog: a small process that gives other applications their volume back when the app
that lowered them dies (a crash, SIGKILL, a power button) in the middle of a duck.

``python -m retrocoach.desktop.ducking.watchdog --backend pulse --app-pid PID STATE_FILE...``
(the data folder's state file and its spare in the temporary folder: either may hold it).
The app keeps the write end of the watchdog's stdin; the watchdog reads until end of file,
which comes the moment the app's process is gone, however it ended. It then restores what the
state file lists (:func:`~retrocoach.desktop.ducking.state.restore_from`) and exits. After a
normal quit the app has restored everything itself and removed the file: nothing is left to do.
It runs in a session of its own, so a Ctrl+C in the app's terminal does not end it first.
Only the standard library, ``pulsectl`` and this package are imported: it starts in ~0.1 s.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from retrocoach.desktop.ducking.state import restore_from
from retrocoach.desktop.ducking.streams import VolumeBackend

#: How long the watchdog keeps trying to reach the sound server (seconds).
RETRY_FOR = 1.5


def open_backend(name: str, app_pid: int) -> VolumeBackend:
    if name == "windows":
        from retrocoach.desktop.ducking.windows import WindowsBackend

        return WindowsBackend(own_pid=app_pid)
    from retrocoach.desktop.ducking.pulse import PulseBackend

    return PulseBackend(own_pid=app_pid, any_sink=True)


def restore(state_files: Sequence[Path], backend_name: str, app_pid: int) -> int:
    """Restore from each of `state_files` that is there, retrying for ``RETRY_FOR`` s; how
    many streams came back."""
    deadline = time.monotonic() + RETRY_FOR
    while True:
        left = [path for path in state_files if path.exists()]
        if not left:
            return 0
        try:
            backend = open_backend(backend_name, app_pid)
            try:
                return sum(restore_from(path, backend) for path in left)
            finally:
                backend.close()
        except Exception as error:  # the server is busy or gone: nothing more to do then
            if time.monotonic() > deadline:
                print(f"retrocoach ducking watchdog: {error}", file=sys.stderr)
                return 0
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="retrocoach-ducking-watchdog")
    parser.add_argument("--backend", default="pulse", choices=("pulse", "windows"))
    parser.add_argument("--app-pid", type=int, required=True)
    parser.add_argument("state_files", type=Path, nargs="+", metavar="state_file")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while sys.stdin.buffer.read(4096):
        pass  # the app never writes: this returns at end of file, when the app is gone
    restore(args.state_files, args.backend, args.app_pid)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
