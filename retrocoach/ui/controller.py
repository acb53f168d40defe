"""The app around the main window: settings, history, the voice, menus and dialogs.

The window shows the session; this object owns what outlives a session and wires it to
the window. What the first paint does not need (the history, the voice with QtMultimedia,
the dialogs) is set up right after the window is on screen, so the app opens fast.
"""

from __future__ import annotations

import dataclasses
import html
import json
import logging
import signal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from retrocoach import __version__
from retrocoach.core.energy import SOURCES, format_estimate
from retrocoach.core.progression import Suggestion, suggest_next
from retrocoach.core.session import State
from retrocoach.core.workout import Workout, WorkoutError
from retrocoach.core.workout_problems import all_problems
from retrocoach.storage.files import StorageError
from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.safe_write import write_new_file
from retrocoach.storage.scratch import writable_or_temporary
from retrocoach.storage.settings import Settings, SettingsStore
from retrocoach.storage.stats import current_streak
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.user_workouts import import_workout_file, workout_bytes
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.desktop_services import DesktopServices
from retrocoach.ui.live.recorder import SessionRecorder
from retrocoach.ui.look.plain_text import plain, tooltip
from retrocoach.ui.look.theme import DEFAULT_THEME, THEMES
from retrocoach.ui.screen.main_window import MainWindow

if TYPE_CHECKING:
    from retrocoach.ui.live.voice import VoiceCoach

log = logging.getLogger(__name__)
WORKOUT_FILES = "Workout files (*.json);;All files (*)"
#: A workout file is a few kB; more is read only to list its problems after a failed import.
MAX_IMPORT_BYTES = 4 * 1024 * 1024
#: The voice label while there is no audio output (cues are shown, not heard).
CAPTIONS_ONLY = "Voice: captions only"


def import_problems(path: Path, first: Exception) -> list[str]:
    """All the problems of a workout file that failed to import (`first` is the one found).

    Only a file that is JSON has more to list; anything else keeps its one message.
    """
    if not isinstance(first, WorkoutError) or not first.field_path:
        return [str(first)]
    try:
        with path.open("rb") as file:
            text = file.read(MAX_IMPORT_BYTES + 1)
        if len(text) > MAX_IMPORT_BYTES:
            return [str(first)]
        data = json.loads(text)
    except (OSError, ValueError, RecursionError):
        return [str(first)]
    return [str(problem) for problem in all_problems(data, str(path))] or [str(first)]


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
        self.window, self.paths = window, paths
        self.library: WorkoutLibrary = window.library
        self.settings_store, self.settings = settings_store, settings
        self.engine_factory = engine_factory
        self.voice: VoiceCoach | None = None
        # The voice is built after the first paint; a start (--start) waits for it, and then
        # for its first cues (VoiceCoach replaces this gate with its own).
        window.driver.set_start_gate(lambda: self.voice is not None)
        self._voice_list: list[tuple[str, str]] | None = None
        self.history = HistoryStore(paths)
        self.records: list[SessionRecord] = []
        #: Problems found while starting (bad files...), shown together after the first paint.
        self.startup_problems: list[str] = []
        self.problems_box: QMessageBox | None = None
        self.suggestion: Suggestion | None = None
        self.recorder = SessionRecorder(
            window.driver, SessionJournal(paths, self.history), lambda: self.settings.body_weight_kg
        )
        self.recorder.message.connect(window.show_message)
        self.recorder.recorded.connect(self._on_recorded)
        self.recorder.recover()  # before any session starts (a journal here is a crash's)
        self.startup_problems.extend(self.recorder.journal.messages)  # damaged, torn, special
        bar = window.statusBar()
        self.progress_label, self.suggestion_label = plain(QLabel()), plain(QLabel())
        self.mute_label = QLabel("Voice: on (M)")
        for label in (self.progress_label, self.suggestion_label, self.mute_label):
            bar.addPermanentWidget(label)
        self.desktop = DesktopServices(self)  # MPRIS, hands-free keys, screen kept awake
        self._build_menus()
        window.stop_requested.connect(self.request_stop)
        window.installEventFilter(self)  # the quit policy: see eventFilter
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_on_exit)

    # --- start-up ---------------------------------------------------------------------------

    def finish_startup(self) -> None:
        """After the first paint: the history (for the suggestion), then the voice."""
        self.records, messages = self.history.load()
        self.startup_problems.extend(messages)
        self.startup_problems.extend(self._unwritable_folders())
        self._show_suggestion()
        tips, problems = load_tips(self.paths)
        self.startup_problems.extend(f"Tip skipped: {problem}" for problem in problems)
        cache_dir, problem = writable_or_temporary(
            self.paths.speech_cache_dir, "The rendered voice"
        )
        if problem is not None:
            self.startup_problems.append(problem)
        self._report_startup_problems()
        from retrocoach.ui.live.voice import VoiceCoach  # QtMultimedia: after the first paint

        self.voice = VoiceCoach(
            self.window.driver,
            self.paths,
            tips,
            self.settings,
            engine_factory=self.engine_factory,
            cache_dir=cache_dir,
            parent=self,
        )
        self.voice.caption.connect(self.window.show_caption)
        self.voice.message.connect(self._on_voice_message)
        self.voice.progress.connect(self.progress_label.setText)
        self.voice.muted_changed.connect(self._show_mute)
        self.voice.start()  # after the wiring: its first messages must reach the window
        self._show_mute(self.voice.muted)

    def _unwritable_folders(self) -> list[str]:
        """Say at the start, not at the end of a session, that it cannot be saved."""
        problems = []
        for folder, consequence in (
            (
                self.paths.data_dir,
                "Sessions cannot be saved to your history (they are kept while the app is "
                "open) and workouts cannot be imported or edited.",
            ),
            (self.paths.config_dir, "Settings cannot be saved."),
        ):
            problem = self.paths.folder_problem(folder)
            if problem is not None:
                problems.append(f"{problem}. {consequence}")
        return problems

    def _report_startup_problems(self) -> None:
        """All the files that had problems, in one window the user can read (and the log)."""
        if not self.startup_problems:
            return
        for problem in self.startup_problems:
            log.warning("%s", problem)
        self.window.show_message(self.startup_problems[-1])
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Some files had problems",
            "retrocoach started; nothing was overwritten. What it found:",
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setDetailedText("\n\n".join(self.startup_problems))
        box.setInformativeText("\n".join(f"• {p}" for p in self.startup_problems[:4]))
        plain(box)  # file names are text (after the informative text: it applies to both)
        box.setModal(False)  # the runner can start a session right away
        box.show()
        self.problems_box = box

    def _show_suggestion(self) -> None:
        suggestion = suggest_next(self.records)
        if suggestion.workout_id in self.library.ids():
            name = self.library.get(suggestion.workout_id).name
            self.suggestion_label.setText(f"Suggested next: {name}")
            self.suggestion_label.setToolTip(tooltip(suggestion.reason))
            self.suggestion = suggestion

    def _show_mute(self, muted: bool) -> None:
        if self.voice is not None and not self.voice.audio_available:
            self.mute_label.setText(CAPTIONS_ONLY)
        else:
            self.mute_label.setText("Voice: MUTED (M)" if muted else "Voice: on (M)")
        self.window.panel.set_voice_muted(muted)
        self.actions["Mute voice"].setChecked(muted)

    def _on_voice_message(self, text: str) -> None:
        """The voice's news (no audio output, output back...) and what it means for the label."""
        self.window.show_message(text)
        if self.voice is not None:
            self._show_mute(self.voice.muted)

    def _on_recorded(self, record: SessionRecord) -> None:
        self.records.append(record)
        self._show_suggestion()
        self.window.set_summary_extras(self._summary_extras(record))

    def _summary_extras(self, record: SessionRecord) -> list[str]:
        """The end card's lines that need the history or the settings."""
        lines = []
        energy = format_estimate(record.kcal)
        if energy:
            lines.append(energy[0].upper() + energy[1:])
        streak = current_streak(self.records)
        if streak:
            lines.append(f"Week streak: {streak} week" + ("s" if streak != 1 else ""))
        if self.suggestion is not None:
            lines.append(f"Next: {self.library.get(self.suggestion.workout_id).name}")
        return lines

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        entries: dict[str, list[tuple[str, str | None, object]]] = {
            "&File": [
                ("&New workout…", "Ctrl+N", self.new_workout),
                ("&Edit or duplicate workout…", "Ctrl+E", self.edit_workout),
                ("&Import workout…", "Ctrl+I", self.import_workout),
                ("E&xport workout…", "Ctrl+Shift+E", self.export_workout),
                ("&Quit", "Ctrl+Q", self.quit),
            ],
            "&View": [
                ("&Full screen\tF11", None, self.window.toggle_full_screen),  # F11: the window's
                ("&History…", "Ctrl+H", self.show_history),
                ("&Settings…", "Ctrl+,", self.show_settings),
                ("&Mute voice", "M", self.toggle_mute),
            ],
            "&Help": [
                ("&Keyboard and controls", "F1", self.desktop.show_controls),
                ("&About retrocoach", None, self.show_about),
                ("Where is my &data?", None, self.show_data_folders),
            ],
        }
        self.actions: dict[str, QAction] = {}
        for title, items in entries.items():
            menu = bar.addMenu(title)
            for text, key, slot in items:
                action = menu.addAction(text)
                if key is not None:
                    action.setShortcut(QKeySequence(key))
                action.triggered.connect(slot)
                self.actions[text.replace("&", "").split("\t")[0].rstrip("…")] = action
        self.actions["Mute voice"].setCheckable(True)  # the menu shows the state too

    def toggle_mute(self) -> None:
        if self.voice is not None:
            self.voice.toggle_mute()
            self._save(dataclasses.replace(self.settings, muted=self.voice.muted))

    # --- settings ---------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Apply to the window and the voice; then save (only non-defaults are written)."""
        self.window.set_theme(THEMES.get(settings.theme, DEFAULT_THEME))
        self.window.set_lead_in(settings.lead_in_seconds)
        if self.voice is not None:
            self.voice.apply_settings(settings)
        self.desktop.apply_settings(settings)
        self._save(settings)

    def _save(self, settings: Settings) -> None:
        self.settings = settings
        try:
            self.settings_store.save(settings)
        except StorageError as error:
            self.window.show_message(f"Settings not saved: {error}")

    def show_settings(self) -> None:
        from retrocoach.ui.dialogs.settings_dialog import SettingsDialog  # only when asked for

        dialog = SettingsDialog(self.settings, self._voices(), self.window)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    # --- stopping and quitting --------------------------------------------------------------

    def _under_way(self) -> bool:
        return self.window.driver.state in (State.LEAD_IN, State.RUNNING, State.PAUSED)

    def _ask(self, title: str, question: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self.window, title, question, yes | no, no) == yes

    def _ask_paused(self, title: str, question: str) -> bool:
        """:meth:`_ask` with the session paused while the question is open (it must not run
        on, or even finish, behind it); on No it goes on where it was."""
        driver = self.window.driver
        paused_here = driver.state in (State.LEAD_IN, State.RUNNING) and driver.pause()
        if self._ask(title, question):
            return True
        if paused_here and driver.state is State.PAUSED:
            driver.resume()
        return False

    def request_stop(self) -> None:
        """Esc / Stop: ask first while a session is under way; Esc also leaves full screen.

        The session pauses while the question is open (it must not run on, or even finish,
        behind it) and goes on where it was if the answer is No.
        """
        if self._under_way():
            if self._ask_paused("Stop the session?", "Stop this session now?"):
                self.window.driver.stop()
        elif self.window.isFullScreen():
            self.window.showNormal()

    def quit(self) -> None:
        """Ctrl+Q: close the window (asking first, see :meth:`may_close`)."""
        self.window.close()

    def may_close(self) -> bool:
        """Closing mid-session asks first; the session is then recorded as stopped."""
        if self._under_way():
            if not self._ask_paused(
                "Quit retrocoach?", "A session is under way. Stop it and quit?"
            ):
                return False
            self.window.driver.stop()
        return self.can_quit()

    def end_on_signal(self, signum: int) -> None:
        """SIGINT/SIGTERM: end now, without asking; the session is recorded as stopped.

        The exit status is 128 + the signal number, as a shell reports a signal.
        """
        log.warning("%s received: ending the app", signal.Signals(signum).name)
        if self._under_way():
            self.window.driver.stop()
        history = self.recorder.history
        try:
            history.flush_pending()
        except StorageError as error:  # nobody to ask: the journal stays as a trace
            cause = error.__cause__ if isinstance(error.__cause__, StorageError) else error
            lines = "\n".join(record.to_line() for record in history.pending)
            log.error(
                "%d session(s) could not be saved as the app ends (%s) and are lost unless you "
                "add these lines to %s:\n%s",
                len(history.pending),
                cause,
                history.path,
                lines,
            )
        app = QApplication.instance()
        if app is not None:
            app.exit(128 + signum)  # also leaves any dialog's event loop

    def bring_to_front(self) -> None:
        """A second start asked for the window: show it (un-minimised) in front."""
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        window.show_message("retrocoach is already open: here it is.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's close events: refused (ignored) unless :meth:`may_close` says yes."""
        if watched is self.window and event.type() == QEvent.Type.Close and not self.may_close():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def can_quit(self) -> bool:
        """True unless sessions are still unsaved and the user chooses to keep the app open."""
        history = self.recorder.history
        while history.pending:
            try:
                history.flush_pending()
                return True
            except StorageError as error:
                buttons = QMessageBox.StandardButton
                answer = QMessageBox.warning(
                    self.window,
                    "Sessions not saved",
                    f"{len(history.pending)} session(s) could not be saved:\n{error}\n\n"
                    "Free some space or fix the folder, then Retry. Discard quits and loses "
                    "them.",
                    buttons.Retry | buttons.Discard | buttons.Cancel,
                    buttons.Retry,
                )
                if answer == buttons.Discard:
                    return True
                if answer == buttons.Cancel:
                    return False
        return True

    def _voices(self) -> list[tuple[str, str]]:
        """Every engine's voices as (spec, label), asked once (about a second), never
        mid-session."""
        if self._voice_list is None and self.window.driver.state in (State.IDLE, State.FINISHED):
            from retrocoach.speech.engine import SpeechError, all_voices

            try:
                found, _problems = all_voices((self.paths.voices_dir,), self.engine_factory, 5)
                self._voice_list = [(v.spec, f"{v.engine}: {v.name}") for v in found]
            except SpeechError as error:  # the dialog opens without the voice list
                self.window.show_message(f"Could not list the voices: {error}")
        return self._voice_list or []

    def save_on_exit(self) -> None:
        """Remember the workout, rounds, window size and full-screen state."""
        plan = self.window.driver.plan
        size = self.window.normalGeometry().size()
        remembered = dataclasses.replace(
            self.settings,
            last_workout=plan.workout.id if plan is not None else self.settings.last_workout,
            last_rounds=plan.rounds if plan is not None else self.settings.last_rounds,
            window_width=max(640, size.width()),
            window_height=max(480, size.height()),
            fullscreen=self.window.isFullScreen(),
        )
        if remembered != self.settings:
            self._save(remembered)
        if self.voice is not None:
            self.voice.shutdown()

    # --- workouts ---------------------------------------------------------------------------

    def _selected(self) -> Workout | None:
        plan = self.window.driver.plan
        return plan.workout if plan is not None else None

    def new_workout(self) -> None:
        self._edit(None)

    def edit_workout(self) -> None:
        self._edit(self._selected())

    def _edit(self, workout: Workout | None) -> None:
        from retrocoach.ui.dialogs.workout_editor import WorkoutEditor

        editor = WorkoutEditor(self.library, workout, self.window)
        if editor.exec() and editor.saved_workout is not None:
            self._reload_library(editor.saved_workout.id)

    def _reload_library(self, select: str) -> None:
        self.library.reload()
        self.window.reload_workouts()
        self.window.select_workout(select)

    def import_workout(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a workout", "", WORKOUT_FILES)
        if not path:
            return
        try:
            workout = import_workout_file(Path(path), self.library)
        except (WorkoutError, StorageError) as error:
            problems = "\n".join(f"• {problem}" for problem in import_problems(Path(path), error))
            QMessageBox.warning(self.window, "Not imported", f"Not imported:\n{problems}")
            return
        self._reload_library(workout.id)
        self.window.show_message(f"Imported '{workout.name}'.")

    def export_workout(self) -> None:
        workout = self._selected()
        if workout is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export the workout", f"{workout.id}.json", WORKOUT_FILES
        )
        if not path:
            return
        try:
            # The dialog has asked before replacing a file (Qt's default for a save dialog);
            # a device, a link, a folder or the app's own workouts folder is still refused.
            write_new_file(Path(path), workout_bytes(workout), overwrite=True, paths=self.paths)
        except StorageError as error:
            QMessageBox.warning(self.window, "Not exported", f"Not exported:\n{error}")
            return
        self.window.show_message(f"Exported '{workout.name}' to {path}.")

    # --- history and help -------------------------------------------------------------------

    def show_history(self) -> None:
        from retrocoach.ui.dialogs.history_window import HistoryWindow

        records, messages = self.history.load()
        window = HistoryWindow(
            records, self.settings.body_weight_kg, messages=messages, parent=self.window
        )
        window.exec()

    def show_about(self) -> None:
        sources = "".join(f"<li>{source}</li>" for source in SOURCES)
        QMessageBox.about(
            self.window,
            "About retrocoach",
            f"<p><b>retrocoach {__version__}</b>: a voice-first coaching timer for backward "
            "running.</p>"
            "<p>Energy figures are estimates (MET x kg x hours), shown only when you set a "
            f"body weight. Sources:</p><ul>{sources}</ul>"
            "<p>Check with a clinician first if you have balance problems or dizziness.</p>",
        )

    def show_data_folders(self) -> None:
        rows = "".join(
            f"<li>{label}: {html.escape(str(folder))}</li>"
            for label, folder in self.paths.describe()
        )
        QMessageBox.information(
            self.window,
            "Where is my data?",
            f"<ul>{rows}</ul><p>Back up <code>history.jsonl</code> and <code>workouts/</code> "
            "from the data folder to keep your history.</p>",
        )
