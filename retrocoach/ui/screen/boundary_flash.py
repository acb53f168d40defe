"""A short full-panel flash when a phase begins: seen from the corner of the eye.

A runner 5 m away, looking where they go, does not read the panel; a change of the whole
panel's brightness is seen without looking (issue 16). The flash covers the panel in its text
colour for :data:`FLASH_MSEC`, then the new phase shows. A setting turns it off (``Settings >
Appearance``): some people find flashes unpleasant.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

#: How long the flash lasts: long enough to be seen, short enough not to hide the new phase.
FLASH_MSEC = 300


class BoundaryFlash(QWidget):
    """A cover over its parent, shown for :data:`FLASH_MSEC` by :meth:`flash`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("boundaryFlash")
        self._colour = QColor("#ffffff")
        self.enabled = True
        self._timer = QTimer(self, singleShot=True, interval=FLASH_MSEC)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def flash(self, colour: QColor) -> None:
        """Cover the parent in `colour` for a moment (nothing when turned off)."""
        if not self.enabled:
            return
        self._colour = QColor(colour)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()
        self._timer.start()

    def is_flashing(self) -> bool:
        return self.isVisible()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)
