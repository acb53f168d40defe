"""Starting the window: the QApplication, error hooks, the library, the driver, the options."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from retrocoach.storage.paths import DataPaths
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.driver import SessionDriver
from retrocoach.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuiOptions:
    """What the command line asks of the window (already validated by the CLI)."""

    workout_id: str | None = None
    rounds: int | None = None
    start: bool = False
    fullscreen: bool = False
    lead_in_seconds: int = 10


class _ErrorBridge(QObject):
    """Carries error texts from any thread to the GUI thread (a queued signal)."""

    error = Signal(str)


def install_error_hooks(show: Callable[[str], None]) -> Callable[[], None]:
    """Log uncaught exceptions (GUI thread and other threads) and show them via `show`.

    Returns a function that puts the previous hooks back.
    """
    bridge = _ErrorBridge()  # kept alive by the hooks' closures
    bridge.error.connect(show, Qt.ConnectionType.QueuedConnection)
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None, where: str
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught exception%s:\n%s", where, text)
        print(f"retrocoach: uncaught exception{where}:\n{text}", file=sys.stderr, end="")
        bridge.error.emit(
            f"Something went wrong{where}: {kind.__name__}: {error} "
            "(details in the log; the session keeps running)"
        )

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


def build_window(
    options: GuiOptions, library: WorkoutLibrary | None = None, driver: SessionDriver | None = None
) -> MainWindow:
    """The library, driver and window, with `options` applied (but not shown)."""
    if library is None:
        library = WorkoutLibrary(user_dir=DataPaths.default().workouts_dir)
    driver = driver or SessionDriver()
    window = MainWindow(library, driver, lead_in_seconds=options.lead_in_seconds)
    for problem in library.problems:
        window.show_message(f"Skipped a workout file: {problem}")
    if options.workout_id is not None and not window.select_workout(options.workout_id):
        window.show_message(
            f"There is no workout '{options.workout_id}': showing "
            f"'{window.workout_picker.currentText()}' instead."
        )
    if options.rounds is not None:
        window.set_rounds(options.rounds)
    if options.start:
        driver.start()
    return window


def run_gui(options: GuiOptions) -> int:
    """Open the window and run the event loop; the exit status of the app."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("retrocoach")
    app.setDesktopFileName("retrocoach")
    window = build_window(options)
    restore = install_error_hooks(window.show_message)
    try:
        if options.fullscreen:
            window.showFullScreen()
        else:
            window.show()
        return app.exec()
    finally:
        restore()
