"""The problems panel: a non-modal window that lists the problems found (bad files at the
start, a setting not saved...), so the runner can read them and still start a session.

It never covers a session: while one is under way (:meth:`ProblemsPanel.hold`) the box is
hidden and what comes in waits; it shows again, with everything, when the session is over
(a serious problem reaches the session panel meanwhile: see ``ui/problems.py``).

It takes the keyboard focus only when it opens with the start-up problems. Shown again later
(a new problem, a session's end) it does not: the runner is using the main window then, and
Space meant for the session pressed the box's OK instead."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from retrocoach.ui.look.plain_text import plain

#: How many problems the box lists in full; all of them are in its details.
SHOWN = 4


class ProblemsPanel(QObject):
    """Opens its box (:attr:`box`) over `window` the first time there is something to list,
    and adds to it afterwards."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.box: QMessageBox | None = None
        self.texts: list[str] = []
        self._held = False  # a session is under way: the box waits for its end
        self._unread = False  # listed since the runner last closed the box
        self._startup = False  # the box opens with the start-up problems: it takes the focus

    def add(self, texts: list[str], *, startup: bool = False, options: bool = False) -> None:
        """List `texts` too (`startup`: files found while starting, nothing was overwritten;
        `options`: problems with the command line's options, found while starting)."""
        self.texts.extend(texts)
        self._unread = True
        if self.box is None:
            title, intro = self._heading(files=startup, options=options)
            self.box = QMessageBox(
                QMessageBox.Icon.Warning,
                title,
                intro,
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            self.box.finished.connect(self._read)
            opening = startup or options
            self._startup = opening and not self._held  # (not at the end of a --start)
        box = self.box
        box.setDetailedText("\n\n".join(self.texts))
        box.setInformativeText("\n".join(f"\u2022 {text}" for text in self.texts[:SHOWN]))
        plain(box)  # file names are text (after the informative text: it applies to both)
        box.setModal(False)  # the runner can start a session right away
        if not self._held:
            self._show()

    def _heading(self, *, files: bool, options: bool) -> tuple[str, str]:
        """The box's title and first line: a bad option is not a file's problem."""
        if files and options:
            return self.tr("Problems at the start"), self.tr(
                "retrocoach started; nothing was overwritten. What it found:"
            )
        if options:
            return self.tr("A command-line option was not used"), self.tr(
                "retrocoach started without it. What it found:"
            )
        if files:
            return self.tr("Some files had problems"), self.tr(
                "retrocoach started; nothing was overwritten. What it found:"
            )
        return self.tr("Problems"), self.tr("What retrocoach found:")

    def hold(self, held: bool) -> None:
        """`held` while a session is under way: the box is hidden, then shown again after."""
        self._held = held
        if self.box is None:
            return
        if held:
            self.box.hide()
        elif self._unread:
            self._show()

    def _show(self) -> None:
        """Show the box; but for its opening with the start-up problems, without taking the
        focus from the window that has it. A box already shown only changes its text."""
        box = self.box
        if box is None or box.isVisible():
            return
        quiet, self._startup = not self._startup, False
        active = QApplication.activeWindow()
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, quiet)
        box.show()
        if quiet and active is not None and active is not box:
            active.activateWindow()  # where a shown window is activated anyway (offscreen)

    def _read(self) -> None:
        self._unread = False
