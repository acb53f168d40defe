"""When the app may stop a session or close: Esc and Stop ask first while a session is under
way, closing mid-session asks too, sessions the disk refused are written (or knowingly lost)
before the app quits, and SIGINT/SIGTERM end it at once without asking."""

from __future__ import annotations

import logging
import signal

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtWidgets import QApplication, QMessageBox

from retrocoach.core.commands import MOVING, UNDER_WAY
from retrocoach.core.session import State
from retrocoach.ui.ops.history import HistoryStore, flush_pending
from retrocoach.ui.problems import ProblemBridge
from retrocoach.ui.screen.main_window import MainWindow

log = logging.getLogger(__name__)


class QuitPolicy(QObject):
    """Watches `window`'s close events (a close is refused unless :meth:`may_close` says
    yes); `history` holds the sessions not yet written."""

    def __init__(
        self,
        window: MainWindow,
        history: HistoryStore,
        problems: ProblemBridge,
        recorder: QObject | None = None,
    ) -> None:
        """`recorder` is silenced while a signal ends the app (see :meth:`end_on_signal`)."""
        super().__init__(window)
        self.window, self.history, self.problems = window, history, problems
        self._recorder = recorder
        window.stop_requested.connect(self.request_stop)
        window.installEventFilter(self)

    def _under_way(self) -> bool:
        return self.window.driver.state in UNDER_WAY

    def _ask(self, title: str, question: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self.window, title, question, yes | no, no) == yes

    def _ask_paused(self, title: str, question: str) -> bool:
        """:meth:`_ask` with the session paused while the question is open (it must not run
        on, or even finish, behind it); on No it goes on where it was."""
        driver = self.window.driver
        paused_here = driver.state in MOVING and driver.pause()
        if self._ask(title, question):
            return True
        if paused_here and driver.state is State.PAUSED:
            driver.resume()
        return False

    def request_stop(self) -> None:
        """Esc / Stop: ask first while a session is under way; Esc also leaves full screen."""
        if self._under_way():
            if self._ask_paused(self.tr("Stop the session?"), self.tr("Stop this session now?")):
                self.window.driver.stop()
        elif self.window.isFullScreen():
            self.window.showNormal()

    def quit(self) -> None:
        """Ctrl+Q: close the window (asking first, see :meth:`may_close`)."""
        self.window.close()

    def may_close(self) -> bool:
        """Closing mid-session asks first; the session is then recorded as stopped."""
        if self._under_way():
            question = self.tr("A session is under way. Stop it and quit?")
            if not self._ask_paused(self.tr("Quit retrocoach?"), question):
                return False
            self.window.driver.stop()
        return self.can_quit()

    def can_quit(self) -> bool:
        """True unless sessions are still unsaved and the user chooses to keep the app open."""
        buttons = QMessageBox.StandardButton
        while self.history.pending:
            problem = flush_pending(self.history)
            if problem is None:
                return True
            answer = self.problems.ask(
                self.tr("Sessions not saved"),
                problem,
                buttons.Retry | buttons.Discard | buttons.Cancel,
                buttons.Retry,
            )
            if answer == buttons.Discard:
                return True
            if answer == buttons.Cancel:
                return False
        return True

    def end_on_signal(self, signum: int) -> None:
        """SIGINT/SIGTERM: end now, without asking; the session is recorded as stopped.

        The exit status is 128 + the signal number, as a shell reports a signal.
        """
        log.warning("%s received: ending the app", signal.Signals(signum).name)
        if self._under_way():
            # The recorder would say "kept in memory, saved when the disk can be written":
            # untrue now that the app ends. What became of the session is logged below.
            with QSignalBlocker(self._recorder or self):
                self.window.driver.stop()
        history = self.history
        problem = flush_pending(history)
        if problem is not None:  # nobody to ask: the journal stays as a trace
            lines = "\n".join(record.to_line() for record in history.pending)
            log.error(
                "%d session(s) could not be saved as the app ends (%s) and are lost unless you "
                "add these lines to %s:\n%s",
                len(history.pending),
                problem.detail,
                history.path,
                lines,
            )
        app = QApplication.instance()
        if app is not None:
            app.exit(128 + signum)  # also leaves any dialog's event loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's close events: refused (ignored) unless :meth:`may_close` says yes."""
        if watched is self.window and event.type() == QEvent.Type.Close and not self.may_close():
            event.ignore()
            return True
        return super().eventFilter(watched, event)
