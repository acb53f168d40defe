"""The checks of each setting (storage.setting_checks): a bad value names the key, the rule and
the value, and is a RetrocoachError, never a bare ValueError."""

from __future__ import annotations

import dataclasses

import pytest

from retrocoach.core.errors import RetrocoachError
from retrocoach.storage.settings import Settings, SettingsError, check_setting


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("rate", 10),
        ("rate", 175.5),
        ("rate", True),
        ("volume", 1.5),
        ("volume", float("nan")),
        ("volume", "loud"),
        ("muted", 1),
        ("density", "verbose"),
        ("lead_in_seconds", 61),
        ("lead_in_seconds", -1),
        ("body_weight_kg", 10),
        ("body_weight_kg", 301),
        ("theme", "blue"),
        ("language", "xx"),
        ("language", "German"),
        ("language", None),
        ("last_rounds", 0),
        ("window_width", 5),
        ("voice", ""),
        ("voice", 3),
        ("voice_chain", "gym"),
        ("beep_volume", 1.5),
        ("earcons", "yes"),
    ],
)
def test_invalid_values_are_refused(key: str, value: object) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings(**{key: value})  # type: ignore[arg-type]
    assert caught.value.key == key
    assert str(caught.value).startswith(f"{key}: must be")


def test_replace_validates_and_normalises() -> None:
    assert dataclasses.replace(Settings(), volume=0).volume == 0.0
    assert isinstance(check_setting("volume", 1), float)
    assert check_setting("body_weight_kg", 70) == 70.0
    with pytest.raises(SettingsError):
        dataclasses.replace(Settings(), rate=1000)
    with pytest.raises(SettingsError, match="unknown setting"):
        check_setting("colour", "red")


def test_a_bad_value_is_a_user_error_with_a_translatable_rule() -> None:
    with pytest.raises(SettingsError) as caught:
        check_setting("last_rounds", 0)
    error = caught.value
    assert isinstance(error, RetrocoachError) and not isinstance(error, ValueError)
    assert str(error) == "last_rounds: must be a whole number from 1 to 50, or null, got 0"
    assert error.rule.context == "storage" and error.got == "0"
    assert error.problem.english() == str(error)


def test_the_language_is_the_systems_or_one_the_app_has() -> None:
    assert Settings().language == ""
    assert [Settings(language=code).language for code in ("de", "es", "fr", "en")] == [
        "de", "es", "fr", "en"
    ]  # fmt: skip
