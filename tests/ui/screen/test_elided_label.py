"""ElidedLabel: a longer translation first shrinks (down to `smallest`), then ends in "…"."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from retrocoach.ui.look.theme import scaled_font
from retrocoach.ui.screen.countdown import ElidedLabel

TEXT = "Danach: Rückwärts joggen"


def _label(qtbot: QtBot, smallest: float, share: float) -> ElidedLabel:
    """A label `share` times as wide as TEXT needs at 20 px."""
    label = ElidedLabel(smallest=smallest)
    qtbot.addWidget(label)
    font = scaled_font(20)
    label.setFont(font)
    label.resize(round(QFontMetricsF(font).horizontalAdvance(TEXT) * share), 40)
    label.set_text_keeping(TEXT, "  0:20")
    label.show()
    return label


def test_a_text_that_fits_keeps_its_font(qtbot: QtBot) -> None:
    label = _label(qtbot, 0.8, 1.5)
    assert label.text() == TEXT + "  0:20" and label.font().pixelSize() == 20


def test_a_little_too_long_shrinks_and_stays_whole(qtbot: QtBot) -> None:
    label = _label(qtbot, 0.75, 1.05)
    assert label.text() == TEXT + "  0:20"
    assert 15 <= label.font().pixelSize() < 20


def test_far_too_long_shrinks_to_the_smallest_then_elides(qtbot: QtBot) -> None:
    label = _label(qtbot, 0.75, 0.5)
    assert label.font().pixelSize() == 15
    assert label.text().endswith("…  0:20")


def test_without_smallest_it_only_elides(qtbot: QtBot) -> None:
    label = _label(qtbot, 1.0, 1.05)
    assert label.font().pixelSize() == 20 and label.text().endswith("…  0:20")


def test_more_room_brings_the_font_back(qtbot: QtBot) -> None:
    label = _label(qtbot, 0.75, 1.05)
    label.resize(2000, 40)
    assert label.font().pixelSize() == 20 and label.text() == TEXT + "  0:20"
