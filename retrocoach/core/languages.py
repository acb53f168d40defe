"""The languages retrocoach speaks and shows, and how the one in use is chosen (pure)."""

from __future__ import annotations

#: Language codes (ISO 639-1) with a catalogue, a phrasebook and a tip library.
LANGUAGES: tuple[str, ...] = ("en", "de", "es", "fr")
DEFAULT_LANGUAGE = "en"


def pick_language(wanted: str, system: str) -> tuple[str, bool]:
    """The language to use: `wanted` ("" means the system's), else the system's (a locale
    name such as "de_AT"), else English; True when `wanted` was asked for but is not one
    of :data:`LANGUAGES` (the caller says so: English is used, never a mix)."""
    if wanted:
        code = wanted.split("_")[0].lower()
        if code in LANGUAGES:
            return code, False
        return DEFAULT_LANGUAGE, True
    code = system.split("_")[0].lower()
    return (code if code in LANGUAGES else DEFAULT_LANGUAGE), False
