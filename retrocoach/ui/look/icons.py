"""Icons drawn in code (the app ships no image files, and fonts lack the symbols)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def full_screen_icon(colour: QColor, size: int = 64) -> QIcon:
    """Four corner brackets: the usual "full screen" mark."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter.setPen(pen)
    edge, arm = size * 0.14, size * 0.22
    far = size - edge
    for x, y, dx, dy in (
        (edge, edge, 1, 1),
        (far, edge, -1, 1),
        (edge, far, 1, -1),
        (far, far, -1, -1),
    ):
        corner = QPointF(x, y)
        painter.drawLine(corner, QPointF(x + dx * arm, y))
        painter.drawLine(corner, QPointF(x, y + dy * arm))
    painter.end()
    return QIcon(pixmap)
