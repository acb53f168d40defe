"""The card shown instead of the giant digits before and after a session.

Idle, digits would look like a countdown that is not running; at the end, "00:00" says
nothing. The card says what matters then: the workout (name, rounds, length, backward minutes,
what comes first) or the summary (time done, backward minutes, rounds, energy, streak, what
to do next). The card only shows text it is given: :mod:`.session_text` writes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.look.theme import named, scaled_font
from retrocoach.ui.screen.countdown import ElidedLabel


class SessionCard(QWidget):
    """A title, a few lines of facts and a hint, centred; fonts follow :meth:`rescale`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionCard")
        self.title_label = named(ElidedLabel(Qt.AlignmentFlag.AlignHCenter), "cardTitle")
        self.lines_label = named(
            plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)), "cardLines"
        )
        self.lines_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label = named(plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter)), "cardHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self._layout = layout
        self._lines: list[str] = []

    def show_card(self, title: str, lines: list[str], hint: str) -> None:
        self._lines = list(lines)
        self.title_label.setText(title)
        self.lines_label.setText("\n".join(lines))
        self.hint_label.setText(hint)

    def lines(self) -> list[str]:
        return list(self._lines)

    def rescale(self, scale: float, width_scale: float) -> None:
        """`scale` from the window's size; `width_scale` limits text on a narrow window."""
        size = min(scale, width_scale)
        self.title_label.setFont(scaled_font(84 * size, bold=True))
        self.lines_label.setFont(scaled_font(40 * size, bold=True))
        self.hint_label.setFont(scaled_font(32 * size))
        self._layout.setSpacing(max(4, round(18 * size)))
