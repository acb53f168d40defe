"""`retrocoach check`'s lines naming the voice each language would speak with.

Each language gets one line: the voice chosen in Settings where it speaks that language, else
Auto's pick for it (a Piper voice of the language, else espeak-ng's). A language no installed
voice speaks gets a ``hint`` (the app then shows its cues as captions in that language): it is
not a failure of the machine, only of that language.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from retrocoach.core.languages import LANGUAGES
from retrocoach.speech.engines.choice import resolve, voice_language

#: English names of the languages, for the command's English lines.
LANGUAGE_NAMES = {"en": "English", "de": "German", "es": "Spanish", "fr": "French"}


def language_lines(voice: str | None, voice_dirs: Sequence[Path]) -> list[str]:
    """One line per language: ``ok       voice in German: pyttsx3 (gmw/de), Auto``."""
    lines = []
    for language in LANGUAGES:
        resolved = resolve(voice, voice_dirs, language=language)
        name = LANGUAGE_NAMES.get(language, language)
        speaks = voice_language(resolved.choice)
        how = "Auto" if resolved.auto else "your choice"
        if speaks not in (None, language):
            lines.append(
                f"hint     voice in {name}: none installed (cues in {name} are shown as "
                "captions); install espeak-ng or a Piper voice of the language (README: "
                "Translating)"
            )
        else:
            lines.append(f"ok       voice in {name}: {resolved.choice.describe()}, {how}")
    return lines
