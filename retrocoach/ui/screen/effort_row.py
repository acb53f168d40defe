"""The effort question under the end card: "How hard was that?", ten big buttons (each number
with its word) and Skip; the number keys answer (0 is 10).

It only shows and asks: :class:`~retrocoach.ui.actions.effort.EffortQuestion` opens it, moves
the clicker's highlight and saves the answer. Hidden, it takes no room and its keys do
nothing, so the end card keeps its size on every window but while the question is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from retrocoach.core import effort as scale
from retrocoach.ui.i18n import render
from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.look.theme import named, scaled_font


class EffortRow(QWidget):
    """`rated(effort)` on a button or a number key, `skipped()` on Skip."""

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effortRow")
        self.question = named(plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter)), "effortAsk")
        self.question.setText(render(scale.question()))
        self.question.setWordWrap(True)  # a long language on a narrow (portrait) screen
        self.buttons: dict[int, QPushButton] = {}
        #: Each number's word under its button, wrapped ("somewhat / hard"): a button's text
        #: cannot wrap, and ten buttons share the width of a 1024 px screen.
        self.words: dict[int, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for effort in scale.scale():
            button = named(QPushButton(str(effort)), "effortButton")
            button.setToolTip(render(scale.word(effort)))
            word = named(plain(QLabel(render(scale.word(effort)))), "effortWord")
            word.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            word.setWordWrap(True)
            word.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.words[effort] = word
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must not press a button
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, effort=effort: self.rated.emit(effort))
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(button)
            column.addWidget(word)
            row.addLayout(column, 1)
            self.buttons[effort] = button
        self.skip_button = named(QPushButton(self.tr("Skip")), "effortSkip")
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_button.clicked.connect(self.skipped.emit)
        row.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self._keys: list[QShortcut] = []
        for digit in range(10):
            key = QShortcut(QKeySequence(str(digit)), self)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(lambda digit=digit: self._on_digit(digit))
            self._keys.append(key)
        self.setVisible(False)

    def _on_digit(self, digit: int) -> None:
        if self.isVisible():
            self.rated.emit(scale.from_digit(digit))

    def open(self) -> None:
        self.highlight(None)
        self.setVisible(True)

    def close_question(self) -> None:
        self.setVisible(False)

    def highlight(self, effort: int | None) -> None:
        """Mark the clicker's current choice (None: none yet)."""
        for value, button in self.buttons.items():
            button.setChecked(value == effort)

    def rescale(self, scale_factor: float) -> None:
        self.question.setFont(scaled_font(30 * scale_factor, bold=True))
        font = scaled_font(16 * scale_factor, bold=True)
        for button in [*self.buttons.values(), self.skip_button]:
            button.setFont(font)
            button.setMinimumHeight(round(48 * scale_factor))
        words = scaled_font(11 * scale_factor)
        for word in self.words.values():
            word.setFont(words)
            word.setMinimumHeight(2 * word.fontMetrics().lineSpacing() + 2)  # two lines
