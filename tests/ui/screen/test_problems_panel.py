"""The problems panel (retrocoach/ui/screen/problems_panel.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from retrocoach.ui.screen.problems_panel import ProblemsPanel


def test_it_opens_once_and_adds_what_comes_later(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    panel = ProblemsPanel(window)
    assert panel.box is None
    panel.add(["<b>a.json</b> is broken"], startup=True)
    box = panel.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.textFormat() == Qt.TextFormat.PlainText  # a file name is text
    assert box.windowTitle() == "Some files had problems"
    panel.add(["Settings not saved: disk full"])
    assert panel.box is box and box.detailedText().count("\n\n") == 1
