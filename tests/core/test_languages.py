"""Which language the app uses: the one asked for, else the system's, else English."""

from __future__ import annotations

import pytest

from retrocoach.core.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, pick_language


def test_the_languages() -> None:
    assert LANGUAGES[0] == DEFAULT_LANGUAGE == "en"
    assert set(LANGUAGES) == {"en", "de", "es", "fr"}


@pytest.mark.parametrize(
    ("wanted", "system", "picked"),
    [
        ("", "de_AT", ("de", False)),
        ("", "fr_CA", ("fr", False)),
        ("", "pt_BR", ("en", False)),  # a system language without a catalogue: quietly English
        ("", "C", ("en", False)),
        ("es", "de_DE", ("es", False)),
        ("de_CH", "en_US", ("de", False)),
        ("FR", "en_US", ("fr", False)),
        ("pt", "de_DE", ("en", True)),  # asked for and missing: English, and say so
    ],
)
def test_pick_language(wanted: str, system: str, picked: tuple[str, bool]) -> None:
    assert pick_language(wanted, system) == picked


def test_every_language_has_its_own_name() -> None:
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
