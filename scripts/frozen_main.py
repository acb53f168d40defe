"""The entry point of the self-contained build (``make dist``, PyInstaller).

The frozen program is both ``retrocoach`` and the Python the app starts its child processes
with: the app runs ``sys.executable -m retrocoach.speech.worker`` (the speech renderer) and
``-m retrocoach.speech.check`` (Qt probes), and in the build ``sys.executable`` is this
program. So ``-m MODULE ARGS...`` runs that module, as Python would; anything else is the
``retrocoach`` command line.
"""

from __future__ import annotations

import runpy
import sys


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from retrocoach.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
