"""``retrocoach install-desktop``: the freedesktop entry, the icon and the metainfo in the
user's XDG folders (``storage.paths.DesktopFiles`` says where), so the app is in the desktop's
menu; ``--uninstall`` takes them back.

The entry's ``Exec`` names the program that runs now (the ``retrocoach`` launcher found on
``PATH``, or the self-contained build), by its absolute path: a menu does not search
``~/.local/bin``, which pipx uses. The XDG data folder is ``$XDG_DATA_HOME``, else
``~/.local/share``.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from retrocoach.assets_path import desktop_dir, icon_files
from retrocoach.desktop import APP_ID
from retrocoach.storage.paths import DesktopFiles


def launcher() -> str:
    """The command a menu runs to start this retrocoach, quoted for ``Exec``: the frozen
    build itself, else the launcher beside this Python (a venv's or pipx's ``bin/``), else
    the one on ``PATH``, else ``python -m retrocoach``."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    beside = Path(sys.executable).parent / "retrocoach"
    found = str(beside) if beside.is_file() else shutil.which("retrocoach")
    if found is not None:
        return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m retrocoach"


def entry_text(command: str) -> str:
    """The bundled .desktop entry with `command` in ``Exec``."""
    source = (desktop_dir() / f"{APP_ID}.desktop").read_text("utf-8")
    lines = [f"Exec={command}" if line.startswith("Exec=") else line for line in source.split("\n")]
    return "\n".join(lines)


def install(files: DesktopFiles, command: str) -> list[Path]:
    """Write the entry, the metainfo and the icons (replacing older copies); the paths."""
    written: list[Path] = []
    files.entry.parent.mkdir(parents=True, exist_ok=True)
    files.entry.write_text(entry_text(command), "utf-8")
    written.append(files.entry)
    files.metainfo.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(desktop_dir() / f"{APP_ID}.metainfo.xml", files.metainfo)
    written.append(files.metainfo)
    for source in icon_files():
        target = files.icon(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    refresh_caches(files)
    return written


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove what :func:`install` wrote (folders stay); the paths removed."""
    removed = []
    for path in files.all():
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    refresh_caches(files)
    return removed


def refresh_caches(files: DesktopFiles) -> None:
    """Tell the desktop's menu and icon caches, where those tools are installed."""
    for command in (
        ["update-desktop-database", str(files.entry.parent)],
        ["gtk-update-icon-cache", "--ignore-theme-index", str(files.icon_theme)],
    ):
        if shutil.which(command[0]) is not None:
            subprocess.run(command, capture_output=True, timeout=30, check=False)
