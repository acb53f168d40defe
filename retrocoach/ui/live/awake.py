"""Keeps the screen awake while a session is under way: the policy (the means are in
:mod:`retrocoach.desktop.inhibit`).

Held during the lead-in, while running, and while paused for less than ``LONG_PAUSE``; let go
on stop, finish, a long pause, when switched off in the settings, and on :meth:`close`
(the app quits). A pause that ends before ``LONG_PAUSE`` keeps the same inhibition.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from retrocoach.core.commands import UNDER_WAY
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.session import State
from retrocoach.desktop.inhibit import ScreenKeeper
from retrocoach.ui.live.driver import SessionDriver

log = logging.getLogger(__name__)

#: A pause longer than this lets the screen sleep again (seconds).
LONG_PAUSE = 10 * 60
#: Why the screen stays awake: the desktop may show it (translated when it is handed over).
REASON = QT_TRANSLATE_NOOP("KeepAwake", "A backward-running session is under way")


class KeepAwake(QObject):
    """Follows `driver`'s state and holds or releases `keeper`'s inhibition."""

    def __init__(
        self,
        driver: SessionDriver,
        keeper: ScreenKeeper,
        *,
        enabled: bool = True,
        long_pause: float = LONG_PAUSE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver, self.keeper, self.enabled = driver, keeper, enabled
        self._long_pause = QTimer(self)
        self._long_pause.setSingleShot(True)
        self._long_pause.setInterval(round(long_pause * 1000))
        self._long_pause.timeout.connect(self._on_long_pause)
        self._paused_long = False
        driver.state_changed.connect(self._follow)
        driver.finished.connect(lambda _outcome: self._follow())

    @property
    def active(self) -> bool:
        return self.keeper.active

    def set_enabled(self, enabled: bool) -> None:
        """The setting: off releases at once; on applies to the state now."""
        self.enabled = enabled
        self._follow()

    def close(self) -> None:
        """Let go for good (the app quits)."""
        self.enabled = False
        self._long_pause.stop()
        self.keeper.release()

    def _follow(self, *_: object) -> None:
        state = self.driver.state
        if state is not State.PAUSED:
            self._long_pause.stop()
            self._paused_long = False
        elif not self._long_pause.isActive() and not self._paused_long:
            self._long_pause.start()
        under_way = state in UNDER_WAY
        if self.enabled and under_way and not self._paused_long:
            if not self.keeper.active and self.keeper.inhibit(
                QCoreApplication.translate("KeepAwake", REASON)
            ):
                log.info("screen kept awake")
        elif self.keeper.active:
            self.keeper.release()
            log.info("screen may sleep again")

    def _on_long_pause(self) -> None:
        if self.driver.state is State.PAUSED:
            self._paused_long = True
            self._follow()
