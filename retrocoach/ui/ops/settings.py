"""Settings operations: save them (only non-defaults are written). The settings value and its
choices are re-exported for the settings dialog, which imports no storage."""

from __future__ import annotations

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, text
from retrocoach.desktop.ducking.platform import unavailable_reason
from retrocoach.storage.files import StorageError
from retrocoach.storage.settings import (
    DENSITIES,
    MAX_RATE,
    MAX_WEIGHT_KG,
    MIN_RATE,
    MIN_WEIGHT_KG,
    PLACES,
    THEMES,
    VOICE_CHAINS,
    Settings,
    SettingsStore,
)

__all__ = [
    "DENSITIES",
    "MAX_RATE",
    "MAX_WEIGHT_KG",
    "MIN_RATE",
    "MIN_WEIGHT_KG",
    "PLACES",
    "THEMES",
    "VOICE_CHAINS",
    "Settings",
    "SettingsStore",
    "ducking_unavailable",
    "save_settings",
]


def ducking_unavailable() -> Text | None:
    """Why other sounds cannot be lowered here (macOS, a missing package), or None."""
    return unavailable_reason()


def save_settings(store: SettingsStore, settings: Settings) -> tuple[Settings, list[Problem]]:
    """Write `settings`; the settings now in force (with any hand edit of the file merged
    in) and what to tell: the merge, or the problem when the file could not be written."""
    try:
        return store.save(settings), list(store.notices)
    except StorageError as error:
        source = QT_TRANSLATE_NOOP("SettingsOps", "Settings not saved: {error}")
        return settings, [
            Problem(text("SettingsOps", source, error=str(error)), detail=str(store.path))
        ]
