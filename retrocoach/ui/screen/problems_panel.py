"""The problems panel: a non-modal window that lists the problems found (bad files at the
start, a setting not saved...), so the runner can read them and still start a session.

It never covers a session: while one is under way (:meth:`ProblemsPanel.hold`) the box is
hidden and what comes in waits; it shows again, with everything, when the session is over
(a serious problem reaches the session panel meanwhile: see ``ui/problems.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

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

    def add(self, texts: list[str], *, startup: bool = False) -> None:
        """List `texts` too (`startup`: found while starting, nothing was overwritten)."""
        self.texts.extend(texts)
        self._unread = True
        if self.box is None:
            self.box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Some files had problems") if startup else self.tr("Problems"),
                self.tr("retrocoach started; nothing was overwritten. What it found:")
                if startup
                else self.tr("What retrocoach found:"),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            self.box.finished.connect(self._read)
        box = self.box
        box.setDetailedText("\n\n".join(self.texts))
        box.setInformativeText("\n".join(f"\u2022 {text}" for text in self.texts[:SHOWN]))
        plain(box)  # file names are text (after the informative text: it applies to both)
        box.setModal(False)  # the runner can start a session right away
        if not self._held:
            box.show()

    def hold(self, held: bool) -> None:
        """`held` while a session is under way: the box is hidden, then shown again after."""
        self._held = held
        if self.box is None:
            return
        if held:
            self.box.hide()
        elif self._unread:
            self.box.show()

    def _read(self) -> None:
        self._unread = False
