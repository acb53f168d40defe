"""Dates in the window's language: Qt's day and month names, the catalogue's format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from retrocoach.ui.i18n import install_translators
from retrocoach.ui.look.dates import day_and_month, full_day, moment


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translators(qapp)


@pytest.mark.parametrize(
    ("language", "axis", "day", "started"),
    [
        ("en", "7 Dec", "03 May 2026", "Fri 3 May 2024, 18:30"),
        ("de", "7. Dez.", "03. Mai 2026", "Fr., 3. Mai 2024, 18:30"),
        ("es", "7 dic", "03 may 2026", "vie 3 may 2024, 18:30"),
        ("fr", "7 déc.", "03 mai 2026", "ven. 3 mai 2024, 18:30"),
    ],
)
def test_dates_in_each_language(
    english_after: QApplication, language: str, axis: str, day: str, started: str
) -> None:
    install_translators(english_after, language)
    assert day_and_month(date(2026, 12, 7)) == axis
    assert full_day(date(2026, 5, 3)) == day
    assert moment(datetime(2024, 5, 3, 18, 30)) == started
