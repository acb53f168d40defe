"""The one way a problem reaches the runner: every problem is logged, then shown where its
severity says (qutebrowser's ``message`` module is the model).

- ``INFO``: the status line (it fades).
- ``WARNING``: the problems panel (a non-modal window that lists them) and the status line.
- ``SERIOUS``: also on the session panel, where a runner glancing at the screen sees it.
- a problem that answers the user's own command (an import that failed) is shown in a box
  titled after that command, at once: :meth:`ProblemBridge.report` with `title`.
- ``needs_answer``: a question (:meth:`ProblemBridge.ask`).

Inside a dialog a problem belongs next to the fields it is about: :func:`show_on_label`.
The crash hook (``retrocoach.ui.app.install_error_hooks``) stays apart: it is for bugs.
Texts are translated here (:func:`render`), never edited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import Problem, Severity, Text
from retrocoach.ui.i18n import render_problem
from retrocoach.ui.look.theme import error_colour
from retrocoach.ui.ops.result import as_problem
from retrocoach.ui.screen.problems_panel import ProblemsPanel

log = logging.getLogger(__name__)
_LOG_LEVEL = {Severity.INFO: logging.INFO, Severity.WARNING: logging.WARNING}

Reportable = str | Text | Problem | RetrocoachError


def logged(problem: Problem) -> Problem:
    """Write `problem` to the log (with its detail), at its severity's level."""
    detail = f" ({problem.detail})" if problem.detail else ""
    log.log(_LOG_LEVEL.get(problem.severity, logging.ERROR), "%s%s", problem.english(), detail)
    return problem


def show_on_label(label: QLabel, message: Reportable, *, problem: bool = True) -> None:
    """A dialog's own line: the problem in red, bold (logged), or good news (`problem`
    False) in the normal colour."""
    if problem:
        text = render_problem(logged(as_problem(message)))
        label.setStyleSheet(f"color: {error_colour(label.palette())}; font-weight: bold;")
    else:
        text = render_problem(as_problem(message, Severity.INFO))
        label.setStyleSheet("")
    label.setText(text)
    label.show()


class ProblemBridge(QObject):
    """One per main window: `status_line` and `session_panel` are the window's places (a
    text, empty for none); the problems panel and the boxes open over `window`."""

    #: Every problem reported (after it was logged and shown).
    reported = Signal(object)
    #: :meth:`report_from_any_thread`'s way to the GUI thread (a queued connection).
    _from_any_thread = Signal(object)

    def __init__(
        self,
        window: QWidget,
        status_line: Callable[[str], None],
        session_panel: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._status, self._session_panel = window, status_line, session_panel
        self.panel = ProblemsPanel(window)
        self._from_any_thread.connect(self.report)

    def report_from_any_thread(self, problem: Problem) -> None:
        """:meth:`report`, callable from any thread (the log file's failure, for one)."""
        self._from_any_thread.emit(problem)

    def report(
        self, message: Reportable, severity: Severity = Severity.INFO, *, title: str = ""
    ) -> None:
        """Log `message` and show it by its severity (see the module); a plain text or an
        error gets `severity`. With `title` it answers the user's command: a box so titled."""
        problem = logged(as_problem(message, severity))
        text = render_problem(problem)
        if title:
            QMessageBox.warning(self._window, title, text)
        else:
            self._status(text)
            if problem.severity >= Severity.WARNING:
                self.panel.add([text])
            if problem.severity >= Severity.SERIOUS:
                self._session_panel(text)
        self.reported.emit(problem)

    def report_startup(self, problems: list[Problem], options: Sequence[Problem] = ()) -> None:
        """What the start-up found, together: the panel lists them all (`options`, the
        command line's, first: its title says which kinds there are), the status line says
        the last."""
        found = [*options, *problems]
        if not found:
            return
        texts = [render_problem(logged(p)) for p in found]
        self._status(texts[-1])
        self.panel.add(texts, startup=bool(problems), options=bool(options))
        for problem in found:
            if problem.severity >= Severity.SERIOUS:
                self._session_panel(render_problem(problem))
            self.reported.emit(problem)

    def clear_serious(self) -> None:
        """The serious problem on the session panel is over (the voice speaks again...)."""
        self._session_panel("")

    def ask(
        self,
        title: str,
        message: Reportable,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        """A problem that needs an answer: a warning with `buttons`; the answer."""
        problem = logged(as_problem(message, Severity.WARNING))
        answer = QMessageBox.warning(self._window, title, render_problem(problem), buttons, default)
        self.reported.emit(problem)
        return answer
