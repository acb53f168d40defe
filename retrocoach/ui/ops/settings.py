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
    "save_settings",
]


def save_settings(store: SettingsStore, settings: Settings) -> Problem | None:
    """Write `settings`; the problem when the file could not be written."""
    try:
        store.save(settings)
    except StorageError as error:
        source = QT_TRANSLATE_NOOP("SettingsOps", "Settings not saved: {error}")
        return Problem(text("SettingsOps", source, error=str(error)), detail=str(store.path))
    return None
