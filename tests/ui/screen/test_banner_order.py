"""The direction banner says direction and pace in each language's order (trial finding:
French showed "À RECULONS FOOTING" over a next line "Après : MARCHE EN AVANT")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from retrocoach.core.workout import Direction, Pace, Phase
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.i18n import install_translators
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.theme import phase_tag, phase_words
from retrocoach.ui.screen.main_window import MainWindow
from tests.core.clock import FakeClock

JOG_BACK = Phase("Jog backwards", Direction.BACKWARD, Pace.JOG, 30)


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translators(qapp)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["BACKWARDS", "JOG"]),
        ("de", ["RÜCKWÄRTS", "JOGGEN"]),
        ("es", ["TROTA", "DE ESPALDAS"]),
        ("fr", ["FOOTING", "À RECULONS"]),
    ],
)
def test_the_words_follow_the_language_order(
    english_after: QApplication, language: str, words: list[str]
) -> None:
    install_translators(english_after, language)
    assert phase_words(JOG_BACK) == words
    assert phase_tag(JOG_BACK) == " · ".join(words)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_banner_and_next_line_agree_in_french_and_spanish(
    qtbot: QtBot, english_after: QApplication, clock: FakeClock, language: str
) -> None:
    """The banner reads in the same order as the next line under it (pace first)."""
    install_translators(english_after, language)
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=10)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    window.set_flash(False)
    window.select_workout("beginner")
    window.show()
    driver.start()
    driver.skip()  # lead-in -> warm-up walk
    driver.skip()  # -> jog backwards, next: walk forwards
    panel = window.panel
    jog = {"es": "TROTA DE ESPALDAS", "fr": "FOOTING À RECULONS"}[language]
    walk = {"es": "CAMINA HACIA DELANTE", "fr": "MARCHE EN AVANT"}[language]
    assert panel.banner.text() == jog
    assert walk in panel.next_line.full_text()  # the next line's order, translated before
    driver.stop()


def _stop(driver: SessionDriver) -> None:
    driver.stop()
