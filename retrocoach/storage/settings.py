"""The user's settings: a validated dataclass and its JSON file (only non-default values).

Loading never fails: unknown keys are not used but kept on save (for a newer version of the
app) and named once, gently, in case one is a typo; each invalid value falls back to its
default with a message naming the key and the allowed range, and a file that is not a JSON
object is moved aside and defaults are used.
When a file had invalid values, a copy is kept as ``settings.json.corrupt-...`` before the
next save drops them, so a hand edit is never lost. A save reads the file again first: an edit
made while the app is open is merged (:mod:`.settings_merge`), never overwritten silently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, cast

from retrocoach.core import strict_json
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, verbatim
from retrocoach.storage.files import (
    StorageError,
    atomic_write_bytes,
    backups_of,
    copy_aside,
    read_or_set_aside,
    set_aside,
)
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import said, warning
from retrocoach.storage.reading import FileTooLargeError, read_regular
from retrocoach.storage.setting_checks import (
    DENSITIES,
    MAX_RATE,
    MAX_TEXT,
    MAX_WEIGHT_KG,
    MAX_WINDOW,
    MIN_RATE,
    MIN_WEIGHT_KG,
    MIN_WINDOW,
    PLACES,
    THEMES,
    VOICE_CHAINS,
    Density,
    Place,
    SettingsError,
    Theme,
    VoiceChain,
    check_setting,
)
from retrocoach.storage.settings_merge import decode, edited_outside

#: The names other modules import from here (the checks have their own module).
__all__ = [
    "DENSITIES",
    "MAX_RATE",
    "MAX_SETTINGS_BYTES",
    "MAX_TEXT",
    "MAX_WEIGHT_KG",
    "MAX_WINDOW",
    "MIN_RATE",
    "MIN_WEIGHT_KG",
    "MIN_WINDOW",
    "PLACES",
    "SETTING_NAMES",
    "THEMES",
    "VOICE_CHAINS",
    "Density",
    "Place",
    "Settings",
    "SettingsError",
    "SettingsStore",
    "Theme",
    "VoiceChain",
    "check_setting",
]

MAX_SETTINGS_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Every user setting with its default. Invalid values raise SettingsError on creation.

    Frozen: change with ``dataclasses.replace(settings, volume=0.5)`` (validated too).
    """

    voice: str | None = None
    rate: int = 175  # words per minute
    volume: float = 1.0  # 0..1, the voice's level (applied as it plays)
    muted: bool = False
    beeps: bool = True
    beep_volume: float = 1.0  # 0..1, the beeps' and earcons' level
    earcons: bool = True  # a falling two-tone into backwards, a rising one into forwards
    voice_chain: VoiceChain = "loud"  # "natural": for a quiet room
    density: Density = "auto"
    place: Place = "track"  # track or field; "hall"; "treadmill"
    lead_in_seconds: int = 10
    body_weight_kg: float | None = None  # only set, the energy estimate is shown
    theme: Theme = "dark"
    last_workout: str | None = None
    last_rounds: int | None = None
    window_width: int | None = None
    window_height: int | None = None
    fullscreen: bool = False
    keep_screen_awake: bool = True  # during a session (paused: for 10 minutes)
    flash_boundaries: bool = True  # a short full-panel flash when a phase begins
    duck_others: bool = True  # lower other apps' sounds while the coach speaks (where it works)
    language: str = ""  # "" = the system's language; else one of core.languages.LANGUAGES

    def __post_init__(self) -> None:
        for item in fields(self):
            value = check_setting(item.name, getattr(self, item.name))
            object.__setattr__(self, item.name, value)  # e.g. volume 1 -> 1.0

    def non_defaults(self) -> dict[str, Any]:
        """The values that differ from the defaults: what the settings file holds."""
        default = _DEFAULTS
        return {
            item.name: getattr(self, item.name)
            for item in fields(self)
            if getattr(self, item.name) != getattr(default, item.name)
        }

    @classmethod
    def from_json(
        cls, data: Mapping[str, object], source: str = "settings"
    ) -> tuple[Settings, list[Problem]]:
        """Settings from decoded JSON; each bad value gets its default and a problem."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for item in fields(cls):
            if item.name not in data:
                continue
            try:
                values[item.name] = check_setting(item.name, data[item.name])
            except SettingsError as error:
                default = getattr(_DEFAULTS, item.name)
                fallback = QT_TRANSLATE_NOOP(
                    "storage", "{source}: {error}; the default ({default}) is used."
                )
                problem = warning(
                    fallback, source=source, error=error.problem.what, default=_show(default)
                )
                problems.append(problem)
        return cls(**values), problems


_DEFAULTS = Settings()
SETTING_NAMES = tuple(item.name for item in fields(Settings))


def _show(value: object) -> Text:
    return (
        said(QT_TRANSLATE_NOOP("storage", "none")) if value is None else verbatim(json.dumps(value))
    )


def _parse_object(data: bytes) -> dict[str, object]:
    decoded = strict_json.loads(data.decode("utf-8"))  # a key twice: damaged, named
    if not isinstance(decoded, dict):
        raise ValueError(f"a JSON object was expected, not {type(decoded).__name__}")
    return cast(dict[str, object], decoded)


class SettingsStore:
    """Reads and writes ``settings.json``; remembers what it must not overwrite."""

    def __init__(self, paths: DataPaths) -> None:
        self.path: Path = paths.settings_file
        self._extra: dict[str, object] = {}  # unknown keys, written back unchanged
        self._on_disk: bytes | None = None  # what we know the file holds
        self._protect = False  # a damaged file is still in place: do not write over it
        #: What the last :meth:`save` merged from a hand edit of the file (for the user).
        self.notices: list[Problem] = []

    def load(self, *, read_only: bool = False) -> tuple[Settings, list[Problem]]:
        """The settings (defaults where missing or invalid) and the problems found.

        `read_only` (the command line) never moves or copies a damaged file aside.
        """
        self._extra, self._on_disk = {}, None
        result = read_or_set_aside(
            self.path,
            _parse_object,
            said(QT_TRANSLATE_NOOP("storage", "settings")),
            MAX_SETTINGS_BYTES,
            move_aside=not read_only,
        )
        self._protect = result.protect
        messages = list(result.problems)
        if result.value is None:
            return Settings(), messages
        data = result.value
        settings, problems = Settings.from_json(data, self.path.name)
        self._extra = {key: value for key, value in data.items() if key not in SETTING_NAMES}
        if problems:
            messages.extend(problems)
            if not read_only:
                messages.append(self._keep_copy())
        else:
            self._on_disk = _encode(settings, self._extra)
        return settings, messages + _unknown(self._extra, self.path.name)

    def _keep_copy(self) -> Problem:
        """Copy a file with invalid values aside (once) before a save drops those values."""
        try:
            current = read_regular(self.path, MAX_SETTINGS_BYTES)
            for backup in backups_of(self.path):
                if _holds(backup, current):
                    return _kept_as(backup)
            backup = copy_aside(self.path)
        except (OSError, ValueError, StorageError) as error:
            self._protect = True
            reason = error.problem.what if isinstance(error, StorageError) else verbatim(str(error))
            not_kept = QT_TRANSLATE_NOOP(
                "storage", "A copy of {path} could not be kept ({error}); it will not be changed."
            )
            return warning(not_kept, path=str(self.path), error=reason)
        return _kept_as(backup)

    def save(self, settings: Settings) -> Settings:
        """Write the non-default values atomically; StorageError if the disk refuses.

        Returns what was written: `settings`, with the file's hand edits made since it was
        read merged in (:attr:`notices` says so).
        """
        self.notices = []
        settings, extra = self._merge_hand_edits(settings)
        data = _encode(settings, extra)
        if data == self._on_disk and self.path.exists():
            return settings
        if self._protect and self.path.exists():
            try:
                set_aside(self.path)
            except StorageError as error:
                not_saved = QT_TRANSLATE_NOOP(
                    "storage",
                    "Settings not saved, so that the damaged {path} is not overwritten: {error}",
                )
                problem = warning(not_saved, path=str(self.path), error=error.problem.what)
                raise StorageError(problem, self.path, error.errno) from error
        self._protect = False
        atomic_write_bytes(self.path, data)
        self._on_disk, self._extra = data, extra
        return settings

    def _merge_hand_edits(self, settings: Settings) -> tuple[Settings, dict[str, object]]:
        """`settings` and the unknown keys to write, with any edit of the file since the app
        read or wrote it merged in."""
        if self._on_disk is None:
            return settings, self._extra
        try:
            current: bytes | None = read_regular(self.path, MAX_SETTINGS_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return settings, self._extra  # removed by hand: written again as it is
        except (OSError, FileTooLargeError):
            current = None  # no longer a file the app can read: kept aside below
        if current == self._on_disk:
            return settings, self._extra
        theirs = None if current is None else decode(current)
        invalid = [] if theirs is None else _invalid_keys(theirs)
        ours = json.loads(_encode(settings, self._extra))
        merge = edited_outside(self.path, json.loads(self._on_disk), ours, theirs, invalid)
        self.notices = merge.problems
        merged, _problems = Settings.from_json(merge.values)
        extra = {key: value for key, value in merge.values.items() if key not in SETTING_NAMES}
        return merged, extra


def _unknown(extra: Mapping[str, object], source: str) -> list[Problem]:
    """A gentle word for each key the app does not know (a typo, or a newer app's)."""
    said_once = QT_TRANSLATE_NOOP(
        "storage",
        "{source}: retrocoach does not know the setting '{key}' (a typo?); it is kept in the "
        "file but not used.",
    )
    return [warning(said_once, source=source, key=key) for key in sorted(extra)]


def _invalid_keys(data: Mapping[str, object]) -> list[str]:
    invalid = []
    for name in SETTING_NAMES:
        if name in data:
            try:
                check_setting(name, data[name])
            except SettingsError:
                invalid.append(name)
    return invalid


def _kept_as(backup: Path) -> Problem:
    return warning(
        QT_TRANSLATE_NOOP("storage", "The file as it was is kept as {backup}."), backup=backup.name
    )


def _holds(backup: Path, data: bytes) -> bool:
    """Whether `backup` is a regular file with exactly `data` (a FIFO there is not read)."""
    try:
        return read_regular(backup, len(data)) == data
    except (OSError, ValueError):
        return False


def _encode(settings: Settings, extra: Mapping[str, object]) -> bytes:
    values = {**extra, **settings.non_defaults()}
    return (json.dumps(values, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
