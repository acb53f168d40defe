"""The language a session speaks: the settings', else the system's, else English."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from retrocoach.core.languages import pick_language
from retrocoach.storage.settings import Settings


def session_language(settings: Settings) -> str:
    """``settings.language`` if it is one of the languages, the system's if it is empty and
    the system's is one, else English."""
    return pick_language(settings.language, QLocale.system().name())[0]
