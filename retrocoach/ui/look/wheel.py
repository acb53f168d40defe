"""Value widgets in a scrolling dialog take the mouse wheel only when they have the focus.

A runner scrolling Settings (or the workout editor) with the pointer passing over the Theme
box changed the theme: Qt gives a combo box, a spin box or a slider every wheel turn under
the pointer. :func:`calm_wheel` makes such a widget take the focus only by a click or Tab
(``Qt.StrongFocus``, not ``WheelFocus``) and hands the wheel, while it has no focus, to the
scroll areas around it (the innermost that can still scroll), so the dialog scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class _WheelGuard(QObject):
    """The event filter of the calmed widgets (one for the whole app)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # chosen by a click or Tab: the wheel changes its value
        assert isinstance(event, QWheelEvent)
        event.setAccepted(scroll_around(watched, event))
        return True


def scroll_around(widget: QWidget, event: QWheelEvent) -> bool:
    """Give `event` to the scroll areas around `widget`, the innermost first, until one
    scrolls; whether one did.

    Forwarded explicitly: Qt passes a wheel event that a widget ignores on to its parent only
    when it came from the window system, and a filter that stops it ends it there.
    """
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            forwarded = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            forwarded.ignore()
            QCoreApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                return True
        parent = parent.parentWidget()
    return False


_guard: _WheelGuard | None = None


def calm_wheel(*widgets: QWidget) -> None:
    """Let `widgets` (combo boxes, spin boxes, sliders) take the wheel only with the focus;
    without it the wheel scrolls what is around them."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_guard)
