"""The status bar's permanent labels: the voice's render progress, the suggested next
workout, and the voice's state (on, muted, captions only)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from retrocoach.ui.look.plain_text import plain, tooltip


class StatusLabels(QObject):
    """Added to `bar` at the right, in this order: progress, suggestion, voice."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.progress, self.suggestion = plain(QLabel()), plain(QLabel())
        self.mute = QLabel(self.tr("Voice: on (M)"))
        for label in (self.progress, self.suggestion, self.mute):
            bar.addPermanentWidget(label)

    def show_suggestion(self, name: str, reason: str) -> None:
        self.suggestion.setText(self.tr("Suggested next: {name}").format(name=name))
        self.suggestion.setToolTip(tooltip(reason))

    def show_voice(self, muted: bool, audio: bool) -> None:
        """Without audio output the cues are shown, not heard: "captions only"."""
        if not audio:
            self.mute.setText(self.tr("Voice: captions only"))
        elif muted:
            self.mute.setText(self.tr("Voice: MUTED (M)"))
        else:
            self.mute.setText(self.tr("Voice: on (M)"))
