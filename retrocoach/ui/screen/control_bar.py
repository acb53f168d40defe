"""The control bar's command buttons: Back, Start (whose word is what Space does now), Skip,
Stop and full screen. They only call the driver, or ask the window (Stop, full screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from retrocoach.core.commands import SPACE, starts_a_session
from retrocoach.core.session import ALLOWED, Command, State
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.icons import full_screen_icon
from retrocoach.ui.look.theme import Theme, named, scaled_font


def command_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A big button that never takes the focus: Space belongs to the window's shortcut."""
    button = named(QPushButton(text), name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


class ControlBar(QObject):
    """The buttons in :attr:`row` (a stretch first: they sit at the right)."""

    def __init__(
        self,
        driver: SessionDriver,
        theme: Theme,
        stop: Callable[[], object],
        full_screen: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: The Start button's word for what Space does (the key table's command).
        self.start_words = {
            Command.START: self.tr("Start"),
            Command.RESTART: self.tr("Start again"),
            Command.PAUSE: self.tr("Pause"),
            Command.RESUME: self.tr("Resume"),
        }
        #: While the briefing is said a start skips it and starts (BriefingActions).
        self.skip_briefing_word = self.tr("Skip briefing")
        self.back = command_button(self.tr("Back  \u2190"), "back", driver.back)
        self.start = command_button(self.start_words[Command.START], "primary", driver.toggle)
        self.skip = command_button(self.tr("Skip  \u2192"), "skip", driver.skip)
        self.stop = command_button(self.tr("Stop"), "stop", stop)
        self.full_screen = command_button("", "fullScreen", full_screen)
        self.full_screen.setIcon(full_screen_icon(QColor(theme.text)))
        self.full_screen.setToolTip(self.tr("Full screen (F11, or double-click the panel)"))
        self.full_screen.setAccessibleName(self.tr("Full screen"))
        self.buttons = (self.back, self.start, self.skip, self.stop, self.full_screen)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        for button in self.buttons:
            self.row.addWidget(button)

    def enable(self, state: State, briefing: bool = False) -> None:
        """Each button as `state` allows; Start says what Space would do. While the
        `briefing` is said a start skips it ("Skip briefing") and Stop cancels it."""
        allowed = ALLOWED[state]
        command = SPACE[state]
        skips = briefing and starts_a_session(command)
        self.start.setText(self.skip_briefing_word if skips else self.start_words[command])
        self.skip.setEnabled(Command.SKIP in allowed)
        self.back.setEnabled(Command.BACK in allowed)
        self.stop.setEnabled(Command.STOP in allowed or briefing)

    def set_theme(self, theme: Theme) -> None:
        self.full_screen.setIcon(full_screen_icon(QColor(theme.text)))

    def rescale(self, scale: float) -> None:
        self.row.setSpacing(round(12 * scale))
        for button in self.buttons:
            button.setFont(scaled_font(20 * scale, bold=button is self.start))
        icon = round(26 * scale)
        self.full_screen.setIconSize(QSize(icon, icon))
