"""A focus ring on combo boxes and spin boxes, on top of the platform's own style.

Fusion (Qt's default on Linux) marks keyboard focus on a line edit but hardly on a combo box
or a spin box, so Tab through a dialog loses the focus. A style sheet would draw one, but it
would also switch those widgets to style-sheet drawing (no native arrows: the old dialogs'
look). This proxy lets the platform style draw the widget, then adds a ring in the palette's
highlight colour while it has the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionComplex, QWidget

_RINGED = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


class FocusRingStyle(QProxyStyle):
    """The base style, plus a 2 px highlight ring round a focused combo box or spin box."""

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if control in _RINGED and focused:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.highlight().color(), 2.0))
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3.0, 3.0)
            painter.restore()


def install_focus_rings(app: QApplication) -> None:
    """Wrap the application's style once (a second call does nothing)."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
