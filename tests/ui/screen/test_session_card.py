"""The card before and after a session: it shrinks its fonts to fit, it does not cut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from retrocoach.ui.screen.session_card import SessionCard

LINES = [
    "16:25 done, 4:00 of it backwards",
    "4 of 4 rounds",
    "About 120 kcal (an estimate: MET x 70 kg x hours)",
    "3 sessions in a row: your best streak",
    "Suggested next: Week 1: backward walking",
]


def test_a_long_summary_on_a_small_panel_shrinks_to_fit(qtbot: QtBot) -> None:
    card = SessionCard()
    qtbot.addWidget(card)
    card.resize(900, 900)
    card.show()
    qtbot.waitExposed(card)
    card.rescale(1.0, 1.0)
    card.show_card("Well done", LINES, "Space to go again")
    roomy = card.lines_label.font().pixelSize()
    card.resize(700, 260)
    assert card.needed_height() <= card.height()
    assert card.lines_label.font().pixelSize() < roomy
    assert card.title_label.text() == "Well done"  # shrunk, not cut


def test_a_long_hint_wraps_on_a_narrow_card_instead_of_being_cut(qtbot: QtBot) -> None:
    from tests.ui.screen_checks import cut_texts

    card = SessionCard()
    qtbot.addWidget(card)
    card.resize(420, 600)
    card.show()
    qtbot.waitExposed(card)
    card.rescale(1.0, 1.0)
    hint = "Einweisung: Leertaste überspringt sie und startet"
    card.show_card("Test", ["4 Runden"], hint)
    assert card.hint_label.fontMetrics().horizontalAdvance(hint) > card.hint_label.width()
    assert card.needed_height() <= card.height()
    qtbot.waitUntil(lambda: cut_texts(card) == [])  # once the layout has placed it
    assert card.hint_label.text() == hint
