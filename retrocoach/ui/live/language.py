"""The language a session speaks: ``--lang`` for this run, else the settings', else the
system's, else English (the window's catalogue is chosen the same way: ``ui/i18n.py``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from retrocoach.core.languages import pick_language
from retrocoach.storage.settings import Settings

#: ``--lang`` of this run ("" for none): it wins over the setting and is never saved.
_for_this_run = ""


def use_for_this_run(language: str) -> None:
    """Set by the start-up from ``--lang`` ("" leaves the choice to the settings)."""
    global _for_this_run
    _for_this_run = language


def session_language(settings: Settings) -> str:
    """``--lang``, or ``settings.language`` if it is one of the languages, the system's if it
    is empty and the system's is one, else English."""
    return pick_language(_for_this_run or settings.language, QLocale.system().name())[0]
