"""Settings operations: save them (only non-defaults are written). The settings value and its
choices are re-exported for the settings dialog, which imports no storage."""

from __future__ import annotations

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, text
from retrocoach.storage.files import StorageError
from retrocoach.storage.settings import (
    DENSITIES,
    MAX_RATE,
    MAX_WEIGHT_KG,
    MIN_RATE,
    MIN_WEIGHT_KG,
    PLACES,
    THEMES,
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
    "Settings",
    "SettingsStore",
    "save_settings",
]


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
