"""The app around the main window: it wires the stores, the recorder, the voice, the desktop
services, the menus and the dialogs to the window, and does nothing else.

What the first paint does not need (the history, the voice with QtMultimedia, the dialogs)
is set up right after the window is on screen, so the app opens fast. The jobs live in their
own modules: the operations in ``ui/ops``, the problems in ``ui/problems.py``, the menus,
the status labels, the workout file dialogs, the quit policy and the help boxes beside this.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from retrocoach.core.commands import UNDER_WAY
from retrocoach.core.problem import Problem
from retrocoach.desktop.ducking.places import StatePlaces
from retrocoach.speech.durations import MeasuredDurations
from retrocoach.storage.history import HistoryStore
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings, SettingsStore
from retrocoach.ui.actions import help as help_boxes
from retrocoach.ui.actions.briefing import BriefingActions
from retrocoach.ui.actions.effort import EffortQuestion, effort_texts, finish_length
from retrocoach.ui.actions.history import HistoryActions
from retrocoach.ui.actions.menus import build_menus
from retrocoach.ui.actions.quit_policy import QuitPolicy
from retrocoach.ui.actions.settings import SettingsActions
from retrocoach.ui.actions.workouts import WorkoutActions
from retrocoach.ui.desktop_services import DesktopServices
from retrocoach.ui.live.language import session_language
from retrocoach.ui.live.recorder import SessionRecorder
from retrocoach.ui.ops import startup
from retrocoach.ui.ops.voices import VoiceList, installed_voices
from retrocoach.ui.screen.main_window import MainWindow
from retrocoach.ui.screen.status_labels import StatusLabels

if TYPE_CHECKING:
    from retrocoach.ui.live.voice import VoiceCoach


class AppController(QObject):
    """Owns the stores, the recorder and the voice coach of one main window."""

    def __init__(
        self,
        window: MainWindow,
        paths: DataPaths,
        settings_store: SettingsStore,
        settings: Settings,
        *,
        engine_factory: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.paths, self.library = window, paths, window.library
        self.engine_factory = engine_factory
        self.voice: VoiceCoach | None = None
        # The voice is built after the first paint; a start (--start) waits for it, and then
        # for its first cues (VoiceCoach replaces this gate with its own).
        window.driver.set_start_gate(lambda: self.voice is not None)
        self.problems = window.problems
        hold = self.problems.panel.hold  # the problems box never covers a session
        window.driver.state_changed.connect(lambda state: hold(state in UNDER_WAY))
        self.history = HistoryStore(paths)
        #: Problems found while starting (bad files...), shown together after the first paint.
        self.startup_problems: list[Problem] = []
        #: Problems with the command line's options (``--lang xx``), shown with them.
        self.option_problems: list[Problem] = []
        journal = SessionJournal(paths, self.history)
        weight = lambda: self.settings.body_weight_kg  # noqa: E731 (asked when needed)
        self.recorder = SessionRecorder(window.driver, journal, weight)
        self.recorder.message.connect(self.problems.report)
        self.recorder.recover()  # before any session starts (a journal here is a crash's)
        self.startup_problems += startup.as_problems(journal.problems)  # damaged, torn...
        self.labels = StatusLabels(window.statusBar())
        self.sessions = HistoryActions(window, self.history, self.library, self.labels, weight)
        self.recorder.recorded.connect(self.sessions.on_recorded)
        self.effort = EffortQuestion(
            window, window.driver, self.history, self.sessions, self.problems, self._confirm,
            lambda: finish_length(self.voice.cues if self.voice is not None else []),
            language=lambda: session_language(self.settings),
        )  # fmt: skip
        self.recorder.recorded.connect(self.effort.ask)  # after the history has the record
        self.briefing = BriefingActions(
            window.driver, paths, self.problems, self._confirm, self,
            language=lambda: session_language(self.settings),
        )  # fmt: skip
        self.briefing.player.ready = lambda: self.voice is not None
        self.briefing.playing.connect(window.set_briefing)
        window.briefing_cancel_requested.connect(self.briefing.cancel)
        self.voices = VoiceList(installed_voices(paths.voices_dir, engine_factory), self)
        self.voices.failed.connect(self.problems.report)
        self.prefs = SettingsActions(window, settings_store, settings, self.voices, self.problems)
        self.desktop = DesktopServices(  # MPRIS, hands-free keys, screen kept awake
            window,
            keep_screen_awake=settings.keep_screen_awake,
            confirm=self._confirm,
            raise_window=self.bring_to_front,
            ducking_state=StatePlaces.of(paths),  # the cache, else the temporary folder
            duck_others=settings.duck_others,
            parent=self,
            language=lambda: session_language(self.settings),
        )
        self.prefs.applied.connect(self.desktop.apply_settings)
        self.desktop.remote.handled.connect(self.effort.on_remote)
        self.quitting = QuitPolicy(window, self.recorder.history, self.problems, self.recorder)
        self.workouts = WorkoutActions(window, self.library, paths, self.problems)
        w, q = self.workouts, self.quitting
        self.actions = build_menus(window, {
            "New workout": w.new_workout, "Edit or duplicate workout": w.edit_workout,
            "Import workout": w.import_workout, "Export workout": w.export_workout,
            "Quit": q.quit, "Full screen": window.toggle_full_screen,
            "History": self.sessions.show_history, "Settings": self.prefs.show,
            "Mute voice": self.toggle_mute, "Keyboard and controls": self.desktop.show_controls,
            "About retrocoach": lambda: help_boxes.show_about(window),
            "Where is my data?": lambda: help_boxes.show_data_folders(window, paths.describe()),
            "Before your first session": self.briefing.play,
        })  # fmt: skip
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_on_exit)

    # the labels and boxes tests and callers know by these names
    progress_label = property(lambda self: self.labels.progress)
    suggestion_label = property(lambda self: self.labels.suggestion)
    mute_label = property(lambda self: self.labels.mute)
    settings = property(lambda self: self.prefs.settings)
    records = property(lambda self: self.sessions.records)
    suggestion = property(lambda self: self.sessions.suggestion)

    @property
    def problems_box(self) -> QMessageBox | None:
        box: QMessageBox | None = self.problems.panel.box
        return box

    def finish_startup(self) -> None:
        """After the first paint: the history (for the suggestion), the checks, the voice."""
        self.startup_problems += startup.as_problems(self.sessions.load())
        self.startup_problems += startup.unwritable_folders(self.paths)
        tips, problems = startup.tips(self.paths, session_language(self.settings))
        cache_dir, cache_problems = startup.speech_cache(self.paths)
        self.problems.report_startup(
            [*self.startup_problems, *problems, *cache_problems], self.option_problems
        )
        from retrocoach.ui.live.voice import VoiceCoach  # QtMultimedia: after the first paint

        self.voice = voice = VoiceCoach(
            self.window.driver, self.paths, tips, self.settings,
            engine_factory=self.engine_factory, cache_dir=cache_dir, parent=self,
        )  # fmt: skip
        voice.history = lambda: self.sessions.records  # the Auto density's taper
        voice.extra_texts = lambda: [
            *effort_texts(session_language(self.settings)),
            *self.briefing.lines(),
        ]
        self.briefing.player.length = MeasuredDurations(voice.renderer.cache.lookup)
        voice.caption.connect(self.window.show_caption)
        voice.message.connect(self._on_voice_message)
        voice.progress.connect(self.labels.progress.setText)
        voice.muted_changed.connect(self._show_mute)
        self.prefs.applied.connect(voice.apply_settings)
        self.desktop.follow_sounds(voice.player)  # other sounds step back while it speaks
        self.prefs.test_voice.connect(voice.test_voice)
        voice.start()  # after the wiring: its first messages must reach the window
        self._show_mute(voice.muted)

    def _show_mute(self, muted: bool) -> None:
        self.labels.show_voice(muted, self.voice is None or self.voice.audio_available)
        self.window.panel.set_voice_muted(muted)
        self.actions["Mute voice"].setChecked(muted)

    def _on_voice_message(self, text: Problem | str) -> None:
        """The voice's news (no audio output, output back...) and what it means for the label."""
        self.problems.report(text)
        if self.voice is not None:
            self._show_mute(self.voice.muted)

    def _confirm(self, text: str) -> None:
        """A remote command was done: the voice says so, or (before it exists) a caption."""
        if self.voice is not None:
            self.voice.confirm(text)
        else:
            self.window.show_caption(text)

    def toggle_mute(self) -> None:
        if self.voice is not None:
            self.voice.toggle_mute()
            self.prefs.save(dataclasses.replace(self.settings, muted=self.voice.muted))

    def apply_settings(self, settings: Settings) -> None:
        """Apply to the window, the voice and the desktop services; then save."""
        self.prefs.apply(settings)

    def _reload_library(self, select: str) -> None:
        self.workouts.reload_library(select)

    def end_on_signal(self, signum: int) -> None:
        self.quitting.end_on_signal(signum)

    def bring_to_front(self) -> None:
        """A second start asked for the window: show it (un-minimised) in front."""
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self.problems.report(self.tr("retrocoach is already open: here it is."))

    def save_on_exit(self) -> None:
        """Remember the workout, rounds, window size and full-screen state; stop the voice."""
        self.prefs.remember_window()
        if self.voice is not None:
            self.voice.shutdown()
