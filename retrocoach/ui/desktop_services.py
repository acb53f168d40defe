"""The operating system's services wired to one app: MPRIS remote control, hands-free keys,
keeping the screen awake, other sounds lowered while the coach speaks (ducking), and
Help > Keyboard and controls.

Built with the controller (before the first paint: an MPRIS client may ask at once); each
service is optional and absent without its means (no session bus: no MPRIS and, on Linux,
nothing to inhibit). Until the voice exists a confirmation is a caption only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from retrocoach.assets_path import icon_files
from retrocoach.desktop.bus import session_bus
from retrocoach.desktop.ducking.places import StatePlaces
from retrocoach.desktop.inhibit import ScreenKeeper, available_inhibitors
from retrocoach.desktop.mpris import MprisService
from retrocoach.storage.settings import Settings
from retrocoach.ui.live.awake import KeepAwake
from retrocoach.ui.live.ducking import DuckingLink
from retrocoach.ui.live.remote import RemoteControl
from retrocoach.ui.screen.keys import controls_html, install_hands_free_keys
from retrocoach.ui.screen.main_window import MainWindow

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """The app icon in its PNG sizes (16 to 512 px; Qt scales for the others). The SVG is
    left out: as the first file it makes an SVG icon that lists no sizes."""
    icon = QIcon()
    for file in icon_files():
        if file.suffix == ".png":
            icon.addFile(str(file))
    return icon


class DesktopServices(QObject):
    """Owned by the controller; :meth:`close` (at quit) leaves the bus and lets the screen
    sleep.

    It is handed what it needs: the window (and its driver), whether to keep the screen
    awake, `confirm` (say a remote command was done: the voice, or a caption),
    `raise_window` (a remote asked for the window), `language` (the session's, which the
    confirmations are said in), and for ducking its state file (None: no ducking) and whether
    it is on (the sounds come later: :meth:`follow_sounds`).
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        keep_screen_awake: bool,
        confirm: Callable[[str], None],
        raise_window: Callable[[], None],
        ducking_state: Path | StatePlaces | None = None,
        duck_others: bool = False,
        parent: QObject | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent)
        self._window, driver = window, window.driver
        bus = session_bus()
        self.remote = RemoteControl(driver, confirm, parent=self, language=language)
        self.remote.raise_requested.connect(raise_window)
        self.shortcuts = install_hands_free_keys(
            window, self.remote.handle, window.stop_requested.emit
        )
        self.mpris = MprisService.register(bus, self.remote.status, parent=self)
        if self.mpris is not None:
            self.mpris.command.connect(self.remote.handle)
            for signal in (
                driver.state_changed,
                driver.phase_changed,
                driver.second_changed,
                driver.plan_changed,
                driver.finished,
            ):
                signal.connect(self._update_mpris)
        self.keep_awake = KeepAwake(
            driver,
            ScreenKeeper(lambda: available_inhibitors(bus)),
            enabled=keep_screen_awake,
            parent=self,
        )
        self.ducking: DuckingLink | None = None
        if ducking_state is not None:
            self.ducking = DuckingLink(ducking_state, enabled=duck_others, parent=self)
            self.ducking.problem.connect(window.problems.report)
        window.setWindowIcon(app_icon())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setWindowIcon(window.windowIcon())  # dialogs too
            app.aboutToQuit.connect(self.close)

    def _update_mpris(self, *_: object) -> None:
        if self.mpris is not None:
            self.mpris.update()

    def follow_sounds(self, player: QObject) -> None:
        """Lower other sounds around the sounds of `player` (``sounding``/``silenced``)."""
        if self.ducking is not None:
            self.ducking.follow(player)

    def apply_settings(self, settings: Settings) -> None:
        self.keep_awake.set_enabled(settings.keep_screen_awake)
        if self.ducking is not None:
            self.ducking.set_enabled(settings.duck_others)

    def show_controls(self) -> None:
        """Help > Keyboard and controls."""
        from retrocoach.ui.dialogs.controls_dialog import ControlsDialog  # when asked for

        ControlsDialog(controls_html(self.mpris is not None), self._window).exec()

    def close(self) -> None:
        """Quit: let the screen sleep, give other sounds their volume, leave the bus
        (idempotent)."""
        self.keep_awake.close()
        if self.ducking is not None:
            self.ducking.close()
        if self.mpris is not None:
            self.mpris.close()
