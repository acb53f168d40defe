"""A phase's duration in the editor: typed as ``m:ss`` (or seconds), stepped by minutes or
seconds depending on the cursor."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from retrocoach.core.workout import MAX_PHASE_SECONDS, MIN_PHASE_SECONDS

_PARTIAL_DURATION = re.compile(r"\d{0,3}(:\d{0,2}){0,2}")


def parse_duration(text: str) -> int | None:
    """Seconds from ``m:ss``, ``h:mm:ss`` or a number of seconds; None if it is none of them."""
    parts = text.strip().split(":")
    if len(parts) > 3 or not all(part.isdigit() for part in parts):
        return None
    if any(len(part) != 2 or int(part) > 59 for part in parts[1:]):
        return None
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return seconds


class DurationEdit(QSpinBox):
    """A phase duration shown as ``m:ss``; the arrow keys step minutes left of the colon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(MIN_PHASE_SECONDS, MAX_PHASE_SECONDS)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setToolTip(self.tr("Minutes:seconds, from 0:01 to 120:00 (2 hours)"))

    def textFromValue(self, val: int) -> str:
        minutes, seconds = divmod(val, 60)
        return f"{minutes}:{seconds:02d}"

    def valueFromText(self, text: str) -> int:
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, input: str, pos: int) -> tuple[QValidator.State, str, int]:
        seconds = parse_duration(input)
        if seconds is not None and MIN_PHASE_SECONDS <= seconds <= MAX_PHASE_SECONDS:
            return QValidator.State.Acceptable, input, pos
        if _PARTIAL_DURATION.fullmatch(input.strip()):
            return QValidator.State.Intermediate, input, pos
        return QValidator.State.Invalid, input, pos

    def stepBy(self, steps: int) -> None:
        line = self.lineEdit()
        in_minutes = line.cursorPosition() <= line.text().find(":")
        super().stepBy(steps * 60 if in_minutes else steps)
        text = line.text()
        line.setCursorPosition(text.find(":") if in_minutes else len(text))
