"""Fixtures shared by the UI tests (tests/ui and its rooms)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

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


@pytest.fixture(autouse=True)
def widgets_kept_until_closed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every widget given to ``qtbot.addWidget`` lives until pytest-qt has closed it, and is
    then deleted here, outside any event.

    pytest-qt keeps only a weak reference. A window whose only reference was a test's local
    is, once the test returns, freed by whichever cyclic garbage collection comes first (the
    main window's wrappers hold bound methods of it: a cycle), maybe in the middle of a paint
    while pytest-qt processes the events after the test: the collector clears the Python
    halves of its widgets (their attributes, then their wrappers) while Qt goes on painting
    the C++ halves, and Python crashed ("Internal C++ object (Timeline) already deleted",
    then a segmentation fault) depending on which tests ran before.
    """
    kept: list[QWidget] = []
    add_widget = qtbot.addWidget

    def add_and_keep(
        widget: QWidget, *, before_close_func: Callable[[QWidget], None] | None = None
    ) -> None:
        kept.append(widget)
        add_widget(widget, before_close_func=before_close_func)

    monkeypatch.setattr(qtbot, "addWidget", add_and_keep)
    yield
    # pytest-qt has closed them (and asked for deleteLater) before any fixture is torn down
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for widget in reversed(kept):
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
    kept.clear()
