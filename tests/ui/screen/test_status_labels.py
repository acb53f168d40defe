"""The status bar's permanent labels (retrocoach/ui/screen/status_labels.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from retrocoach.ui.screen.status_labels import StatusLabels


def test_the_voice_label_and_the_suggestion(qtbot: QtBot) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    labels = StatusLabels(bar)
    assert labels.mute.text() == "Voice: on (M)"
    labels.show_voice(muted=True, audio=True)
    assert labels.mute.text() == "Voice: MUTED (M)"
    labels.show_voice(muted=False, audio=False)
    assert labels.mute.text() == "Voice: captions only"
    labels.show_suggestion("<b>Hills</b>", "you finished <i>Beginner</i> twice")
    assert labels.suggestion.text() == "Suggested next: <b>Hills</b>"  # shown as text
    assert "&lt;i&gt;" in labels.suggestion.toolTip()
