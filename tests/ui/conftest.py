"""Fixtures shared by the UI tests (tests/ui and its rooms)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from retrocoach.ui.i18n import install_translators, remove_translators
from tests.briefing_flag import mark_briefing_given
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
def briefing_given(request: pytest.FixtureRequest, isolated_home: Path) -> None:
    """The briefing before the first session counts as given in the test's data folder (a
    start starts at once), unless the test is marked ``fresh_data_folder``."""
    if request.node.get_closest_marker("fresh_data_folder") is None:
        mark_briefing_given(isolated_home)
