"""The session's language: --lang for this run wins over the setting, and is not kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrocoach.storage.settings import Settings
from retrocoach.ui.live.language import session_language, use_for_this_run


@pytest.fixture(autouse=True)
def no_run_language() -> Iterator[None]:
    yield
    use_for_this_run("")


def test_the_setting_speaks_unless_this_run_says_otherwise() -> None:
    german = Settings(language="de")
    assert session_language(german) == "de"
    use_for_this_run("fr")
    assert session_language(german) == "fr"
    use_for_this_run("")
    assert session_language(german) == "de"


def test_an_unknown_language_is_english() -> None:
    use_for_this_run("xx")
    assert session_language(Settings(language="de")) == "en"
