"""Help > Keyboard and controls says what each boundary sound means."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from retrocoach.ui.screen.keys import SOUNDS, controls_html


def test_help_lists_the_direction_sounds(qtbot: QtBot) -> None:
    text = controls_html(mpris_available=False)
    assert "<h3>Sounds</h3>" in text
    for sound, meaning in SOUNDS:
        assert sound in text and meaning in text
    assert "now backwards" in text and "now forwards" in text
