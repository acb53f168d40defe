"""The card before and after a session: it shrinks its fonts to fit, it does not cut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from retrocoach.core.workout import Direction, Pace, Phase, Workout
from retrocoach.core.workout_model import MAX_NAME_LENGTH
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow
from retrocoach.ui.screen.session_card import SessionCard
from tests.ui.screen_checks import cut_texts

LINES = [
    "16:25 done, 4:00 of it backwards",
    "4 of 4 rounds",
    "About 120 kcal (an estimate: MET x 70 kg x hours)",
    "3 sessions in a row: your best streak",
    "Suggested next: Week 1: backward walking",
]


def shown_card(qtbot: QtBot, width: int, height: int) -> SessionCard:
    """A session card on screen at `width` x `height`, at scale 1."""
    card = SessionCard()
    qtbot.addWidget(card)
    card.resize(width, height)
    card.show()
    qtbot.waitExposed(card)
    card.rescale(1.0, 1.0)
    return card


def test_a_long_summary_on_a_small_panel_shrinks_to_fit(qtbot: QtBot) -> None:
    card = shown_card(qtbot, 900, 900)
    card.show_card("Well done", LINES, "Space to go again")
    roomy = card.lines_label.font().pixelSize()
    card.resize(700, 260)
    assert card.needed_height() <= card.height()
    assert card.lines_label.font().pixelSize() < roomy
    assert card.title_label.text() == "Well done"  # shrunk, not cut


def test_a_long_hint_wraps_on_a_narrow_card_instead_of_being_cut(qtbot: QtBot) -> None:
    card = shown_card(qtbot, 420, 600)
    hint = "Einweisung: Leertaste überspringt sie und startet"
    card.show_card("Test", ["4 Runden"], hint)
    assert card.hint_label.fontMetrics().horizontalAdvance(hint) > card.hint_label.width()
    assert card.needed_height() <= card.height()
    qtbot.waitUntil(lambda: cut_texts(card) == [])  # once the layout has placed it
    assert card.hint_label.text() == hint


def test_a_long_idle_title_shrinks_before_it_is_cut_at_1366x768(qtbot: QtBot) -> None:
    """A workout's name is the user's: a long one was cut ("Week 7: backward jogg…")."""
    phase = Phase("Jog", Direction.BACKWARD, Pace.JOG, 30)
    driver = SessionDriver()
    window = MainWindow(WorkoutLibrary(), driver)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    title = window.panel.card.title_label

    def show(name: str) -> None:
        workout = Workout("x", name, "", (), (phase,), (), default_rounds=1)
        driver.load(workout.plan(1, 10))
        qtbot.waitUntil(lambda: title.full_text() == name)

    show("Short")
    full_size = title.font().pixelSize()
    name = "Week 7: backward jogging intervals with longer walks between"
    assert len(name) == MAX_NAME_LENGTH  # as long as a name may be
    show(name)
    assert title.text() == name  # whole: shrunk, not cut
    assert title.font().pixelSize() < full_size
    assert title.fontMetrics().horizontalAdvance(name) <= title.contentsRect().width()
    assert cut_texts(window.panel) == []
