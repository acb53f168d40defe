"""Full screen while a session runs: the panel takes the screen, the controls step aside.

Nobody uses the pickers, buttons or status bar while running backwards 5 m away, and in full
screen they took a third of the height (issue 16). While the window is full screen and a
session is under way, :class:`Immersion` hides them; a mouse move or any key brings them back
for :data:`PEEK_MSEC` (the key still does its job: Esc still asks before stopping; a menu's
shortcut works, since the key shows the menu bar before the shortcut is looked up). While they
are hidden the window also drops its margins (:attr:`Immersion.changed`): at 1024x600 the
digits need every pixel to reach 35 mm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

#: How long a mouse move or a key shows the controls again.
PEEK_MSEC = 4000
_WAKING = {QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride}


class Immersion(QObject):
    """Hides `parts` of `window` while `wanted()` says so, except for a while after input."""

    #: True when the parts were hidden, False when they were shown again.
    changed = Signal(bool)

    def __init__(
        self, window: QMainWindow, parts: Sequence[QWidget], wanted: Callable[[], bool]
    ) -> None:
        super().__init__(window)
        self._window, self._parts, self._wanted = window, list(parts), wanted
        self._peek = QTimer(self, singleShot=True, interval=PEEK_MSEC)  # see set_peek_msec
        self._peek.timeout.connect(self.update)
        self._hidden = False
        self._filtering = False

    def is_immersed(self) -> bool:
        """True while the controls are hidden."""
        return self._hidden

    def set_peek_msec(self, msec: int) -> None:
        """How long input shows the controls (tests use a short time)."""
        self._peek.setInterval(msec)

    def update(self) -> None:
        """Hide or show the parts for the window's state now (call on every change)."""
        wanted = self._wanted()
        self._filter(wanted)
        hide = wanted and not self._peek.isActive()
        if hide == self._hidden:
            return
        self._hidden = hide
        for part in self._parts:
            part.setVisible(not hide)
        self.changed.emit(hide)

    def _filter(self, on: bool) -> None:
        """Watch the application's input (a move over any child, a key to any widget) only
        while it matters: a filter left on a window being deleted would be called on it."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        self._filtering = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def peek(self) -> None:
        """Show the controls for :data:`PEEK_MSEC` (if they are hidden, or about to be)."""
        if self._wanted():
            self._peek.start()
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WAKING and self._wanted() and self._ours(watched):
            self.peek()
        return False

    def _ours(self, watched: QObject) -> bool:
        """The window's native window gets every mouse move (its widgets only with tracking)."""
        if isinstance(watched, QWindow):
            return watched is self._window.windowHandle()
        return isinstance(watched, QWidget) and watched.window() is self._window
