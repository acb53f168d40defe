"""``retrocoach install-desktop``: the freedesktop entry, the icon and the metainfo in the
user's XDG folders (``storage.paths.DesktopFiles`` says where), so the app is in the desktop's
menu; ``--uninstall`` takes them back.

The entry's ``Exec`` names the program that runs now (the ``retrocoach`` launcher found on
``PATH``, or the self-contained build), by its absolute path: a menu does not search
``~/.local/bin``, which pipx uses. The XDG data folder is ``$XDG_DATA_HOME``, else
``~/.local/share``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from retrocoach.assets_path import desktop_dir, icon_files
from retrocoach.desktop import APP_ID
from retrocoach.storage.paths import DesktopFiles

# The Desktop Entry spec's "reserved" characters: an argument holding one is double-quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def exec_argument(argument: str) -> str:
    """`argument` as one argument of an ``Exec`` value (Desktop Entry spec, "The Exec key"):
    ``%`` doubled (a field code otherwise); double-quoted when it holds a reserved character,
    with ``"``, `````, ``$`` and ``\\`` backslash-escaped inside the quotes; then every
    backslash doubled again, since the whole value is a desktop-file string."""
    text = argument.replace("%", "%%")
    if any(c in _RESERVED for c in text):
        text = '"' + "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in text) + '"'
    return text.replace("\\", "\\\\")


def exec_command(program: str, *arguments: str) -> str:
    """An ``Exec`` value running `program` with `arguments`. A program whose path holds a
    ``%`` runs through ``env``: GLib (``gio launch``, GNOME's menu) looks for the program
    with its ``%%`` undecoded, finds nothing and starts nothing (GLib 2.74)."""
    words = [exec_argument(word) for word in (program, *arguments)]
    return " ".join(["env", *words] if "%" in program else words)


def launcher() -> list[str]:
    """The command a menu runs to start this retrocoach, as its words (not yet quoted for
    ``Exec``: :func:`exec_command` does that): the frozen build itself, else the launcher
    beside this Python (a venv's or pipx's ``bin/``), else the one on ``PATH``, else
    ``python -m retrocoach``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).parent / "retrocoach"
    found = str(beside) if beside.is_file() else shutil.which("retrocoach")
    if found is not None:
        return [found]
    return [sys.executable, "-m", "retrocoach"]


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


# What the desktop's cache tools leave in a folder (refresh_caches): nobody's file but theirs.
_CACHE_FILES = ("mimeinfo.cache", "icon-theme.cache")


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove what :func:`install` wrote, then each of its folders left empty (or holding
    only a cache the desktop's tools made), up to the XDG data folder; then the caches of
    the folders still there are refreshed. The files removed."""
    removed = []
    for path in files.all():
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    for folder in _folders_deepest_first(files):
        _remove_if_empty(folder)
    refresh_caches(files)
    return removed


def _folders_deepest_first(files: DesktopFiles) -> list[Path]:
    folders: set[Path] = set()
    for path in files.all():
        folder = path.parent
        while folder != files.data_home and files.data_home in folder.parents:
            folders.add(folder)
            folder = folder.parent
    return sorted(folders, key=lambda folder: len(folder.parts), reverse=True)


def _remove_if_empty(folder: Path) -> None:
    try:
        names = [entry.name for entry in folder.iterdir()]
        if names and all(name in _CACHE_FILES for name in names):
            for name in names:
                (folder / name).unlink()
        folder.rmdir()
    except OSError:
        pass  # not empty (someone else's files), or gone already: it stays as it is


def refresh_caches(files: DesktopFiles) -> None:
    """Tell the desktop's menu and icon caches, where those tools are installed (and the
    folder is still there: an uninstall removes an emptied one)."""
    for command in (
        ["update-desktop-database", str(files.entry.parent)],
        ["gtk-update-icon-cache", "--ignore-theme-index", str(files.icon_theme)],
    ):
        if shutil.which(command[0]) is not None and Path(command[-1]).is_dir():
            subprocess.run(command, capture_output=True, timeout=30, check=False)
