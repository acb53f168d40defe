"""The user's settings: a validated dataclass and its JSON file (only non-default values).

Loading never fails: unknown keys are ignored (and kept on save, for a newer version of the
app), each invalid value falls back to its default with a message naming the key and the
allowed range, and a file that is not a JSON object is moved aside and defaults are used.
When a file had invalid values, a copy is kept as ``settings.json.corrupt-...`` before the
next save drops them, so a hand edit is never lost.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal, cast

from retrocoach.core.cues import MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE
from retrocoach.core.ranges import whole_in, whole_problem
from retrocoach.core.workout import MAX_LEAD_IN_SECONDS, MAX_ROUNDS, MIN_ROUNDS
from retrocoach.storage.files import (
    StorageError,
    atomic_write_bytes,
    backups_of,
    copy_aside,
    read_or_set_aside,
    set_aside,
)
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.reading import read_regular

Density = Literal["quiet", "normal", "chatty"]
Theme = Literal["light", "dark", "high-contrast"]
Place = Literal["track", "hall", "treadmill"]
DENSITIES: tuple[Density, ...] = ("quiet", "normal", "chatty")
#: Where the runner runs (issue 9): the core's :class:`~retrocoach.core.tips.Place` values.
PLACES: tuple[Place, ...] = ("track", "hall", "treadmill")
THEMES: tuple[Theme, ...] = ("light", "dark", "high-contrast")

MIN_RATE, MAX_RATE = MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE  # one range, the core's
MIN_WEIGHT_KG, MAX_WEIGHT_KG = 20.0, 300.0
MIN_WINDOW, MAX_WINDOW = 100, 20_000
MAX_TEXT = 500
MAX_SETTINGS_BYTES = 1024 * 1024


class SettingsError(ValueError):
    """An invalid value for one setting; the message names the key and the allowed range."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


Check = Callable[[object], object]


def _whole(low: int, high: int) -> Check:
    def check(value: object) -> object:
        if whole_in(value, low, high) is None:
            raise ValueError(whole_problem(low, high, value))
        return value

    return check


def _number(low: float, high: float) -> Check:
    def check(value: object) -> object:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            raise ValueError(f"must be a number from {low:g} to {high:g}")
        return float(value)

    return check


def _text(value: object) -> object:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise ValueError(f"must be text of 1 to {MAX_TEXT} characters")
    return value


def _flag(value: object) -> object:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _choice(allowed: tuple[str, ...]) -> Check:
    def check(value: object) -> object:
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return value

    return check


def _optional(check: Check) -> Check:
    def optional(value: object) -> object:
        if value is None:
            return None
        try:
            return check(value)
        except ValueError as error:
            raise ValueError(f"{error}, or null") from None

    return optional


_CHECKS: dict[str, Check] = {
    "voice": _optional(_text),
    "rate": _whole(MIN_RATE, MAX_RATE),
    "volume": _number(0.0, 1.0),
    "muted": _flag,
    "beeps": _flag,
    "density": _choice(DENSITIES),
    "place": _choice(PLACES),
    "lead_in_seconds": _whole(0, MAX_LEAD_IN_SECONDS),
    "body_weight_kg": _optional(_number(MIN_WEIGHT_KG, MAX_WEIGHT_KG)),
    "theme": _choice(THEMES),
    "last_workout": _optional(_text),
    "last_rounds": _optional(_whole(MIN_ROUNDS, MAX_ROUNDS)),
    "window_width": _optional(_whole(MIN_WINDOW, MAX_WINDOW)),
    "window_height": _optional(_whole(MIN_WINDOW, MAX_WINDOW)),
    "fullscreen": _flag,
    "keep_screen_awake": _flag,
}


def check_setting(key: str, value: object) -> Any:
    """The normalised `value` for setting `key`; SettingsError naming the range if invalid."""
    try:
        check = _CHECKS[key]
    except KeyError:
        raise SettingsError(key, "unknown setting") from None
    try:
        return check(value)
    except ValueError as error:
        message = str(error)  # a range check names the value already ("..., got 5")
        if ", got " not in message:
            message = f"{message}, got {value!r:.60}"
        raise SettingsError(key, message) from None


@dataclass(frozen=True)
class Settings:
    """Every user setting with its default. Invalid values raise SettingsError on creation.

    Frozen: change with ``dataclasses.replace(settings, volume=0.5)`` (validated too).
    """

    voice: str | None = None
    rate: int = 175  # words per minute
    volume: float = 1.0  # 0..1
    muted: bool = False
    beeps: bool = True
    density: Density = "normal"
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
    ) -> tuple[Settings, list[str]]:
        """Settings from decoded JSON; each bad value gets its default and a message."""
        values: dict[str, Any] = {}
        messages: list[str] = []
        for item in fields(cls):
            if item.name not in data:
                continue
            try:
                values[item.name] = check_setting(item.name, data[item.name])
            except SettingsError as error:
                default = getattr(_DEFAULTS, item.name)
                messages.append(f"{source}: {error}; the default ({_show(default)}) is used.")
        return cls(**values), messages


_DEFAULTS = Settings()
SETTING_NAMES = tuple(item.name for item in fields(Settings))


def _show(value: object) -> str:
    return "none" if value is None else json.dumps(value)


def _parse_object(data: bytes) -> dict[str, object]:
    decoded = json.loads(data.decode("utf-8"))
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

    def load(self, *, read_only: bool = False) -> tuple[Settings, list[str]]:
        """The settings (defaults where missing or invalid) and messages for the user.

        `read_only` (the command line) never moves or copies a damaged file aside.
        """
        self._extra, self._on_disk = {}, None
        result = read_or_set_aside(
            self.path, _parse_object, "settings", MAX_SETTINGS_BYTES, move_aside=not read_only
        )
        self._protect = result.protect
        messages = [result.message] if result.message else []
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
        return settings, messages

    def _keep_copy(self) -> str:
        """Copy a file with invalid values aside (once) before a save drops those values."""
        try:
            current = read_regular(self.path, MAX_SETTINGS_BYTES)
            for backup in backups_of(self.path):
                if _holds(backup, current):
                    return f"The file as it was is kept as {backup.name}."
            backup = copy_aside(self.path)
        except (OSError, ValueError, StorageError) as error:
            self._protect = True
            return f"A copy of {self.path} could not be kept ({error}); it will not be changed."
        return f"The file as it was is kept as {backup.name}."

    def save(self, settings: Settings) -> None:
        """Write the non-default values atomically; StorageError if the disk refuses."""
        data = _encode(settings, self._extra)
        if data == self._on_disk and self.path.exists():
            return
        if self._protect and self.path.exists():
            try:
                set_aside(self.path)
            except StorageError as error:
                raise StorageError(
                    f"Settings not saved, so that the damaged {self.path} is not overwritten: "
                    f"{error}",
                    self.path,
                    error.errno,
                ) from error
        self._protect = False
        atomic_write_bytes(self.path, data)
        self._on_disk = data


def _holds(backup: Path, data: bytes) -> bool:
    """Whether `backup` is a regular file with exactly `data` (a FIFO there is not read)."""
    try:
        return read_regular(backup, len(data)) == data
    except (OSError, ValueError):
        return False


def _encode(settings: Settings, extra: Mapping[str, object]) -> bytes:
    values = {**extra, **settings.non_defaults()}
    return (json.dumps(values, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
