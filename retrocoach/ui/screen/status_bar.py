"""A status bar whose message ends in "…" when it is too long, instead of being cut mid-word.

QStatusBar clips a long message at its edge ("Could not save the sess"). This one paints the
message itself, shortened with "…" to the room it has, and keeps the whole text as the
message (:meth:`currentMessage`) and as a tooltip. While a message shows, the permanent
labels step aside so the message gets the bar's width; they come back when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

from retrocoach.ui.look.plain_text import tooltip

_MARGIN = 6


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._on_message)

    def shown_message(self) -> str:
        """The message as painted: whole, or shortened with "…" to fit."""
        room = self.width() - 2 * _MARGIN
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, max(0, room)
        )

    def _on_message(self, text: str) -> None:
        self.setToolTip(tooltip(text))
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for label in self.findChildren(QLabel, options=direct):
            label.setVisible(not text)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        area = QRect(_MARGIN, 0, self.width() - 2 * _MARGIN, self.height())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, flags | Qt.TextFlag.TextSingleLine, self.shown_message())
