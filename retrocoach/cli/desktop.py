"""``retrocoach install-desktop [--uninstall]``: the app in the desktop's menu (Linux, BSD)."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any

from retrocoach.cli.common import EXIT_FAILURE, warn


def install_desktop(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        warn(
            "install-desktop is for Linux and BSD desktops (freedesktop menus); on Windows "
            "and macOS use the self-contained build (make dist) or pipx's launcher"
        )
        return EXIT_FAILURE
    from retrocoach.desktop.entry import (  # Qt: only for this command
        exec_command,
        install,
        launcher,
        uninstall,
    )
    from retrocoach.storage.paths import DesktopFiles

    files = DesktopFiles.default()
    try:
        if args.uninstall:
            removed = uninstall(files)
            print(f"Removed {len(removed)} file(s) from {files.data_home}.")
            return 0
        command = launcher()
        written = install(files, exec_command(*command))
    except OSError as error:
        warn(f"could not write to {files.data_home}: {error.strerror or error}")
        return EXIT_FAILURE
    # the command as a shell would take it: the entry's Exec escaping (%% for %) is not for people
    runs = shlex.join(command)
    print(f"Installed {files.entry} (runs {runs}) and {len(written) - 1} more file(s).")
    return 0


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    desktop = commands.add_parser(
        "install-desktop", help="add retrocoach to the desktop's menu (Linux; --uninstall)"
    )
    desktop.add_argument("--uninstall", action="store_true", help="remove it again")
    desktop.set_defaults(handler=install_desktop)
