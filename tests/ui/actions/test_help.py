"""Help > About and Help > Where is my data? (retrocoach/ui/actions/help.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from retrocoach import __version__
from retrocoach.ui.actions.help import show_about, show_data_folders


def test_the_boxes_say_the_version_and_the_folders(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: shown.append((title, text))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    show_about(parent)
    show_data_folders(parent, [("Settings", Path("/home/<me>/config"))])
    (about_title, about), (data_title, data) = shown
    assert about_title == "About retrocoach" and f"retrocoach {__version__}" in about
    assert data_title == "Where is my data?"
    assert "<li>Settings: /home/&lt;me&gt;/config</li>" in data  # a path is text, not markup
