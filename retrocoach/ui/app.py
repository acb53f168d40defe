"""Starting the window: the QApplication, error hooks, the library, the driver, the options."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QSize, QSocketNotifier, Qt, Signal
from PySide6.QtWidgets import QApplication

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import Problem
from retrocoach.desktop import APP_ID
from retrocoach.desktop.single_instance import Ownership, SingleInstance, ask_running_app_to_raise
from retrocoach.storage.logs import on_log_failure, setup_logging
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings, SettingsStore
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.controller import AppController
from retrocoach.ui.i18n import choose_language
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.language import session_language, use_for_this_run
from retrocoach.ui.look.geometry import available, centred
from retrocoach.ui.look.theme import DEFAULT_THEME, THEMES
from retrocoach.ui.ops import startup
from retrocoach.ui.screen.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuiOptions:
    """What the command line asks of the window (already validated by the CLI)."""

    workout_id: str | None = None
    rounds: int | None = None
    start: bool = False
    fullscreen: bool = False
    #: ``--lang``: the window's language for this run ("": the Language setting's).
    language: str = ""

    def as_arguments(self) -> list[str]:
        """The options as they were given on the command line."""
        words = [] if self.workout_id is None else ["--workout", self.workout_id]
        words += ["--lang", self.language] if self.language else []
        words += [] if self.rounds is None else ["--rounds", str(self.rounds)]
        return words + ["--start"] * self.start + ["--fullscreen"] * self.fullscreen


class _ErrorBridge(QObject):
    """Carries error texts from any thread to the GUI thread (a queued signal)."""

    error = Signal(str)


def install_error_hooks(show: Callable[[str], None]) -> Callable[[], None]:
    """Log uncaught exceptions (GUI thread and other threads) and show them via `show`: the
    app's one bridge for errors. A RetrocoachError is shown as its sentence and fix; anything
    else is a bug, logged with its traceback.

    Returns a function that puts the previous hooks back.
    """
    bridge = _ErrorBridge()  # kept alive by the hooks' closures
    bridge.error.connect(show, Qt.ConnectionType.QueuedConnection)
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None, where: str
    ) -> None:
        if isinstance(error, RetrocoachError):  # a user's problem, not a bug: say it plainly
            log.warning("%s%s", error.user_message(), where)
            bridge.error.emit(error.user_message())
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught exception%s:\n%s", where, text)
        print(f"retrocoach: uncaught exception{where}:\n{text}", file=sys.stderr, end="")
        said = QCoreApplication.translate(
            "App",
            "Something went wrong{where}: {kind}: {error} "
            "(details in the log; the session keeps running)",
        )
        bridge.error.emit(said.format(where=where, kind=kind.__name__, error=error))

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, error, trace)
            return
        report(kind, error, trace, "")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        report(args.exc_type, args.exc_value, args.exc_traceback, f" in thread '{name}'")

    sys.excepthook, threading.excepthook = hook, thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        bridge.deleteLater()

    return restore


#: The signals that end the app cleanly (the session is recorded as stopped).
QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class SignalWatcher(QObject):
    """Delivers SIGINT and SIGTERM to `handler(signum)` on the GUI thread.

    Python runs its signal handlers only between bytecodes, and Qt's event loop runs no Python
    while it waits: so the C-level handler writes the signal number to a socket (Python's
    wakeup fd) and a QSocketNotifier, created on and owned by the GUI thread, wakes the loop.
    After the first signal the default action is back, so a second Ctrl+C ends the app even
    if the clean end hangs. Create it on the GUI (main) thread; :meth:`close` undoes it all.
    """

    def __init__(
        self,
        handler: Callable[[int], None],
        signals: tuple[signal.Signals, ...] = QUIT_SIGNALS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._noted) for number in signals}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @staticmethod
    def _noted(_signum: int, _frame: object) -> None:
        """The Python-level handler: nothing to do, the wakeup fd carries the signal."""

    def _drain(self) -> None:
        try:
            received = self._read.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in received:
            if number in self._previous:
                with contextlib.suppress(ValueError, OSError):
                    signal.signal(number, signal.SIG_DFL)  # a second one is not caught
                self._handler(number)

    def close(self) -> None:
        """Put back the previous handlers and wakeup fd (idempotent)."""
        if self._read.fileno() < 0:
            return
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()


def build_app(
    options: GuiOptions,
    library: WorkoutLibrary | None = None,
    driver: SessionDriver | None = None,
    paths: DataPaths | None = None,
    engine_factory: str | None = None,
    *,
    translate: bool = False,
) -> AppController:
    """The settings, library, driver, window and its controller, with `options` applied.

    The window (``controller.window``) is not shown; the controller's slower start-up
    (history, voice) runs once the window has been painted for the first time. `translate`:
    install the catalogues of the language chosen (``--lang``, the setting, the system's)
    before the window is built (tests that install their own translator leave it off).
    """
    paths = paths or DataPaths.default()
    settings_store = SettingsStore(paths)
    settings, messages = settings_store.load()
    language_problems: list[Problem] = []
    use_for_this_run(options.language)  # the window and the voice speak the same language
    if translate:
        app = QCoreApplication.instance()
        assert app is not None
        _shown, language_problems = choose_language(app, options.language or settings.language)
    if library is None:
        language = session_language(settings)  # the built-ins' names are shown in it
        library = WorkoutLibrary(user_dir=paths.workouts_dir, language=language)
    driver = driver or SessionDriver()
    theme = THEMES.get(settings.theme, DEFAULT_THEME)
    window = MainWindow(library, driver, lead_in_seconds=settings.lead_in_seconds, theme=theme)
    window.set_flash(settings.flash_boundaries)
    if settings.window_width and settings.window_height:  # saved on another screen, maybe
        saved = QSize(settings.window_width, settings.window_height)
        window.setGeometry(centred(saved, available(window)))
    controller = AppController(
        window, paths, settings_store, settings, engine_factory=engine_factory
    )
    controller.startup_problems += startup.as_problems(messages)
    if options.language:  # --lang: the command line's problem, not a file's
        controller.option_problems += language_problems
    else:
        controller.startup_problems += language_problems
    controller.startup_problems += startup.skipped_workouts(library.problems)
    chosen = _choose_workout(window, options, settings)
    if options.workout_id is not None or options.rounds is not None:
        controller.prefs.for_this_run(controller.prefs.shown_plan())  # not saved as chosen
    if options.fullscreen:
        controller.prefs.for_this_run({"fullscreen": True})  # run_gui shows it full screen
    controller.sessions.open_on_suggestion = not (chosen or options.start or options.rounds)
    if options.start:
        driver.start()
    window.first_painted.connect(controller.finish_startup)
    return controller


def build_window(
    options: GuiOptions,
    library: WorkoutLibrary | None = None,
    driver: SessionDriver | None = None,
    paths: DataPaths | None = None,
    engine_factory: str | None = None,
) -> MainWindow:
    """:func:`build_app`'s window (its controller is a child of the window)."""
    return build_app(options, library, driver, paths, engine_factory).window


def _choose_workout(window: MainWindow, options: GuiOptions, settings: Settings) -> bool:
    """The command line's choice, else the one remembered from last time; whether either
    was (else the suggestion is shown once the history is read)."""
    workout_id = options.workout_id or settings.last_workout
    rounds = options.rounds
    chosen = False
    if workout_id is not None:
        if window.select_workout(workout_id):
            chosen = True
            if rounds is None and workout_id == settings.last_workout:
                rounds = settings.last_rounds
        elif options.workout_id is not None:
            shown = window.workout_picker.currentText()
            window.problems.report(
                QCoreApplication.translate(
                    "App", "There is no workout '{id}': showing '{shown}' instead."
                ).format(id=workout_id, shown=shown)
            )
    if rounds is not None:
        window.set_rounds(rounds)
    return chosen


def run_gui(options: GuiOptions) -> int:
    """Open the window and run the event loop; the exit status of the app."""
    paths = DataPaths.default()
    instance = SingleInstance(paths.instance_lock_file, paths.spare_instance_lock_file)
    if instance.acquire() is Ownership.TAKEN:  # before Qt needs a display
        status = _raise_running_app(instance, options.as_arguments())
        if status is not None:
            return status
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("retrocoach")
    app.setDesktopFileName(APP_ID)  # the .desktop entry: the taskbar shows its icon
    built: list[AppController] = []

    def on_signal(signum: int) -> None:  # delivered once the event loop runs
        if built:
            built[0].end_on_signal(signum)
        else:
            app.exit(128 + signum)

    signals = SignalWatcher(on_signal)  # as early as it can be: a signal while starting waits
    try:
        instance.listen()  # a socket notifier: needs the application's event dispatcher
        setup_logging(paths)
        controller = build_app(options, paths=paths, translate=True)
        built.append(controller)
        on_log_failure(controller.problems.report_from_any_thread)  # a full disk: said once
        window = controller.window
        instance.raise_requested.connect(controller.bring_to_front)
        restore = install_error_hooks(window.show_message)
        try:
            show_window(controller, options)
            return app.exec()
        finally:
            restore()
    finally:
        signals.close()
        instance.release()


def show_window(controller: AppController, options: GuiOptions) -> None:
    """Show the window the first time: full screen when ``--fullscreen`` or the setting say
    so, else as :meth:`MainWindow.show_first` does."""
    window = controller.window
    if options.fullscreen or controller.settings.fullscreen:
        window.showFullScreen()
    else:
        window.show_first()  # maximised on a small or portrait screen


def _raise_running_app(instance: SingleInstance, ignored: Sequence[str] = ()) -> int | None:
    """Another app runs for this data folder: bring its window up, say so in one line (and
    name the options in `ignored`: the running window keeps its own workout and session).

    The exit status, or None when the other app has quit meanwhile and this one holds the
    lock now (it opens its own window).
    """
    pid = ask_running_app_to_raise(instance.name)
    folder = instance.data_dir
    if pid is not None:
        print(f"retrocoach is already running for {folder} (pid {pid}): brought its window up.")
        if ignored:
            print(f"Not applied to it: {' '.join(ignored)} (choose them in its window).")
        return 0
    if instance.acquire() is not Ownership.TAKEN:
        return None
    owner = instance.owner_pid()
    print(
        f"retrocoach is already running for {folder} (pid {owner or '?'}) but did not "
        f"answer; switch to its window, or end it first. Its lock is {instance.lock_path}: "
        "if no retrocoach runs, remove that file.",
        file=sys.stderr,
    )
    return 1
