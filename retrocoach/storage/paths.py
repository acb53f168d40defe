"""Where retrocoach keeps its files: the one module that knows paths.

By default the platform's user folders (platformdirs, app name ``retrocoach``):

=========  ==========================================  ===============================
folder     Linux                                       what lives there
=========  ==========================================  ===============================
config     ``~/.config/retrocoach``                    settings.json, tips.json
data       ``~/.local/share/retrocoach``               workouts/, history.jsonl,
                                                       session-journal.json
cache      ``~/.cache/retrocoach``                     speech/ (rendered voice cues)
logs       ``~/.local/state/retrocoach/log``           retrocoach.log (rotating)
=========  ==========================================  ===============================

On Windows config and data are both ``%LOCALAPPDATA%\\retrocoach``; on macOS they are under
``~/Library/Application Support/retrocoach``. Setting ``RETROCOACH_HOME`` puts everything
under that one folder instead (``config/``, ``data/``, ``cache/``, ``logs/``): for tests and
portable installs (a USB stick). Nothing here creates folders: the writers do, when they write.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from retrocoach import APP_ID
from retrocoach.assets_path import icon_files
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text
from retrocoach.storage.problems import said, warning
from retrocoach.storage.reading import kind_text
from retrocoach.storage.writable import Refusal, nearly_full, refusal

APP_NAME = "retrocoach"
HOME_ENV = "RETROCOACH_HOME"
#: The running app's lock in the data folder (one app per data folder).
INSTANCE_LOCK_NAME = "retrocoach.lock"
LOG_FILE_NAME = "retrocoach.log"


@dataclass(frozen=True)
class DataPaths:
    """The four base folders; every file the app reads or writes is derived from them."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> DataPaths:
        """``RETROCOACH_HOME`` if it is set (and not empty), else the platform's user folders."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV, "").strip()
        if home:
            return cls.under(Path(home).expanduser())
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, home: Path) -> DataPaths:
        """Everything in one folder: ``config/``, ``data/``, ``cache/``, ``logs/`` under `home`."""
        home = home.absolute()
        return cls(home / "config", home / "data", home / "cache", home / "logs")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def tips_file(self) -> Path:
        """The user's own tips (they add to the built-in ones)."""
        return self.config_dir / "tips.json"

    @property
    def workouts_dir(self) -> Path:
        """User workouts, one ``{id}.json`` each."""
        return self.data_dir / "workouts"

    @property
    def voices_dir(self) -> Path:
        """Piper voices the user put there (``NAME.onnx`` + ``NAME.onnx.json``); never written."""
        return self.data_dir / "voices"

    @property
    def history_file(self) -> Path:
        """One JSON line per session, append-only."""
        return self.data_dir / "history.jsonl"

    @property
    def briefing_flag(self) -> Path:
        """Present once the briefing before the first session was heard or skipped."""
        return self.data_dir / "briefing-done"

    @property
    def journal_file(self) -> Path:
        """The running session's journal; present only while a session runs (or after a crash)."""
        return self.data_dir / "session-journal.json"

    @property
    def spare_folder(self) -> Path:
        """This user's private folder in the system's temporary folder, for what the data
        folder refuses (read-only, full): the spare journal, the spare instance lock and the
        spare ducking state file."""
        user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
        return Path(tempfile.gettempdir()) / f"{APP_NAME}-{user}"

    def _data_digest(self) -> str:
        digest = hashlib.sha256(str(self.data_dir).encode("utf-8", "surrogateescape"))
        return digest.hexdigest()[:16]

    @property
    def spare_journal_file(self) -> Path:
        """Where the journal goes when the data folder refuses it (one per data folder)."""
        return self.spare_folder / f"journal-{self._data_digest()}.json"

    @property
    def spare_instance_lock_file(self) -> Path:
        """The instance lock when the data folder cannot hold it (one per data folder)."""
        return self.spare_folder / f"instance-{self._data_digest()}.lock"

    @property
    def speech_cache_dir(self) -> Path:
        return self.cache_dir / "speech"

    @property
    def ducking_state_file(self) -> Path:
        """The volumes a duck lowered, until they are back (see ``desktop/ducking/state.py``)."""
        return self.cache_dir / "ducked-volumes.json"

    @property
    def spare_ducking_state_file(self) -> Path:
        """The ducking state file when the cache folder cannot hold it (one per data folder)."""
        return self.spare_folder / f"ducked-volumes-{self._data_digest()}.json"

    @property
    def log_file(self) -> Path:
        """The rotating log (``storage/logs.py``)."""
        return self.log_dir / LOG_FILE_NAME

    @property
    def instance_lock_file(self) -> Path:
        """Held by the running app (``desktop/single_instance.py``)."""
        return self.data_dir / INSTANCE_LOCK_NAME

    def describe(self) -> list[tuple[str, Path]]:
        """(label, folder) pairs for an "Where is my data?" text or ``retrocoach --paths``."""
        return [
            (QT_TRANSLATE_NOOP("storage", "Settings"), self.config_dir),
            (QT_TRANSLATE_NOOP("storage", "Workouts and history"), self.data_dir),
            (QT_TRANSLATE_NOOP("storage", "Voice cache"), self.cache_dir),
            (QT_TRANSLATE_NOOP("storage", "Logs"), self.log_dir),
        ]

    def folders_to_check(self) -> list[tuple[str, Path]]:
        """What ``retrocoach check`` looks at: :meth:`describe`'s folders and the workouts folder
        (a file in its place would hide every user workout)."""
        folders = self.describe()
        folders.insert(2, ("Workouts", self.workouts_dir))
        return folders

    def files_to_check(self) -> list[tuple[str, Path]]:
        """The files ``retrocoach check`` looks at: each must be a regular file, or absent."""
        return [
            ("Settings file", self.settings_file),
            ("Tips file", self.tips_file),
            ("History", self.history_file),
            ("Session journal", self.journal_file),
        ]

    def folder_problems(self, folder: Path) -> list[Problem]:
        """Why `folder` cannot hold files (nothing: it can). A missing folder is fine (made on
        write)."""
        probe = nearest_existing(folder)
        if probe is None:
            nothing = QT_TRANSLATE_NOOP("storage", "{folder}: no part of this path exists")
            return [warning(nothing, folder=str(folder))]
        what = not_a_folder(probe)
        if what is not None:
            in_the_way = QT_TRANSLATE_NOOP(
                "storage", "{folder}: {probe} is {what}, not a folder; move it away"
            )
            return [warning(in_the_way, folder=str(folder), probe=str(probe), what=what)]
        refused = refusal(probe)
        if refused is Refusal.READ_ONLY_FILE_SYSTEM:
            mounted = QT_TRANSLATE_NOOP(
                "storage", "{folder}: {probe} is on a file system mounted read-only"
            )
            return [warning(mounted, folder=str(folder), probe=str(probe))]
        if refused is Refusal.PERMISSION:
            read_only = QT_TRANSLATE_NOOP("storage", "{folder}: {probe} is read-only for you")
            return [warning(read_only, folder=str(folder), probe=str(probe))]
        free = nearly_full(probe)
        if free is not None:
            full = QT_TRANSLATE_NOOP(
                "storage",
                "{folder}: the disk holding {probe} is full ({free} KB free), so files "
                "cannot be saved there",
            )
            return [warning(full, folder=str(folder), probe=str(probe), free=free // 1024)]
        return []

    def folder_problem(self, folder: Path) -> str | None:
        """:meth:`folder_problems` in English, or None (``retrocoach check`` prints it)."""
        problems = self.folder_problems(folder)
        return problems[0].english() if problems else None


def nearest_existing(folder: Path) -> Path | None:
    """`folder` if it is there (or a symbolic link is), else its nearest parent that is; None
    when no part of it is. A missing folder is made on the first write: whether that can
    happen depends on this one."""
    probe = folder
    while not _there(probe):
        if probe.parent == probe:
            return None
        probe = probe.parent
    return probe


def _there(path: Path) -> bool:
    """Whether `path` (or a symbolic link) is there; False too when a parent folder cannot
    be looked into (EACCES): the search goes on upwards, to the folder in the way."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return False


def not_a_folder(path: Path) -> Text | None:
    """What `path` is when it is there but is not a folder ("a file", "a FIFO (named pipe)"...),
    or None: a folder, or nothing at all."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return (
            said(QT_TRANSLATE_NOOP("storage", "a symbolic link to nothing"))
            if path.is_symlink()
            else None
        )
    except OSError as error:
        unknown = QT_TRANSLATE_NOOP("storage", "something that cannot be looked at ({reason})")
        return said(unknown, reason=str(error.strerror))
    if stat.S_ISDIR(mode):
        return None
    if stat.S_ISREG(mode):
        return said(QT_TRANSLATE_NOOP("storage", "a file"))
    return kind_text(mode)


def desktop_data_home() -> Path:
    """The user's shared data folder, where menus look for app entries and icons
    (``$XDG_DATA_HOME`` or ``~/.local/share`` on Linux); not moved by ``RETROCOACH_HOME``."""
    return Path(platformdirs.user_data_dir())


@dataclass(frozen=True)
class DesktopFiles:
    """Where ``install-desktop`` puts each file under one XDG data folder (``~/.local/share``):
    the menu entry, the AppStream metainfo and the icons."""

    data_home: Path

    @property
    def entry(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def icon_theme(self) -> Path:
        """The hicolor icon theme's folder, which the icon cache indexes."""
        return self.data_home / "icons" / "hicolor"

    def icon(self, source: Path) -> Path:
        """The hicolor theme's place for `source` (``retrocoach-48.png``, ``retrocoach.svg``)."""
        hicolor = self.icon_theme
        if source.suffix == ".svg":
            return hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
        size = source.stem.rsplit("-", 1)[1]
        return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    def all(self) -> list[Path]:
        return [self.entry, self.metainfo, *(self.icon(f) for f in icon_files())]

    @classmethod
    def default(cls) -> DesktopFiles:
        return cls(desktop_data_home())


def lock_file_for(folder: Path) -> Path:
    """The lock file guarding writes into `folder` (``storage.folder_lock``): beside it, not
    in it, so the folder holds only the user's files (``workouts/`` -> ``.workouts.lock``)."""
    return folder.parent / f".{folder.name}.lock"
