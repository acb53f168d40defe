"""The card shown instead of the giant digits before and after a session.

Idle, digits would look like a countdown that is not running; at the end, "00:00" says
nothing. The card says what matters then: the workout (name, rounds, length, backward minutes,
what comes first) or the summary (time done, backward minutes, rounds, energy, streak, what
to do next). The card only shows text it is given: :mod:`.session_text` writes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.look.theme import named, scaled_font
from retrocoach.ui.screen.countdown import ElidedLabel


class SessionCard(QWidget):
    """A title, a few lines of facts and a hint, centred; fonts follow :meth:`rescale`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionCard")
        # a long workout name (up to 60 characters) shrinks before it is cut
        self.title_label = named(ElidedLabel(Qt.AlignmentFlag.AlignHCenter, 0.4), "cardTitle")
        self.lines_label = named(
            plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)), "cardLines"
        )
        self.lines_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label = named(
            plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)), "cardHint"
        )  # (a long hint, "Briefing: Space skips it and starts" in German, wraps)
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self._layout = layout
        self._lines: list[str] = []
        self._size = 1.0  # the fonts' scale before shrinking to fit (rescale)
        self._shrink = 1.0

    def show_card(self, title: str, lines: list[str], hint: str) -> None:
        self._lines = list(lines)
        self.title_label.setText(title)
        self.lines_label.setText("\n".join(lines))
        self.hint_label.setText(hint)
        self._fit()

    def lines(self) -> list[str]:
        return list(self._lines)

    def rescale(self, scale: float, width_scale: float) -> None:
        """`scale` from the window's size; `width_scale` limits text on a narrow window."""
        self._size = min(scale, width_scale)
        self._fit()

    def needed_height(self) -> int:
        """The height the title, the wrapped lines and the hint need at the fonts now."""
        width = max(1, self.width())
        lines = self.lines_label.heightForWidth(width)
        hint = self.hint_label.heightForWidth(width)
        parts = [self.title_label.sizeHint().height(), lines, hint]
        return sum(parts) + 2 * self._layout.spacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The fonts at their size, or smaller until the card fits (a long summary, a small
        screen, longer words in another language): shrunk, never cut."""
        shrink = 1.0
        while True:
            self._apply(self._size * shrink)
            if self.height() <= 0 or self.needed_height() <= self.height() or shrink < 0.3:
                break
            shrink *= 0.9
        self._shrink = shrink

    def _apply(self, size: float) -> None:
        self.title_label.setFont(scaled_font(84 * size, bold=True))
        self.lines_label.setFont(scaled_font(40 * size, bold=True))
        self.hint_label.setFont(scaled_font(32 * size))
        self._layout.setSpacing(max(4, round(18 * size)))
