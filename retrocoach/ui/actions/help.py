"""Help > About retrocoach and Help > Where is my data?: two boxes over the window."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from retrocoach import __version__
from retrocoach.core.energy import SOURCES


def show_about(parent: QWidget) -> None:
    sources = "".join(
        f"<li>{html.escape(QCoreApplication.translate('energy', source))}</li>"
        for source in SOURCES
    )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("HelpBoxes", "About retrocoach"),
        QCoreApplication.translate(
            "HelpBoxes",
            "<p><b>retrocoach {version}</b>: a voice-first coaching timer for backward "
            "running.</p>"
            "<p>Energy figures are estimates (MET x kg x hours), shown only when you set a "
            "body weight. Sources:</p><ul>{sources}</ul>"
            "<p>Check with a clinician first if you have balance problems or dizziness.</p>",
        ).format(version=__version__, sources=sources),
    )


def show_data_folders(parent: QWidget, folders: Sequence[tuple[str, Path]]) -> None:
    """`folders`: (label, folder) pairs (``DataPaths.describe``: its labels are marked for
    the catalogue)."""
    rows = "".join(
        f"<li>{html.escape(QCoreApplication.translate('storage', label))}: "
        f"{html.escape(str(folder))}</li>"
        for label, folder in folders
    )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("HelpBoxes", "Where is my data?"),
        QCoreApplication.translate(
            "HelpBoxes",
            "<ul>{rows}</ul><p>Back up <code>history.jsonl</code> and <code>workouts/</code> "
            "from the data folder to keep your history.</p>",
        ).format(rows=rows),
    )
