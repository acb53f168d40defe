"""Help > Keyboard and controls: the tables in a box that scrolls, its OK always on screen.

A message box grows with its text: 718 px tall, its OK button was off a 1024x600 or a
1280x720 screen (issue 16). Here the text scrolls inside a dialog sized to fit the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from retrocoach.ui.look.geometry import fit_dialog

#: The size the dialog asks for; a smaller screen gets less, and the text scrolls.
WANTED = QSize(620, 720)


class ControlsDialog(QDialog):
    """Rich text (the keys' tables) that scrolls, and an OK button."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard and controls"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        fit_dialog(self, WANTED, margin=80)  # room for the title bar and a panel
