"""Fixtures shared by the UI tests (tests/ui and its rooms)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from retrocoach.ui.i18n import install_translators, remove_translators
from tests.core.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    """A fake monotonic and wall clock: the driver's time moves only when a test moves it."""
    return FakeClock()


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, as the app installs it at start-up: its plural forms make
    "1 round" and "4 rounds" of the source's "%n round(s)"."""
    install_translators(qapp)
    yield
    remove_translators(qapp)


@pytest.fixture(autouse=True)
def briefing_given(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The briefing before the first session counts as given (a start starts at once, as for
    anyone with a history), unless the test is marked ``fresh_data_folder``. No file is
    written: tests that build a data folder of their own find it as they made it."""
    if request.node.get_closest_marker("fresh_data_folder") is None:
        monkeypatch.setattr("retrocoach.ui.actions.briefing.briefing_due", lambda _paths: False)
