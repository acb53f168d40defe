"""The settings while the app runs: View > Settings (opened at once, the voices listed off
the GUI thread meanwhile), applying a choice to the window, and saving (the settings file
holds only non-defaults; a failure goes to the problem bridge).

What the command line chose (``--workout``, ``--rounds``, ``--fullscreen``) is for one run:
at quit it is remembered only if the runner changed it in the window
(:meth:`SettingsActions.for_this_run`). ``--lang`` never reaches the settings at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from retrocoach.core.commands import AT_REST
from retrocoach.ui.look.theme import DEFAULT_THEME, THEMES
from retrocoach.ui.ops.settings import Settings, SettingsStore, save_settings
from retrocoach.ui.ops.voices import VoiceList
from retrocoach.ui.problems import ProblemBridge
from retrocoach.ui.screen.main_window import MainWindow


class SettingsActions(QObject):
    """Holds the current :attr:`settings`; :attr:`applied` tells the voice and the desktop
    services a new choice (the window follows it here)."""

    applied = Signal(object)  # Settings
    test_voice = Signal(object)  # Settings: the dialog's choice, to be heard now

    def __init__(
        self,
        window: MainWindow,
        store: SettingsStore,
        settings: Settings,
        voices: VoiceList,
        problems: ProblemBridge,
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.settings = window, store, settings
        self.voices, self.problems = voices, problems
        #: Groups of fields the command line set for this run, with the values it set.
        self._for_this_run: list[dict[str, object]] = []

    def for_this_run(self, values: Mapping[str, object]) -> None:
        """The command line set these remembered fields (``last_workout``, ``fullscreen``...)
        to `values` for this run: at quit they keep their saved values unless the window
        shows another value for one of them (the runner changed it). Fields that belong
        together (a workout and its rounds) are given in one call."""
        self._for_this_run.append(dict(values))

    def save(self, settings: Settings) -> None:
        """Save; a hand edit of the file merged in is applied too (and said)."""
        self.settings = settings
        saved, problems = save_settings(self.store, settings)
        for problem in problems:
            self.problems.report(problem)
        if saved != settings:
            self.settings = saved
            self._show(saved)

    def apply(self, settings: Settings) -> None:
        """Apply to the window, then the voice and the rest; then save."""
        self._show(settings)
        self.save(settings)

    def _show(self, settings: Settings) -> None:
        self.window.set_theme(THEMES.get(settings.theme, DEFAULT_THEME))
        self.window.set_lead_in(settings.lead_in_seconds)
        self.window.set_flash(settings.flash_boundaries)
        self.applied.emit(settings)

    def show(self) -> None:
        """Settings opens at once; the voices are listed (once, never mid-session) meanwhile."""
        from retrocoach.ui.dialogs.settings_dialog import SettingsDialog  # only when asked for

        voices = self.voices
        listing = self.window.driver.state in AT_REST and voices.cached is None
        dialog = SettingsDialog(self.settings, voices.cached or [], self.window, listing=listing)
        dialog.test_voice.connect(self.test_voice)
        voices.listed.connect(dialog.set_voices)
        if listing:  # once the dialog is on screen: the listing's thread competes for the GIL
            QTimer.singleShot(0, voices.request)
        try:
            if dialog.exec():
                self.apply(dialog.result_settings())
        finally:
            self.voices.listed.disconnect(dialog.set_voices)

    def shown_plan(self) -> dict[str, object]:
        """The workout and rounds the window shows, as the settings remember them."""
        plan = self.window.driver.plan
        if plan is None:
            return {"last_workout": self.settings.last_workout,
                    "last_rounds": self.settings.last_rounds}  # fmt: skip
        return {"last_workout": plan.workout.id, "last_rounds": plan.rounds}

    def remember_window(self) -> None:
        """At quit: the workout, rounds, window size and full-screen state, for next time
        (but what the command line chose and the runner left as it was)."""
        window = self.window
        size = window.normalGeometry().size()
        shown: dict[str, Any] = {  # checked again by Settings
            **self.shown_plan(),
            "window_width": max(640, size.width()),
            "window_height": max(480, size.height()),
            "fullscreen": window.isFullScreen(),
        }
        for given in self._for_this_run:
            if all(shown[name] == value for name, value in given.items()):
                shown |= {name: getattr(self.settings, name) for name in given}
        remembered = dataclasses.replace(self.settings, **shown)
        if remembered != self.settings:
            self.save(remembered)
